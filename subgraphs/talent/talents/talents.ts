import { z } from 'zod';
import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { recordAudit, type Actor } from '../../../data/audit/audit-recorder.ts';
import { talentFilterSchema, type TalentFilter } from '../../../data/records/talent-filter.ts';
import { isIdempotencyKeyTaken, profileOf, type TalentRecord, type VisibleTalentStatus } from '../../../data/records/talent-record.ts';
import {
  TALENT_SORTS,
  countTalents,
  followMerges,
  lockVisibleTalent,
  readTalent,
  readTalentByIdempotencyKey,
  readTalentPage,
  type TalentSortValue,
} from '../../../data/records/talent-store.ts';
import { insertTalents, staleVersion, updateTalentProfile, writeTalentStatus } from '../../../data/records/talent-writes.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput, notFound } from '../../../platform/errors.ts';
import { createOnce, inputHash } from '../../../platform/idempotency.ts';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { orgUserIds } from '../../../data/records/user-store.ts';
import { addTagsInTransaction } from '../tags/tags.ts';
import {
  createTalentSchema,
  newTalentProfile,
  updateTalentSchema,
  updatedTalentProfile,
  type CreateTalentFields,
} from './talent-fields.ts';
import type { SortDirection, TalentSortField } from '../__generated__/resolvers-types.ts';

const MAX_PAGE = 100;

// --- list order ----------------------------------------------------------------------------------

export interface TalentSort {
  field: TalentSortField;
  direction?: SortDirection | null;
}

/** A talent list's order (newest first unless asked) and the scope its cursors carry. */
export function talentListOrder(sort: TalentSort | null | undefined) {
  const field = sort?.field ?? 'CREATED_AT';
  const direction = sort?.direction ?? 'DESC';
  return { field, direction, scope: `talents:${field}:${direction}` } as const;
}

export type TalentListOrder = ReturnType<typeof talentListOrder>;

/** The cursor of `talent` in a list of this order: its sort value and id. */
export const talentCursor = (order: TalentListOrder, talent: TalentRecord): string =>
  encodeListCursor(order.scope, [TALENT_SORTS[order.field].valueOf(talent), talent.id]);

/** Where a page after `after` starts; a cursor of another list or another order is BAD_USER_INPUT on `after`. */
export function decodeTalentCursor(after: string, order: TalentListOrder): { value: TalentSortValue; id: string } {
  const [value, id] =
    order.field === 'YEARS_OF_EXPERIENCE'
      ? decodeListCursor(after, order.scope, ['number', 'uuid'])
      : order.field === 'NAME'
        ? decodeListCursor(after, order.scope, ['string', 'uuid'])
        : decodeListCursor(after, order.scope, ['date', 'uuid']);
  return { value, id };
}

/** The talent domain: validation, tenancy, the writes with their outbox events and audit, filtered keyset pages. Knows nothing of GraphQL. */
export class Talents {
  private readonly db: RelationalStore;
  private readonly loaders: Loaders;

  constructor(db: RelationalStore, loaders: Loaders) {
    this.db = db;
    this.loaders = loaders;
  }

  async get(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord | null> {
    requireScope(viewerOrNull, 'talent:read');
    if (!isUuid(id)) return null;
    return this.loaders.talentById.load(id);
  }

  async list(
    viewerOrNull: Viewer | null,
    args: { filter?: TalentFilter | null; sort?: TalentSort | null; first?: number | null; after?: string | null },
  ): Promise<Connection<TalentRecord>> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const first = pageSize(args.first, MAX_PAGE);
    const filter = args.filter ? parseInput(talentFilterSchema, args.filter) : null;
    const order = talentListOrder(args.sort);
    const after = args.after ? decodeTalentCursor(args.after, order) : null;
    const talents = await readTalentPage(this.db, {
      orgId: viewer.orgId,
      filter,
      sort: order.field,
      direction: order.direction,
      after,
      limit: first + 1,
    });
    for (const talent of talents.slice(0, first)) this.loaders.talentById.prime(talent.id, talent);
    return connectionFrom(
      talents,
      first,
      (talent) => talentCursor(order, talent),
      () => countTalents(this.db, viewer.orgId, filter),
      after !== null,
    );
  }

