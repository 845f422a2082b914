import type { TimelineConnectionResolvers, TimelineEventResolvers } from '../__generated__/resolvers-types.ts';

export const TimelineEvent: TimelineEventResolvers = {
  summary: (event, _, { timeline }) => timeline.summary(event),
  actor: (event) => (event.actorKind === 'USER' ? { id: event.actorId } : null),
  note: (event, _, { viewer, notes, timeline }) => {
    const noteId = timeline.noteIdOf(event);
    return noteId ? notes.get(viewer, noteId) : null;
  },
  application: (event, _, { viewer, applications, timeline }) => {
    const applicationId = timeline.applicationIdOf(event);
    return applicationId ? applications.get(viewer, applicationId) : null;
  },
};

export const TimelineConnection: TimelineConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
