import { createHash } from 'node:crypto';
import { z } from 'zod';
import { profileOf, type TalentProfile, type TalentRecord } from '../../../data/records/talent-record.ts';
import { PROFILE_KEYS } from '../../../data/records/talent-store.ts';
import { parseInput } from '../../../platform/checks.ts';
import { ErrorCode, badInput } from '../../../platform/errors.ts';
import { tagNames } from '../tags/tags.ts';
import { updateTalentSchema, updatedTalentProfile } from '../talents/talent-fields.ts';
import type { ExternalIdRow, KnownKey } from './import-store.ts';

/**
 * An import row's rules, without a database: what a row may hold and how it is validated and
 * hashed, what a row of a known key does (refused, UNCHANGED, or an update), and how the rows of
 * one talent apply to its profile (upstream wins for the fields they send).
 */

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
export interface ValidRow {
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

export function externalIdOf(row: unknown): string {
  const id = row && typeof row === 'object' ? (row as Record<string, unknown>).externalId : undefined;
  return typeof id === 'string' ? id : id === undefined || id === null ? '' : String(id);
}

export const keyOf = (source: string, externalId: string) => `${source}\u0000${externalId}`;

/** The row's identity: an object with a valid source and externalId and no field an import row does not have. */
export function validateIdentity(row: unknown): z.output<typeof identitySchema> {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw badInput('a row must be an object');
  const input = row as Record<string, unknown>;
  const unknown = Object.keys(input).find((key) => !IMPORT_ROW_FIELDS.includes(key));
  if (unknown) throw badInput(`${unknown} is not a field of an import row`, { field: unknown });
  return parseInput(identitySchema, { source: input.source, externalId: input.externalId });
}

/** Validates the rest of a row on its own; throws the first problem as a LoomaError naming the field. */
export function validateRow(
  input: Record<string, unknown>,
  index: number,
  { source, externalId }: z.output<typeof identitySchema>,
): ValidRow {
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

/** What a row of a known key does: an ERASED or MERGED talent refuses it, the same row or an older one changes nothing, else it updates. */
export type KnownRowDecision = { outcome: 'ERROR'; errorCode: string; error: string } | { outcome: 'UNCHANGED' } | { outcome: 'UPDATE' };

export function decideKnownRow(
  row: Pick<ValidRow, 'source' | 'externalId' | 'hash' | 'upstreamUpdatedAt'>,
  key: Pick<KnownKey, 'status' | 'row_hash' | 'upstream_updated_at'>,
): KnownRowDecision {
  if (key.status === 'ERASED') {
    return {
      outcome: 'ERROR',
      errorCode: 'ERASED',
      error: `${row.source}/${row.externalId} belonged to a person whose data was erased at their request; it is not imported again`,
    };
  }
  if (key.status === 'MERGED') {
    return {
      outcome: 'ERROR',
      errorCode: ErrorCode.NOT_FOUND,
      error: `the talent of ${row.source}/${row.externalId} was merged away and cannot be found`,
    };
  }
  const lastUpstream = key.upstream_updated_at === null ? null : new Date(key.upstream_updated_at);
  const isOlder = row.upstreamUpdatedAt !== null && lastUpstream !== null && row.upstreamUpdatedAt < lastUpstream;
  return key.row_hash === row.hash || isOlder ? { outcome: 'UNCHANGED' } : { outcome: 'UPDATE' };
}

/**
 * The rows of one talent applied in input order: upstream wins for the fields a row sends (`null`
 * clears, except `name`), the fields it does not send are kept. The profile at the end, and for
 * each row whether it changed anything.
 */
export function applyImportRows(
  before: TalentRecord,
  rows: readonly Pick<ValidRow, 'given' | 'fields'>[],
): { profile: TalentProfile; changes: boolean[] } {
  let profile = profileOf(before);
  const changes = rows.map((row) => {
    const next = updatedTalentProfile(profile, row.given, { ...row.fields, id: before.id, version: before.version } as z.output<
      typeof updateTalentSchema
    >);
    const isChange = differingKeys(profile, next).length > 0;
    profile = next;
    return isChange;
  });
  return { profile, changes };
}

export function differingKeys(a: TalentProfile, b: TalentProfile): (keyof TalentProfile)[] {
  return PROFILE_KEYS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * The known keys an import decides on: each recorded key leads to the talent its talent was merged
 * into (or to its talent), with that talent's status; a key whose talent is not found is left out.
 */
export function knownKeysThroughMerges(
  recorded: readonly ExternalIdRow[],
  leads: ReadonlyMap<string, { id: string; status: string }>,
): KnownKey[] {
  return recorded.flatMap((key): KnownKey[] => {
    const lead = leads.get(key.talent_id);
    return lead ? [{ ...key, talent_id: lead.id, status: lead.status }] : [];
  });
}
