import DataLoader from 'dataloader';
import { z } from 'zod';
import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, notFound } from '../../../platform/errors.ts';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { bulkTalentIds, notFoundIds, type BulkChangeResult } from '../tags/tags.ts';
import {
  addPoolMembers,
  countMembersByPool,
  deletePool,
  findPools,
  insertPool,
  listPools,
  lockPool,
  poolMembers,
  poolsOfTalents,
  removePoolMembers,
  type MembershipChange,
  type PoolMember,
  type PoolRecord,
} from './pool-store.ts';

export type { PoolRecord };

const MAX_PAGE = 100;

/** `TalentPool.talents`: newest member first; a cursor is the (added at, talent id) of the last member seen. */
export const POOL_MEMBERS_CURSOR = 'talentPool.talents:ADDED_AT:DESC';
const MEMBER_CURSOR_PARTS = ['date', 'uuid'] as const;

export const memberCursor = (member: PoolMember) => encodeListCursor(POOL_MEMBERS_CURSOR, [member.addedAt.toISOString(), member.talent.id]);

/** Where a page of members starts, from its `after` argument: BAD_USER_INPUT on field `after` for a cursor of another list. */
export function memberCursorKey(after: string | null | undefined): { addedAt: string; talentId: string } | null {
  if (!after) return null;
  const [addedAt, talentId] = decodeListCursor(after, POOL_MEMBERS_CURSOR, MEMBER_CURSOR_PARTS);
  return { addedAt, talentId };
}

const createPoolInput = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  description: z.string().trim().max(2_000, 'description must be at most 2,000 characters').nullish(),
});
export type CreateTalentPoolInput = z.input<typeof createPoolInput>;

/** A new pool's name and description, validated (BAD_USER_INPUT naming the field otherwise). */
export function parseCreatePool(input: CreateTalentPoolInput): { name: string; description: string | null } {
  const values = parseInput(createPoolInput, input);
  return { name: values.name, description: values.description ?? null };
}

/** What the audit log and the timeline keep of a pool. */
export const poolSnapshot = (pool: Pick<PoolRecord, 'id' | 'name' | 'description' | 'ownerId'>) => ({
  id: pool.id,
  name: pool.name,
  description: pool.description,
  ownerId: pool.ownerId,
});

/** A membership write's result: the talents that changed, and the input ids that are not visible talents of the org. */
function membershipResult(talentIds: readonly string[], changes: readonly MembershipChange[]): BulkChangeResult {
  return {
    changed: changes.filter((change) => change.changed).length,
    notFound: notFoundIds(
      talentIds,
      changes.map((change) => change.talentId),
    ),
  };
}

const unknownPool = (poolId: string) =>
  new LoomaError(ErrorCode.NOT_FOUND, `Talent pool ${poolId} was not found`, { id: poolId, field: 'poolId' });

/** Talent pools: create, delete, membership in bulk, and the batched reads. Knows nothing of GraphQL, nor of SQL. */
export class Pools {
  private readonly db: RelationalStore;
  private readonly loaders: Loaders;
  private readonly byId: DataLoader<string, PoolRecord | null>;
  private readonly byTalent: DataLoader<string, PoolRecord[]>;
  private readonly countByPool: DataLoader<string, number>;

