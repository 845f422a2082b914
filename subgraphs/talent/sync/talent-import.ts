import { recordAudit, type Actor, type AuditEvent } from '../../../data/audit/audit-recorder.ts';
import type { Loaders } from '../../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { auditView, profileOf, type TalentProfile, type TalentRecord } from '../../../data/records/talent-record.ts';
import { followMerges, lockTalents, writeTalentProfiles } from '../../../data/records/talent-store.ts';
import { appendTalentEvents, insertTalents } from '../../../data/records/talent-writes.ts';
import { syncDerivedWorkedWith } from '../../../data/records/worked-with.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../../platform/errors.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { ImportRowOutcome } from '../__generated__/resolvers-types.ts';
import { addTalentTagsInTransaction } from '../tags/tags.ts';
import { createTalentSchema, newTalentProfile, type CreateTalentFields } from '../talents/talent-fields.ts';
import { lockOrgImports, readExternalIds, upsertExternalIds } from './import-store.ts';
import {
  applyImportRows,
  decideKnownRow,
  differingKeys,
  externalIdOf,
  keyOf,
  knownKeysThroughMerges,
  validateIdentity,
  validateRow,
  type ValidRow,
} from './import-rows.ts';

/**
 * `importTalents`: upserts rows of an upstream system (an ATS, a legacy CRM, an HR system) by
 * `(source, externalId)`. Every row is validated on its own with createTalent's field rules; the
 * valid rows are then applied together in one transaction with set-based statements (one lookup of
 * the known keys, one insert of the new talents, one update of the changed ones, one upsert of the
 * keys), so a call of 1,000 rows costs a fixed number of queries.
 *
 * Identity and outcomes, per row:
 * - a new key creates a talent (source IMPORT, no owner): CREATED;
 * - a known key whose normalised row hashes as the one imported last: UNCHANGED, nothing written;
 * - a known key with a row whose `updatedAt` is older than the last imported one: UNCHANGED, nothing written;
 * - otherwise the fields the row gives replace the talent's (upstream wins over local edits for the
 *   fields it sends; fields it does not send are kept; `null` clears, except `name`, which is then
 *   derived): UPDATED with version + 1, an outbox event and a `talent.import` audit entry — or
 *   UNCHANGED when the talent already holds those values (only the key's bookkeeping is refreshed);
 * - a key whose talent was erased: ERROR `ERASED` (never recreated); a key whose talent was merged
 *   applies to the talent it was merged into.
 * Tags of a row are added (never removed) to the talent it created or updated; derived WORKED_WITH
 * relationships are recomputed for talents created with employments or whose employments changed.
 */

export const MAX_IMPORT_ROWS = 1_000;

/** A row's outcome: the schema's `ImportRowOutcome`, as codegen generates it. */
export type ImportOutcome = ImportRowOutcome;

/** One row's result; `talentId` is null for ERROR. */
export interface ImportRowResult {
  index: number;
  externalId: string;
  outcome: ImportOutcome;
  talentId: string | null;
  errorCode: string | null;
  error: string | null;
  field: string | null;
}

export interface ImportTalentsResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  rows: ImportRowResult[];
}

export interface ImportTalentsOutcome {
  result: ImportTalentsResult;
  /** The talents created or updated, as written (for the caller's loaders). */
  written: TalentRecord[];
}

/** The sync domain of the talent subgraph: `importTalents` for a viewer with talent:write. */
export class TalentImports {
  private readonly db: RelationalStore;
  private readonly loaders: Loaders;
  private readonly logger: Logger | undefined;

  constructor(db: RelationalStore, loaders: Loaders, logger?: Logger) {
    this.db = db;
    this.loaders = loaders;
    this.logger = logger;
  }

  async importTalents(viewerOrNull: Viewer | null, rows: readonly unknown[]): Promise<ImportTalentsResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { result, written } = await importTalentRows(this.db, viewer.orgId, viewer, rows, this.logger);
    // The result's talents resolve through the request's loader: written ones from here, the others in one query.
    for (const talent of written) this.loaders.talentById.clear(talent.id).prime(talent.id, talent);
    return result;
  }
}

/**
 * Imports up to 1,000 rows for an organisation (the GraphQL mutation and `npm run talents:import`
 * both call it). A row error leaves the other rows applied; a failure of the transaction itself
 * (the database) writes nothing and reports every row that was valid as ERROR INTERNAL_SERVER_ERROR.
 */
