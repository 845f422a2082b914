import type { StageMoveResolvers } from '../__generated__/resolvers-types.ts';

export const StageMove: StageMoveResolvers = {
  // Moves name stages by key; the job's pipeline (read once per request) names them.
  from: (move, _, { viewer, jobs }) => (move.from === null ? null : jobs.stageOf(viewer, move.jobId, move.from)),
  to: (move, _, { viewer, jobs }) => jobs.stageOf(viewer, move.jobId, move.to),
};
