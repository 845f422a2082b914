import DataLoader from 'dataloader';
import { isUuid, type Loaders } from '../../data/loaders.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { requireScope } from '../../platform/checks.ts';
import { pageSize, type Connection } from '../../platform/pagination.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { AUDIT_COLUMNS, toAuditEntry, type AuditEntryRecord, type AuditRow } from './audit-log.ts';
import { createPageLoader, type PageArgs } from './talent-pages.ts';

const MAX_PAGE = 100;

export type TimelineEventKind =
  | 'TALENT_CREATED'
  | 'TALENT_UPDATED'
  | 'TALENT_ARCHIVED'
  | 'TALENT_RESTORED'
  | 'TALENT_MERGED'
  | 'TALENT_IMPORTED'
  | 'NOTE_ADDED'
  | 'NOTE_DELETED'
  | 'APPLICATION_CREATED'
  | 'STAGE_MOVED'
  | 'APPLICATION_REJECTED'
  | 'APPLICATION_REOPENED'
  | 'RESUME_UPLOADED'
  | 'TAGGED'
  | 'UNTAGGED'
  | 'ADDED_TO_POOL'
  | 'REMOVED_FROM_POOL'
  | 'RELATIONSHIP_ADDED'
  | 'RELATIONSHIP_REMOVED'
  | 'OTHER';

/** The audit actions every area records, and what a timeline calls them. */
const KIND_OF_ACTION: Record<string, TimelineEventKind> = {
  'talent.create': 'TALENT_CREATED',
  'talent.update': 'TALENT_UPDATED',
  'talent.archive': 'TALENT_ARCHIVED',
  'talent.restore': 'TALENT_RESTORED',
  'talent.merge': 'TALENT_MERGED',
  'talent.import': 'TALENT_IMPORTED',
  'note.add': 'NOTE_ADDED',
  'note.delete': 'NOTE_DELETED',
  'application.create': 'APPLICATION_CREATED',
  'application.move': 'STAGE_MOVED',
  'application.reject': 'APPLICATION_REJECTED',
  'application.reopen': 'APPLICATION_REOPENED',
  'resume.upload': 'RESUME_UPLOADED',
  'tag.add': 'TAGGED',
  'tag.remove': 'UNTAGGED',
  'pool.add': 'ADDED_TO_POOL',
  'pool.remove': 'REMOVED_FROM_POOL',
  'relationship.add': 'RELATIONSHIP_ADDED',
  'relationship.remove': 'RELATIONSHIP_REMOVED',
};

export const timelineKind = (action: string): TimelineEventKind => KIND_OF_ACTION[action] ?? 'OTHER';

/** A timeline event: an audit entry of the talent, with its kind. */
export interface TimelineEventRecord extends AuditEntryRecord {
  kind: TimelineEventKind;
}

