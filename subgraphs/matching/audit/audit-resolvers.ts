import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';

/** The audit's root fields, registered in the subgraph's resolver map (index.ts) beside matching's own. */
export const auditQuery: Pick<QueryResolvers, 'matchingAudit'> = {
  matchingAudit: (_, { jobId, attribute, top }, { audit }) => audit.report(jobId, attribute, top),
};

export const auditMutation: Pick<MutationResolvers, 'recordAuditAttributes'> = {
  recordAuditAttributes: (_, { talentId, attributes }, { audit }) => audit.record(talentId, attributes),
};
