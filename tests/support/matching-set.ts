import fs from 'node:fs';
import type { MatchJob, MatchLanguage, MatchTalent } from '../../subgraphs/matching/scoring/types.ts';
import type { Split } from './eval-split.ts';

/**
 * The matching quality set of tests/fixtures/matching/ (issue 14, point 7): jobs with the recruiter's grades of the
 * talents of a pool, split into dev and test by job.
 */

export const JOB_FAMILIES = ['backend', 'frontend', 'data', 'product', 'design', 'sales', 'hr', 'finance', 'operations'] as const;
export type JobFamily = (typeof JOB_FAMILIES)[number];
export const SENIORITIES = ['junior', 'mid', 'senior', 'director'] as const;

/** A profile of the pool: MatchTalent's fields (titles derived, see matchTalentOf) plus a name and the profile's language. */
export interface LabelledTalent extends Omit<MatchTalent, 'titles'> {
  name: string;
  lang: MatchLanguage;
}

/** A job of the set: MatchJob's fields, its language, family and seniority, its split and the talents' grades (0–3). */
export interface LabelledJob extends MatchJob {
  lang: MatchLanguage;
  family: JobFamily;
  seniority: (typeof SENIORITIES)[number];
  split: Split;
  grades: Record<string, number>;
}

export interface MatchingSet {
  jobs: LabelledJob[];
  talents: LabelledTalent[];
}

const readFixture = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(new URL(`../fixtures/matching/${file}`, import.meta.url), 'utf8')) as T;

export function loadMatchingSet(): MatchingSet {
  return {
    jobs: readFixture<{ jobs: LabelledJob[] }>('jobs.json').jobs,
    talents: readFixture<{ talents: LabelledTalent[] }>('talents.json').talents,
  };
}

/**
 * The split's stratum: the language and the family's track (engineering and data, or business). A stratum per
 * language and single family would hold one or two jobs, and the hash alone would decide most of them.
 */
export const jobStratum = (job: Pick<LabelledJob, 'lang' | 'family'>) =>
  `${job.lang}/${['backend', 'frontend', 'data'].includes(job.family) ? 'engineering' : 'business'}`;

/** The distinct non-empty values, in order. */
export const unique = (values: readonly (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/** What the scorer reads of a labelled profile: its fields, and every title of the profile (the current one, then the employments'). */
export function matchTalentOf({ name: _name, lang: _lang, ...talent }: LabelledTalent): MatchTalent {
  return { ...talent, titles: unique([talent.currentTitle, ...talent.employments.map((e) => e.title)]) };
}
