import DataLoader from 'dataloader';
import { z } from 'zod';
import {
  TALENT_COLUMNS,
  VISIBLE_TALENT,
  isUuid,
  toTalentRecord,
  type Loaders,
  type TalentRecord,
  type TalentRow,
} from '../../../data/loaders.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput, notFound } from '../../../platform/errors.ts';
import { pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { bulkTalentIds, notFoundIds, type BulkChangeResult } from '../tags/tags.ts';
import { decodePageCursor, toConnection, type PageArgs } from '../talent-pages.ts';
import { groupBy } from '../../../platform/group-by.ts';

const MAX_PAGE = 100;

/** A talent pool of the viewer's organisation; `talentCount` is filled when the query that read it counted. */
export interface PoolRecord {
  id: string;
  orgId: string;
  name: string;
  description: string | null;
  ownerId: string | null;
  createdAt: Date;
  talentCount?: number;
}

interface PoolRow {
  id: string;
  org_id: string;
  name: string;
  description: string | null;
  owner_id: string | null;
  created_at: Date | string;
  talent_count?: number;
}

const POOL_COLUMNS = 'p.id, p.org_id, p.name, p.description, p.owner_id, p.created_at';

const toPool = (row: PoolRow): PoolRecord => ({
  id: row.id,
  orgId: row.org_id,
  name: row.name,
  description: row.description,
  ownerId: row.owner_id,
  createdAt: new Date(row.created_at),
  ...(row.talent_count === undefined ? {} : { talentCount: row.talent_count }),
});

const createPoolInput = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  description: z.string().trim().max(2_000, 'description must be at most 2,000 characters').nullish(),
});
export type CreateTalentPoolInput = z.input<typeof createPoolInput>;

/** Counts visible members per pool (a subquery of the reads that list pools). */
const MEMBER_COUNT = `(SELECT count(*)::int FROM talent_pool_members m JOIN talents v ON v.id = m.talent_id AND v.${VISIBLE_TALENT} WHERE m.pool_id = p.id)`;

/** What the audit log and the timeline keep of a pool. */
const poolSnapshot = (pool: PoolRecord) => ({ id: pool.id, name: pool.name, description: pool.description, ownerId: pool.ownerId });

/** Talent pools: create, delete, membership in bulk, and the batched reads. Knows nothing of GraphQL. */
export class Pools {
  private readonly byId: DataLoader<string, PoolRecord | null>;
  private readonly byTalent: DataLoader<string, PoolRecord[]>;
  private readonly countByPool: DataLoader<string, number>;

