import { z } from 'zod';
import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { skillKey } from '../../../data/projections/talent-projection.ts';
import {
  appendRelationshipDeletions,
  appendRelationshipUpserts,
  isSymmetric,
  toRelationshipSnapshot,
  type RelationshipRow,
} from '../../../data/projections/relationship-projection.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { auditView, profileOf, type TalentProfile, type TalentRecord } from '../../../data/records/talent-record.ts';
import { lockTalents } from '../../../data/records/talent-store.ts';
import { updateTalentProfile } from '../../../data/records/talent-writes.ts';
import { deleteRelationships, lockRelationshipsOf, rewriteRelationshipEnds } from '../../../data/records/relationship-store.ts';
import { moveResumesOfTalents } from '../../../data/records/resume-store.ts';
import { syncDerivedWorkedWith } from '../../../data/records/worked-with.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, notFound } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { deleteApplications, lockApplicationsOf, moveApplications, type MergeApplicationRow } from '../applications/application-store.ts';
import { moveStageMovesOfApplications } from '../applications/stage-move-store.ts';
import { moveAuditEntriesToTalent } from '../../../data/audit/audit-log-store.ts';
import { DEFAULT_STAGES } from '../jobs/pipelines.ts';
import { moveNotesOfApplications, moveNotesOfTalents } from '../notes/note-store.ts';
import { movePoolMemberships } from '../pools/pool-store.ts';
import { moveExternalIdsToTalent } from '../sync/import-store.ts';
import { moveTalentTags } from '../tags/tag-store.ts';
import { writeTombstones } from './tombstones.ts';

export const MAX_MERGE_IDS = 20;

