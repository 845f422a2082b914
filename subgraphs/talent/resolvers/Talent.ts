import type { TalentResolvers } from '../__generated__/resolvers-types.ts';

export const Talent: TalentResolvers = {
  // Entity fetches from other subgraphs arrive here, batched by the loader; another org's id resolves to null.
  __resolveReference: ({ id }, { viewer, talents }) => talents.get(viewer, id),
  // profile
  owner: (talent) => (talent.ownerId ? { id: talent.ownerId } : null),
  // applications
  applications: (talent, _, { viewer, applications }) => applications.forTalent(viewer, talent.id),
  // notes, timeline, tags, pools
  notes: (talent, { first, after }, { viewer, notes }) => notes.forTalent(viewer, talent.id, { first, after }),
  timeline: (talent, { first, after }, { viewer, timeline }) => timeline.forTalent(viewer, talent.id, { first, after }),
  tags: (talent, _, { viewer, tags }) => tags.forTalent(viewer, talent.id),
  pools: (talent, _, { viewer, pools }) => pools.forTalent(viewer, talent.id),
  // relationships
  relationships: (talent, { types }, { viewer, relationships }) => relationships.of(viewer, talent.id, types),
  network: (talent, args, { viewer, relationships }) => relationships.network(viewer, talent.id, args),
};
