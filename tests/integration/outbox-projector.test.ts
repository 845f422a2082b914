import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Projector } from '../../data/projector.ts';
import {
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
  talentProjection,
} from '../../data/projections/talent-projection.ts';
import { registry } from '../../platform/metrics.ts';
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

  it.runIf(available)('commits the event with the write, survives a store failing mid-batch, and ends with exactly one projection per talent', async () => {
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
    await t.stack.runtime.data.stores.relational.query(`UPDATE outbox SET state = 'pending', processed_at = NULL WHERE org_id = $1`, [t.orgId]);
    expect((await projector.drainUntilIdle()).done).toBe(25);
    expect(await projectionCounts()).toEqual({ graph: 25, vector: 25, search: 25 });

    const { stores } = t.stack.runtime.data;
    const skills = await stores.graph.neighbors(TALENT_GRAPH_LABEL, t.orgId, ids, 'HAS_SKILL');
    expect(ids.every((id) => skills.get(id)?.length === 2)).toBe(true);
    const vectors = await stores.vector.get(TALENT_VECTOR_COLLECTION, t.orgId, ids);
    const documents = await stores.search.get(TALENT_SEARCH_INDEX.name, t.orgId, ids);
    expect([...vectors.values()].every((v) => v.version === 1)).toBe(true);
    expect([...documents.values()].map((d) => d.fields.name).sort()).toEqual(ids.map((_, i) => `Outbox Person ${i}`).sort());
  });

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
    const status = await t.request<{ outboxStatus: { pending: number; dead: number } }>('{ outboxStatus { pending dead } }', {}, { token: t.token(['ADMIN']) });
    expect(status.body.data?.outboxStatus).toMatchObject({ pending: 0, dead: 1 });
  });

  it.runIf(available)('lets two projectors share the outbox without applying an event twice', async () => {
    const { stores, embedder, projector } = t.stack.runtime.data;
    const second = new Projector(stores.relational, t.config.projector, t.stack.runtime.logger).register(talentProjection(stores, embedder));
    for (let i = 0; i < 12; i++) {
      await t.request('mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }', { input: { name: `Shared ${i}` } });
    }
    const [a, b] = await Promise.all([projector.drainOnce(), second.drainOnce()]);
    expect(a.claimed + b.claimed).toBe(12);
    expect(await projectionCounts()).toEqual({ graph: 37, vector: 37, search: 37 });
  });
});
