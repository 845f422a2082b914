import { appendToOutbox } from '../outbox.ts';
import type { RelationalStore, SqlExecutor } from '../ports.ts';
import { TALENT_AGGREGATE, toTalentSnapshot } from '../projections/talent-projection.ts';
import { recordAudit, type Actor, type AuditEvent } from '../audit/audit-recorder.ts';
import type { ImportSource } from '../audit/audit-events.ts';
import { ErrorCode, LoomaError, notFound } from '../../platform/errors.ts';
import {
  auditView,
  profileOf,
  type NewTalent,
  type TalentProfileUpdate,
  type TalentRecord,
  type VisibleTalentStatus,
} from './talent-record.ts';
import { PROFILE_KEYS, insertTalentRows, readVisibleTalentVersion, setTalentStatus, updateTalentProfileFields } from './talent-store.ts';
import { syncDerivedWorkedWith } from './worked-with.ts';

/**
 * The path every talent write takes, whichever subgraph writes (the talent subgraph's CRM and
 * import, the resume subgraph's intake, the demo seed): what must commit with a write of the talents
 * table (the outbox event, the audit entry, the derived WORKED_WITH relationships) around the SQL
 * of talent-store.ts, the table's one owner. It knows no viewer: callers check scopes and pass the
 * actor the audit log names.
 */

/** A stale `version`: the talent changed since the client read it. */
export const staleVersion = (id: string, currentVersion: number) =>
  new LoomaError(ErrorCode.CONFLICT, `Talent ${id} changed meanwhile (now at version ${currentVersion}); reload it and try again`, {
    id,
    currentVersion,
  });

/** Inserts talents and their outbox events in one transaction (the demo seed uses the same path). */
export async function createTalents(
  db: RelationalStore,
  orgId: string,
  inputs: NewTalent[],
  actor: Actor = 'system',
): Promise<TalentRecord[]> {
  return db.transaction((tx) => insertTalents(tx, orgId, inputs, actor));
}

/**
 * Inserts talents (one statement for any number) with their outbox events and audit entries inside the caller's transaction.
 * Each is recorded as `talent.create`, or as `talent.import` with its source when `audit.importedFrom` names it (importTalents).
 */
export async function insertTalents(
  tx: SqlExecutor,
  orgId: string,
  inputs: NewTalent[],
  actor: Actor = 'system',
  audit: { importedFrom?: (talent: TalentRecord, index: number) => ImportSource } = {},
): Promise<TalentRecord[]> {
  if (inputs.length === 0) return [];
  const talents = await insertTalentRows(tx, orgId, inputs);
  await appendTalentEvents(tx, talents);
  const employed = talents.filter((t) => t.employments.length > 0).map((t) => t.id);
  if (employed.length) await syncDerivedWorkedWith(tx, orgId, employed);
  await recordAudit(
    tx,
    orgId,
    actor,
    talents.map((t, i): AuditEvent => {
      const entry = { entityType: 'talent', entityId: t.id, talentId: t.id } as const;
      return audit.importedFrom
        ? { ...entry, action: 'talent.import', after: { ...auditView(t), ...audit.importedFrom(t, i), outcome: 'CREATED' } }
        : { ...entry, action: 'talent.create', after: auditView(t) };
    }),
  );
  return talents;
}

/**
 * Writes the given fields of a talent's profile inside the caller's transaction, version + 1, with
 * its outbox event and audit entry. `current` is the talent as the caller read it: the row must
 * still be at its version, or the change is a CONFLICT (nothing is read again here).
 */
export async function updateTalentProfile(
  tx: SqlExecutor,
  current: TalentRecord,
  profile: TalentProfileUpdate,
  actor: Actor = 'system',
): Promise<TalentRecord> {
  const { orgId, id } = current;
  const currentProfile = profileOf(current);
  // Only what differs is written: an update that changes nothing keeps the version and records nothing.
  const keys = PROFILE_KEYS.filter(
    (key) => profile[key] !== undefined && JSON.stringify(profile[key]) !== JSON.stringify(currentProfile[key]),
  );
  if (keys.length === 0) return current;
  const talent = await updateTalentProfileFields(tx, current, profile, keys);
  if (!talent) {
    // Changed (or merged, erased) since the caller read it: say what it is now.
    const now = await readVisibleTalentVersion(tx, orgId, id);
    throw now !== null ? staleVersion(id, now) : notFound('Talent', id);
  }
  await appendTalentEvents(tx, [talent]);
  // Colleagues follow employments: derived WORKED_WITH relationships are rewritten with them.
  if (keys.includes('employments')) await syncDerivedWorkedWith(tx, orgId, [id]);
  const previous = auditView(current);
  const next = auditView(talent);
  const changed = Object.keys(next).filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]) && key !== 'version');
  await recordAudit(tx, orgId, actor, [
    {
      action: 'talent.update',
      entityType: 'talent',
      entityId: id,
      talentId: id,
      before: Object.fromEntries(changed.map((key) => [key, previous[key]])),
      after: { ...Object.fromEntries(changed.map((key) => [key, next[key]])), changed, version: talent.version },
    },
  ]);
  return talent;
}

/**
 * Sets a visible talent's status (ACTIVE or ARCHIVED, with its archive time), version + 1, with its
 * outbox event, inside the caller's transaction; the caller records why (archive, restore).
 */
export async function writeTalentStatus(tx: SqlExecutor, orgId: string, id: string, status: VisibleTalentStatus): Promise<TalentRecord> {
  const talent = await setTalentStatus(tx, orgId, id, status);
  await appendTalentEvents(tx, [talent]);
  return talent;
}

/** The `talent.upserted` events (full snapshots) of talents just written, in the writer's transaction. */
export async function appendTalentEvents(tx: SqlExecutor, talents: TalentRecord[]): Promise<void> {
  await appendToOutbox(
    tx,
    talents.map((t) => ({
      orgId: t.orgId,
      aggregateType: TALENT_AGGREGATE,
      aggregateId: t.id,
      aggregateVersion: t.version,
      eventType: `${TALENT_AGGREGATE}.upserted`,
      payload: toTalentSnapshot(t) as unknown as Record<string, unknown>,
    })),
  );
}
