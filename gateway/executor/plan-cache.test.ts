import fs from 'node:fs';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { supergraphForGateway } from '../policy.ts';
import { PlanCache, federationPlanning, type Planning } from './plan-cache.ts';

/**
 * The plan cache does @apollo/gateway's per-request document work once per document, and stays
 * bounded: a stream of distinct operations keeps at most `max` entries, and the heap stops growing.
 */

const supergraph = Supergraph.build(supergraphForGateway(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')));
const apiSchema = supergraph.apiSchema();
const schema = apiSchema.toGraphQLJSSchema();
const planning = federationPlanning(apiSchema, new QueryPlanner(supergraph));

function requestOf(query: string, queryHash: string, operationName?: string) {
  const document = parse(query);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  return { document, operation: operation!, queryHash, request: { operationName } };
}

/** `global.gc` without a command-line flag: V8 exposes it to a new context once the flag is set. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('the plan cache', () => {
  it('plans once per document, and a new object for known text (same hash and name) is a hit', () => {
    const plans = new PlanCache({ schema, planning, max: 10 });
    const query = 'query A { talents(first: 1) { totalCount } } query B { me { id } }';
    const first = requestOf(query, 'h1', 'A');
    const entry = plans.operationOf(first);
    const plan = plans.planOf(entry, first.document, 'A');
    expect(plans.operationOf(first)).toBe(entry);
    expect(plans.planOf(plans.operationOf(first), first.document, 'A')).toBe(plan);
    expect(plans.shapeOf(entry)).toBe(plans.shapeOf(entry));

    const again = requestOf(query, 'h1', 'A');
    expect(plans.operationOf(again)).toBe(entry);
    const other = requestOf(query, 'h1', 'B');
    expect(plans.operationOf(other)).not.toBe(entry);
    expect(plans.planOf(plans.operationOf(other), other.document, 'B')).not.toBe(plan);
    expect(plans.size).toBe(2);
  });

  it('refuses an unresolved operation as @apollo/gateway does, and caches nothing for it', () => {
    const plans = new PlanCache({ schema, planning, max: 10 });
    const ambiguous = requestOf('query A { me { id } } query B { me { id } }', 'h2');
    expect(() => plans.operationOf(ambiguous)).toThrow('Must provide operation name if query contains multiple operations.');
    const unknown = requestOf('query A { me { id } }', 'h3', 'C');
    expect(() => plans.operationOf(unknown)).toThrow('Unknown operation named "C".');
    expect(plans.size).toBe(0);
  });

  it("keeps no entry past its bound while the documents stay alive, as they do in Apollo Server's document store", () => {
    const plans = new PlanCache({ schema, planning, max: 10 });
    const alive = Array.from({ length: 11 }, (_, n) => requestOf(`query Op${n} { talents(first: ${n + 1}) { totalCount } }`, `alive-${n}`));
    const first = plans.operationOf(alive[0]!);
    expect(plans.operationOf(alive[0]!)).toBe(first);
    for (const request of alive.slice(1)) plans.operationOf(request);
    expect(plans.size).toBe(10);
    // The first document is still referenced, yet its entry went with the LRU's oldest: worked out again.
    expect(plans.operationOf(alive[0]!)).not.toBe(first);
  });

  it('stays at its bound through 100,000 distinct operations, and the heap levels off', () => {
    // Real planning costs milliseconds an operation: here each entry gets its own copy of a real
    // plan (and another for the normalised operation), so entries weigh what real ones do.
    const sample = requestOf('query Sample { talents(first: 20) { totalCount edges { node { id name resumes { id filename } } } } }', 's');
    const realPlan = planning.plan(sample.document, undefined);
    let planned = 0;
    const copies: Planning = {
      plan: () => (planned++, structuredClone(realPlan)),
      shape: () => structuredClone(realPlan) as never,
    };
    const max = 1_000;
    const plans = new PlanCache({ schema, planning: copies, max });
    const run = (from: number, to: number) => {
      for (let n = from; n < to; n++) {
        // Distinct text each time (another argument and alias), as a client inventing queries would send.
        const request = requestOf(`query Op${n} { a${n}: talents(first: ${n}) { totalCount edges { node { id name } } } }`, `hash-${n}`);
        const entry = plans.operationOf(request);
        plans.planOf(entry, request.document, undefined);
        plans.shapeOf(entry);
        if (plans.size > max) throw new Error(`${plans.size} entries, over the bound of ${max}`);
      }
    };
    run(0, 20_000);
    collectGarbage();
    const afterWarmUp = process.memoryUsage().heapUsed;
    run(20_000, 100_000);
    collectGarbage();
    const growth = process.memoryUsage().heapUsed - afterWarmUp;
    expect(planned).toBe(100_000);
    expect(plans.size).toBe(max);
    // The 80,000 entries past the warm-up, held, would add hundreds of MiB; bounded, the heap stays put.
    expect(growth).toBeLessThan(16 * 1024 * 1024);
  }, 180_000);
});
