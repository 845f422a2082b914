import DataLoader from 'dataloader';
import { z } from 'zod';
import { mergeSettings, type EffectiveSettings } from '../../../data/config/settings.ts';
import { REMOTE_POLICIES } from '../../../data/records/job-record.ts';
import { talentFilterSchema, type ParsedTalentFilter, type TalentFilter } from '../../../data/records/talent-filter.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, notFound } from '../../../platform/errors.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { ResponseWarnings } from '../../../platform/warnings.ts';
import type { MatchJob, MatchLanguage, MatchResult, MatchTalent, WarmPath } from '../scoring/types.ts';
import { cosine, MatchReads, type MatchingData } from './match-reads.ts';
import { matchCursorScope, matchPageSize, orderMatches, pageOfMatches, type KnockOutMode, type MatchPage } from './paging.ts';
import { jobVectorsOrNull, rankJob, scorePair, type RankedJob, type RankRequest } from './rank-job.ts';

/** The ranking function the subgraph calls: `rankJob`, or the score cache around it (subgraphs/matching/cache/). */
export type RankJobFunction = (reads: MatchReads, request: RankRequest) => Promise<RankedJob>;

export interface MatchingOptions {
  /** The viewer's language (from `Accept-Language`). */
  language: MatchLanguage;
  /** An organisation's effective settings (the configuration watcher's `current(orgId, 'matching')`); defaults without one. */
  settings?: (orgId: string) => EffectiveSettings;
  warnings: ResponseWarnings;
  logger: Logger;
  rank?: RankJobFunction;
  now?: () => Date;
}

export interface MatchesArgs {
  first?: number | null;
  after?: string | null;
  filter?: TalentFilter | null;
  knockOuts?: KnockOutMode | null;
}

const shortTexts = z.array(z.string().trim().min(1).max(80)).max(50);
const jobFilterSchema = z
  .object({
    department: z.string().trim().min(1).max(200).nullish(),
    location: z.string().trim().min(1).max(200).nullish(),
    remotePolicy: z.array(z.enum(REMOTE_POLICIES)).max(3).nullish(),
    skillsAny: shortTexts.nullish(),
    hiringTeamUserId: z.string().max(64).nullish(),
    text: z.string().trim().min(1).max(200).nullish(),
  })
  .nullish();
export type MatchingJobFilter = z.input<typeof jobFilterSchema>;

const NEEDED_SCOPES = ['talent:read', 'job:read'] as const;

/**
 * Explained matches (issue 14): a job's talents ranked, a talent's open jobs, one pair. Knows
 * nothing of GraphQL; every read is confined to the viewer's organisation and needs talent:read
 * and job:read (recruiters, hiring managers).
 */
export class Matching {
  readonly reads: MatchReads;
  private readonly viewerOrNull: Viewer | null;
  private readonly options: MatchingOptions;
  private readonly jobLoader: DataLoader<string, MatchJob | null>;

