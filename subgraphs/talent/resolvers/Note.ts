import { isUuid } from '../../../platform/ids.ts';
import type { NoteConnectionResolvers, NoteResolvers } from '../__generated__/resolvers-types.ts';

export const Note: NoteResolvers = {
  mentions: (note) => note.mentions.map((id) => ({ id })),
  // Notes written with an API key or by Looma itself (the demo seed) have no user to show.
  author: (note) => (note.authorId && isUuid(note.authorId) ? { id: note.authorId } : null),
  application: (note, _, { viewer, applications }) => (note.applicationId ? applications.get(viewer, note.applicationId) : null),
};

export const NoteConnection: NoteConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
