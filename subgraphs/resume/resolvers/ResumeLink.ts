import type { ResumeLinkResolvers } from '../__generated__/resolvers-types.ts';

export const ResumeLink: ResumeLinkResolvers = {
  kind: ({ kind }) => (kind === 'linkedin' ? 'LINKEDIN' : kind === 'github' ? 'GITHUB' : 'PERSONAL'),
};
