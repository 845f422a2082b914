import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  // talents
  talent: (_, { id }, { viewer, talents }) => talents.get(viewer, id),
  talents: (_, { filter, sort, first, after }, { viewer, talents }) => talents.list(viewer, { filter, sort, first, after }),
  // jobs, pipelines, applications
  application: (_, { id }, { viewer, applications }) => applications.get(viewer, id),
  applications: (_, { filter, first, after }, { viewer, applications }) => applications.list(viewer, { filter, first, after }),
  pipelineStages: (_, __, { viewer, jobs }) => jobs.pipelineStages(viewer),
  job: (_, { id }, { viewer, jobs }) => jobs.get(viewer, id),
  jobs: (_, { filter, sort, first, after }, { viewer, jobs }) => jobs.list(viewer, { filter, sort, first, after }),
  // notes, tags, pools, audit
  tags: (_, __, { viewer, tags }) => tags.list(viewer),
  talentPools: (_, __, { viewer, pools }) => pools.list(viewer),
  talentPool: (_, { id }, { viewer, pools }) => pools.get(viewer, id),
  auditLog: (_, { filter, first, after }, { viewer, auditLog }) => auditLog.list(viewer, { filter, first, after }),
  // relationships
  talentPath: (_, args, { viewer, relationships }) => relationships.path(viewer, args),
  referrersInto: (_, args, { viewer, relationships }) => relationships.referrersInto(viewer, args),
  // duplicates and personal-data rights
  talentDuplicates: (_, { id }, { viewer, duplicates }) => duplicates.find(viewer, id),
  exportTalentData: (_, { id }, { viewer, privacy }) => privacy.export(viewer, id),
};