  constructor(db: RelationalStore, viewer: Viewer | null, loaders: Loaders) {
    this.db = db;
    this.loaders = loaders;
    const orgId = viewer?.orgId ?? null;
    this.byId = new DataLoader(async (ids) => {
      const found = new Map((await findPools(db, orgId, ids.filter(isUuid))).map((pool) => [pool.id, pool]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byTalent = new DataLoader(async (talentIds) => {
      const byTalent = await poolsOfTalents(db, orgId, talentIds.filter(isUuid));
      return talentIds.map((id) => byTalent.get(id) ?? []);
    });
    this.countByPool = new DataLoader(async (poolIds) => {
      const counts = await countMembersByPool(db, orgId, poolIds);
      return poolIds.map((id) => counts.get(id) ?? 0);
    });
  }

  /** The org's pools by name, with their member counts (one query). */
  async list(viewerOrNull: Viewer | null): Promise<PoolRecord[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    return listPools(this.db, viewer.orgId);
  }

  /** A pool of the viewer's organisation, or null. */
  async get(viewerOrNull: Viewer | null, id: string): Promise<PoolRecord | null> {
    requireScope(viewerOrNull, 'talent:read');
    return isUuid(id) ? this.byId.load(id) : null;
  }

  async forTalent(viewerOrNull: Viewer | null, talentId: string): Promise<PoolRecord[]> {
    requireScope(viewerOrNull, 'talent:read');
    return this.byTalent.load(talentId);
  }

  async talentCount(viewerOrNull: Viewer | null, pool: PoolRecord): Promise<number> {
    requireScope(viewerOrNull, 'talent:read');
    return pool.talentCount ?? this.countByPool.load(pool.id);
  }

  /** A pool's visible members, newest member first (keyset on when they were added). */
  async members(
    viewerOrNull: Viewer | null,
    pool: PoolRecord,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<TalentRecord>> {
    requireScope(viewerOrNull, 'talent:read');
    const first = pageSize(args.first, MAX_PAGE);
    const after = memberCursorKey(args.after);
    const members = await poolMembers(this.db, pool.orgId, pool.id, first + 1, after);
    for (const { talent } of members) this.loaders.talentById.prime(talent.id, talent);
    const page = connectionFrom(members, first, memberCursor, () => this.countByPool.load(pool.id), after !== null);
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ node: node.talent, cursor })) };
  }

  async create(viewerOrNull: Viewer | null, input: CreateTalentPoolInput): Promise<PoolRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseCreatePool(input);
    return this.db.transaction(async (tx) => {
      const inserted = await insertPool(tx, viewer.orgId, { ...values, ownerId: viewer.via === 'apiKey' ? null : viewer.userId });
      if (!inserted) throw new LoomaError(ErrorCode.CONFLICT, `A talent pool named "${values.name}" already exists`, { field: 'name' });
      const pool = { ...inserted, talentCount: 0 };
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'pool.create', entityType: 'talent_pool', entityId: pool.id, after: poolSnapshot(pool) },
      ]);
      return pool;
    });
  }

  /** Deletes a pool; its members stay talents. An unknown (or another org's) pool is NOT_FOUND. */
  async delete(viewerOrNull: Viewer | null, id: string): Promise<boolean> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    if (!isUuid(id)) throw notFound('Talent pool', id);
    return this.db.transaction(async (tx) => {
      const pool = await deletePool(tx, viewer.orgId, id);
      if (!pool) throw notFound('Talent pool', id);
      await recordAudit(tx, viewer.orgId, viewer, [
        {
          action: 'pool.delete',
          entityType: 'talent_pool',
          entityId: pool.id,
          before: { ...poolSnapshot(pool), talentCount: pool.talentCount },
        },
      ]);
      return true;
    });
  }

  /** Adds up to 1,000 talents to a pool; already a member does not count as changed. */
  async add(viewerOrNull: Viewer | null, poolId: string, talentIds: readonly string[]): Promise<BulkChangeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { ids } = bulkTalentIds(talentIds);
    return this.db.transaction(async (tx) => {
      const pool = isUuid(poolId) ? await lockPool(tx, viewer.orgId, poolId) : null;
      if (!pool) throw unknownPool(poolId);
      const changes = await addPoolMembers(tx, viewer.orgId, pool.id, ids, viewer.userId);
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        changes
          .filter((change) => change.changed)
          .map((change) => ({
            action: 'pool.add',
            entityType: 'talent_pool',
            entityId: pool.id,
            talentId: change.talentId,
            after: poolSnapshot(pool),
          })),
      );
      return membershipResult(talentIds, changes);
    });
  }

  /** Removes up to 1,000 talents from a pool; not a member does not count as changed. */
  async remove(viewerOrNull: Viewer | null, poolId: string, talentIds: readonly string[]): Promise<BulkChangeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { ids } = bulkTalentIds(talentIds);
    return this.db.transaction(async (tx) => {
      const pool = isUuid(poolId) ? await lockPool(tx, viewer.orgId, poolId) : null;
      if (!pool) throw unknownPool(poolId);
      const changes = await removePoolMembers(tx, viewer.orgId, pool.id, ids);
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        changes
          .filter((change) => change.changed)
          .map((change) => ({
            action: 'pool.remove',
            entityType: 'talent_pool',
            entityId: pool.id,
            talentId: change.talentId,
            before: poolSnapshot(pool),
          })),
      );
      return membershipResult(talentIds, changes);
    });
  }
}