  constructor(data: MatchingData, viewer: Viewer | null, options: MatchingOptions) {
    this.reads = new MatchReads(data);
    this.viewerOrNull = viewer;
    this.options = options;
    this.jobLoader = new DataLoader(async (ids) => {
      const found = new Map((await this.reads.jobs(this.viewer().orgId, ids)).map((job) => [job.id, job]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** The viewer, holding both scopes matching needs (UNAUTHENTICATED or FORBIDDEN otherwise). */
  viewer(): Viewer {
    let viewer: Viewer | null = this.viewerOrNull;
    for (const scope of NEEDED_SCOPES) viewer = requireScope(viewer, scope);
    return viewer!;
  }

  private settings(orgId: string): EffectiveSettings {
    const settings = this.options.settings?.(orgId) ?? mergeSettings();
    // FORBIDDEN, not UNAVAILABLE: the organisation turned it off; retrying changes nothing.
    if (settings.featureFlags.matching === false) throw new LoomaError(ErrorCode.FORBIDDEN, 'Matching is turned off for this organisation');
    return settings;
  }

  private request(orgId: string, job: MatchJob, filter: ParsedTalentFilter | null): RankRequest {
    const settings = this.settings(orgId);
    return {
      orgId,
      job,
      filter,
      weights: settings.matchingWeights,
      language: this.options.language,
      warmPaths: settings.featureFlags.warmPaths !== false,
      now: this.options.now?.() ?? new Date(),
    };
  }

  private similarityUnavailable(): void {
    this.options.logger.warn('embedding model unavailable: matches are scored without semantic similarity');
    this.options.warnings.add(
      'SEMANTIC_MATCHING_UNAVAILABLE',
      'The embedding model is unavailable: these matches are scored without semantic similarity, and candidates come from skills only.',
    );
  }

  /** A job of the viewer's organisation (batched per request), or null: another organisation's job is no job. */
  job(id: string): Promise<MatchJob | null> {
    this.viewer();
    return isUuid(id) ? this.jobLoader.load(id) : Promise.resolve(null);
  }

  /** `Job.matches`: the job's candidates ranked, a page of them. */
  async matches(job: MatchJob, args: MatchesArgs): Promise<MatchPage> {
    const { orgId } = this.viewer();
    const first = matchPageSize(args.first);
    const filter = parseInput(talentFilterSchema.nullish(), args.filter) ?? null;
    const mode: KnockOutMode = args.knockOuts ?? 'FLAG';
    const scope = matchCursorScope(job.id, filter, mode);
    const rank = this.options.rank ?? rankJob;
    const ranked = await rank(this.reads, this.request(orgId, job, filter));
    if (!ranked.similarityAvailable) this.similarityUnavailable();
    return pageOfMatches(orderMatches(ranked.matches, mode), scope, first, args.after);
  }

  /** The job's whole ranking in `Job.matches`'s order without a filter (FLAG): what the fairness audit (audit/) reads. */
  async ranking(job: MatchJob): Promise<MatchResult[]> {
    const { orgId } = this.viewer();
    const rank = this.options.rank ?? rankJob;
    const ranked = await rank(this.reads, this.request(orgId, job, null));
    if (!ranked.similarityAvailable) this.similarityUnavailable();
    return orderMatches(ranked.matches, 'FLAG');
  }

  /** `Talent.matchingJobs`: the organisation's OPEN jobs scored for the talent, best first (empty for a talent it does not hold). */
  async matchingJobs(talentId: string, first: number | null | undefined, filterInput: MatchingJobFilter): Promise<MatchResult[]> {
    const { orgId } = this.viewer();
    const size = matchPageSize(first);
    const filter = parseInput(jobFilterSchema, filterInput) ?? {};
    const talent = await this.reads.talent(orgId, talentId);
    if (!talent) return [];
    const jobs = await this.reads.openJobs(orgId, filter);
    if (jobs.length === 0) return [];
    const scored = await this.scoreAgainst(orgId, talent, jobs);
    return orderMatches(scored, 'FLAG').slice(0, size);
  }

  /** `matchScore`: one pair with its full explanation; NOT_FOUND for a talent or job the organisation does not hold. */
  async matchScore(talentId: string, jobId: string): Promise<MatchResult> {
    const { orgId } = this.viewer();
    const [talent, job] = await Promise.all([this.reads.talent(orgId, talentId), this.job(jobId)]);
    if (!talent) throw notFound('Talent', talentId);
    if (!job) throw notFound('Job', jobId);
    const [scored] = await this.scoreAgainst(orgId, talent, [job]);
    return scored!;
  }

  /**
   * One talent scored against each of `jobs` (in their order): the jobs' embeddings in one call, the
   * talent's vector and warm paths read once. Without the model the similarity is left out and the
   * response says so.
   */
  private async scoreAgainst(orgId: string, talent: MatchTalent, jobs: readonly MatchJob[]): Promise<MatchResult[]> {
    const request = this.request(orgId, jobs[0]!, null);
    const [jobVectors, vectors, paths] = await Promise.all([
      jobVectorsOrNull(this.reads, jobs),
      this.reads.vectors(orgId, [talent.id]),
      request.warmPaths ? this.reads.warmPaths(orgId, [talent.id]) : Promise.resolve(new Map<string, WarmPath[]>()),
    ]);
    if (!jobVectors) this.similarityUnavailable();
    const vector = vectors.get(talent.id);
    const scoring = { ...request, embeddingModel: this.reads.embeddingModel };
    return jobs.map((job, i) => {
      const jobVector = jobVectors?.[i];
      return scorePair(talent, job, scoring, jobVector && vector ? cosine(vector, jobVector) : null, paths.get(talent.id) ?? []);
    });
  }
}
