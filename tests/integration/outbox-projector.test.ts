import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEASE_EXPIRED, Projector } from '../../data/projector.ts';
import {
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
  talentProjection,
} from '../../data/projections/talent-projection.ts';
import { registry } from '../../platform/metrics.ts';
import { realStoreEnv } from '../support/cli-env.ts';
import { watchProcess } from '../support/service-process.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes the search store refuse writes for real, then takes the refusal back: the embedded store
 * loses its table for a while; Elasticsearch gets its index closed.
 */
function searchRefusal(t: TestStack) {
  const { stores } = t.stack.runtime.data;
  if (stores.search.adapter === 'pg-fulltext') {
    const db = stores.relational;
    return {
      refuse: () => db.query('ALTER TABLE search_documents RENAME TO search_documents_refused'),
      recover: () => db.query('ALTER TABLE search_documents_refused RENAME TO search_documents'),
    };
  }
  const index = `${t.config.namespace}_${TALENT_SEARCH_INDEX.name}`.toLowerCase();
  const call = async (action: '_close' | '_open') => {
    const response = await fetch(`${t.config.stores.elasticsearch!.url}/${index}/${action}`, { method: 'POST' });
    if (!response.ok) throw new Error(`${action} ${index}: ${response.status} ${await response.text()}`);
  };
  return { refuse: () => call('_close'), recover: () => call('_open') };
}