export async function importTalentRows(
  db: RelationalStore,
  orgId: string,
  actor: Actor,
  rows: readonly unknown[],
  logger?: Logger,
): Promise<ImportTalentsOutcome> {
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badInput(
      `at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows per call (got ${rows.length.toLocaleString('en')}); split the import into batches`,
      {
        field: 'rows',
      },
    );
  }
  const results: ImportRowResult[] = rows.map((row, index) => ({
    index,
    externalId: externalIdOf(row),
    outcome: 'ERROR',
    talentId: null,
    errorCode: null,
    error: null,
    field: null,
  }));
  const fail = (index: number, code: string, message: string, field: string | null = null) =>
    Object.assign(results[index]!, { outcome: 'ERROR', talentId: null, errorCode: code, error: message, field });

  const valid: ValidRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    try {
      const identity = validateIdentity(row);
      // Duplicates are told by identity alone: the first row of a key is the one that counts.
      const key = keyOf(identity.source, identity.externalId);
      if (seen.has(key)) {
        fail(
          index,
          'DUPLICATE_IN_BATCH',
          `${identity.source}/${identity.externalId} appears earlier in this call; send each upstream id once per call`,
          'externalId',
        );
        return;
      }
      seen.add(key);
      valid.push(validateRow(row as Record<string, unknown>, index, identity));
    } catch (error) {
      if (!(error instanceof LoomaError)) throw error;
      fail(index, error.code, error.message, typeof error.details.field === 'string' ? error.details.field : null);
    }
  });

  let written: TalentRecord[] = [];
  if (valid.length > 0) {
    try {
      written = await db.transaction((tx) => applyRows(tx, orgId, actor, valid, results));
    } catch (error) {
      // Nothing of the call was written: every row that was valid says so.
      logger?.error({ err: error, orgId, rows: rows.length }, 'importTalents transaction failed');
      const code = error instanceof LoomaError ? error.code : ErrorCode.INTERNAL;
      for (const row of valid)
        fail(row.index, code, 'the import could not be written, so no row of this call was applied; try the call again', null);
      written = [];
    }
  }
  const count = (outcome: ImportOutcome) => results.filter((r) => r.outcome === outcome).length;
  return {
    result: { created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), errors: count('ERROR'), rows: results },
    written,
  };
}

/** Applies the valid rows inside one transaction; fills in their results and returns the talents written. */
async function applyRows(
  tx: SqlExecutor,
  orgId: string,
  actor: Actor,
  rows: ValidRow[],
  results: ImportRowResult[],
): Promise<TalentRecord[]> {
  // One import per organisation at a time: two calls creating the same new key cannot both create it.
  await lockOrgImports(tx, orgId);
  // The known keys, each followed through merges to the talent it now leads to.
  const recorded = await readExternalIds(tx, orgId, rows);
  const leads = await followMerges(
    tx,
    orgId,
    recorded.map((key) => key.talent_id),
  );
  const known = knownKeysThroughMerges(recorded, leads);
  const knownByKey = new Map(known.map((k) => [keyOf(k.source, k.external_id), k]));

  const creates: { row: ValidRow; profile: TalentProfile }[] = [];
  const updates = new Map<string, ValidRow[]>();
  for (const row of rows) {
    const result = results[row.index]!;
    const key = knownByKey.get(keyOf(row.source, row.externalId));
    if (!key) {
      try {
        // A new talent needs what createTalent needs (a name; its schema says so); an update of a known one does not.
        const { fields } = row;
        if (!fields.name && !fields.latinName && !fields.chineseName) parseInput(createTalentSchema, row.given);
        creates.push({ row, profile: newTalentProfile(fields as CreateTalentFields, { source: 'IMPORT', ownerId: null }) });
      } catch (error) {
        if (!(error instanceof LoomaError)) throw error;
        Object.assign(result, { errorCode: error.code, error: error.message, field: (error.details.field as string | undefined) ?? null });
      }
      continue;
    }
    const decision = decideKnownRow(row, key);
    if (decision.outcome === 'ERROR') {
      Object.assign(result, { errorCode: decision.errorCode, error: decision.error });
      continue;
    }
    if (decision.outcome === 'UNCHANGED') {
      Object.assign(result, { outcome: 'UNCHANGED', talentId: key.talent_id });
      continue;
    }
    updates.set(key.talent_id, [...(updates.get(key.talent_id) ?? []), row]);
  }

  const createdTalents = await insertTalents(
    tx,
    orgId,
    creates.map((c) => c.profile),
    actor,
    { importedFrom: (_, i) => ({ externalSource: creates[i]!.row.source, externalId: creates[i]!.row.externalId }) },
  );
  const keyRows: { row: ValidRow; talentId: string }[] = [];
  createdTalents.forEach((talent, i) => {
    const { row } = creates[i]!;
    Object.assign(results[row.index]!, { outcome: 'CREATED', talentId: talent.id });
    keyRows.push({ row, talentId: talent.id });
  });

  const employmentsBefore = new Map<string, unknown>();
  const updatedTalents = await updateChangedTalents(tx, orgId, actor, updates, results, employmentsBefore);
  for (const [talentId, talentRows] of updates) for (const row of talentRows) keyRows.push({ row, talentId });

  await upsertExternalIds(
    tx,
    orgId,
    keyRows.map(({ row, talentId }) => ({
      source: row.source,
      externalId: row.externalId,
      talentId,
      rowHash: row.hash,
      upstreamUpdatedAt: row.upstreamUpdatedAt,
    })),
  );
  await addRowTags(tx, orgId, actor, keyRows);
  // Derived WORKED_WITH relationships follow employments (insertTalents derives those of new talents).
  const employmentsChanged = updatedTalents.filter((t) => JSON.stringify(t.employments) !== JSON.stringify(employmentsBefore.get(t.id)));
  if (employmentsChanged.length)
    await syncDerivedWorkedWith(
      tx,
      orgId,
      employmentsChanged.map((t) => t.id),
    );
  return [...createdTalents, ...updatedTalents];
}

