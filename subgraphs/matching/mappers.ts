import type { MatchPage } from './ranking/paging.ts';
import type { FactorScore, KnockoutFailure, MatchResult } from './scoring/types.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type JobModel = { id: string };
export type TalentModel = { id: string };
export type MatchModel = MatchResult;
export type MatchEdgeModel = MatchPage['edges'][number];
export type MatchConnectionModel = MatchPage;
export type MatchFactorModel = FactorScore;
export type MatchKnockoutModel = KnockoutFailure;
/** The matching subgraph's part of a data-subject export: its key (audit/audit-resolvers.ts). */
export type TalentDataExportModel = { talentId: string };
/** The matching subgraph's part of an erasure's report: its key (audit/audit-resolvers.ts). */
export type EraseTalentResultModel = { talentId: string };
