import { requireScope } from '../../../platform/checks.ts';
import type { TalentResolvers } from '../__generated__/resolvers-types.ts';

export const Talent: TalentResolvers = {
  // No read here: `resumes` is confined to the viewer's org in its query (another org's id has none).
  __resolveReference: ({ id }, { viewer }) => {
    requireScope(viewer, 'talent:read');
    return { id };
  },
  resumes: (talent, _, { resumes }) => resumes.ofTalent(talent.id),
};