const APPLICATION_KINDS = new Set<TimelineEventKind>(['APPLICATION_CREATED', 'STAGE_MOVED', 'APPLICATION_REJECTED', 'APPLICATION_REOPENED']);
const NOTE_EXCERPT = 80;
/** Fields a `talent.update` summary never names (bookkeeping, not the profile). */
const UNNAMED_FIELDS = new Set(['id', 'orgId', 'org_id', 'version', 'createdAt', 'created_at', 'updatedAt', 'updated_at', 'skillKeys', 'skill_keys', 'changed']);

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
/** The first of `keys` that holds a non-empty string (writers use camelCase or snake_case). */
function text(object: Json, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
/** `currentTitle` or `current_title` → `current title`. */
const words = (key: string) => key.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
/** A stage key as a name when no pipeline names it: `phone-screen` → `Phone screen`. */
const humanize = (key: string) => {
  const spaced = key.replace(/[-_]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};
const excerpt = (body: string, length: number) => (body.length > length ? `${body.slice(0, length).trimEnd()}…` : body);

interface ApplicationContext {
  jobTitle: string;
  /** Stage key → name: the job's own stages, else the organisation's. */
  stageNames: Map<string, string>;
}

/** A talent's timeline: its audit entries, newest first, each with a kind and a sentence. Knows nothing of GraphQL. */
export class Timeline {
  private readonly countByTalent: DataLoader<string, number>;
  private readonly pages;
  /** Application id → its job's title and stage names, for the sentences of application events. */
  private readonly applicationContext: DataLoader<string, ApplicationContext | null>;

  constructor(
    db: RelationalStore,
    viewer: Viewer | null,
    private readonly loaders: Loaders,
  ) {
    const orgId = viewer?.orgId ?? null;
    this.countByTalent = new DataLoader(async (talentIds) => {
      const rows = await db.query<{ talent_id: string; n: number }>(
        'SELECT talent_id, count(*)::int AS n FROM audit_log WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) GROUP BY talent_id',
        [orgId, talentIds],
      );
      const counts = new Map(rows.map((row) => [row.talent_id, row.n]));
      return talentIds.map((id) => counts.get(id) ?? 0);
    });
    this.pages = createPageLoader<TimelineEventRecord>(
      async (talentIds, limit, after) => {
        const params: unknown[] = [orgId, talentIds, limit];
        if (after) params.push(after.at, isUuid(after.id) ? '0' : after.id);
        const rows = await db.query<AuditRow>(
          `SELECT ${AUDIT_COLUMNS.split(', ').map((c) => `e.${c}`).join(', ')} FROM unnest($2::uuid[]) AS t(id)
           CROSS JOIN LATERAL (
             SELECT * FROM audit_log WHERE org_id = $1 AND talent_id = t.id ${after ? 'AND (at, id) < ($4::timestamptz, $5::bigint)' : ''}
             ORDER BY at DESC, id DESC LIMIT $3
           ) AS e`,
          params,
        );
        return rows.map((row) => {
          const entry = toAuditEntry(row);
          return { parentId: entry.talentId!, row: { ...entry, kind: timelineKind(entry.action) } };
        });
      },
      (event) => ({ at: event.at, id: event.id }),
      this.countByTalent,
    );
    this.applicationContext = new DataLoader(async (applicationIds) => {
      const rows = await db.query<{ id: string; title: string; stages: { key: string; name: string }[] | null; org_stages: { key: string; name: string }[] }>(
        `SELECT a.id, j.title, j.stages,
                coalesce((SELECT jsonb_agg(jsonb_build_object('key', s.key, 'name', s.name)) FROM pipeline_stages s WHERE s.org_id = $1), '[]') AS org_stages
         FROM applications a JOIN jobs j ON j.id = a.job_id
         WHERE a.org_id = $1 AND a.id = ANY ($2::uuid[])`,
        [orgId, applicationIds.filter(isUuid)],
      );
      const found = new Map(
        rows.map((row) => [
          row.id,
          { jobTitle: row.title, stageNames: new Map([...row.org_stages, ...(row.stages ?? [])].map((s) => [s.key, s.name])) },
        ]),
      );
      return applicationIds.map((id) => found.get(id) ?? null);
    });
  }

  /** A talent's events, newest first; the talents of one GraphQL page share one query. */
  async forTalent(viewerOrNull: Viewer | null, talentId: string, args: PageArgs): Promise<Connection<TimelineEventRecord>> {
    requireScope(viewerOrNull, 'talent:read');
    return this.pages.load(talentId, pageSize(args.first, MAX_PAGE), args.after);
  }

  /** The application an event is about, if any. */
  applicationIdOf(event: TimelineEventRecord): string | null {
    const isApplication = event.entityType.toLowerCase() === 'application';
    if (!APPLICATION_KINDS.has(event.kind) && !isApplication) return null;
    if (isApplication) return event.entityId;
    return text(asObject(event.after), 'applicationId', 'application_id') ?? text(asObject(event.before), 'applicationId', 'application_id');
  }

  /** The note an event added, if it is a NOTE_ADDED. */
  noteIdOf(event: TimelineEventRecord): string | null {
    return event.kind === 'NOTE_ADDED' && event.entityType.toLowerCase() === 'note' ? event.entityId : null;
  }

  /** A sentence a recruiter reads, built from what the writer put in `before`/`after`. */
  async summary(event: TimelineEventRecord): Promise<string> {
    const after = asObject(event.after);
    const before = asObject(event.before);
    switch (event.kind) {
      case 'TALENT_CREATED': {
        const name = text(after, 'name', 'latinName', 'chineseName');
        return name ? `Created ${name}` : 'Created';
      }
      case 'TALENT_UPDATED': {
        // The writer names the changed fields; else they are the keys whose values differ.
        const named = strings(after.changed);
        const changed = (named.length ? named : [...new Set([...Object.keys(before), ...Object.keys(after)])]).filter(
          (key) => !UNNAMED_FIELDS.has(key) && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
        );
        return changed.length ? `Updated ${changed.map(words).join(', ')}` : 'Updated the profile';
      }
      case 'TALENT_ARCHIVED':
        return 'Archived';
      case 'TALENT_RESTORED':
        return 'Restored';
      case 'TALENT_MERGED': {
        const merged = strings(after.mergedIds ?? after.merged_ids).filter((id) => id !== event.talentId);
        if (merged.length) return `Merged ${merged.length} duplicate${merged.length === 1 ? '' : 's'} into this talent`;
        return 'Merged with a duplicate';
      }
      case 'TALENT_IMPORTED': {
        const source = text(after, 'externalSource', 'upstreamSource', 'importSource', 'upstream');
        return source ? `Imported from ${source}` : 'Imported from an upstream system';
      }
      case 'NOTE_ADDED': {
        const body = text(after, 'excerpt', 'body');
        return body ? `Note: ${excerpt(body.replace(/\s+/g, ' '), NOTE_EXCERPT)}` : 'Added a note';
      }
      case 'NOTE_DELETED':
        return 'Deleted a note';
      case 'APPLICATION_CREATED':
      case 'STAGE_MOVED':
      case 'APPLICATION_REJECTED':
      case 'APPLICATION_REOPENED':
        return this.applicationSummary(event, before, after);
      case 'RESUME_UPLOADED': {
        const filename = text(after, 'filename') ?? 'a resume';
        return after.talentCreated === true ? `Created from ${filename}` : `Uploaded ${filename}`;
      }
      case 'TAGGED':
        return `Tagged ${strings(after.tags).join(', ')}`;
      case 'UNTAGGED':
        return `Untagged ${strings(before.tags ?? after.tags).join(', ')}`;
      case 'ADDED_TO_POOL':
        return `Added to pool ${text(after, 'name') ?? ''}`.trimEnd();
      case 'REMOVED_FROM_POOL':
        return `Removed from pool ${text(before, 'name') ?? text(after, 'name') ?? ''}`.trimEnd();
      case 'RELATIONSHIP_ADDED':
        return `Relationship added: ${await this.relationshipPhrase(event, after)}`;
      case 'RELATIONSHIP_REMOVED':
        return `Relationship removed: ${await this.relationshipPhrase(event, Object.keys(before).length ? before : after)}`;
      default:
        if (event.action === 'application.status') {
          // A pipeline change turned the application's stage into a HIRED, REJECTED or ACTIVE one.
          const job = asObject(after.job);
          const title = text(after, 'jobTitle') ?? text(job, 'title');
          const status = text(after, 'status')?.toLowerCase();
          return `Now ${status ?? 'changed'}${title ? ` for ${title}` : ''}: the pipeline's stages changed`;
        }
        return event.action;
    }
  }

  private async applicationSummary(event: TimelineEventRecord, before: Json, after: Json): Promise<string> {
    // Writers record the job title and stage names as they were; the application's job fills what is missing.
    const recordedTitle = text(after, 'jobTitle', 'job_title') ?? text(asObject(after.job), 'title');
    const needsContext = !recordedTitle || [after.to, after.from, after.stage, before.stage].some((stage) => typeof stage === 'string');
    const applicationId = needsContext ? this.applicationIdOf(event) : null;
    const context = applicationId ? await this.applicationContext.load(applicationId) : null;
    const stageName = (stage: unknown): string | null => {
      if (typeof stage === 'string' && stage.length > 0) return context?.stageNames.get(stage) ?? humanize(stage);
      const object = asObject(stage);
      const key = text(object, 'key');
      return text(object, 'name') ?? (key ? stageName(key) : null);
    };
    const title = recordedTitle ?? context?.jobTitle ?? null;
    const forJob = title ? ` for ${title}` : '';
    const to = stageName(after.to) ?? stageName(after.stage);
    switch (event.kind) {
      case 'APPLICATION_CREATED':
        return `Added to the pipeline${forJob}${to ? ` at ${to}` : ''}`;
      case 'STAGE_MOVED': {
        const from = stageName(after.from) ?? stageName(before.stage);
        return `Moved ${from ? `from ${from} ` : ''}to ${to ?? 'another stage'}${forJob}`;
      }
      case 'APPLICATION_REJECTED': {
        const reason = text(after, 'reason', 'rejectionReason', 'rejection_reason');
        return `Rejected${forJob}${reason ? `: ${reason}` : ''}`;
      }
      default:
        return `Reopened${forJob}${to ? ` at ${to}` : ''}`;
    }
  }

  /** `knows 李娜`, `referred by Wei Zhang`, seen from the timeline's talent. */
  private async relationshipPhrase(event: TimelineEventRecord, relationship: Json): Promise<string> {
    const type = text(relationship, 'type') ?? 'KNOWS';
    const fromId = text(relationship, 'fromId', 'from_id', 'fromTalentId');
    const toId = text(relationship, 'toId', 'to_id', 'toTalentId');
    const isSubject = fromId === event.talentId;
    const otherId = isSubject ? toId : fromId;
    const other = otherId && isUuid(otherId) ? await this.loaders.talentById.load(otherId) : null;
    const name = other?.name ?? 'another talent';
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
}
