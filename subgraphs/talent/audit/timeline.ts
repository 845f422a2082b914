import DataLoader from 'dataloader';
import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { requireScope } from '../../../platform/checks.ts';
import { pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import {
  isAuditAction,
  toStoredAuditEvent,
  type AuditAction,
  type RelationshipAuditView,
  type StageRef,
  type StoredAuditEvent,
} from '../../../data/audit/audit-events.ts';
import type { TimelineEventKind } from '../__generated__/resolvers-types.ts';
import { applicationJobs } from '../applications/application-store.ts';
import { orgStageRows } from '../jobs/pipeline-store.ts';
import { createPageLoader, type PageArgs } from '../talents/talent-pages.ts';
import { AuditStore, type AuditEntryRecord } from '../../../data/audit/audit-log-store.ts';

const MAX_PAGE = 100;

/** The audit actions every area records, and what a timeline calls them (a `Record` over the union: none is forgotten). */
const KIND_OF_ACTION: Record<AuditAction, TimelineEventKind> = {
  'talent.create': 'TALENT_CREATED',
  'talent.update': 'TALENT_UPDATED',
  'talent.archive': 'TALENT_ARCHIVED',
  'talent.restore': 'TALENT_RESTORED',
  'talent.merge': 'TALENT_MERGED',
  'talent.import': 'TALENT_IMPORTED',
  'talent.erase': 'OTHER',
  'note.add': 'NOTE_ADDED',
  'note.delete': 'NOTE_DELETED',
  'application.create': 'APPLICATION_CREATED',
  'application.move': 'STAGE_MOVED',
  'application.reject': 'APPLICATION_REJECTED',
  'application.reopen': 'APPLICATION_REOPENED',
  'application.status': 'OTHER',
  'resume.upload': 'RESUME_UPLOADED',
  'tag.add': 'TAGGED',
  'tag.remove': 'UNTAGGED',
  'pool.add': 'ADDED_TO_POOL',
  'pool.remove': 'REMOVED_FROM_POOL',
  'pool.create': 'OTHER',
  'pool.delete': 'OTHER',
  'relationship.add': 'RELATIONSHIP_ADDED',
  'relationship.remove': 'RELATIONSHIP_REMOVED',
  'job.create': 'OTHER',
  'job.update': 'OTHER',
  'pipeline.set': 'OTHER',
  'org.create': 'OTHER',
  'user.create': 'OTHER',
  'invite.create': 'OTHER',
  'invite.accept': 'OTHER',
  'apiKey.create': 'OTHER',
  'apiKey.revoke': 'OTHER',
  'config.set': 'OTHER',
  'config.rollback': 'OTHER',
  'auditAttributes.record': 'OTHER',
};

export const timelineKind = (action: string): TimelineEventKind => (isAuditAction(action) ? KIND_OF_ACTION[action] : 'OTHER');

/** An audit entry of a talent as its timeline shows it: its kind, and the typed event it records. */
export const toTimelineEvent = (entry: AuditEntryRecord): TimelineEventRecord => ({
  ...entry,
  kind: timelineKind(entry.action),
  recorded: toStoredAuditEvent(entry),
});

/** A timeline event: an audit entry of the talent, with its kind and the typed event it records (null for an action Looma does not write). */
export interface TimelineEventRecord extends AuditEntryRecord {
  kind: TimelineEventKind;
  recorded: StoredAuditEvent | null;
}

const NOTE_EXCERPT = 80;
/** Fields a `talent.update` summary never names (bookkeeping, not the profile). */
const UNNAMED_FIELDS = new Set(['id', 'orgId', 'version', 'createdAt', 'updatedAt', 'skillKeys', 'changed']);

/** The value when it is a non-empty string (a writer may record an empty job title). */
const nonEmpty = (value: string | null | undefined): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
/** `currentTitle` → `current title`. */
const words = (key: string) =>
  key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
/** A stage key as a name when no pipeline names it: `phone-screen` → `Phone screen`. */
const humanize = (key: string) => {
  const spaced = key.replace(/[-_]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};
const excerpt = (body: string, length: number) => (body.length > length ? `${body.slice(0, length).trimEnd()}…` : body);
/** Reached only if a case is missing: `tsc` fails on the call first. */
const unreachable = (event: never): never => {
  throw new Error(`no timeline summary for ${JSON.stringify(event)}`);
};

type Recorded<A extends AuditAction> = Extract<StoredAuditEvent, { action: A }>;
type ApplicationEvent = Recorded<'application.create' | 'application.move' | 'application.reject' | 'application.reopen'>;

export interface ApplicationContext {
  jobTitle: string;
  /** Stage key → name: the job's own stages, else the organisation's. */
  stageNames: Map<string, string>;
}

/** What a summary looks up beyond the event: the job of an application, the name of another talent. */
export interface TimelineLookups {
  applicationContext(applicationId: string): Promise<ApplicationContext | null>;
  talentName(talentId: string): Promise<string | null>;
}

/** The application an event is about, if any (the application events are recorded on the application). */
export const applicationIdOf = (event: Pick<TimelineEventRecord, 'entityType' | 'entityId'>): string | null =>
  event.entityType.toLowerCase() === 'application' ? event.entityId : null;

/** A talent's timeline: its audit entries, newest first, each with a kind and a sentence. Knows nothing of GraphQL. */
export class Timeline {
  private readonly countByTalent: DataLoader<string, number>;
  private readonly pages;
  /** Application id → its job's title and stage names, for the sentences of application events. */
  private readonly applicationContext: DataLoader<string, ApplicationContext | null>;

  private readonly loaders: Loaders;

  constructor(db: SqlExecutor, viewer: Viewer | null, loaders: Loaders) {
    this.loaders = loaders;
    const orgId = viewer?.orgId ?? null;
    const store = new AuditStore(db);
    this.countByTalent = new DataLoader(async (talentIds) => {
      const counts = await store.countByTalent(orgId, talentIds);
      return talentIds.map((id) => counts.get(id) ?? 0);
    });
    this.pages = createPageLoader<TimelineEventRecord>(
      'talent.timeline:AT:DESC',
      async (talentIds, limit, after) => {
        // A cursor of another list (a uuid id) stops before every entry: the log's ids are bigints.
        const entries = await store.pagesOfTalents(
          orgId,
          talentIds,
          limit,
          after ? { at: after.at.toISOString(), id: isUuid(after.id) ? '0' : after.id } : null,
        );
        return entries.map((entry) => ({ parentId: entry.talentId!, row: toTimelineEvent(entry) }));
      },
      (event) => ({ at: event.at, id: event.id }),
      this.countByTalent,
    );
    this.applicationContext = new DataLoader(async (applicationIds) => {
      const jobs = orgId ? await applicationJobs(db, orgId, applicationIds.filter(isUuid)) : [];
      // The organisation's stages, then the job's own: a later entry of the same key wins.
      const orgStages = orgId && jobs.length ? await orgStageRows(db, orgId) : [];
      const found = new Map(jobs.map((job) => [job.id, job]));
      return applicationIds.map((id) => {
        const job = found.get(id);
        const stages = job ? [...orgStages, ...(job.jobStages ?? [])] : [];
        return job ? { jobTitle: job.jobTitle, stageNames: new Map(stages.map((s) => [s.key, s.name])) } : null;
      });
    });
  }

  /** A talent's events, newest first; the talents of one GraphQL page share one query. */
  async forTalent(viewerOrNull: Viewer | null, talentId: string, args: PageArgs): Promise<Connection<TimelineEventRecord>> {
    requireScope(viewerOrNull, 'talent:read');
    return this.pages.load(talentId, pageSize(args.first, MAX_PAGE), args.after);
  }

  /** The application an event is about, if any. */
  applicationIdOf(event: TimelineEventRecord): string | null {
    return applicationIdOf(event);
  }

  /** The note an event added, if it is a NOTE_ADDED. */
  noteIdOf(event: TimelineEventRecord): string | null {
    return event.kind === 'NOTE_ADDED' && event.entityType.toLowerCase() === 'note' ? event.entityId : null;
  }

  /** A sentence a recruiter reads (see `summarizeTimelineEvent`), with the job and talent names this request loads. */
  summary(event: TimelineEventRecord): Promise<string> {
    return summarizeTimelineEvent(event, {
      applicationContext: (applicationId) => this.applicationContext.load(applicationId),
      talentName: async (talentId) => (await this.loaders.talentById.load(talentId))?.name ?? null,
    });
  }
}

/**
 * A sentence a recruiter reads, built from what the writer put in `before`/`after` (typed per
 * action; null once an erasure scrubbed them). An action Looma does not write reads as itself.
 */
export async function summarizeTimelineEvent(event: TimelineEventRecord, lookups: TimelineLookups): Promise<string> {
  const recorded = event.recorded;
  if (!recorded) return event.action;
  switch (recorded.action) {
    case 'talent.create': {
      const after = recorded.after;
      const name = nonEmpty(after?.name) ?? nonEmpty(after?.latinName) ?? nonEmpty(after?.chineseName);
      return name ? `Created ${name}` : 'Created';
    }
    case 'talent.update': {
      const before: Record<string, unknown> = recorded.before ?? {};
      const after: Record<string, unknown> = recorded.after ?? {};
      // The writer names the changed fields; else they are the keys whose values differ.
      const named = recorded.after?.changed ?? [];
      const changed = (named.length ? named : [...new Set([...Object.keys(before), ...Object.keys(after)])]).filter(
        (key) => !UNNAMED_FIELDS.has(key) && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
      );
      return changed.length ? `Updated ${changed.map(words).join(', ')}` : 'Updated the profile';
    }
    case 'talent.archive':
      return 'Archived';
    case 'talent.restore':
      return 'Restored';
    case 'talent.merge': {
      const merged = (recorded.after?.mergedIds ?? []).filter((id) => id !== event.talentId);
      if (merged.length) return `Merged ${merged.length} duplicate${merged.length === 1 ? '' : 's'} into this talent`;
      return 'Merged with a duplicate';
    }
    case 'talent.import': {
      const source = nonEmpty(recorded.after?.externalSource);
      return source ? `Imported from ${source}` : 'Imported from an upstream system';
    }
    case 'note.add': {
      const body = nonEmpty(recorded.after?.excerpt);
      return body ? `Note: ${excerpt(body.replace(/\s+/g, ' '), NOTE_EXCERPT)}` : 'Added a note';
    }
    case 'note.delete':
      return 'Deleted a note';
    case 'application.create':
    case 'application.move':
    case 'application.reject':
    case 'application.reopen':
      return applicationSummary(event, recorded, lookups);
    case 'application.status': {
      // A pipeline change turned the application's stage into a HIRED, REJECTED or ACTIVE one.
      const title = nonEmpty(recorded.after?.jobTitle);
      const status = nonEmpty(recorded.after?.status)?.toLowerCase();
      return `Now ${status ?? 'changed'}${title ? ` for ${title}` : ''}: the pipeline's stages changed`;
    }
    case 'resume.upload': {
      const filename = nonEmpty(recorded.after?.filename) ?? 'a resume';
      return recorded.after?.talentCreated === true ? `Created from ${filename}` : `Uploaded ${filename}`;
    }
    case 'tag.add':
      return `Tagged ${(recorded.after?.tags ?? []).join(', ')}`;
    case 'tag.remove':
      return `Untagged ${(recorded.before?.tags ?? []).join(', ')}`;
    case 'pool.add':
      return `Added to pool ${nonEmpty(recorded.after?.name) ?? ''}`.trimEnd();
    case 'pool.remove':
      return `Removed from pool ${nonEmpty(recorded.before?.name) ?? ''}`.trimEnd();
    case 'relationship.add':
      return `Relationship added: ${await relationshipPhrase(event, recorded.after, lookups)}`;
    case 'relationship.remove':
      return `Relationship removed: ${await relationshipPhrase(event, recorded.before, lookups)}`;
    // Recorded with a talent id but no sentence of their own, or never on a timeline (no talent id).
    case 'talent.erase':
    case 'pool.create':
    case 'pool.delete':
    case 'job.create':
    case 'job.update':
    case 'pipeline.set':
    case 'org.create':
    case 'user.create':
    case 'invite.create':
    case 'invite.accept':
    case 'apiKey.create':
    case 'apiKey.revoke':
    case 'config.set':
    case 'config.rollback':
    case 'auditAttributes.record':
      return recorded.action;
    default:
      return unreachable(recorded);
  }
}

async function applicationSummary(event: TimelineEventRecord, recorded: ApplicationEvent, lookups: TimelineLookups): Promise<string> {
  // Writers record the job title and stage names as they were; the application's job fills what is missing.
  const after = recorded.after;
  const before = recorded.action === 'application.create' ? null : recorded.before;
  const recordedTitle = nonEmpty(after?.jobTitle);
  // A move's `before` holds the stage key only: its name comes from the job's pipeline.
  const needsContext = !recordedTitle || typeof before?.stage === 'string';
  const applicationId = needsContext ? applicationIdOf(event) : null;
  const context = applicationId ? await lookups.applicationContext(applicationId) : null;
  const stageName = (stage: StageRef | string | null | undefined): string | null => {
    if (typeof stage === 'string') return stage.length > 0 ? (context?.stageNames.get(stage) ?? humanize(stage)) : null;
    if (!stage) return null;
    return nonEmpty(stage.name) ?? stageName(nonEmpty(stage.key));
  };
  const title = recordedTitle ?? context?.jobTitle ?? null;
  const forJob = title ? ` for ${title}` : '';
  const to = stageName(after?.to);
  switch (recorded.action) {
    case 'application.create':
      return `Added to the pipeline${forJob}${to ? ` at ${to}` : ''}`;
    case 'application.move': {
      const from = stageName(recorded.after?.from) ?? stageName(before?.stage);
      return `Moved ${from ? `from ${from} ` : ''}to ${to ?? 'another stage'}${forJob}`;
    }
    case 'application.reject': {
      const reason = nonEmpty(recorded.after?.reason);
      return `Rejected${forJob}${reason ? `: ${reason}` : ''}`;
    }
    case 'application.reopen':
      return `Reopened${forJob}${to ? ` at ${to}` : ''}`;
    default:
      return unreachable(recorded);
  }
}

/** `knows 李娜`, `referred by Wei Zhang`, seen from the timeline's talent. */
async function relationshipPhrase(
  event: TimelineEventRecord,
  relationship: RelationshipAuditView | null | undefined,
  lookups: TimelineLookups,
): Promise<string> {
  const type = nonEmpty(relationship?.type) ?? 'KNOWS';
  const fromId = nonEmpty(relationship?.fromId);
  const toId = nonEmpty(relationship?.toId);
  const isSubject = fromId === event.talentId;
  const otherId = isSubject ? toId : fromId;
  const name = (otherId && isUuid(otherId) ? await lookups.talentName(otherId) : null) ?? 'another talent';
  switch (type) {
    case 'REFERRED_BY':
      return isSubject ? `referred by ${name}` : `referred ${name}`;
    case 'MANAGED':
      return isSubject ? `managed ${name}` : `managed by ${name}`;
    case 'WORKED_WITH':
      return `worked with ${name}`;
    default:
      return `knows ${name}`;
  }
}
