import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { MATCHING_STORES, type MatchingContext, type MatchingStore } from './context.ts';
import { DateTime } from '../../platform/scalars.ts';
import { ResponseWarnings } from '../../platform/warnings.ts';
import { matchLanguage } from './ranking/language.ts';
import { Matching } from './ranking/matching.ts';
import { cachedRankJob, scoreCacheOf } from './cache/cached-rank-job.ts';
import { Job } from './resolvers/Job.ts';
import { Match, MatchEdge, MatchFactor, MatchKnockout } from './resolvers/Match.ts';
import { Query } from './resolvers/Query.ts';
import { auditEraseTalentResult, auditMutation, auditQuery, auditTalentDataExport } from './audit/audit-resolvers.ts';
import { MatchingAudit } from './audit/matching-audit.ts';
import { Talent } from './resolvers/Talent.ts';

const resolvers: Resolvers = {
  DateTime,
  Query: { ...Query, ...auditQuery },
  Mutation: auditMutation,
  Job,
  Talent,
  Match,
  MatchEdge,
  MatchFactor,
  MatchKnockout,
  TalentDataExport: auditTalentDataExport,
  EraseTalentResult: auditEraseTalentResult,
};

/** Explained talent–job match scores (issue 14): `Job.matches`, `Talent.matchingJobs`, `matchScore`. */
export const matchingSubgraph: SubgraphDefinition<MatchingContext, MatchingStore> = {
  name: 'matching',
  port: (config) => config.ports.matching,
  stores: MATCHING_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base, runtime) => {
    const warnings = new ResponseWarnings();
    const watcher = runtime.configWatcher;
    const matching = new Matching(base.data, base.viewer, {
      language: matchLanguage(base.language),
      // Read per request: a weight change re-ranks the next request, nothing is reindexed.
      settings: watcher ? (orgId) => watcher.current(orgId, 'matching') : undefined,
      warnings,
      logger: base.logger,
      rank: cachedRankJob(scoreCacheOf(runtime.data.stores, runtime.logger), base.data.embedder.model),
    });
    const audit = new MatchingAudit(base.data.stores.relational, base.viewer, {
      job: (id) => matching.job(id),
      ranking: (job) => matching.ranking(job),
    });
    return { ...base, warnings, matching, audit };
  },
};

await runStandalone(import.meta.url, [matchingSubgraph]);
