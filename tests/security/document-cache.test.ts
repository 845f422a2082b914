import fs from 'node:fs';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../gateway/document-cache.ts';
import { checkAccess, collectFieldUses, compileFieldUses, selectFieldUses, type AccessVerdict } from '../../gateway/policy.ts';
import { readAccessRequirements } from '../../platform/access-requirements.ts';
import { scopesForRoles, type Role, type Viewer } from '../../platform/viewer.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';

/**
 * The gateway walks an operation for its access requirements once per document (gateway/document-cache.ts):
 * the cache stays at its bound whatever the number of distinct operations, and a walk taken from it
 * decides exactly as a fresh walk for every kind of caller.
 */

const viewerOf = (roles: Role[]): Viewer => ({ userId: 'u1', orgId: 'o1', roles, scopes: scopesForRoles(roles), via: 'token' });

function operationOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { document, operation, fragments };
}

describe('the per-document cache', () => {
  it('stays at its bound through 100,000 distinct operations', () => {
    const cache = new DocumentCache<{ n: number }>(500);
    let computed = 0;
    for (let n = 0; n < 100_000; n++) {
      const operation = { kind: Kind.OPERATION_DEFINITION } as OperationDefinitionNode;
      const document = { kind: Kind.DOCUMENT, definitions: [operation] } as never;
      cache.get({ document, operation, queryHash: `hash-${n}` }, () => ({ n: computed++ }));
      expect(cache.size).toBeLessThanOrEqual(500);
    }
    expect(computed).toBe(100_000);
    expect(cache.size).toBe(500);
    expect(cache.max).toBe(500);
  });

  it('computes once per document: the same object, the same text parsed again, not another operation name', () => {
    const cache = new DocumentCache<object>(10);
    let computed = 0;
    const compute = () => ({ n: ++computed });
    const query = 'query A { a } query B { b }';
    const first = parse(query);
    const [a, b] = first.definitions as OperationDefinitionNode[];
    const hit = cache.get({ document: first, operation: a! }, compute);
    expect(cache.get({ document: first, operation: a! }, compute)).toBe(hit);
    const again = parse(query);
    expect(cache.get({ document: again, operation: again.definitions[0] as OperationDefinitionNode }, compute)).toBe(hit);
    expect(cache.get({ document: first, operation: b! }, compute)).not.toBe(hit);
    expect(computed).toBe(2);
  });
});

describe('a cached walk decides as a fresh one', () => {
  const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
  const requirements = readAccessRequirements(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const callers: (Viewer | null)[] = [
    null,
    viewerOf(['VIEWER']),
    viewerOf(['RECRUITER']),
    viewerOf(['HIRING_MANAGER']),
    viewerOf(['ADMIN']),
  ];
  const operations: [string, Record<string, unknown>[]][] = [
    ['{ talents(first: 1) { totalCount edges { node { id name } } } }', [{}]],
    ['query($id: ID!) { talent(id: $id) { id name ...P } } fragment P on Talent { projections { isCurrent } }', [{ id: 't1' }]],
    [
      'query($s: Boolean!, $i: Boolean = true) { talents(first: 1) @skip(if: $s) { totalCount } me @include(if: $i) { id } __schema { queryType { name } } }',
      [{ s: true }, { s: false }, { s: false, i: false }, {}],
    ],
    ['{ a: talents(first: 1) { totalCount } b: talents(first: 2) { totalCount } __type(name: "Talent") { name } }', [{}]],
  ];
  const shape = (verdict: AccessVerdict) => ({
    status: verdict.status,
    errors: verdict.errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })),
    rateLimited: verdict.rateLimited.map((r) => ({ coordinate: r.coordinate, path: r.path })),
  });

  it('gives the same status, error codes, paths and rate-limited fields for authorised and refused callers', () => {
    const cache = new DocumentCache<ReturnType<typeof compileFieldUses>>();
    const statuses = new Set<unknown>();
    for (const [query, variableSets] of operations) {
      const { document, operation, fragments } = operationOf(query);
      for (const variables of variableSets) {
        for (const viewer of callers) {
          const compiled = cache.get({ document, operation }, () => compileFieldUses(schema, operation, fragments));
          const cached = checkAccess(selectFieldUses(compiled, schema, operation, variables), requirements, viewer, { isProduction: true });
          const fresh = checkAccess(collectFieldUses(schema, operation, fragments, variables), requirements, viewer, {
            isProduction: true,
          });
          expect(shape(cached), `${query} ${JSON.stringify(variables)} ${viewer?.roles.join()}`).toEqual(shape(fresh));
          statuses.add(fresh.status ?? 'allowed');
        }
      }
    }
    // Both kinds of caller were met: allowed, anonymous refused, and forbidden.
    expect([...statuses].sort()).toEqual([401, 403, 'allowed'].sort());
  });
});
