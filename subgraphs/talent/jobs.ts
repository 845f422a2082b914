import DataLoader from 'dataloader';
import { isUuid } from '../../data/loaders.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { requireScope } from '../../platform/checks.ts';
import { badInput } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor, type Connection } from '../../platform/pagination.ts';
import type { Viewer } from '../../platform/viewer.ts';

/** A job (requisition) of the viewer's organisation, as the domain and resolvers see it. */
export interface JobRecord {
  id: string;
  orgId: string;
  title: string;
  department: string | null;
  location: string | null;
  skills: string[];
  status: string;
  version: number;
  createdAt: Date;
}

interface JobRow {
  id: string;
  org_id: string;
  title: string;
  department: string | null;
  location: string | null;
  skills: string[];
  status: string;
  version: number;
  created_at: Date | string;
}

const JOB_COLUMNS = 'id, org_id, title, department, location, skills, status, version, created_at';
const MAX_PAGE = 100;

const toJob = (row: JobRow): JobRecord => ({
  id: row.id,
  orgId: row.org_id,
  title: row.title,
  department: row.department,
  location: row.location,
  skills: row.skills,
  status: row.status,
  version: row.version,
  createdAt: new Date(row.created_at),
});

/**
 * Jobs, read side: one job, a keyset page, and the batched reference resolver other subgraphs'
 * entity fetches go through. (Writing jobs, pipelines and applications is the CRM domain's next step.)
 */
export class Jobs {
  private readonly byId: DataLoader<string, JobRecord | null>;

  constructor(
    private readonly db: RelationalStore,
    viewer: Viewer | null,
  ) {
    const orgId = viewer?.orgId;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows =
        orgId && valid.length
          ? await db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [orgId, valid])
          : [];
      const found = new Map(rows.map((row) => [row.id, toJob(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  async get(viewerOrNull: Viewer | null, id: string): Promise<JobRecord | null> {
    requireScope(viewerOrNull, 'job:read');
    return isUuid(id) ? this.byId.load(id) : null;
  }

  async list(viewerOrNull: Viewer | null, args: { first?: number | null; after?: string | null }): Promise<Connection<JobRecord>> {
    const viewer = requireScope(viewerOrNull, 'job:read');
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, { field: 'first' });
    const after = args.after ? decodeCursor(args.after) : null;
    const params: unknown[] = [viewer.orgId, first + 1];
    if (after) params.push(after.createdAt, after.id);
    const rows = await this.db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM jobs WHERE org_id = $1 ${after ? 'AND (created_at, id) < ($3::timestamptz, $4::uuid)' : ''}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    const page = rows.slice(0, first).map(toJob);
    for (const job of page) this.byId.prime(job.id, job);
    const edges = page.map((node) => ({ node, cursor: encodeCursor({ createdAt: node.createdAt.toISOString(), id: node.id }) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => {
        const [row] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE org_id = $1', [viewer.orgId]);
        return row?.n ?? 0;
      },
    };
  }
}
