import { z } from 'zod';
import { appendToOutbox } from '../../data/outbox.ts';
import { isUuid, TALENT_COLUMNS, toTalentRecord, type Loaders, type TalentRecord, type TalentRow } from '../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { TALENT_AGGREGATE, skillKey } from '../../data/projections/talent-projection.ts';
import {
  appendRelationshipDeletions,
  appendRelationshipUpserts,
  toRelationshipSnapshot,
  type RelationshipRow,
  type RelationshipType,
} from '../../data/projections/relationship-projection.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { ErrorCode, LoomaError, notFound } from '../../platform/errors.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { recordAudit } from '../../data/audit/audit-recorder.ts';
import { DEFAULT_STAGES } from './pipelines.ts';
import { auditView, profileOf, updateTalentProfile, type TalentProfile } from './talents.ts';
import { syncDerivedWorkedWith } from './relationships/worked-with.ts';
import { groupBy } from '../../platform/group-by.ts';

export const MAX_MERGE_IDS = 20;

const mergeInput = z
  .object({
    keepId: z.string(),
    mergeIds: z
      .array(z.string())
      .min(1, 'mergeIds needs at least one talent to merge')
      .max(MAX_MERGE_IDS, `at most ${MAX_MERGE_IDS} talents can be merged at once`),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.mergeIds.forEach((id, i) => {
      if (id === input.keepId)
        ctx.addIssue({ code: 'custom', path: ['mergeIds', i], message: 'the talent kept (keepId) cannot also be merged' });
      else if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['mergeIds', i], message: `talent ${id} is named twice` });
      seen.add(id);
    });
  });

export interface MergeResult {
  talent: TalentRecord;
  mergedIds: string[];
  movedApplications: number;
  movedNotes: number;
  movedResumes: number;
  movedRelationships: number;
}

const SYMMETRIC: ReadonlySet<RelationshipType> = new Set(['KNOWS', 'WORKED_WITH']);
const PERSONAL_CLEARED = `name = '[merged]', latin_name = NULL, chinese_name = NULL, headline = NULL, skills = '{}', languages = '{}',
  emails = '{}', phones = '{}', location = NULL, current_title = NULL, current_company = NULL, years_of_experience = NULL,
  titles = '{}', companies = '{}', schools = '{}', employments = '[]', links = '[]', consent = '[]'`;

interface LockedRow extends TalentRow {
  merged_into: string | null;
}

interface ApplicationRow {
  id: string;
  talent_id: string;
  job_id: string;
  stage: string;
  status: 'ACTIVE' | 'HIRED' | 'REJECTED';
  stage_position: number | null;
  updated_at: Date | string;
}

/**
 * Merges duplicates into one talent, in one transaction: the profiles are united onto the talent
 * kept, everything attached to the others moves to it, and the others become MERGED tombstones
 * (personal columns cleared, `merged_into` set, a `talent.deleted` event each so graph, vector and
 * search drop them).
 *
 * Two applications for the same job (the kept talent's and a merged one's): the more advanced one
 * stays — HIRED before ACTIVE before REJECTED, then the later stage of the job's pipeline, then
 * the more recently updated — and the other is folded into it: its stage moves and notes move to
 * the one that stays, then it is deleted. The audit entry lists every folded application.
 */
export class Merges {
  constructor(
    private readonly db: RelationalStore,
    private readonly loaders: Loaders,
  ) {}

  async merge(viewerOrNull: Viewer | null, keepId: string, mergeIds: readonly string[]): Promise<MergeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const input = parseInput(mergeInput, { keepId, mergeIds: [...mergeIds] });
    const result = await this.db.transaction((tx) => mergeTalents(tx, viewer, input.keepId, input.mergeIds));
    this.loaders.talentById.clear(result.talent.id).prime(result.talent.id, result.talent);
    for (const id of result.mergedIds) this.loaders.talentById.clear(id).prime(id, null);
    return result;
  }
}

