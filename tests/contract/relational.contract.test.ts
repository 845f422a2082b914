import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../data/migrate.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { relationalCases } from '../support/adapters.ts';

describe.each(relationalCases)('relational port contract: $name', ({ available, open }) => {
  let store: RelationalStore;
  const orgId = randomUUID();

  beforeAll(async () => {
    if (!available) return;
    store = await open();
    await migrate(store, ['core']);
    await store.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [orgId, `org-${orgId}`, 'Contract Org']);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it.runIf(available)('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it.runIf(available)('applies migrations once and records them', async () => {
    expect(await migrate(store, ['core'])).toEqual([]);
    const rows = await store.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toContain('core/0001_core.sql');
  });

  it.runIf(available)('round-trips text arrays, json and unicode', async () => {
    const [row] = await store.query<{ id: string; skills: string[]; name: string }>(
      'INSERT INTO talents (org_id, name, skills) VALUES ($1, $2, $3) RETURNING id, skills, name',
      [orgId, '王小明', ['go', 'C++']],
    );
    expect(row?.skills).toEqual(['go', 'C++']);
    expect(row?.name).toBe('王小明');
    const [event] = await store.query<{ payload: { a: number[] } }>(
      `INSERT INTO outbox (org_id, aggregate_type, aggregate_id, aggregate_version, event_type, payload)
       VALUES ($1, 'talent', $2, 1, 'test', $3) RETURNING payload`,
      [orgId, row!.id, JSON.stringify({ a: [1, 2] })],
    );
    expect(event?.payload).toEqual({ a: [1, 2] });
  });

  it.runIf(available)('commits a transaction that resolves and rolls back one that throws', async () => {
    await store.transaction(async (tx) => {
      await tx.query('INSERT INTO talents (org_id, name) VALUES ($1, $2)', [orgId, 'Committed']);
    });
    await expect(
      store.transaction(async (tx) => {
        await tx.query('INSERT INTO talents (org_id, name) VALUES ($1, $2)', [orgId, 'Rolled back']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const names = (await store.query<{ name: string }>('SELECT name FROM talents WHERE org_id = $1', [orgId])).map((r) => r.name);
    expect(names).toContain('Committed');
    expect(names).not.toContain('Rolled back');
  });

  it.runIf(available)('claims rows with FOR UPDATE SKIP LOCKED', async () => {
    const rows = await store.transaction((tx) =>
      tx.query<{ id: string }>(`SELECT id FROM talents WHERE org_id = $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`, [orgId]),
    );
    expect(rows).toHaveLength(1);
  });

  it.runIf(available)('reports SQL errors with their Postgres code', async () => {
    await expect(store.query('INSERT INTO talents (org_id, name) VALUES ($1, $2)', [randomUUID(), 'No org'])).rejects.toMatchObject({
      code: '23503',
    });
  });
});
