import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, execute, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccess, collectFieldUses } from '../../gateway/policy.ts';
import { readAccessRequirements } from '../../platform/access-requirements.ts';
import { protectSubgraphSchema } from '../../platform/permissions.ts';
import { scopesForRoles, type Role, type Viewer } from '../../platform/viewer.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { subgraphCalls } from './support.ts';

const viewerOf = (roles: Role[]): Viewer => ({ userId: 'u1', orgId: 'o1', roles, scopes: scopesForRoles(roles), via: 'token' });

describe('access policy through the gateway and at each subgraph', () => {
  let t: TestStack;
  let talentId: string;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 3 });
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
    talentId = page.body.data!.talents.edges[0]!.node.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Runs the operation and returns its response with the number of subgraph calls it caused. */
  async function measured(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
    const before = await subgraphCalls();
    const response = await t.request(query, variables, { token });
    return { ...response, calls: (await subgraphCalls()) - before };
  }

  it('refuses an anonymous caller with 401 before any subgraph is called', async () => {
    for (const query of [
      '{ talents(first: 1) { totalCount } }',
      '{ ...Q } fragment Q on Query { talents(first: 1) { totalCount } }',
      '{ ... on Query { alias: talent(id: "x") { id } } }',
      'mutation { createTalent(input: { name: "Anon" }) { id } }',
    ]) {
      const response = await measured(query, {}, null);
      expect(response.status, query).toBe(401);
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(response.body.data).toBeUndefined();
      expect(response.calls, query).toBe(0);
    }
    // Nothing but __typename is free for anyone.
    const typename = await measured('{ __typename }', {}, null);
    expect(typename.status).toBe(200);
    expect(typename.body.data).toEqual({ __typename: 'Query' });
  });

  it('answers a missing scope with 403 and one FORBIDDEN per field path, and calls no subgraph', async () => {
    const viewer = t.token(['VIEWER']);
    const write = await measured('mutation { createTalent(input: { name: "Nope" }) { id } }', {}, viewer);
    expect(write.status).toBe(403);
    expect(write.body.errors).toEqual([
      { message: 'Mutation.createTalent needs the talent:write permission', path: ['createTalent'], extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(write.calls).toBe(0);

    const recruiter = t.token(['RECRUITER']);
    const twice = await measured(
      '{ a: outboxStatus { pending } talents(first: 1) { totalCount } ...F } fragment F on Query { b: outboxStatus { dead } }',
      {},
      recruiter,
    );
    expect(twice.status).toBe(403);
    expect(twice.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['a'], 'FORBIDDEN'],
      [['b'], 'FORBIDDEN'],
    ]);
    expect(twice.calls).toBe(0);
  });

  it('lets each role do what its scopes allow', async () => {
    const cases: [Role, string, 'ok' | 'FORBIDDEN'][] = [
      ['VIEWER', '{ talents(first: 1) { totalCount edges { node { name projections { isCurrent } } } } }', 'ok'],
      ['VIEWER', '{ outboxStatus { pending } }', 'FORBIDDEN'],
      ['HIRING_MANAGER', 'mutation { createTalent(input: { name: "HM" }) { id } }', 'FORBIDDEN'],
      ['RECRUITER', 'mutation { createTalent(input: { name: "Recruited" }) { id name } }', 'ok'],
      ['RECRUITER', '{ outboxStatus { pending } }', 'FORBIDDEN'],
      ['ADMIN', '{ outboxStatus { pending dead oldestPendingSeconds } }', 'ok'],
    ];
    for (const [role, query, expected] of cases) {
      const response = await t.request(query, {}, { token: t.token([role]) });
      if (expected === 'ok') {
        expect(response.body.errors, `${role} ${query}`).toBeUndefined();
        expect(response.status).toBe(200);
      } else {
        expect(response.status, `${role} ${query}`).toBe(403);
        expect(response.body.errors?.[0]?.extensions?.code).toBe(expected);
      }
    }
  });

  it('does not let fragments, inline fragments, aliases or @include sneak a field past', async () => {
    const recruiter = t.token(['RECRUITER']);
    const sneaky = [
      'query { ...A } fragment A on Query { ...B } fragment B on Query { hidden: outboxStatus { pending } }',
      'query { ... on Query { ... { outboxStatus { pending } } } }',
      'query($yes: Boolean = true) { outboxStatus @include(if: $yes) { pending } }',
      'query($no: Boolean = false) { outboxStatus @skip(if: $no) { pending } }',
      'query { talents(first: 1) { __typename t: __typename } x: outboxStatus { __typename } }',
    ];
    for (const query of sneaky) {
      const response = await measured(query, {}, recruiter);
      expect(response.status, query).toBe(403);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.calls).toBe(0);
    }
    // A field that @skip really drops is not selected, so it is not refused.
    const skipped = await t.request<{ talents: { totalCount: number } }>(
      'query($yes: Boolean = true) { outboxStatus @skip(if: $yes) { pending } talents(first: 1) { totalCount } }',
      {},
      { token: recruiter },
    );
    expect(skipped.body.errors).toBeUndefined();
    expect(Object.keys(skipped.body.data!)).toEqual(['talents']);
    expect(skipped.body.data!.talents.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('lets the embedded demo viewer (a real viewer) pass @requiresScopes', async () => {
    const demo = await startTestStack('embedded', { env: { LOOMA_ENV: 'development', AUTH_DEMO_ANONYMOUS: 'true' } });
    try {
      const response = await demo.request<{ talents: { totalCount: number } }>('{ talents(first: 1) { totalCount } }', {}, { token: null });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(typeof response.body.data?.talents.totalCount).toBe('number');
    } finally {
      await demo.close();
    }
  }, 60_000);

  it('enforces the same rules at each subgraph called directly', async () => {
    const talentUrl = t.stack.subgraphs.talent!.url;
    const opsUrl = t.stack.subgraphs.ops!.url;
    const anonymous = await t.request('{ talents(first: 1) { totalCount } }', {}, { url: talentUrl, token: null });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewerWrite = await t.request(
      'mutation { createTalent(input: { name: "Direct" }) { id } }',
      {},
      { url: talentUrl, token: t.token(['VIEWER']) },
    );
    expect(viewerWrite.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const recruiterBacklog = await t.request('{ outboxStatus { pending } }', {}, { url: opsUrl, token: t.token(['RECRUITER']) });
    expect(recruiterBacklog.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const adminBacklog = await t.request<{ outboxStatus: { pending: number } }>(
      '{ outboxStatus { pending } }',
      {},
      { url: opsUrl, token: t.token(['ADMIN']) },
    );
    expect(adminBacklog.body.errors).toBeUndefined();
    // Federation's own fields are explicit: the SDL is served, entities go through __resolveReference.
    const sdl = await t.request<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { url: opsUrl, token: null });
    expect(sdl.body.data?._service.sdl).toContain('outboxStatus');
  });

  it('returns nothing for forged _entities representations of another organisation', async () => {
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Talent { id projections { isCurrent } } } }';
    const talentEntities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Talent { id name } } }';
    const representations = [{ __typename: 'Talent', id: talentId, version: 1 }];
    const outsider = t.token(['ADMIN'], '11111111-1111-4111-8111-111111111111');
    for (const [url, query] of [
      [t.stack.subgraphs.ops!.url, entities],
      [t.stack.subgraphs.talent!.url, talentEntities],
    ] as const) {
      const forged = await t.request<{ _entities: unknown[] }>(query, { r: representations }, { url, token: outsider });
      expect(forged.body.errors).toBeUndefined();
      expect(forged.body.data?._entities).toEqual([null]);
      // The same representation from the talent's own organisation resolves (the check is not "always null").
      const own = await t.request<{ _entities: ({ id: string } | null)[] }>(query, { r: representations }, { url });
      expect(own.body.data?._entities[0]?.id).toBe(talentId);
      const anonymous = await t.request(query, { r: representations }, { url, token: null });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('the operation walk (abstract types) and the subgraph shield, in process', () => {
  const SDL = `
    directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE
    directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE
    directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE
    interface Node { id: ID! @policy(policies: [["public"]]) }
    type Secret implements Node @requiresScopes(scopes: [["admin"], ["audit", "talent:read"]]) { id: ID! code: String }
    type Open implements Node @policy(policies: [["public"]]) { id: ID! }
    type Member @authenticated { id: ID! }
    union Thing = Secret | Open
    type Query @policy(policies: [["public"]]) { node: Node things: [Thing] member: Member @authenticated }
  `;
  const schema = buildSchema(SDL);
  const requirements = readAccessRequirements(SDL);
  const decide = (query: string, viewer: Viewer | null, variables = {}) => {
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const verdict = checkAccess(collectFieldUses(schema, operation, fragments, variables), requirements, viewer, { isProduction: true });
    return verdict.status ?? 'allowed';
  };

  it('combines type and field directives: OR of ANDs, public policy, @authenticated', () => {
    expect(requirements.get('Secret.code')).toMatchObject({ ruled: true, scopes: [['admin'], ['audit', 'talent:read']] });
    expect(requirements.get('Query.member')).toMatchObject({ authenticated: true, policies: [['public']] });
    expect(decide('{ things { ... on Open { id } } }', null)).toBe('allowed');
    expect(decide('{ things { ... on Secret { code } } }', null)).toBe(401);
    expect(decide('{ things { ... on Secret { code } } }', viewerOf(['RECRUITER']))).toBe(403);
    expect(decide('{ things { ... on Secret { code } } }', viewerOf(['ADMIN']))).toBe('allowed');
    expect(decide('{ things { ...S } } fragment S on Secret { code }', viewerOf(['VIEWER']))).toBe(403);
    expect(decide('{ member { id } }', null)).toBe(401);
    expect(decide('{ member { id } }', viewerOf(['VIEWER']))).toBe('allowed');
  });

  it('checks a field selected on an interface against every implementation', () => {
    // Node.id is public, but the object behind it may be a Secret.
    expect(decide('{ node { id } }', null)).toBe(401);
    expect(decide('{ node { id } }', viewerOf(['VIEWER']))).toBe(403);
    expect(decide('{ node { id } }', viewerOf(['ADMIN']))).toBe('allowed');
    expect(decide('{ node { ... on Open { id } } }', null)).toBe('allowed');
  });

  it('keeps introspection for ADMIN viewers in production', () => {
    expect(decide('{ __schema { queryType { name } } }', null)).toBe(401);
    expect(decide('{ __type(name: "Secret") { name } }', viewerOf(['RECRUITER']))).toBe(403);
    expect(decide('{ __schema { queryType { name } } }', viewerOf(['ADMIN']))).toBe('allowed');
  });

  it('denies a declared resolver without a rule, and lets real resolver errors through', async () => {
    const typeDefs = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@requiresScopes", "@policy"])
      type Item @key(fields: "id") @requiresScopes(scopes: [["talent:read"]]) { id: ID! }
      type Query {
        open: String @policy(policies: [["public"]])
        item: Item @requiresScopes(scopes: [["talent:read"]])
        broken: String @requiresScopes(scopes: [["talent:read"]])
        unruled: String
      }
    `);
    const resolvers = {
      Query: {
        open: () => 'hello',
        item: () => ({ id: 'i1' }),
        broken: () => {
          throw Object.assign(new Error('the store is down'), { extensions: { code: 'UNAVAILABLE' } });
        },
        unruled: () => 'leaked',
      },
      Item: { __resolveReference: ({ id }: { id: string }) => ({ id }) },
    };
    const protectedSchema = protectSubgraphSchema(buildSubgraphSchema([{ typeDefs, resolvers }]), typeDefs);
    const run = async (query: string, viewer: Viewer | null) =>
      execute({ schema: protectedSchema, document: parse(query), contextValue: { viewer } });

    expect((await run('{ open }', null)).data).toEqual({ open: 'hello' });
    const unruled = await run('{ unruled }', viewerOf(['ADMIN']));
    expect(unruled.data).toEqual({ unruled: null });
    expect(unruled.errors?.[0]?.originalError).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await run('{ item { id } }', null);
    expect(anonymous.errors?.[0]?.originalError).toMatchObject({ code: 'UNAUTHENTICATED' });
    const allowed = await run('{ item { id } }', viewerOf(['VIEWER']));
    expect(allowed.data).toEqual({ item: { id: 'i1' } });
    const broken = await run('{ broken }', viewerOf(['VIEWER']));
    expect(broken.errors?.[0]?.message).toBe('the store is down');
    const sdl = await run('{ _service { sdl } }', null);
    expect(sdl.errors).toBeUndefined();
  });
});
