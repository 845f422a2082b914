import type { SqlExecutor } from '../ports.ts';

/** An organisation as identity shows it (mappers map it onto the GraphQL Org). */
export interface OrgRecord {
  id: string;
  name: string;
  slug: string;
}

/**
 * The one owner of `orgs`: its SQL, nothing of a viewer. Identity creates and reads organisations,
 * the demo seed and the data CLIs make sure theirs exists, the talent subgraph locks one against
 * concurrent pipeline changes and the projection tools list them; each calls this module, whichever
 * layer it is in. Every function takes the executor it runs on (the store or the caller's transaction).
 */
export const orgStore = {
  async insert(db: SqlExecutor, org: OrgRecord): Promise<void> {
    await db.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [org.id, org.slug, org.name]);
  },

  /** Creates the organisation unless one with its id exists; idempotent (seeds of either subgraph may run first). */
  async insertIfAbsent(db: SqlExecutor, org: OrgRecord): Promise<void> {
    await db.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [org.id, org.slug, org.name]);
  },

  async byId(db: SqlExecutor, id: string): Promise<OrgRecord | null> {
    const [row] = await db.query<OrgRecord>('SELECT id, name, slug FROM orgs WHERE id = $1', [id]);
    return row ?? null;
  },

  async exists(db: SqlExecutor, id: string): Promise<boolean> {
    const [found] = await db.query('SELECT 1 FROM orgs WHERE id = $1', [id]);
    return found !== undefined;
  },

  /** Which of `ids` (uuids) are organisations of this database. */
  async existingIds(db: SqlExecutor, ids: readonly string[]): Promise<Set<string>> {
    const rows = await db.query<{ id: string }>('SELECT id FROM orgs WHERE id = ANY ($1::uuid[])', [[...ids]]);
    return new Set(rows.map((r) => r.id));
  },

  /** Every organisation's id, in id order. */
  async allIds(db: SqlExecutor): Promise<string[]> {
    const rows = await db.query<{ id: string }>('SELECT id FROM orgs ORDER BY id');
    return rows.map((r) => r.id);
  },

  /** Holds the organisation row FOR UPDATE until the caller's transaction ends. */
  async lockForUpdate(tx: SqlExecutor, id: string): Promise<void> {
    await tx.query('SELECT 1 FROM orgs WHERE id = $1 FOR UPDATE', [id]);
  },
};
