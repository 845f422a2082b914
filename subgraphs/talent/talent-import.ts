import { createHash } from 'node:crypto';
import { z } from 'zod';
import { TALENT_COLUMNS, toTalentRecord, type Loaders, type TalentRecord, type TalentRow } from '../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { recordAudit, type Actor, type AuditEvent } from '../../data/audit/audit-recorder.ts';
import {
  createTalentSchema,
  newTalentProfile,
  updateTalentSchema,
  updatedTalentProfile,
  type CreateTalentFields,
  type TalentProfile,
} from './talent-fields.ts';
import { addTalentTagsInTransaction, tagNames } from './tags/tags.ts';
import { PROFILE_COLUMNS, PROFILE_KEYS, appendTalentEvents, auditView, insertTalents, profileOf } from './talents.ts';
import { syncDerivedWorkedWith } from './relationships/worked-with.ts';
import type { ImportRowOutcome } from './__generated__/resolvers-types.ts';

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

/** The profile fields an import row may carry (ImportTalentRow less its identity, tags and timestamp). */
const PROFILE_FIELDS = [
  'name',
  'latinName',
  'chineseName',
  'headline',
  'skills',
  'languages',
  'emails',
  'phones',
  'location',
  'currentTitle',
  'currentCompany',
  'yearsOfExperience',
  'employments',
  'schools',
  'links',
] as const;
type ProfileField = (typeof PROFILE_FIELDS)[number];
export const IMPORT_ROW_FIELDS: readonly string[] = ['source', 'externalId', ...PROFILE_FIELDS, 'tags', 'updatedAt'];

// The same field rules as createTalent and updateTalent (talent-fields.ts), restricted to the import's fields.
const profileSchema = updateTalentSchema.pick(Object.fromEntries(PROFILE_FIELDS.map((key) => [key, true])) as Record<ProfileField, true>);

const identitySchema = z.object({
  source: z
    .string('source must be a string')
    .regex(/^[a-z0-9._-]{1,64}$/, 'source must be 1 to 64 characters of a-z, 0-9, ".", "_" or "-"'),
  externalId: z
    .string('externalId must be a string')
    .min(1, 'externalId must not be empty')
    .max(200, 'externalId must be at most 200 characters'),
});

const extrasSchema = z.object({
  tags: z.array(z.string('a tag must be a string'), 'tags must be a list').nullish(),
  updatedAt: z
    .string('updatedAt must be an ISO-8601 date-time')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'updatedAt must be an ISO-8601 date-time')
    .nullish(),
});

/** A row that passed validation: what it gives, normalised, and the hash of that. */
interface ValidRow {
  index: number;
  source: string;
  externalId: string;
  /** The profile fields the row gives, as sent (`null` clears); what updateTalent's rules read. */
  given: Partial<Record<ProfileField, unknown>>;
  fields: z.output<typeof profileSchema>;
  tags: string[];
  upstreamUpdatedAt: Date | null;
  hash: string;
}

/** The known key's bookkeeping and the talent it leads to (through merges). */
interface KnownKey {
  source: string;
  external_id: string;
  row_hash: string | null;
  upstream_updated_at: Date | string | null;
  talent_id: string;
  status: string;
}

export interface ImportTalentsOutcome {
  result: ImportTalentsResult;
  /** The talents created or updated, as written (for the caller's loaders). */
  written: TalentRecord[];
}

