import { requireScope } from '../../../platform/checks.ts';
import type { TalentResolvers } from '../__generated__/resolvers-types.ts';

export const Talent: TalentResolvers = {
  // No read here: `similar` is confined to the viewer's org in the vector store itself (another
  // org's id has no neighbours), so a representation costs nothing until a field needs it.
  __resolveReference: ({ id }, { viewer }) => {
    requireScope(viewer, 'talent:read');
    return { id };
  },
  similar: (talent, { first }, { search }) => search.similarTo(talent.id, first),
};