/**
 * Applies the rows of known keys to their talents (locked, read once): the rows of one talent in
 * input order, one set-based UPDATE for every talent whose profile changed, their outbox events and
 * one `talent.import` audit entry each.
 */
async function updateChangedTalents(
  tx: SqlExecutor,
  orgId: string,
  actor: Actor,
  updates: Map<string, ValidRow[]>,
  results: ImportRowResult[],
  employmentsBefore: Map<string, unknown>,
): Promise<TalentRecord[]> {
  if (updates.size === 0) return [];
  const current = (await lockTalents(tx, orgId, [...updates.keys()])).map((locked) => locked.talent);

  const changed: { before: TalentRecord; profile: TalentProfile; rows: ValidRow[] }[] = [];
  for (const before of current) {
    employmentsBefore.set(before.id, before.employments);
    const rows = updates.get(before.id)!;
    const { profile, changes } = applyImportRows(before, rows);
    rows.forEach((row, i) => Object.assign(results[row.index]!, { outcome: changes[i] ? 'UPDATED' : 'UNCHANGED', talentId: before.id }));
    if (differingKeys(profileOf(before), profile).length > 0) changed.push({ before, profile, rows });
  }
  if (changed.length === 0) return [];

  const written = await writeTalentProfiles(
    tx,
    orgId,
    changed.map(({ before, profile }) => ({ id: before.id, version: before.version, profile })),
  );
  // The rows were locked above: a talent missing here means the statement and the lock disagree.
  if (written.length !== changed.length) throw new Error(`importTalents updated ${written.length} of ${changed.length} talents`);

  await appendTalentEvents(tx, written);
  const byId = new Map(written.map((t) => [t.id, t]));
  await recordAudit(
    tx,
    orgId,
    actor,
    changed.map(({ before, rows }): AuditEvent => {
      const after = byId.get(before.id)!;
      const previous = auditView(before);
      const next = auditView(after);
      const keys = Object.keys(next).filter((key) => key !== 'version' && JSON.stringify(previous[key]) !== JSON.stringify(next[key]));
      const last = rows.at(-1)!;
      return {
        action: 'talent.import',
        entityType: 'talent',
        entityId: before.id,
        talentId: before.id,
        before: Object.fromEntries(keys.map((key) => [key, previous[key]])),
        after: {
          ...Object.fromEntries(keys.map((key) => [key, next[key]])),
          changed: keys,
          version: after.version,
          outcome: 'UPDATED',
          externalSource: last.source,
          externalId: last.externalId,
        },
      };
    }),
  );
  return written;
}

/** Adds each applied row's tags to its talent, in one statement for the whole call. */
async function addRowTags(tx: SqlExecutor, orgId: string, actor: Actor, keyRows: { row: ValidRow; talentId: string }[]): Promise<void> {
  await addTalentTagsInTransaction(
    tx,
    orgId,
    actor,
    keyRows.flatMap(({ row, talentId }) => row.tags.map((name) => ({ talentId, name }))),
  );
}
