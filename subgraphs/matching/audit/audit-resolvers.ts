import type {
  EraseTalentResultResolvers,
  MutationResolvers,
  QueryResolvers,
  TalentDataExportResolvers,
} from '../__generated__/resolvers-types.ts';

/** The audit's root fields, registered in the subgraph's resolver map (index.ts) beside matching's own. */
export const auditQuery: Pick<QueryResolvers, 'matchingAudit'> = {
  matchingAudit: (_, { jobId, attribute, top }, { audit }) => audit.report(jobId, attribute, top),
};

export const auditMutation: Pick<MutationResolvers, 'recordAuditAttributes'> = {
  recordAuditAttributes: (_, { talentId, attributes }, { audit }) => audit.record(talentId, attributes),
};

/** Matching's part of a data-subject export: the audit attributes, read through their one owner (audit-attribute-store.ts). */
export const auditTalentDataExport: TalentDataExportResolvers = {
  __resolveReference: ({ talentId }, { audit, loaders }) => audit.exportOf(talentId, (id) => loaders.talentById.load(id)),
  auditAttributes: ({ talentId }, _, { audit }) => audit.exportedAttributes(talentId),
};

/** Matching's part of an erasure's report: the audit attributes the tombstone trigger removed, read through their one owner. */
export const auditEraseTalentResult: EraseTalentResultResolvers = {
  __resolveReference: ({ talentId }, { audit }) => audit.erasureOf(talentId),
  auditAttributes: ({ talentId }, _, { audit }) => audit.erasedAttributes(talentId),
};