export const mergeInputSchema = z
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
  private readonly db: RelationalStore;
  private readonly loaders: Loaders;

  constructor(db: RelationalStore, loaders: Loaders) {
    this.db = db;
    this.loaders = loaders;
  }

  async merge(viewerOrNull: Viewer | null, keepId: string, mergeIds: readonly string[]): Promise<MergeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const input = parseInput(mergeInputSchema, { keepId, mergeIds: [...mergeIds] });
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

  const locked = await lockTalents(tx, orgId, allIds);
  const byId = new Map(locked.map((found) => [found.talent.id, found]));
  for (const id of allIds) {
    const found = byId.get(id);
    if (!found || found.talent.status === 'ERASED') throw notFound('Talent', id);
    if (found.talent.status === 'MERGED') {
      throw new LoomaError(ErrorCode.NOT_FOUND, `Talent ${id} was already merged into ${found.mergedInto}`, {
        id,
        mergedInto: found.mergedInto,
      });
    }
  }
  const keep = byId.get(keepId)!.talent;
  const merged = mergeIds.map((id) => byId.get(id)!.talent);

  const applications = await moveApplicationsOnto(tx, orgId, keepId, mergeIds);
  const movedNotes = await moveNotesOfTalents(tx, orgId, mergeIds, keepId);
  const movedResumes = await moveResumesOfTalents(tx, orgId, mergeIds, keepId);
  // Tags and pools: the kept talent gets the others' (once), then the others' rows go.
  await moveTalentTags(tx, orgId, mergeIds, keepId);
  await movePoolMemberships(tx, orgId, mergeIds, keepId);
  // Upstream ids follow the person: a later import of any of them updates the talent kept.
  await moveExternalIdsToTalent(tx, orgId, mergeIds, keepId);
  // The audit entries about the merged talents concern the person kept now: its timeline shows them,
  // and an erasure of the kept talent scrubs them too.
  await moveAuditEntriesToTalent(tx, orgId, mergeIds, keepId);

  const relationships = await moveRelationshipsOnto(tx, orgId, keepId, mergeIds);

  // The others become tombstones; graph, vector and search drop them through the outbox.
  await writeTombstones(tx, orgId, mergeIds, { status: 'MERGED', mergedInto: keepId });

  const talent = await updateTalentProfile(tx, keep, unitedProfile(keep, merged), viewer);
  // The kept talent's united employments may overlap with others' (derived WORKED_WITH).
  await syncDerivedWorkedWith(tx, orgId, [keepId, ...mergeIds]);

  const result: MergeResult = {
    talent,
    mergedIds: mergeIds,
    movedApplications: applications.moved,
    movedNotes,
    movedResumes,
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

/** An application of one job folded into another of the same job (the audit entry lists them). */
export interface FoldedApplication {
  applicationId: string;
  into: string;
  jobId: string;
  stage: string;
  status: string;
}

/**
 * Which applications move and which fold: per job, the most advanced application stays (moving to
 * the kept talent if it is a merged one's) and the others fold into it.
 */
export function planApplicationMoves(
  rows: readonly MergeApplicationRow[],
  keepId: string,
): { toMove: string[]; folded: FoldedApplication[] } {
  const toMove: string[] = [];
  const folded: FoldedApplication[] = [];
  for (const group of Map.groupBy(rows, (row) => row.job_id).values()) {
    const [winner, ...losers] = [...group].sort(moreAdvancedFirst);
    if (winner!.talent_id !== keepId) toMove.push(winner!.id);
    for (const loser of losers)
      folded.push({ applicationId: loser.id, into: winner!.id, jobId: loser.job_id, stage: loser.stage, status: loser.status });
  }
  return { toMove, folded };
}

/** Applications of the merged talents move to the kept one; two for one job fold into the more advanced. */
async function moveApplicationsOnto(
  tx: SqlExecutor,
  orgId: string,
  keepId: string,
  mergeIds: string[],
): Promise<{ moved: number; folded: FoldedApplication[] }> {
  const rows = await lockApplicationsOf(
    tx,
    orgId,
    [keepId, ...mergeIds],
    DEFAULT_STAGES.map((s) => s.key),
  );
  const { toMove, folded } = planApplicationMoves(rows, keepId);
  // A folded application's stage moves and notes go to the one it folds into, then it goes.
  const folds = folded.map((f) => ({ loser: f.applicationId, winner: f.into }));
  await moveStageMovesOfApplications(tx, orgId, folds);
  await moveNotesOfApplications(tx, orgId, folds);
  await deleteApplications(
    tx,
    orgId,
    folds.map((f) => f.loser),
  );
  await moveApplications(tx, orgId, toMove, keepId);
  return { moved: toMove.length, folded };
}

const STATUS_RANK: Record<MergeApplicationRow['status'], number> = { HIRED: 2, ACTIVE: 1, REJECTED: 0 };

/** HIRED before ACTIVE before REJECTED, then the later stage of the job's pipeline, then the more recently updated. */
export function moreAdvancedFirst(a: MergeApplicationRow, b: MergeApplicationRow): number {
  return (
    STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
    (b.stage_position ?? -1) - (a.stage_position ?? -1) ||
    new Date(b.updated_at).getTime() - new Date(a.updated_at).getTime() ||
    a.id.localeCompare(b.id)
  );
}

type RelationshipEnds = Pick<RelationshipRow, 'id' | 'from_id' | 'to_id' | 'type'>;

/**
 * How the relationships of the merged talents are rewritten onto the kept one. A rewrite that would
 * relate the kept talent to itself, or repeat a relationship it already has (same ends and type), is
 * dropped; symmetric types stay stored with from_id < to_id. `rows` come oldest first: relationships
 * that stay as they are claim their ends first, then the rewritten ones in creation order.
 */
export function planRelationshipMoves<R extends RelationshipEnds>(
  rows: readonly R[],
  keepId: string,
  mergeIds: readonly string[],
): { changed: { row: R; from: string; to: string }[]; dropped: { row: R; reason: string }[] } {
  const merging = new Set(mergeIds);
  const onto = (id: string) => (merging.has(id) ? keepId : id);
  const touched = (row: R) => merging.has(row.from_id) || merging.has(row.to_id);

  const rewritten = rows.map((row) => {
    let [from, to] = [onto(row.from_id), onto(row.to_id)];
    if (isSymmetric(row.type) && from > to) [from, to] = [to, from];
    return { row, from, to };
  });
  const claimed = new Set<string>();
  const key = (r: { from: string; to: string; row: R }) => `${r.from}|${r.to}|${r.row.type}`;
  for (const r of rewritten) if (!touched(r.row)) claimed.add(key(r));
  const dropped: { row: R; reason: string }[] = [];
  const changed: { row: R; from: string; to: string }[] = [];
  for (const r of rewritten) {
    if (!touched(r.row)) continue;
    if (r.from === r.to) dropped.push({ row: r.row, reason: 'would relate the talent to itself' });
    else if (claimed.has(key(r))) dropped.push({ row: r.row, reason: 'duplicate of a relationship the kept talent has' });
    else {
      claimed.add(key(r));
      changed.push(r);
    }
  }
  return { changed, dropped };
}

/** Relationships of the merged talents move onto the kept one (see `planRelationshipMoves`); graph edges follow through their outbox events. */
async function moveRelationshipsOnto(
  tx: SqlExecutor,
  orgId: string,
  keepId: string,
  mergeIds: string[],
): Promise<{ moved: number; dropped: { id: string; type: string; reason: string }[] }> {
  const rows = await lockRelationshipsOf(tx, orgId, [keepId, ...mergeIds]);
  const { changed, dropped } = planRelationshipMoves(rows, keepId, mergeIds);
  if (dropped.length) {
    await deleteRelationships(
      tx,
      orgId,
      dropped.map((d) => d.row.id),
    );
    await appendRelationshipDeletions(
      tx,
      dropped.map((d) => ({ id: d.row.id, orgId, version: d.row.version })),
    );
  }
  if (changed.length) {
    const updated = await rewriteRelationshipEnds(
      tx,
      orgId,
      changed.map((c) => ({ id: c.row.id, from: c.from, to: c.to })),
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
