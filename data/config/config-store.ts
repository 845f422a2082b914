import type { SqlExecutor } from '../ports.ts';
import type { Settings } from './settings.ts';

/** One immutable version of a scope's configuration document. */
export interface ConfigVersionRecord {
  /** The row's bigint, increasing across every scope: watchers read what is newer than the last they saw. */
  id: string;
  /** `default`, `service:<name>` or `org:<uuid>`. */
  scope: string;
  version: number;
  values: Settings;
  author: string;
  comment: string | null;
  /** The version whose values a rollback copied; null for a change. */
  rolledBackTo: number | null;
  createdAt: Date;
}

export interface NewConfigVersion {
  scope: string;
  /** The version the writer saw (0: none yet); the new one is that plus one. */
  expectedVersion: number;
  values: Settings;
  author: string;
  comment: string | null;
  rolledBackTo: number | null;
}

interface ConfigRow {
  id: string;
  scope: string;
  version: number;
  values: Settings;
  author: string;
  comment: string | null;
  rolled_back_to: number | null;
  created_at: Date | string;
}

const COLUMNS = 'id::text AS id, scope, version, "values", author, comment, rolled_back_to, created_at';

const toRecord = (row: ConfigRow): ConfigVersionRecord => ({
  id: row.id,
  scope: row.scope,
  version: row.version,
  values: typeof row.values === 'string' ? (JSON.parse(row.values) as Settings) : row.values,
  author: row.author,
  comment: row.comment,
  rolledBackTo: row.rolled_back_to,
  createdAt: new Date(row.created_at),
});

/**
 * `config_versions`: the one owner of its SQL (the configuration service writes and pages it, every
 * service's config watcher reads it). Versions are appended, never changed (a trigger refuses it).
 */
export class ConfigStore {
  private readonly db: SqlExecutor;

  constructor(db: SqlExecutor) {
    this.db = db;
  }

  /** The scope's newest version, or null when it has none. */
  async latest(scope: string): Promise<ConfigVersionRecord | null> {
    const [row] = await this.db.query<ConfigRow>(`SELECT ${COLUMNS} FROM config_versions WHERE scope = $1 ORDER BY version DESC LIMIT 1`, [
      scope,
    ]);
    return row ? toRecord(row) : null;
  }

  async version(scope: string, version: number): Promise<ConfigVersionRecord | null> {
    const [row] = await this.db.query<ConfigRow>(`SELECT ${COLUMNS} FROM config_versions WHERE scope = $1 AND version = $2`, [
      scope,
      version,
    ]);
    return row ? toRecord(row) : null;
  }

  /** Up to `limit` versions of the scope below `beforeVersion` (all when null), newest first. */
  async history(scope: string, limit: number, beforeVersion: number | null): Promise<ConfigVersionRecord[]> {
    const rows = await this.db.query<ConfigRow>(
      `SELECT ${COLUMNS} FROM config_versions WHERE scope = $1 AND ($2::int IS NULL OR version < $2::int)
       ORDER BY version DESC LIMIT $3`,
      [scope, beforeVersion, limit],
    );
    return rows.map(toRecord);
  }

  async count(scope: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM config_versions WHERE scope = $1', [scope]);
    return row?.n ?? 0;
  }

  /**
   * Appends version `expectedVersion + 1` when the scope's newest is still `expectedVersion`; null
   * when it is not (another writer was first: the unique (scope, version) lets one of two racing
   * writers in, the other inserts nothing). Run it in the transaction that records the audit entry.
   */
  async append(tx: SqlExecutor, next: NewConfigVersion): Promise<ConfigVersionRecord | null> {
    const [row] = await tx.query<ConfigRow>(
      `INSERT INTO config_versions (scope, version, "values", author, comment, rolled_back_to)
       SELECT $1, $2::int + 1, $3::jsonb, $4, $5, $6
       WHERE coalesce((SELECT max(version) FROM config_versions WHERE scope = $1), 0) = $2::int
       ON CONFLICT (scope, version) DO NOTHING
       RETURNING ${COLUMNS}`,
      [next.scope, next.expectedVersion, JSON.stringify(next.values), next.author, next.comment, next.rolledBackTo],
    );
    return row ? toRecord(row) : null;
  }

  /** The newest version of every scope (what a watcher starts from). */
  async currentOfEveryScope(): Promise<ConfigVersionRecord[]> {
    const rows = await this.db.query<ConfigRow>(`SELECT DISTINCT ON (scope) ${COLUMNS} FROM config_versions ORDER BY scope, version DESC`);
    return rows.map(toRecord);
  }

  /** Versions written after the row `afterId` (a watcher's catch-up: usually none), oldest first. */
  async since(afterId: string): Promise<ConfigVersionRecord[]> {
    const rows = await this.db.query<ConfigRow>(`SELECT ${COLUMNS} FROM config_versions WHERE id > $1::bigint ORDER BY id`, [afterId]);
    return rows.map(toRecord);
  }
}
