import type { RelationalStore } from '../ports.ts';
import { SchemaStore } from './schema-store.ts';

export type InstanceState = 'STARTING' | 'HEALTHY' | 'DEGRADED' | 'UNHEALTHY' | 'DRAINING';

export interface NewInstance {
  id: string;
  service: string;
  url: string;
  version: string;
  schemaHash: string;
  capacity: number;
  /** A subgraph's SDL, kept in `service_schemas` (schema-store.ts) for the control plane's composer; none for the gateway. */
  sdl?: string;
}

export interface InstanceRecord extends NewInstance {
  state: InstanceState;
  registeredAt: Date;
  lastHeartbeatAt: Date;
  /** Whether the last heartbeat is younger than the lease's TTL (by the database's clock). */
  leaseAlive: boolean;
}

export interface RegistryEvent {
  id: string;
  instance: string;
  kind: string;
  fromState: InstanceState | null;
  toState: InstanceState | null;
  at: Date;
  detail: string | null;
}

interface InstanceRow {
  id: string;
  service: string;
  url: string;
  version: string;
  schema_hash: string;
  capacity: number;
  state: InstanceState;
  registered_at: Date;
  last_heartbeat_at: Date;
  lease_alive: boolean;
}

interface EventRow {
  id: string | number;
  instance: string;
  kind: string;
  from_state: InstanceState | null;
  to_state: InstanceState | null;
  at: Date;
  detail: string | null;
}

const INSTANCE_COLUMNS = `id, service, url, version, schema_hash, capacity, state, registered_at, last_heartbeat_at,
  last_heartbeat_at > now() - make_interval(secs => $1) AS lease_alive`;