describe.each(STACK_MODES)('transactional outbox and projector ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) {
      t = await startTestStack(mode, { env: { PROJECTOR_RETRY_BASE_MS: '20', PROJECTOR_MAX_ATTEMPTS: '3', PROJECTOR_BATCH_SIZE: '50' } });
    }
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  async function outboxStates(): Promise<Record<string, number>> {
    const rows = await t.stack.runtime.data.stores.relational.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM outbox WHERE org_id = $1 GROUP BY state',
      [t.orgId],
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  async function projectionCounts() {
    const { stores } = t.stack.runtime.data;
    await stores.search.refresh(TALENT_SEARCH_INDEX.name);
    return {
      graph: await stores.graph.count(TALENT_GRAPH_LABEL, t.orgId),
      vector: await stores.vector.count(TALENT_VECTOR_COLLECTION, t.orgId),
      search: await stores.search.count(TALENT_SEARCH_INDEX.name, t.orgId),
    };
  }

  it.runIf(available)(
    'commits the event with the write, survives a store failing mid-batch, and ends with exactly one projection per talent',
    async () => {
      const ids: string[] = [];
      for (let i = 0; i < 25; i++) {
        const response = await t.request<{ createTalent: { id: string } }>(
          'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
          { input: { name: `Outbox Person ${i}`, headline: i % 2 ? '后端工程师' : 'Backend engineer', skills: ['Go', `skill-${i % 4}`] } },
        );
        ids.push(response.body.data!.createTalent.id);
      }
      expect(await outboxStates()).toEqual({ pending: 25 });

      const refusal = searchRefusal(t);
      const { projector } = t.stack.runtime.data;
      await refusal.refuse();
      try {
        const failed = await projector.drainOnce();
        expect(failed).toMatchObject({ claimed: 25, done: 0, retried: 25, dead: 0 });
      } finally {
        await refusal.recover();
      }
      // Mid-batch: graph and vector took the batch, search did not; every event waits for its retry.
      expect(await projectionCounts()).toEqual({ graph: 25, vector: 25, search: 0 });
      expect(await outboxStates()).toEqual({ pending: 25 });

      await sleep(100); // past the retry delay
      const recovered = await projector.drainUntilIdle();
      expect(recovered.done).toBe(25);
      expect(await outboxStates()).toEqual({ done: 25 });
      expect(await projectionCounts()).toEqual({ graph: 25, vector: 25, search: 25 });

      // At-least-once delivery: every event again (a projector that died before marking them done).
      await t.stack.runtime.data.stores.relational.query(`UPDATE outbox SET state = 'pending', processed_at = NULL WHERE org_id = $1`, [
        t.orgId,
      ]);
      expect((await projector.drainUntilIdle()).done).toBe(25);
      expect(await projectionCounts()).toEqual({ graph: 25, vector: 25, search: 25 });

      const { stores } = t.stack.runtime.data;
      const skills = await stores.graph.neighbors(TALENT_GRAPH_LABEL, t.orgId, ids, 'HAS_SKILL');
      expect(ids.every((id) => skills.get(id)?.length === 2)).toBe(true);
      const vectors = await stores.vector.get(TALENT_VECTOR_COLLECTION, t.orgId, ids);
      const documents = await stores.search.get(TALENT_SEARCH_INDEX.name, t.orgId, ids);
      expect([...vectors.values()].every((v) => v.version === 1)).toBe(true);
      expect([...documents.values()].map((d) => d.fields.name).sort()).toEqual(ids.map((_, i) => `Outbox Person ${i}`).sort());
    },
  );

  it.runIf(available)('parks a poison event as dead after its attempts and reports it in the lag metric', async () => {
    const { stores, projector } = t.stack.runtime.data;
    await stores.relational.query(
      `INSERT INTO outbox (org_id, aggregate_type, aggregate_id, aggregate_version, event_type, payload)
       VALUES ($1, 'mystery', gen_random_uuid(), 1, 'mystery.upserted', '{}')`,
      [t.orgId],
    );
    for (let i = 0; i < 20 && (await outboxStates()).dead !== 1; i++) {
      await projector.drainUntilIdle();
      await sleep(60);
    }
    expect((await outboxStates()).dead).toBe(1);
    const [dead] = await stores.relational.query<{ attempts: number; last_error: string }>(
      `SELECT attempts, last_error FROM outbox WHERE org_id = $1 AND state = 'dead'`,
      [t.orgId],
    );
    expect(dead).toEqual({ attempts: 3, last_error: 'no projection handler for aggregate type mystery' });
    await projector.drainUntilIdle();
    const metrics = await registry.getSingleMetricAsString('looma_outbox_lag_events');
    expect(metrics).toContain('looma_outbox_lag_events{state="dead"} 1');
    // The backlog spans organisations: an operator's (ADMIN's) view.
    const status = await t.request<{ outboxStatus: { pending: number; dead: number } }>(
      '{ outboxStatus { pending dead } }',
      {},
      { token: t.token(['ADMIN']) },
    );
    expect(status.body.data?.outboxStatus).toMatchObject({ pending: 0, dead: 1 });
  });

  it.runIf(available)('lets two projectors share the outbox without applying an event twice', async () => {
    const { stores, embedder, projector } = t.stack.runtime.data;
    const second = new Projector(stores.relational, t.config.projector, t.stack.runtime.logger).register(
      talentProjection(stores, embedder),
    );
    for (let i = 0; i < 12; i++) {
      await t.request('mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }', { input: { name: `Shared ${i}` } });
    }
    const [a, b] = await Promise.all([projector.drainOnce(), second.drainOnce()]);
    expect(a.claimed + b.claimed).toBe(12);
    expect(await projectionCounts()).toEqual({ graph: 37, vector: 37, search: 37 });
  });

  it.runIf(available)(
    'takes over the batch of a projector killed mid-batch once its lease runs out, each event applied once in effect',
    async () => {
      const { stores, embedder } = t.stack.runtime.data;
      const leaseMs = 2_000;
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await t.request<{ createTalent: { id: string } }>(
          'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
          {
            input: { name: `Orphaned ${i}`, skills: ['Rust'] },
          },
        );
        ids.push(response.body.data!.createTalent.id);
      }
      const claimedAt = Date.now();
      if (mode === 'real') {
        // A projector of its own process claims the batch, writes the graph, and is killed with SIGKILL before the rest.
        const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/projector-that-dies.ts'], {
          env: realStoreEnv(t.config, { PROJECTOR_LEASE_MS: String(leaseMs), PROJECTOR_BATCH_SIZE: '50' }),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        // Its end before the test kills it (a crash included) fails at once, with its stderr; never retried: a claim of a dead projector may stand.
        const dying = watchProcess('projector-that-dies', child);
        for (let i = 0; i < 600 && !dying.stdout().includes('claimed') && !dying.exit(); i++) await sleep(100);
        await dying.checkRunning('before the test killed it');
        child.kill('SIGKILL');
        await dying.ended;
        expect(dying.stdout()).toContain('claimed 6');
      } else {
        // Embedded (one process owns PGlite): a claim whose projector never completes, as if it had died.
        const handler = talentProjection(stores, embedder);
        const stuck = new Projector(stores.relational, { ...t.config.projector, leaseMs }, t.stack.runtime.logger).register({
          ...handler,
          targets: {
            ...handler.targets,
            graph: {
              upsert: (s) => handler.targets.graph!.upsert(s).then(() => new Promise<never>(() => undefined)),
              remove: handler.targets.graph!.remove,
            },
          },
        });
        void stuck.drainOnce();
        for (let i = 0; i < 100 && (await stores.graph.getNodes(TALENT_GRAPH_LABEL, t.orgId, ids)).size < ids.length; i++) await sleep(50);
      }
      // Mid-batch: the graph has the talents, vector and search do not; the events are leased, not done.
      expect((await stores.graph.getNodes(TALENT_GRAPH_LABEL, t.orgId, ids)).size).toBe(6);
      expect((await stores.vector.get(TALENT_VECTOR_COLLECTION, t.orgId, ids, { vectors: false })).size).toBe(0);
      const leased = await stores.relational.query<{ state: string; attempts: number; leased: boolean }>(
        'SELECT state, attempts, leased_until > now() AS leased FROM outbox WHERE aggregate_id = ANY ($1::uuid[])',
        [ids],
      );
      expect(leased.map((r) => r.state)).toEqual(Array(6).fill('pending'));

      // Another projector: nothing to take while the lease runs, the whole batch once it has run out.
      const successor = new Projector(stores.relational, { ...t.config.projector, leaseMs }, t.stack.runtime.logger).register(
        talentProjection(stores, embedder),
      );
      if (Date.now() - claimedAt < leaseMs - 500) expect((await successor.drainOnce()).claimed).toBe(0);
      await sleep(Math.max(0, claimedAt + leaseMs + 200 - Date.now()));
      let taken = { claimed: 0, done: 0, retried: 0, dead: 0 };
      for (let i = 0; i < 100 && taken.claimed === 0; i++) {
        taken = await successor.drainOnce();
        if (taken.claimed === 0) await sleep(100);
      }
      expect(taken).toMatchObject({ claimed: 6, done: 6, retried: 0, dead: 0 });
      // The takeover counts as the dead projector's failed attempt (see the next test for why).
      const done = await stores.relational.query<{ state: string; attempts: number }>(
        'SELECT state, attempts FROM outbox WHERE aggregate_id = ANY ($1::uuid[])',
        [ids],
      );
      expect(done).toEqual(Array(6).fill({ state: 'done', attempts: 1 }));
      // Once in effect: one node, vector and document per talent, each at the talent's version.
      expect(await projectionCounts()).toEqual({ graph: 43, vector: 43, search: 43 });
      const nodes = await stores.graph.getNodes(TALENT_GRAPH_LABEL, t.orgId, ids);
      const vectors = await stores.vector.get(TALENT_VECTOR_COLLECTION, t.orgId, ids, { vectors: false });
      const documents = await stores.search.get(TALENT_SEARCH_INDEX.name, t.orgId, ids);
      for (const id of ids) expect([nodes.get(id)?.version, vectors.get(id)?.version, documents.get(id)?.version]).toEqual([1, 1, 1]);
    },
    180_000,
  );

  it.runIf(available)(
    'parks as dead a batch whose projectors all die on it, instead of handing it on forever',
    async () => {
      const { stores, embedder } = t.stack.runtime.data;
      const options = { ...t.config.projector, leaseMs: 1_000, maxAttempts: 2 };
      const [event] = await stores.relational.query<{ id: string }>(
        `INSERT INTO outbox (org_id, aggregate_type, aggregate_id, aggregate_version, event_type, payload)
       VALUES ($1, 'talent', gen_random_uuid(), 1, 'talent.deleted', '{}') RETURNING id`,
        [t.orgId],
      );
      // Each projector claims it and never finishes (the embedded stand-in for a process killed on it).
      const dying = () => {
        const handler = talentProjection(stores, embedder);
        return new Projector(stores.relational, options, t.stack.runtime.logger).register({
          ...handler,
          targets: { graph: { upsert: handler.targets.graph!.upsert, remove: () => new Promise<never>(() => undefined) } },
        });
      };
      const states: { state: string; attempts: number; last_error: string | null }[] = [];
      for (let round = 0; round < 3; round++) {
        void dying().drainOnce();
        await sleep(1_300); // past the lease
        const [row] = await stores.relational.query<{ state: string; attempts: number; last_error: string | null }>(
          'SELECT state, attempts, last_error FROM outbox WHERE id = $1',
          [event!.id],
        );
        states.push(row!);
      }
      expect(states.map((s) => [s.state, s.attempts])).toEqual([
        ['pending', 0],
        ['pending', 1],
        ['dead', 2],
      ]);
      expect(states[2]!.last_error).toBe(LEASE_EXPIRED);
    },
    60_000,
  );

  it.runIf(available)(
    "tells the event's handler (onDead) before parking it as dead, by its retries or by lease takeovers; an onDead that fails costs no attempt",
    async () => {
      const { stores } = t.stack.runtime.data;
      const told: string[][] = [];
      let onDeadFails = true;
      const probe = (upsert: () => Promise<void>, options: Partial<typeof t.config.projector> = {}) =>
        new Projector(
          stores.relational,
          { ...t.config.projector, maxAttempts: 2, retryBaseMs: 1, ...options },
          t.stack.runtime.logger,
        ).register({
          aggregateType: 'probe',
          targets: { graph: { upsert, remove: () => Promise.resolve() } },
          onDead: async (orgIds) => {
            if (onDeadFails) throw new Error('cache down');
            told.push(orgIds);
          },
        });
      const insert = async () =>
        (
          await stores.relational.query<{ id: string }>(
            `INSERT INTO outbox (org_id, aggregate_type, aggregate_id, aggregate_version, event_type, payload)
             VALUES ($1, 'probe', gen_random_uuid(), 1, 'probe.upserted', '{}') RETURNING id`,
            [t.orgId],
          )
        )[0]!.id;
      const row = async (id: string) =>
        (
          await stores.relational.query<{ state: string; attempts: number; last_error: string }>(
            'SELECT state, attempts, last_error FROM outbox WHERE id = $1',
            [id],
          )
        )[0]!;
      const until = async (id: string, projector: Projector, done: (r: Awaited<ReturnType<typeof row>>) => boolean) => {
        for (let i = 0; i < 100 && !done(await row(id)); i++) {
          await projector.drainOnce();
          await sleep(20);
        }
        return row(id);
      };

      // Retries: the second failure would park it; onDead fails, so it waits, its attempts unchanged.
      const failing = probe(() => Promise.reject(new Error('unreadable')));
      const retried = await insert();
      const waiting = await until(retried, failing, (r) => r.last_error?.includes('onDead') ?? false);
      expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
      expect(waiting.last_error).toBe('graph: unreadable; onDead: cache down');
      expect(told).toEqual([]);
      onDeadFails = false;
      expect(await until(retried, failing, (r) => r.state === 'dead')).toMatchObject({ state: 'dead', attempts: 2 });
      expect(told).toEqual([[t.orgId]]);

      // Lease takeovers: parked by the claim itself, and told then.
      const leased = await insert();
      for (let round = 0; round < 3; round++) {
        void probe(() => new Promise<never>(() => undefined), { leaseMs: 1_000 }).drainOnce();
        await sleep(1_300); // past the lease
      }
      expect(await row(leased)).toMatchObject({ state: 'dead', attempts: 2, last_error: LEASE_EXPIRED });
      expect(told).toEqual([[t.orgId], [t.orgId]]);
    },
    60_000,
  );
});