async function mergeTalents(tx: SqlExecutor, viewer: Viewer, keepId: string, mergeIds: string[]): Promise<MergeResult> {
  const orgId = viewer.orgId;
  const allIds = [keepId, ...mergeIds];
  const unknown = allIds.find((id) => !isUuid(id));
  if (unknown) throw notFound('Talent', unknown);

  // Locked in id order, so two merges of overlapping talents wait for each other instead of deadlocking.
  const locked = await tx.query<LockedRow>(
    `SELECT ${TALENT_COLUMNS}, merged_into FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) ORDER BY id FOR UPDATE`,
    [orgId, allIds],
  );
  const byId = new Map(locked.map((row) => [row.id, row]));
  for (const id of allIds) {
    const row = byId.get(id);
    if (!row || row.status === 'ERASED') throw notFound('Talent', id);
    if (row.status === 'MERGED') {
      throw new LoomaError(ErrorCode.NOT_FOUND, `Talent ${id} was already merged into ${row.merged_into}`, {
        id,
        mergedInto: row.merged_into,
      });
    }
  }
  const keep = toTalentRecord(byId.get(keepId)!);
  const merged = mergeIds.map((id) => toTalentRecord(byId.get(id)!));

  const applications = await moveApplications(tx, orgId, keepId, mergeIds);

  const [notes] = await tx.query<{ n: number }>(
    `WITH moved AS (UPDATE notes SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[]) RETURNING 1)
     SELECT count(*)::int AS n FROM moved`,
    [orgId, keepId, mergeIds],
  );
  const [resumes] = await tx.query<{ n: number }>(
    `WITH moved AS (UPDATE resumes SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[]) RETURNING 1)
     SELECT count(*)::int AS n FROM moved`,
    [orgId, keepId, mergeIds],
  );
  // Tags and pools: the kept talent gets the others' (once), then the others' rows go.
  await tx.query(
    `INSERT INTO talent_tags (org_id, talent_id, tag_id, added_by, added_at)
     SELECT org_id, $2, tag_id, added_by, min(added_at) FROM talent_tags WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])
     GROUP BY org_id, tag_id, added_by
     ON CONFLICT (talent_id, tag_id) DO NOTHING`,
    [orgId, keepId, mergeIds],
  );
  await tx.query('DELETE FROM talent_tags WHERE org_id = $1 AND talent_id = ANY ($2::uuid[])', [orgId, mergeIds]);
  await tx.query(
    `INSERT INTO talent_pool_members (org_id, pool_id, talent_id, added_by, added_at)
     SELECT DISTINCT ON (pool_id) org_id, pool_id, $2, added_by, added_at FROM talent_pool_members
     WHERE org_id = $1 AND talent_id = ANY ($3::uuid[]) ORDER BY pool_id, added_at
     ON CONFLICT (pool_id, talent_id) DO NOTHING`,
    [orgId, keepId, mergeIds],
  );
  await tx.query('DELETE FROM talent_pool_members WHERE org_id = $1 AND talent_id = ANY ($2::uuid[])', [orgId, mergeIds]);
  // Upstream ids follow the person: a later import of any of them updates the talent kept.
  await tx.query('UPDATE talent_external_ids SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [
    orgId,
    keepId,
    mergeIds,
  ]);
  // The audit entries about the merged talents concern the person kept now: its timeline shows them,
  // and an erasure of the kept talent scrubs them too.
  await tx.query('UPDATE audit_log SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [orgId, keepId, mergeIds]);

  const relationships = await moveRelationships(tx, orgId, keepId, mergeIds);

  // The others become tombstones; graph, vector and search drop them through the outbox.
  const tombstones = await tx.query<{ id: string; version: number }>(
    `UPDATE talents SET status = 'MERGED', merged_into = $2, ${PERSONAL_CLEARED},
            version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = ANY ($3::uuid[])
     RETURNING id, version`,
    [orgId, keepId, mergeIds],
  );
  await appendToOutbox(
    tx,
    tombstones.map((t) => ({
      orgId,
      aggregateType: TALENT_AGGREGATE,
      aggregateId: t.id,
      aggregateVersion: t.version,
      eventType: `${TALENT_AGGREGATE}.deleted`,
      payload: { id: t.id, orgId },
    })),
  );

  const talent = await updateTalentProfile(tx, keep, unitedProfile(keep, merged), viewer);
  // The kept talent's united employments may overlap with others' (derived WORKED_WITH).
  await syncDerivedWorkedWith(tx, orgId, [keepId, ...mergeIds]);

  const result: MergeResult = {
    talent,
    mergedIds: mergeIds,
    movedApplications: applications.moved,
    movedNotes: notes?.n ?? 0,
    movedResumes: resumes?.n ?? 0,
    movedRelationships: relationships.moved,
  };
  await recordAudit(tx, orgId, viewer, [
    {
      action: 'talent.merge',
      entityType: 'talent',
      entityId: keepId,
      talentId: keepId,
      before: { talents: [keep, ...merged].map((t) => ({ id: t.id, ...auditView(t) })) },
      after: {
        talent: { id: talent.id, ...auditView(talent) },
        mergedIds: mergeIds,
        movedApplications: result.movedApplications,
        movedNotes: result.movedNotes,
        movedResumes: result.movedResumes,
        movedRelationships: result.movedRelationships,
        foldedApplications: applications.folded,
        droppedRelationships: relationships.dropped,
      },
    },
  ]);
  return result;
}

