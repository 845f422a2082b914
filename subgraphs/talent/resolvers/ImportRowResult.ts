import type { ImportRowResultResolvers } from '../__generated__/resolvers-types.ts';

export const ImportRowResult: ImportRowResultResolvers = {
  // Through the request's talent loader: a result of 1,000 rows reads its talents in one query.
  talent: (row, _, { viewer, talents }) => (row.talentId ? talents.get(viewer, row.talentId) : null),
};
