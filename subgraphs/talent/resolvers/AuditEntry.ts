import type { AuditEntryConnectionResolvers, AuditEntryResolvers } from '../__generated__/resolvers-types.ts';
import { auditJson } from '../audit/audit-log.ts';

export const AuditEntry: AuditEntryResolvers = {
  actor: (entry) => (entry.actorKind === 'USER' ? { id: entry.actorId } : null),
  before: (entry) => auditJson(entry.before),
  after: (entry) => auditJson(entry.after),
};

export const AuditEntryConnection: AuditEntryConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