/** Applications of the merged talents move to the kept one; two for one job fold into the more advanced. */
async function moveApplications(
  tx: SqlExecutor,
  orgId: string,
  keepId: string,
  mergeIds: string[],
): Promise<{ moved: number; folded: { applicationId: string; into: string; jobId: string; stage: string; status: string }[] }> {
  const rows = await tx.query<ApplicationRow>(
    `SELECT a.id, a.talent_id, a.job_id, a.stage, a.status, a.updated_at,
            coalesce(
              (SELECT s.n::int FROM jobs j, jsonb_array_elements(coalesce(j.stages, '[]'::jsonb)) WITH ORDINALITY AS s(stage, n)
               WHERE j.id = a.job_id AND s.stage->>'key' = a.stage),
              (SELECT p.position FROM pipeline_stages p WHERE p.org_id = a.org_id AND p.key = a.stage),
              array_position($3::text[], a.stage)
            ) AS stage_position
     FROM applications a WHERE a.org_id = $1 AND a.talent_id = ANY ($2::uuid[])
     FOR UPDATE OF a`,
    [orgId, [keepId, ...mergeIds], DEFAULT_STAGES.map((s) => s.key)],
  );
  const byJob = groupBy(rows, (row) => row.job_id);

  const toMove: string[] = [];
  const folded: { applicationId: string; into: string; jobId: string; stage: string; status: string }[] = [];
  for (const group of byJob.values()) {
    const [winner, ...losers] = [...group].sort(moreAdvancedFirst);
    if (winner!.talent_id !== keepId) toMove.push(winner!.id);
    for (const loser of losers)
      folded.push({ applicationId: loser.id, into: winner!.id, jobId: loser.job_id, stage: loser.stage, status: loser.status });
  }
  if (folded.length) {
    const mapping = JSON.stringify(folded.map((f) => ({ loser: f.applicationId, winner: f.into })));
    await tx.query(
      `UPDATE application_stage_moves m SET application_id = f.winner
       FROM jsonb_to_recordset($2::jsonb) AS f(loser uuid, winner uuid) WHERE m.org_id = $1 AND m.application_id = f.loser`,
      [orgId, mapping],
    );
    await tx.query(
      `UPDATE notes n SET application_id = f.winner
       FROM jsonb_to_recordset($2::jsonb) AS f(loser uuid, winner uuid) WHERE n.org_id = $1 AND n.application_id = f.loser`,
      [orgId, mapping],
    );
    await tx.query('DELETE FROM applications WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, folded.map((f) => f.applicationId)]);
  }
  if (toMove.length) {
    await tx.query(
      `UPDATE applications SET talent_id = $2, version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
       WHERE org_id = $1 AND id = ANY ($3::uuid[])`,
      [orgId, keepId, toMove],
    );
  }
  return { moved: toMove.length, folded };
}

const STATUS_RANK: Record<ApplicationRow['status'], number> = { HIRED: 2, ACTIVE: 1, REJECTED: 0 };

function moreAdvancedFirst(a: ApplicationRow, b: ApplicationRow): number {
  return (
    STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
    (b.stage_position ?? -1) - (a.stage_position ?? -1) ||
    new Date(b.updated_at).getTime() - new Date(a.updated_at).getTime() ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Relationships of the merged talents are rewritten onto the kept one. A rewrite that would relate
 * the kept talent to itself, or repeat a relationship it already has (same ends and type), is
 * dropped; symmetric types stay stored with from_id < to_id. Graph edges follow through the
 * relationship outbox events.
 */
async function moveRelationships(
  tx: SqlExecutor,
  orgId: string,
  keepId: string,
  mergeIds: string[],
): Promise<{ moved: number; dropped: { id: string; type: string; reason: string }[] }> {
  const rows = await tx.query<RelationshipRow>(
    `SELECT id, org_id, from_id, to_id, type, derived, detail, version, created_at FROM talent_relationships
     WHERE org_id = $1 AND (from_id = ANY ($2::uuid[]) OR to_id = ANY ($2::uuid[]))
     ORDER BY created_at, id
     FOR UPDATE`,
    [orgId, [keepId, ...mergeIds]],
  );
  const merging = new Set(mergeIds);
  const onto = (id: string) => (merging.has(id) ? keepId : id);
  const touched = (row: RelationshipRow) => merging.has(row.from_id) || merging.has(row.to_id);

  const rewritten = rows.map((row) => {
    let [from, to] = [onto(row.from_id), onto(row.to_id)];
    if (SYMMETRIC.has(row.type) && from > to) [from, to] = [to, from];
    return { row, from, to };
  });
  // Rows that stay as they are claim their key first, then the rewritten ones in creation order.
  const claimed = new Set<string>();
  const key = (r: { from: string; to: string; row: RelationshipRow }) => `${r.from}|${r.to}|${r.row.type}`;
  for (const r of rewritten) if (!touched(r.row)) claimed.add(key(r));
  const dropped: { row: RelationshipRow; reason: string }[] = [];
  const changed: { row: RelationshipRow; from: string; to: string }[] = [];
  for (const r of rewritten) {
    if (!touched(r.row)) continue;
    if (r.from === r.to) dropped.push({ row: r.row, reason: 'would relate the talent to itself' });
    else if (claimed.has(key(r))) dropped.push({ row: r.row, reason: 'duplicate of a relationship the kept talent has' });
    else {
      claimed.add(key(r));
      changed.push(r);
    }
  }

  if (dropped.length) {
    await tx.query('DELETE FROM talent_relationships WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, dropped.map((d) => d.row.id)]);
    await appendRelationshipDeletions(
      tx,
      dropped.map((d) => ({ id: d.row.id, orgId, version: d.row.version })),
    );
  }
  if (changed.length) {
    const updated = await tx.query<RelationshipRow>(
      `UPDATE talent_relationships r SET from_id = c.from_id, to_id = c.to_id, version = r.version + 1
       FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, from_id uuid, to_id uuid)
       WHERE r.org_id = $1 AND r.id = c.id
       RETURNING r.id, r.org_id, r.from_id, r.to_id, r.type, r.derived, r.detail, r.version, r.created_at`,
      [orgId, JSON.stringify(changed.map((c) => ({ id: c.row.id, from_id: c.from, to_id: c.to })))],
    );
    await appendRelationshipUpserts(tx, updated.map(toRelationshipSnapshot));
  }
  return { moved: changed.length, dropped: dropped.map((d) => ({ id: d.row.id, type: d.row.type, reason: d.reason })) };
}

/**
 * The kept talent's profile united with the merged ones': lists are united (the kept talent's
 * entries first, duplicates dropped: skills, languages, companies, schools and titles whatever their
 * case, links by URL, employments and consents when identical); a single value is the kept
 * talent's, or the first merged talent's (in `mergeIds` order) where the kept one has none.
 */
export function unitedProfile(keep: TalentRecord, merged: TalentRecord[]): TalentProfile {
  const profiles = [keep, ...merged].map(profileOf);
  const first = <K extends keyof TalentProfile>(key: K): TalentProfile[K] =>
    profiles.map((p) => p[key]).find((v) => v !== null && v !== undefined && v !== '') ?? profiles[0]![key];
  const united = <T>(key: keyof TalentProfile, by: (value: T) => string): T[] => {
    const seen = new Map<string, T>();
    for (const value of profiles.flatMap((p) => p[key] as T[])) if (!seen.has(by(value))) seen.set(by(value), value);
    return [...seen.values()];
  };
  const text = (value: string) => skillKey(value);
  return {
    name: keep.name,
    latinName: first('latinName'),
    chineseName: first('chineseName'),
    headline: first('headline'),
    skills: united<string>('skills', text),
    languages: united<string>('languages', text),
    emails: united<string>('emails', (e) => e.toLowerCase()),
    phones: united<string>('phones', (p) => p),
    location: first('location'),
    currentTitle: first('currentTitle'),
    currentCompany: first('currentCompany'),
    yearsOfExperience: first('yearsOfExperience'),
    titles: united<string>('titles', text),
    companies: united<string>('companies', text),
    schools: united<string>('schools', text),
    employments: united<TalentProfile['employments'][number]>('employments', (e) =>
      JSON.stringify([skillKey(e.company), e.title?.trim().toLowerCase() ?? null, e.start, e.end]),
    ),
    links: united<TalentProfile['links'][number]>('links', (l) => l.url.trim().toLowerCase().replace(/\/+$/, '')),
    source: keep.source,
    ownerId: first('ownerId'),
    consent: united<TalentProfile['consent'][number]>('consent', (c) => JSON.stringify([c.purpose, c.givenAt, c.expiresAt, c.source])),
  };
}
