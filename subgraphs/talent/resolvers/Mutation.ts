import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  // talents
  createTalent: (_, { input }, { viewer, talents }) => talents.create(viewer, input),
  updateTalent: (_, { input }, { viewer, talents }) => talents.update(viewer, input),
  archiveTalent: (_, { id }, { viewer, talents }) => talents.archive(viewer, id),
  restoreTalent: (_, { id }, { viewer, talents }) => talents.restore(viewer, id),
  // jobs, pipelines, applications
  createJob: (_, { input }, { viewer, jobs }) => jobs.create(viewer, input),
  updateJob: (_, { input }, { viewer, jobs }) => jobs.update(viewer, input),
  setPipelineStages: (_, { stages }, { viewer, jobs }) => jobs.setPipelineStages(viewer, stages),
  createApplication: (_, { input }, { viewer, applications }) => applications.create(viewer, input),
  moveApplication: (_, { input }, { viewer, applications }) => applications.move(viewer, input),
  rejectApplication: (_, { id, reason }, { viewer, applications }) => applications.reject(viewer, id, reason),
  reopenApplication: (_, { id, stage }, { viewer, applications }) => applications.reopen(viewer, id, stage),
  // notes, tags, pools
  addNote: (_, { input }, { viewer, notes }) => notes.add(viewer, input),
  deleteNote: (_, { id }, { viewer, notes }) => notes.delete(viewer, id),
  tagTalents: (_, { talentIds, tags: names }, { viewer, tags }) => tags.tag(viewer, talentIds, names),
  untagTalents: (_, { talentIds, tags: names }, { viewer, tags }) => tags.untag(viewer, talentIds, names),
  createTalentPool: (_, { input }, { viewer, pools }) => pools.create(viewer, input),
  deleteTalentPool: (_, { id }, { viewer, pools }) => pools.delete(viewer, id),
  addToTalentPool: (_, { poolId, talentIds }, { viewer, pools }) => pools.add(viewer, poolId, talentIds),
  removeFromTalentPool: (_, { poolId, talentIds }, { viewer, pools }) => pools.remove(viewer, poolId, talentIds),
  // relationships
  addRelationship: (_, { input }, { viewer, relationships }) => relationships.add(viewer, input),
  removeRelationship: (_, { id }, { viewer, relationships }) => relationships.remove(viewer, id),
  // sync
  importTalents: (_, { rows }, { viewer, imports }) => imports.importTalents(viewer, rows),
  // duplicates, merge and erasure
  mergeTalents: (_, { keepId, mergeIds }, { viewer, merges }) => merges.merge(viewer, keepId, mergeIds),
  eraseTalent: (_, { id }, { viewer, privacy }) => privacy.erase(viewer, id),
};
