/**
 * Every change the audit log records, as one discriminated union on `action`: what each writer puts
 * in `before`/`after` (the stored JSON), typed, so a writer cannot misspell an action or a key and a
 * reader (the talent timeline) switches over the actions exhaustively instead of guessing keys.
 * The shapes are the ones written since the audit log began; rows keep them, so they stay as they are.
 * Payloads are plain JSON-able values: this layer knows no subgraph's records.
 */

/** A talent as the audit log keeps it (`auditView` in data/records/talent-record.ts): its profile fields, status and version. */
export type TalentAuditView = {
  name?: string;
  latinName?: string | null;
  chineseName?: string | null;
  status?: string;
  version?: number;
} & Record<string, unknown>;

/** The fields of a talent that changed: the old values before, the new ones after with their names and the new version. */
export type TalentChangeBefore = Record<string, unknown>;
export type TalentChangeAfter = Record<string, unknown> & { changed: string[]; version: number };

/** Where an imported talent came from (`importTalents`). */
export interface ImportSource {
  externalSource: string;
  externalId: string;
}

/** A stage as the audit log names it: its key and its name when the change was made. */
export interface StageRef {
  key: string;
  name: string;
}

export interface NoteAuditView {
  id: string;
  talentId: string;
  applicationId: string | null;
  authorId: string | null;
  mentions: string[];
  /** The start of the body, never the whole of it. */
  excerpt: string;
  length: number;
}

export interface PoolAuditView {
  id: string;
  name: string;
  description: string | null;
  ownerId: string | null;
}

export interface RelationshipAuditView {
  id: string;
  fromId: string;
  toId: string;
  type: string;
  derived: boolean;
  detail: unknown;
}

/** A job as the audit log keeps it: the job's fields (its own stages as `stages`), and its hiring team when given. */
export type JobAuditView = { id: string; title: string } & Record<string, unknown>;

/** An application as a stage move leaves it. */
interface ApplicationMoveAfter {
  jobId: string;
  jobTitle: string;
  talentId: string;
  from: StageRef;
  to: StageRef;
  status: string;
  reason: string | null;
  /** Absent from the demo seed's moves. */
  version?: number;
}

interface ApplicationMoveBefore {
  /** The stage key. */
  stage: string;
  status: string;
  rejectionReason: string | null;
  version: number;
}

/** Fields every event has: what changed (`entityType`/`entityId`) and the talent it concerns, if any. */
interface Entry<A extends string, E extends string> {
  action: A;
  entityType: E;
  entityId: string;
  /** The person the change concerns: a talent's timeline reads it, an erasure scrubs it. */
  talentId?: string | null;
}

/** A move of an application (by hand, a rejection, a reopening): the demo seed records no `before`. */
type ApplicationMove<A extends string> = Entry<A, 'Application'> & {
  talentId: string;
  before?: ApplicationMoveBefore;
  after: ApplicationMoveAfter;
};

