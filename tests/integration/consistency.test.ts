import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatConsistencyReport, runConsistency } from '../../data/consistency.ts';
import { TALENT_GRAPH_LABEL, TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { realStoreEnv } from '../support/cli-env.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

function consistencyCli(t: TestStack, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'data/cli/consistency.ts', ...args], {
    env: realStoreEnv(t.config),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(STACK_MODES)('npm run consistency ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode, { talents: 8 });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)(
    'finds a deleted search document, a wrong vector version, an extra graph node, an erased talent, a lost and a stray relationship, repairs them and finds none left',
    async () => {
      const { stores, embedder } = t.stack.runtime.data;
      const clean = await runConsistency(t.stack.runtime.data);
      expect(clean.remaining).toBe(0);
      expect(clean.talents).toBeGreaterThanOrEqual(8);

      const ids = (await stores.relational.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 ORDER BY id', [t.orgId])).map(
        (r) => r.id,
      );
      const [lostDocument, wrongVector, erased] = ids;
      const relate = async (from: string, to: string, type: string) =>
        (
          await t.request<{ addRelationship: { id: string } }>(
            'mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }',
            {
              input: { fromTalentId: from, toTalentId: to, type },
            },
          )
        ).body.data!.addRelationship.id;
      const lostRelation = await relate(ids[3]!, ids[4]!, 'KNOWS');
      await relate(ids[5]!, ids[6]!, 'MANAGED');
      await t.stack.runtime.data.projector.drainUntilIdle();
      expect((await runConsistency(t.stack.runtime.data)).remaining).toBe(0);
      if (mode === 'real') {
        // A document Elasticsearch lost (what this repairs) leaves no trace; one deleted through the API
        // leaves its version behind for index.gc_deletes (60 s), which would refuse re-adding that version.
        const index = `${t.config.namespace}_${TALENT_SEARCH_INDEX.name}`.toLowerCase();
        const response = await fetch(`${t.config.stores.elasticsearch!.url}/${index}/_settings`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ index: { gc_deletes: '0s' } }),
        });
        expect(response.status).toBe(200);
      }
      // Corrupt each projection on purpose, behind the projector's back.
      await stores.search.remove(TALENT_SEARCH_INDEX.name, t.orgId, [lostDocument!]);
      const [vector] = await embedder.embed(['a vector from the future'], 'passage');
      await stores.vector.upsert(TALENT_VECTOR_COLLECTION, [
        { id: wrongVector!, orgId: t.orgId, version: 7, vector: vector!, props: { name: 'stale' } },
      ]);
      const stray = randomUUID();
      await stores.graph.upsert([
        { node: { label: TALENT_GRAPH_LABEL, id: stray, orgId: t.orgId, version: 1, props: { name: 'Nobody' } }, edges: [] },
      ]);
      await stores.relational.query(`UPDATE talents SET status = 'ERASED' WHERE id = $1`, [erased]);
      await stores.graph.removeRelations(t.orgId, ['KNOWS'], [lostRelation]);
      const strayRelation = randomUUID();
      await stores.graph.upsertRelations([
        {
          id: strayRelation,
          orgId: t.orgId,
          version: 1,
          label: TALENT_GRAPH_LABEL,
          fromId: ids[6]!,
          toId: ids[7]!,
          type: 'KNOWS',
          props: {},
        },
      ]);

      const found = await runConsistency(t.stack.runtime.data);
      expect(found.stores.search.differences).toEqual({ missing: 1, stale: 0, extra: 1 });
      expect(found.stores.vector.differences).toEqual({ missing: 0, stale: 1, extra: 1 });
      expect(found.stores.graph.differences).toEqual({ missing: 0, stale: 0, extra: 2 });
      expect(found.stores.relationships.differences).toEqual({ missing: 1, stale: 0, extra: 1 });
      expect(found.stores.relationships.samples.map((d) => d.id).sort()).toEqual([lostRelation, strayRelation].sort());
      expect(found.remaining).toBe(8);
      expect(found.stores.graph.samples.map((d) => d.id).sort()).toEqual([erased, stray].sort());
      expect(found.stores.vector.samples).toContainEqual(
        expect.objectContaining({ id: wrongVector, kind: 'stale', projectedVersion: 7, sourceVersion: 1 }),
      );
      const text = formatConsistencyReport(found);
      expect(text).toContain(`missing talent ${lostDocument}`);
      expect(text).toContain(`missing relationship ${lostRelation}`);
      expect(text).toContain('8 difference(s) left; run with --repair to fix them');

      if (mode === 'real') {
        // The command itself, in its own process: exit 1 while differences remain, 0 after --repair.
        const check = consistencyCli(t);
        expect(check.stderr).toBe('');
        expect(check.status).toBe(1);
        expect(check.stdout).toContain('search (elasticsearch): 2 difference(s): 1 missing, 0 stale, 1 extra');
        const repaired = consistencyCli(t, ['--repair']);
        expect(repaired.status).toBe(0);
        expect(repaired.stdout).toContain('no differences left');
      } else {
        // Embedded: the CLI would need Looma stopped (one process owns PGlite); the same function in process.
        const repaired = await runConsistency(t.stack.runtime.data, { repair: true });
        expect(repaired.remaining).toBe(0);
        expect(repaired.stores.graph.repaired).toBe(2);
      }

      const after = await runConsistency(t.stack.runtime.data);
      expect(after.remaining).toBe(0);
      expect((await stores.graph.getNodes(TALENT_GRAPH_LABEL, t.orgId, [stray, erased!])).size).toBe(0);
      expect((await stores.search.get(TALENT_SEARCH_INDEX.name, t.orgId, [lostDocument!])).get(lostDocument!)?.version).toBe(1);
      expect(
        (await stores.vector.get(TALENT_VECTOR_COLLECTION, t.orgId, [wrongVector!], { vectors: false })).get(wrongVector!)?.version,
      ).toBe(1);
      const relations = await stores.graph.relationsOf(TALENT_GRAPH_LABEL, t.orgId, [ids[3]!, ids[6]!], ['KNOWS', 'MANAGED']);
      expect(relations.get(ids[3]!)?.map((r) => r.id)).toEqual([lostRelation]);
      expect(relations.get(ids[6]!)?.map((r) => r.id)).toEqual([expect.any(String)]);
    },
    240_000,
  );

  it.runIf(available)(
    'counts a talent whose outbox event is still pending as in flight, not as drift',
    async () => {
      const created = await t.request<{ createTalent: { id: string } }>(
        'mutation { createTalent(input: { name: "Not Yet Projected" }) { id } }',
      );
      const id = created.body.data!.createTalent.id;
      const report = await runConsistency(t.stack.runtime.data);
      expect(report.inFlight).toBe(1);
      expect(report.remaining).toBe(0);
      await t.stack.runtime.data.projector.drainUntilIdle();
      const drained = await runConsistency(t.stack.runtime.data);
      expect(drained.inFlight).toBe(0);
      expect(drained.remaining).toBe(0);
      expect((await t.stack.runtime.data.stores.graph.getNodes(TALENT_GRAPH_LABEL, t.orgId, [id])).size).toBe(1);
    },
    120_000,
  );
});