  /**
   * A new talent. With an `idempotencyKey` (Stripe-like, per organisation) a create can be retried safely: the same key
   * with the same input answers the talent the first call created (no second row, outbox event or audit entry), with
   * other input IDEMPOTENCY_KEY_REUSED; of concurrent creates with one key, one inserts and the others answer its talent.
   */
  async create(viewerOrNull: Viewer | null, input: unknown): Promise<TalentRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(createTalentSchema, input);
    const tags =
      parseInput(z.object({ tags: z.array(z.string().trim().min(1).max(50)).max(50).nullish() }).passthrough(), input).tags ?? [];
    const idempotency = values.idempotencyKey ? { key: values.idempotencyKey, hash: createInputHash(values, input, tags) } : null;
    return createOnce(idempotency, {
      earlier: async (idempotencyKey) => {
        const earlier = await readTalentByIdempotencyKey(this.db, viewer.orgId, idempotencyKey);
        return earlier && { hash: earlier.hash, answer: () => this.talentNow(viewer, earlier.talent) };
      },
      isKeyTaken: isIdempotencyKeyTaken,
      create: () =>
        this.db.transaction(async (tx) => {
          const defaultOwner = values.ownerId === undefined ? await userOf(tx, viewer) : null;
          if (values.ownerId) await requireUser(tx, viewer.orgId, values.ownerId, 'ownerId');
          const profile = newTalentProfile(values, { source: 'SOURCED', ownerId: defaultOwner });
          const [talent] = await insertTalents(tx, viewer.orgId, [{ ...profile, idempotency }], viewer);
          await onTalentsWritten(tx, viewer.orgId, viewer, [talent!.id], tags);
          return talent!;
        }),
    });
  }

  /** The talent a keyed create made, as it is now: a merged one answers as the talent it was merged into. (An erasure forgets the key.) */
  private async talentNow(viewer: Viewer, talent: TalentRecord): Promise<TalentRecord> {
    if (talent.status !== 'MERGED') return talent;
    const survivor = (await followMerges(this.db, viewer.orgId, [talent.id])).get(talent.id);
    const now = survivor ? await readTalent(this.db, viewer.orgId, survivor.id) : null;
    if (!now || now.status === 'MERGED' || now.status === 'ERASED') throw notFound('Talent', talent.id);
    return now;
  }

  async update(viewerOrNull: Viewer | null, input: Record<string, unknown>): Promise<TalentRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(updateTalentSchema, input);
    return this.db.transaction(async (tx) => {
      const current = await lockTalent(tx, viewer.orgId, values.id);
      if (current.version !== values.version) throw staleVersion(values.id, current.version);
      if (values.ownerId) await requireUser(tx, viewer.orgId, values.ownerId, 'ownerId');
      const profile = updatedTalentProfile(profileOf(current), input, values);
      const talent = await updateTalentProfile(tx, current, profile, viewer);
      await onTalentsWritten(tx, viewer.orgId, viewer, [talent.id], []);
      return talent;
    });
  }

  async archive(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord> {
    return this.setStatus(requireScope(viewerOrNull, 'talent:write'), id, 'ARCHIVED');
  }

  async restore(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord> {
    return this.setStatus(requireScope(viewerOrNull, 'talent:write'), id, 'ACTIVE');
  }

  /** Archiving an archived talent (or restoring an active one) changes nothing and records nothing. */
  private async setStatus(viewer: Viewer, id: string, status: VisibleTalentStatus): Promise<TalentRecord> {
    return this.db.transaction(async (tx) => {
      const current = await lockTalent(tx, viewer.orgId, id);
      if (current.status === status) return current;
      const talent = await writeTalentStatus(tx, viewer.orgId, id, status);
      await recordAudit(tx, viewer.orgId, viewer, [
        {
          action: status === 'ARCHIVED' ? 'talent.archive' : 'talent.restore',
          entityType: 'talent',
          entityId: id,
          talentId: id,
          before: { status: current.status, version: current.version },
          after: { status, version: talent.version },
        },
      ]);
      return talent;
    });
  }
}

/**
 * What a talent create's idempotency key compares: the validated input and its tags as a set, without the key, and
 * without a consent's default `givenAt` (the time of the call, different on a retry).
 */
function createInputHash(values: CreateTalentFields, input: unknown, tags: string[]): string {
  const givenConsent = (input as { consent?: { givenAt?: unknown }[] | null }).consent ?? [];
  return inputHash({
    ...values,
    idempotencyKey: undefined,
    consent: values.consent?.map((consent, i) => (givenConsent[i]?.givenAt ? consent : { ...consent, givenAt: null })),
    tags: [...new Set(tags)].sort(),
  });
}

/** The visible talent, locked for the rest of the transaction; NOT_FOUND for unknown, other orgs', merged and erased ids. */
async function lockTalent(tx: SqlExecutor, orgId: string, id: string): Promise<TalentRecord> {
  const talent = isUuid(id) ? await lockVisibleTalent(tx, orgId, id) : null;
  if (!talent) throw notFound('Talent', id);
  return talent;
}

/** The viewer's user id when the viewer is a user of the org (API keys own nothing). */
async function userOf(tx: SqlExecutor, viewer: Viewer): Promise<string | null> {
  if (viewer.via === 'apiKey') return null;
  return (await orgUserIds(tx, viewer.orgId, [viewer.userId])).has(viewer.userId) ? viewer.userId : null;
}

async function requireUser(tx: SqlExecutor, orgId: string, userId: string, field: string): Promise<void> {
  if (!(await orgUserIds(tx, orgId, [userId])).has(userId))
    throw badInput(`${field} ${userId} is not a user of this organisation`, { field });
}

/** What follows every talent write in the same transaction: the tags given with it. */
async function onTalentsWritten(tx: SqlExecutor, orgId: string, actor: Actor, talentIds: string[], tags: string[]): Promise<void> {
  if (tags.length) await addTagsInTransaction(tx, orgId, actor, talentIds, tags);
}