export type AuditEvent =
  // Talents
  | (Entry<'talent.create', 'talent'> & { talentId: string; before?: never; after: TalentAuditView })
  | (Entry<'talent.update', 'talent'> & { talentId: string; before: TalentChangeBefore; after: TalentChangeAfter })
  | (Entry<'talent.import', 'talent'> &
      (
        | { talentId: string; before?: never; after: TalentAuditView & ImportSource & { outcome: 'CREATED' } }
        | { talentId: string; before: TalentChangeBefore; after: TalentChangeAfter & ImportSource & { outcome: 'UPDATED' } }
      ))
  | (Entry<'talent.archive' | 'talent.restore', 'talent'> & {
      talentId: string;
      before: { status: string; version: number };
      after: { status: string; version: number };
    })
  | (Entry<'talent.merge', 'talent'> & {
      talentId: string;
      before: { talents: (TalentAuditView & { id: string })[] };
      after: {
        talent: TalentAuditView & { id: string };
        mergedIds: string[];
        movedApplications: number;
        movedNotes: number;
        movedResumes: number;
        movedRelationships: number;
        /** Applications of the same job folded into the one that stays. */
        foldedApplications: { applicationId: string; into: string; jobId: string; stage: string; status: string }[];
        droppedRelationships: { id: string; type: string; reason: string }[];
      };
    })
  | (Entry<'talent.erase', 'talent'> & { talentId: string; before?: never; after: { erasedAt: string } & Record<string, number | string> })
  // Notes, tags, pools, relationships, resumes of a talent
  | (Entry<'note.add', 'note'> & { talentId: string; before?: never; after: NoteAuditView })
  | (Entry<'note.delete', 'note'> & { talentId: string; before: NoteAuditView; after?: never })
  | (Entry<'tag.add', 'talent'> & { talentId: string; before?: never; after: { tags: string[] } })
  | (Entry<'tag.remove', 'talent'> & { talentId: string; before: { tags: string[] }; after?: never })
  | (Entry<'pool.create', 'talent_pool'> & { talentId?: never; before?: never; after: PoolAuditView })
  | (Entry<'pool.delete', 'talent_pool'> & { talentId?: never; before: PoolAuditView & { talentCount?: number }; after?: never })
  | (Entry<'pool.add', 'talent_pool'> & { talentId: string; before?: never; after: PoolAuditView })
  | (Entry<'pool.remove', 'talent_pool'> & { talentId: string; before: PoolAuditView; after?: never })
  | (Entry<'relationship.add', 'relationship'> & { talentId: string; before?: RelationshipAuditView | null; after: RelationshipAuditView })
  | (Entry<'relationship.remove', 'relationship'> & { talentId: string; before: RelationshipAuditView; after: null })
  | (Entry<'resume.upload', 'resume'> & {
      talentId: string;
      before?: never;
      after: { id: string; filename: string | null; contentType: string; size: number; talentCreated: boolean; attachedBy: string };
    })
  // Jobs, pipelines, applications
  | (Entry<'job.create', 'Job'> & { talentId?: never; before?: never; after: JobAuditView })
  | (Entry<'job.update', 'Job'> & { talentId?: never; before: JobAuditView; after: JobAuditView })
  | (Entry<'pipeline.set', 'Pipeline'> & { talentId?: never; before: { stages: unknown[] }; after: { stages: unknown[] } })
  | (Entry<'application.create', 'Application'> & {
      talentId: string;
      before?: never;
      after: { jobId: string; jobTitle: string; talentId: string; to: StageRef; status: string };
    })
  | ApplicationMove<'application.move'>
  | ApplicationMove<'application.reject'>
  | ApplicationMove<'application.reopen'>
  | (Entry<'application.status', 'Application'> & {
      /** A pipeline change turned the application's stage into a HIRED, REJECTED or ACTIVE one. */
      talentId: string;
      before: { status: string; stage: StageRef; jobId: string; jobTitle: string; version: number };
      after: { status: string; stage: StageRef; jobId: string; jobTitle: string; talentId: string; version: number };
    })
  // Identity: who may do what; none concerns a talent
  | (Entry<'org.create', 'org'> & { talentId?: never; before?: never; after: { name: string; slug: string } })
  | (Entry<'user.create', 'user'> & {
      talentId?: never;
      before?: never;
      after: { email: string; name: string; role: string; via: 'signUp' | 'invite'; inviteId: string | null };
    })
  | (Entry<'invite.create', 'invite'> & {
      talentId?: never;
      before?: never;
      after: { email: string; role: string; expiresAt: Date | string };
    })
  | (Entry<'invite.accept', 'invite'> & { talentId?: never; before: { acceptedAt: null }; after: { acceptedBy: string } })
  | (Entry<'apiKey.create', 'apiKey'> & { talentId?: never; before?: never; after: { name: string; scopes: string[] } })
  | (Entry<'apiKey.revoke', 'apiKey'> & { talentId?: never; before: { revokedAt: null }; after: { revokedAt: Date | string | null } })
  // The configuration service (the ops subgraph): a new version of a scope's document (`entityId` is the scope)
  | (Entry<'config.set' | 'config.rollback', 'configuration'> & {
      talentId?: never;
      before: ConfigAuditView | null;
      after: ConfigAuditView & { comment: string | null; rolledBackTo: number | null };
    })
  // Matching's fairness audit (the matching subgraph): a talent's audit attributes set or removed, by name only (their
  // values are never copied into the log); no talent id, so no timeline shows them
  | (Entry<'auditAttributes.record', 'talent'> & { talentId?: never; before?: never; after: { set: string[]; removed: string[] } });

/** A configuration version as the audit log keeps it: its number and its whole document. */
export interface ConfigAuditView {
  version: number;
  values: Record<string, unknown>;
}

export type AuditAction = AuditEvent['action'];

/** One event of the union by its action, e.g. `AuditEventOf<'talent.update'>`. */
export type AuditEventOf<A extends AuditAction> = Extract<AuditEvent, { action: A }>;

/**
 * An event as read back from the log: the same shape, but `before`/`after` may be null (an
 * erasure scrubs the payloads of the talent's other entries) and the talent id is a column.
 */
export type StoredAuditEvent = AuditEvent extends infer E
  ? E extends AuditEvent
    ? Omit<E, 'before' | 'after' | 'talentId'> & {
        talentId: string | null;
        before: PayloadOf<E, 'before'> | null;
        after: PayloadOf<E, 'after'> | null;
      }
    : never
  : never;

/** An event's `before` or `after` (undefined for an event that declares none). */
type PayloadOf<E, K extends 'before' | 'after'> = E extends { [P in K]?: infer V } ? V : undefined;

/** Every action, as a runtime list (a `Record` over the union keeps it complete). */
const ACTIONS: Record<AuditAction, true> = {
  'talent.create': true,
  'talent.update': true,
  'talent.import': true,
  'talent.archive': true,
  'talent.restore': true,
  'talent.merge': true,
  'talent.erase': true,
  'note.add': true,
  'note.delete': true,
  'tag.add': true,
  'tag.remove': true,
  'pool.create': true,
  'pool.delete': true,
  'pool.add': true,
  'pool.remove': true,
  'relationship.add': true,
  'relationship.remove': true,
  'resume.upload': true,
  'job.create': true,
  'job.update': true,
  'pipeline.set': true,
  'application.create': true,
  'application.move': true,
  'application.reject': true,
  'application.reopen': true,
  'application.status': true,
  'org.create': true,
  'user.create': true,
  'invite.create': true,
  'invite.accept': true,
  'apiKey.create': true,
  'apiKey.revoke': true,
  'config.set': true,
  'config.rollback': true,
  'auditAttributes.record': true,
};
export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditAction[];

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(ACTIONS, action);

/**
 * A row of the log as the event it records, when its action is one Looma writes (null otherwise).
 * The payloads are trusted as the writer typed them: only `recordAudit` writes this table.
 */
export function toStoredAuditEvent(row: {
  action: string;
  entityType: string;
  entityId: string;
  talentId: string | null;
  before: unknown;
  after: unknown;
}): StoredAuditEvent | null {
  if (!isAuditAction(row.action)) return null;
  return { ...row, before: row.before ?? null, after: row.after ?? null } as StoredAuditEvent;
}