/** The sync domain of the talent subgraph: `importTalents` for a viewer with talent:write. */
export class TalentImports {
  constructor(
    private readonly db: RelationalStore,
    private readonly loaders: Loaders,
    private readonly logger?: Logger,
  ) {}

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

function externalIdOf(row: unknown): string {
  const id = row && typeof row === 'object' ? (row as Record<string, unknown>).externalId : undefined;
  return typeof id === 'string' ? id : id === undefined || id === null ? '' : String(id);
}

const keyOf = (source: string, externalId: string) => `${source}\u0000${externalId}`;

/** The row's identity: an object with a valid source and externalId and no field an import row does not have. */
function validateIdentity(row: unknown): z.output<typeof identitySchema> {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw badInput('a row must be an object');
  const input = row as Record<string, unknown>;
  const unknown = Object.keys(input).find((key) => !IMPORT_ROW_FIELDS.includes(key));
  if (unknown) throw badInput(`${unknown} is not a field of an import row`, { field: unknown });
  return parseInput(identitySchema, { source: input.source, externalId: input.externalId });
}

/** Validates the rest of a row on its own; throws the first problem as a LoomaError naming the field. */
function validateRow(input: Record<string, unknown>, index: number, { source, externalId }: z.output<typeof identitySchema>): ValidRow {
  const extras = parseInput(extrasSchema, { tags: input.tags, updatedAt: input.updatedAt });
  const tags = extras.tags?.length ? tagNames(extras.tags) : [];

  const given: Partial<Record<ProfileField, unknown>> = {};
  for (const key of PROFILE_FIELDS) {
    // `name` cannot be cleared: a row without one keeps (or derives) the display name.
    if (input[key] !== undefined && !(key === 'name' && input[key] === null)) given[key] = input[key];
  }
  const fields = parseInput(profileSchema, given);
  // The hash covers what the row means once normalised (trimmed, lowercased e-mails, E.164 phones), not how it was spelled.
  const normalised = [PROFILE_FIELDS.map((key) => (key in given ? [key, fields[key] ?? null] : null)), tags];
  return {
    index,
    source,
    externalId,
    given,
    fields,
    tags,
    upstreamUpdatedAt: extras.updatedAt ? new Date(extras.updatedAt) : null,
    hash: createHash('sha256').update(JSON.stringify(normalised)).digest('base64url'),
  };
}

const TALENT_COLUMNS_OF_T = TALENT_COLUMNS.split(', ')
  .map((column) => `t.${column}`)
  .join(', ');

/** Applies the valid rows inside one transaction; fills in their results and returns the talents written. */
async function applyRows(
  tx: SqlExecutor,
  orgId: string,
  actor: Actor,
  rows: ValidRow[],
  results: ImportRowResult[],
): Promise<TalentRecord[]> {
  // One import per organisation at a time: two calls creating the same new key cannot both create it.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('looma:talent-import:' || $1::text, 0))`, [orgId]);

  // The known keys, each followed through merges to the talent it now leads to.
  const known = await tx.query<KnownKey>(
    `WITH RECURSIVE wanted AS (
       SELECT * FROM unnest($2::text[], $3::text[]) AS w(source, external_id)
     ), chain AS (
       SELECT e.source, e.external_id, e.row_hash, e.upstream_updated_at, t.id AS talent_id, t.status, t.merged_into, 0 AS depth
       FROM talent_external_ids e
       JOIN wanted w ON w.source = e.source AND w.external_id = e.external_id
       JOIN talents t ON t.org_id = e.org_id AND t.id = e.talent_id
       WHERE e.org_id = $1
       UNION ALL
       SELECT c.source, c.external_id, c.row_hash, c.upstream_updated_at, t.id, t.status, t.merged_into, c.depth + 1
       FROM chain c JOIN talents t ON t.org_id = $1 AND t.id = c.merged_into
       WHERE c.status = 'MERGED' AND c.depth < 20
     )
     SELECT DISTINCT ON (source, external_id) source, external_id, row_hash, upstream_updated_at, talent_id, status
     FROM chain ORDER BY source, external_id, depth DESC`,
    [orgId, rows.map((r) => r.source), rows.map((r) => r.externalId)],
  );
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
    if (key.status === 'ERASED') {
      Object.assign(result, {
        errorCode: 'ERASED',
        error: `${row.source}/${row.externalId} belonged to a person whose data was erased at their request; it is not imported again`,
      });
      continue;
    }
    if (key.status === 'MERGED') {
      Object.assign(result, {
        errorCode: ErrorCode.NOT_FOUND,
        error: `the talent of ${row.source}/${row.externalId} was merged away and cannot be found`,
      });
      continue;
    }
    const lastUpstream = key.upstream_updated_at === null ? null : new Date(key.upstream_updated_at);
    const isOlder = row.upstreamUpdatedAt !== null && lastUpstream !== null && row.upstreamUpdatedAt < lastUpstream;
    if (key.row_hash === row.hash || isOlder) {
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

  await upsertExternalIds(tx, orgId, keyRows);
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
  const current = (
    await tx.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) FOR UPDATE`, [
      orgId,
      [...updates.keys()],
    ])
  ).map(toTalentRecord);

  const changed: { before: TalentRecord; profile: TalentProfile; rows: ValidRow[] }[] = [];
  for (const before of current) {
    employmentsBefore.set(before.id, before.employments);
    const rows = updates.get(before.id)!;
    let profile = profileOf(before);
    for (const row of rows) {
      const next = updatedTalentProfile(profile, row.given, { ...row.fields, id: before.id, version: before.version } as z.output<
        typeof updateTalentSchema
      >);
      const isChange = differingKeys(profile, next).length > 0;
      Object.assign(results[row.index]!, { outcome: isChange ? 'UPDATED' : 'UNCHANGED', talentId: before.id });
      profile = next;
    }
    if (differingKeys(profileOf(before), profile).length > 0) changed.push({ before, profile, rows });
  }
  if (changed.length === 0) return [];

  const columns = PROFILE_KEYS.map((key) => PROFILE_COLUMNS[key]);
  const written = (
    await tx.query<TalentRow>(
      `UPDATE talents AS t SET ${columns.map((c) => `${c.column} = x.${c.column}`).join(', ')},
         version = t.version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, version int, ${columns.map((c) => `${c.column} ${c.type}`).join(', ')})
       WHERE t.org_id = $1 AND t.id = x.id AND t.version = x.version
       RETURNING ${TALENT_COLUMNS_OF_T}`,
      [
        orgId,
        JSON.stringify(
          changed.map(({ before, profile }) => ({
            id: before.id,
            version: before.version,
            ...Object.fromEntries(PROFILE_KEYS.map((key) => [PROFILE_COLUMNS[key].column, profile[key]])),
          })),
        ),
      ],
    )
  ).map(toTalentRecord);
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

function differingKeys(a: TalentProfile, b: TalentProfile): (keyof TalentProfile)[] {
  return PROFILE_KEYS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** Records, for every applied row, which talent its key leads to, the hash of the row and the newest upstream timestamp. */
async function upsertExternalIds(tx: SqlExecutor, orgId: string, keyRows: { row: ValidRow; talentId: string }[]): Promise<void> {
  if (keyRows.length === 0) return;
  await tx.query(
    `INSERT INTO talent_external_ids (org_id, source, external_id, talent_id, row_hash, upstream_updated_at, imported_at)
     SELECT $1, x.source, x.external_id, x.talent_id, x.row_hash, x.upstream_updated_at, date_trunc('milliseconds', clock_timestamp())
     FROM jsonb_to_recordset($2::jsonb) AS x(source text, external_id text, talent_id uuid, row_hash text, upstream_updated_at timestamptz)
     ON CONFLICT (org_id, source, external_id) DO UPDATE SET
       talent_id = EXCLUDED.talent_id,
       row_hash = EXCLUDED.row_hash,
       upstream_updated_at = greatest(talent_external_ids.upstream_updated_at, EXCLUDED.upstream_updated_at),
       imported_at = EXCLUDED.imported_at`,
    [
      orgId,
      JSON.stringify(
        keyRows.map(({ row, talentId }) => ({
          source: row.source,
          external_id: row.externalId,
          talent_id: talentId,
          row_hash: row.hash,
          upstream_updated_at: row.upstreamUpdatedAt?.toISOString() ?? null,
        })),
      ),
    ],
  );
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