/** `service_instances` and `registry_events`: the one owner of their SQL. Platform-wide rows (no org_id). */
export class RegistryStore {
  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  async register(instance: NewInstance): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO service_instances (id, service, url, version, schema_hash, capacity, state)
         VALUES ($1, $2, $3, $4, $5, $6, 'STARTING')
         ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, last_heartbeat_at = date_trunc('milliseconds', clock_timestamp()), deregistered_at = NULL`,
        [instance.id, instance.service, instance.url, instance.version, instance.schemaHash, instance.capacity],
      );
      if (instance.sdl !== undefined) await new SchemaStore(this.db).save(instance.service, instance.sdl, tx);
      await tx.query(`INSERT INTO registry_events (instance, kind, to_state, detail) VALUES ($1, 'registered', 'STARTING', $2)`, [
        instance.id,
        `${instance.service} at ${instance.url}`,
      ]);
    });
  }

  /** Renews the lease; answers the instance's state (DRAINING when an operator drained it), or null once it is gone. */
  async heartbeat(id: string): Promise<InstanceState | null> {
    const [row] = await this.db.query<{ state: InstanceState }>(
      `UPDATE service_instances SET last_heartbeat_at = date_trunc('milliseconds', clock_timestamp())
       WHERE id = $1 AND deregistered_at IS NULL RETURNING state`,
      [id],
    );
    return row?.state ?? null;
  }

  /** The instances not deregistered, by service and age. */
  async live(ttlMs: number): Promise<InstanceRecord[]> {
    const rows = await this.db.query<InstanceRow>(
      `SELECT ${INSTANCE_COLUMNS} FROM service_instances WHERE deregistered_at IS NULL ORDER BY service, registered_at, id`,
      [ttlMs / 1000],
    );
    return rows.map(toInstance);
  }

  /**
   * The instances a gateway may route to: not deregistered, lease alive, and STARTING, HEALTHY or
   * DEGRADED. STARTING routes: an instance registers only once it listens (platform/service.ts), and
   * the gateway's breakers eject one that fails; waiting for the first check would delay every new
   * instance by a check interval.
   */
  async routable(ttlMs: number, services?: string | readonly string[]): Promise<InstanceRecord[]> {
    const names = services === undefined ? null : typeof services === 'string' ? [services] : [...services];
    const rows = await this.db.query<InstanceRow>(
      `SELECT ${INSTANCE_COLUMNS} FROM service_instances
       WHERE deregistered_at IS NULL AND state IN ('STARTING', 'HEALTHY', 'DEGRADED')
         AND last_heartbeat_at > now() - make_interval(secs => $1) AND ($2::text[] IS NULL OR service = ANY($2::text[]))
       ORDER BY service, registered_at, id`,
      [ttlMs / 1000, names],
    );
    return rows.map(toInstance);
  }

  async byId(id: string, ttlMs: number): Promise<InstanceRecord | null> {
    const [row] = await this.db.query<InstanceRow>(
      `SELECT ${INSTANCE_COLUMNS} FROM service_instances WHERE id = $2 AND deregistered_at IS NULL`,
      [ttlMs / 1000, id],
    );
    return row ? toInstance(row) : null;
  }

  /**
   * Moves an instance to `to` and records the change; false when it is gone, already there, or (with
   * `expected`) no longer in the state the caller saw (a check never overwrites an operator's drain).
   */
  async changeState(id: string, to: InstanceState, kind: string, detail: string | null = null, expected?: InstanceState): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ state: InstanceState }>(
        'SELECT state FROM service_instances WHERE id = $1 AND deregistered_at IS NULL FOR UPDATE',
        [id],
      );
      if (!row || row.state === to || (expected && row.state !== expected)) return false;
      await tx.query('UPDATE service_instances SET state = $2 WHERE id = $1', [id, to]);
      await tx.query('INSERT INTO registry_events (instance, kind, from_state, to_state, detail) VALUES ($1, $2, $3, $4, $5)', [
        id,
        kind,
        row.state,
        to,
        detail,
      ]);
      return true;
    });
  }

  async deregister(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ state: InstanceState }>(
        `UPDATE service_instances SET deregistered_at = date_trunc('milliseconds', clock_timestamp())
         WHERE id = $1 AND deregistered_at IS NULL RETURNING state`,
        [id],
      );
      if (row) await tx.query(`INSERT INTO registry_events (instance, kind, from_state) VALUES ($1, 'deregistered', $2)`, [id, row.state]);
    });
  }

  /**
   * Deregisters, with a `pruned` event, every instance whose lease lapsed more than `pruneAfterMs` ago
   * (a process killed without deregistering); answers the pruned instances.
   */
  async prune(ttlMs: number, pruneAfterMs: number): Promise<{ id: string; service: string }[]> {
    return this.db.query<{ id: string; service: string }>(
      `WITH pruned AS (
         UPDATE service_instances SET deregistered_at = date_trunc('milliseconds', clock_timestamp())
         WHERE deregistered_at IS NULL AND last_heartbeat_at < now() - make_interval(secs => $1)
         RETURNING id, service, state
       ), recorded AS (
         INSERT INTO registry_events (instance, kind, from_state, detail)
         SELECT id, 'pruned', state, $2 FROM pruned
       )
       SELECT id, service FROM pruned ORDER BY service, id`,
      [(ttlMs + pruneAfterMs) / 1000, `lease lapsed more than ${pruneAfterMs} ms ago`],
    );
  }

  /**
   * Composition refused the instance's schema (supergraph hot reload): a `schema_refused` event with
   * `detail` (the errors) and UNHEALTHY, so nothing routes to it (a DRAINING one stays DRAINING).
   * Once per instance: false when it was refused already or is gone.
   */
  async refuseSchema(id: string, detail: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ state: InstanceState }>(
        'SELECT state FROM service_instances WHERE id = $1 AND deregistered_at IS NULL FOR UPDATE',
        [id],
      );
      if (!row) return false;
      const [seen] = await tx.query("SELECT 1 FROM registry_events WHERE instance = $1 AND kind = 'schema_refused' LIMIT 1", [id]);
      if (seen) return false;
      const to: InstanceState = row.state === 'DRAINING' ? 'DRAINING' : 'UNHEALTHY';
      if (to !== row.state) await tx.query('UPDATE service_instances SET state = $2 WHERE id = $1', [id, to]);
      await tx.query(
        "INSERT INTO registry_events (instance, kind, from_state, to_state, detail) VALUES ($1, 'schema_refused', $2, $3, $4)",
        [id, row.state, to, detail],
      );
      return true;
    });
  }

  /** An event that changes no state (a `supergraph_composed` from the instance that brought the schema). */
  async recordEvent(id: string, kind: string, detail: string): Promise<void> {
    await this.db.query('INSERT INTO registry_events (instance, kind, detail) VALUES ($1, $2, $3)', [id, kind, detail]);
  }

  /** Newest first; `after`: the id of the last event of the previous page. */
  async events(first: number, after: string | null): Promise<RegistryEvent[]> {
    const rows = await this.db.query<EventRow>(
      `SELECT id, instance, kind, from_state, to_state, at, detail FROM registry_events
       WHERE $2::bigint IS NULL OR id < $2::bigint ORDER BY id DESC LIMIT $1`,
      [first, after],
    );
    return rows.map((row) => ({
      id: String(row.id),
      instance: row.instance,
      kind: row.kind,
      fromState: row.from_state,
      toState: row.to_state,
      at: row.at,
      detail: row.detail,
    }));
  }
}

function toInstance(row: InstanceRow): InstanceRecord {
  return {
    id: row.id,
    service: row.service,
    url: row.url,
    version: row.version,
    schemaHash: row.schema_hash,
    capacity: row.capacity,
    state: row.state,
    registeredAt: row.registered_at,
    lastHeartbeatAt: row.last_heartbeat_at,
    leaseAlive: row.lease_alive,
  };
}
