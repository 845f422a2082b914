/**
 * The matching scorer's contract: what it reads of a talent and a job, the context of one scoring
 * (weights, the viewer's language, the semantic similarity and warm paths found by the caller), and
 * what it returns. The scorer (`./score.ts`) is pure: every read from a store happens before it.
 *
 * Fairness by construction: `MatchTalent` has no field for a protected attribute (gender, age or
 * date of birth, marital or family status, ethnicity, native place, religion, political
 * affiliation, photo, health). Nothing the scorer sees can carry one.
 */
import type { MatchingFactor } from '../../../data/config/settings.ts';
import type { JobForMatching, JobKnockoutsRecord, RemotePolicy } from '../../../data/records/job-record.ts';

export type { MatchingFactor };

/** The language explanations are written in, after the viewer's (`Accept-Language`: zh… → zh, else en). */
export type MatchLanguage = 'en' | 'zh';

/** One position; months as `YYYY-MM`, `end` null while current (as in the talent record). */
export interface MatchEmployment {
  company: string;
  title: string | null;
  start: string | null;
  end: string | null;
}

/** What the scorer reads of a talent: profile fields only. */
export interface MatchTalent {
  id: string;
  headline: string | null;
  skills: string[];
  /** Languages the person speaks, as entered (`Mandarin`, `英语`, `English (fluent)`). */
  languages: string[];
  location: string | null;
  currentTitle: string | null;
  yearsOfExperience: number | null;
  /** Every title of the profile. */
  titles: string[];
  employments: MatchEmployment[];
}

/**
 * A job's hard requirements (point 3 of issue 14) and what the scorer reads of a job: the records the jobs
 * store reads for matching (data/records/job-record.ts), one type for both. A talent who fails a knock-out is
 * knocked out; empty lists, nulls and `false` require nothing. A job's `languages` are scored,
 * `knockouts.languages` required; `knockouts.workLocation` asks ONSITE and HYBRID jobs for a talent in the job's location.
 */
export type JobKnockouts = JobKnockoutsRecord;
export type MatchJob = JobForMatching;
export type { RemotePolicy };

/** Someone in the organisation's network who worked with the talent (the warm-path factor's evidence). */
export interface WarmPath {
  /** The connector: a talent of the organisation (or a user) who knows the person. */
  viaId: string;
  viaName: string;
  /** How they are connected: the relationship type (`WORKED_WITH`, `REFERRED`, …) or the shared company. */
  relation: string;
  /** The shared company, when the path is a shared employment. */
  company: string | null;
  /** 1 for a direct relationship, 2 for a friend of a friend. */
  hops: number;
}

/** Everything a scoring needs besides the talent and the job; the caller reads it from the stores. */
export interface MatchContext {
  /** The organisation's weights (the configuration service's effective `matchingWeights`); any non-negative numbers. */
  weights: Record<MatchingFactor, number>;
  language: MatchLanguage;
  /** Cosine similarity of the talent's and the job's embeddings; null when the model is unavailable. */
  similarity: number | null;
  /**
   * The embedding model that gave `similarity` (`Embedder.model`): cosines of different models sit in
   * different ranges, so the scorer maps them per model family. Optional: without it the offline
   * hashing embedder's range (the default model) applies.
   */
  embeddingModel?: string | null;
  /** Warm paths to the talent, best first (may be empty). */
  warmPaths: WarmPath[];
  /** The clock, for recency and current positions. */
  now: Date;
}

/** One factor as the scorer computed it. */
export interface FactorScore {
  kind: MatchingFactor;
  /** The weight as applied: the configured weights normalised to add up to 1 over the available factors. */
  weight: number;
  /** 0 to 1. */
  score: number;
  /** weight × score × 100: the contributions of a match add up to its score. */
  contribution: number;
  /** One sentence a recruiter understands, in the context's language. */
  explanation: string;
  /** What the factor read: a skill, an employment ("Senior Engineer at ByteDance, 2019-03 – now"), a path. */
  evidence: string[];
  /** False when the factor could not be computed (no model): its weight is 0 and the others are renormalised. */
  available: boolean;
}

export type KnockoutKind = 'mustHaveSkills' | 'minYearsOfExperience' | 'workLocation' | 'languages';

export interface KnockoutFailure {
  kind: KnockoutKind;
  /** One sentence, in the context's language ("Lacks the must-have skill Kubernetes"). */
  explanation: string;
}

/** A scored talent–job pair. */
export interface MatchResult {
  talentId: string;
  jobId: string;
  /** 0 to 100, the sum of the factors' contributions (rounded to 2 decimals, after summing). */
  score: number;
  /** In `MATCHING_FACTORS` order. */
  factors: FactorScore[];
  knockedOut: boolean;
  knockouts: KnockoutFailure[];
  /** What would raise the score, most valuable first, in the context's language ("Add Kubernetes (required)"). */
  gaps: string[];
}