  constructor(
    private readonly db: RelationalStore,
    viewer: Viewer | null,
    private readonly loaders: Loaders,
  ) {
    const orgId = viewer?.orgId ?? null;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.query<PoolRow>(`SELECT ${POOL_COLUMNS} FROM talent_pools p WHERE p.org_id = $1 AND p.id = ANY ($2::uuid[])`, [
            orgId,
            valid,
          ])
        : [];
      const found = new Map(rows.map((row) => [row.id, toPool(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byTalent = new DataLoader(async (talentIds) => {
      const rows = await db.query<PoolRow & { talent_id: string }>(
        `SELECT m.talent_id, ${POOL_COLUMNS} FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id
         WHERE m.org_id = $1 AND m.talent_id = ANY ($2::uuid[]) ORDER BY lower(p.name), p.id`,
        [orgId, talentIds.filter(isUuid)],
      );
      const byTalent = groupBy(rows, (row) => row.talent_id);
      return talentIds.map((id) => (byTalent.get(id) ?? []).map(toPool));
    });
    this.countByPool = new DataLoader(async (poolIds) => {
      const rows = await db.query<{ pool_id: string; n: number }>(
        `SELECT m.pool_id, count(*)::int AS n FROM talent_pool_members m JOIN talents v ON v.id = m.talent_id AND v.${VISIBLE_TALENT}
         WHERE m.org_id = $1 AND m.pool_id = ANY ($2::uuid[]) GROUP BY m.pool_id`,
        [orgId, poolIds],
      );
      const counts = new Map(rows.map((row) => [row.pool_id, row.n]));
      return poolIds.map((id) => counts.get(id) ?? 0);
    });
  }

  /** The org's pools by name, with their member counts (one query). */
  async list(viewerOrNull: Viewer | null): Promise<PoolRecord[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const rows = await this.db.query<PoolRow>(
      `SELECT ${POOL_COLUMNS}, ${MEMBER_COUNT} AS talent_count FROM talent_pools p WHERE p.org_id = $1 ORDER BY lower(p.name), p.id`,
      [viewer.orgId],
    );
    return rows.map(toPool);
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
  async members(viewerOrNull: Viewer | null, pool: PoolRecord, args: PageArgs): Promise<Connection<TalentRecord>> {
    requireScope(viewerOrNull, 'talent:read');
    const first = pageSize(args.first, MAX_PAGE);
    const after = args.after ? decodePageCursor(args.after) : null;
    if (after && !isUuid(after.id)) throw badInput('after is not a cursor this connection returned', { field: 'after' });
    const params: unknown[] = [pool.orgId, pool.id, first + 1];
    if (after) params.push(after.at, after.id);
    const rows = await this.db.query<TalentRow & { added_at: Date | string }>(
      `SELECT m.added_at, ${TALENT_COLUMNS.split(', ')
        .map((column) => `t.${column}`)
        .join(', ')}
       FROM talent_pool_members m JOIN talents t ON t.id = m.talent_id AND t.${VISIBLE_TALENT}
       WHERE m.org_id = $1 AND m.pool_id = $2 ${after ? 'AND (m.added_at, m.talent_id) < ($4::timestamptz, $5::uuid)' : ''}
       ORDER BY m.added_at DESC, m.talent_id DESC LIMIT $3`,
      params,
    );
    const members = rows.map((row) => ({ talent: toTalentRecord(row), addedAt: new Date(row.added_at) }));
    for (const { talent } of members) this.loaders.talentById.prime(talent.id, talent);
    const page = toConnection(
      members,
      first,
      after,
      (m) => ({ at: m.addedAt, id: m.talent.id }),
      () => this.countByPool.load(pool.id),
    );
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ node: node.talent, cursor })) };
  }

  async create(viewerOrNull: Viewer | null, input: CreateTalentPoolInput): Promise<PoolRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(createPoolInput, input);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<PoolRow>(
        `INSERT INTO talent_pools AS p (org_id, name, description, owner_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, lower(name)) DO NOTHING
         RETURNING ${POOL_COLUMNS}`,
        [viewer.orgId, values.name, values.description ?? null, viewer.via === 'apiKey' ? null : viewer.userId],
      );
      if (!row) throw new LoomaError(ErrorCode.CONFLICT, `A talent pool named "${values.name}" already exists`, { field: 'name' });
      const pool = { ...toPool(row), talentCount: 0 };
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
      const [row] = await tx.query<PoolRow>(
        `DELETE FROM talent_pools p WHERE p.org_id = $1 AND p.id = $2 RETURNING ${POOL_COLUMNS}, ${MEMBER_COUNT} AS talent_count`,
        [viewer.orgId, id],
      );
      if (!row) throw notFound('Talent pool', id);
      const pool = toPool(row);
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
      const pool = await this.lockPool(tx, viewer.orgId, poolId);
      const rows = await tx.query<{ talent_id: string; added: boolean }>(
        `WITH found AS (
           SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($3::uuid[]) AND ${VISIBLE_TALENT}
         ), added AS (
           INSERT INTO talent_pool_members (org_id, pool_id, talent_id, added_by)
           SELECT $1, $2, id, $4 FROM found
           ON CONFLICT DO NOTHING
           RETURNING talent_id
         )
         SELECT found.id AS talent_id, added.talent_id IS NOT NULL AS added FROM found LEFT JOIN added ON added.talent_id = found.id`,
        [viewer.orgId, pool.id, ids, viewer.userId],
      );
      const changed = rows.filter((row) => row.added);
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        changed.map((row) => ({
          action: 'pool.add',
          entityType: 'talent_pool',
          entityId: pool.id,
          talentId: row.talent_id,
          after: poolSnapshot(pool),
        })),
      );
      return {
        changed: changed.length,
        notFound: notFoundIds(
          talentIds,
          rows.map((row) => row.talent_id),
        ),
      };
    });
  }

  /** Removes up to 1,000 talents from a pool; not a member does not count as changed. */
  async remove(viewerOrNull: Viewer | null, poolId: string, talentIds: readonly string[]): Promise<BulkChangeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { ids } = bulkTalentIds(talentIds);
    return this.db.transaction(async (tx) => {
      const pool = await this.lockPool(tx, viewer.orgId, poolId);
      const rows = await tx.query<{ talent_id: string; removed: boolean }>(
        `WITH found AS (
           SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($3::uuid[]) AND ${VISIBLE_TALENT}
         ), removed AS (
           DELETE FROM talent_pool_members WHERE pool_id = $2 AND talent_id IN (SELECT id FROM found)
           RETURNING talent_id
         )
         SELECT found.id AS talent_id, removed.talent_id IS NOT NULL AS removed FROM found LEFT JOIN removed ON removed.talent_id = found.id`,
        [viewer.orgId, pool.id, ids],
      );
      const changed = rows.filter((row) => row.removed);
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        changed.map((row) => ({
          action: 'pool.remove',
          entityType: 'talent_pool',
          entityId: pool.id,
          talentId: row.talent_id,
          before: poolSnapshot(pool),
        })),
      );
      return {
        changed: changed.length,
        notFound: notFoundIds(
          talentIds,
          rows.map((row) => row.talent_id),
        ),
      };
    });
  }

  /** The pool, locked against a concurrent delete for the rest of the transaction; NOT_FOUND otherwise. */
  private async lockPool(tx: { query: RelationalStore['query'] }, orgId: string, poolId: string): Promise<PoolRecord> {
    const [row] = isUuid(poolId)
      ? await tx.query<PoolRow>(`SELECT ${POOL_COLUMNS} FROM talent_pools p WHERE p.org_id = $1 AND p.id = $2 FOR SHARE`, [orgId, poolId])
      : [];
    if (!row) throw new LoomaError(ErrorCode.NOT_FOUND, `Talent pool ${poolId} was not found`, { id: poolId, field: 'poolId' });
    return toPool(row);
  }
}
