import { buildSubgraphSchema } from '@apollo/subgraph';
import { defaultFieldResolver, execute, isObjectType, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { protectSubgraphSchema } from './permissions.ts';
import { scopesForRoles, type Role, type Viewer } from './viewer.ts';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@requiresScopes", "@policy", "@authenticated"])
  type Item @key(fields: "id") @requiresScopes(scopes: [["talent:read"]]) {
    id: ID!
    name: String
    secret: String @requiresScopes(scopes: [["admin"]])
  }
  type Query {
    open: String @policy(policies: [["public"]])
    member: String @authenticated
    items(count: Int!): [Item!]! @requiresScopes(scopes: [["talent:read"]])
    alsoItems: [Item!]! @requiresScopes(scopes: [["talent:read"]])
    writable: String @requiresScopes(scopes: [["talent:write"]])
    alsoWritable: String @requiresScopes(scopes: [["talent:write"]])
    broken: String @requiresScopes(scopes: [["talent:read"]])
    rejecting: String @requiresScopes(scopes: [["talent:read"]])
    unruled: String
  }
`);

const storeDown = Object.assign(new Error('the store is down'), { extensions: { code: 'UNAVAILABLE' } });
const items = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `i${i}`, name: `item ${i}` }));
const resolvers = {
  Query: {
    open: () => 'hello',
    member: () => 'welcome',
    items: (_: unknown, { count }: { count: number }) => items(count),
    alsoItems: () => items(2),
    writable: () => 'written',
    alsoWritable: () => 'written too',
    broken: () => {
      throw storeDown;
    },
    rejecting: async () => Promise.reject(storeDown),
    unruled: () => 'leaked',
  },
  Item: {
    __resolveReference: ({ id }: { id: string }, { viewer }: { viewer: Viewer | null }) => (viewer ? { id, name: 'found' } : null),
    secret: () => 'classified',
  },
};

const schema = protectSubgraphSchema(buildSubgraphSchema([{ typeDefs, resolvers }]), typeDefs);
const viewerOf = (roles: Role[]): Viewer => ({ userId: 'u1', orgId: 'o1', roles, scopes: scopesForRoles(roles), via: 'token' });
const run = async (query: string, viewer: Viewer | null, contextValue: object = { viewer }) =>
  (await execute({ schema, document: parse(query), contextValue })) as ExecutionResult;
const refusal = (result: ExecutionResult, index = 0) => {
  const error = result.errors?.[index];
  return { message: error?.message, code: (error?.originalError as { code?: string } | undefined)?.code, path: error?.path };
};

describe('subgraph permissions (declared resolvers guarded from the SDL)', () => {
  it('lets through what the rules allow: public to anyone, @authenticated to any viewer, scopes to those who hold them', async () => {
    expect((await run('{ open }', null)).data).toEqual({ open: 'hello' });
    expect((await run('{ member }', viewerOf(['VIEWER']))).data).toEqual({ member: 'welcome' });
    expect((await run('{ items(count: 1) { id name } }', viewerOf(['VIEWER']))).data).toEqual({ items: [{ id: 'i0', name: 'item 0' }] });
  });

  it('answers UNAUTHENTICATED to an anonymous caller and FORBIDDEN to a viewer without the scope, naming the field', async () => {
    expect(refusal(await run('{ member }', null))).toEqual({
      message: 'Authentication required',
      code: 'UNAUTHENTICATED',
      path: ['member'],
    });
    expect(refusal(await run('{ writable }', null))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refusal(await run('{ writable }', viewerOf(['VIEWER'])))).toEqual({
      message: 'Query.writable needs the talent:write permission',
      code: 'FORBIDDEN',
      path: ['writable'],
    });
    // Two fields with the same requirements share one decision, but each refusal names its own field.
    const both = await run('{ writable alsoWritable }', viewerOf(['VIEWER']));
    expect(both.data).toEqual({ writable: null, alsoWritable: null });
    expect(both.errors?.map((error) => error.message).sort()).toEqual([
      'Query.alsoWritable needs the talent:write permission',
      'Query.writable needs the talent:write permission',
    ]);
    expect((await run('{ writable }', viewerOf(['RECRUITER']))).data).toEqual({ writable: 'written' });
  });

  it('denies a declared resolver without a rule (fallback deny), whoever asks', async () => {
    const asViewer = await run('{ unruled }', viewerOf(['ADMIN']));
    expect(asViewer.data).toEqual({ unruled: null });
    expect(refusal(asViewer)).toEqual({ message: 'This field is not available', code: 'FORBIDDEN', path: ['unruled'] });
    expect(refusal(await run('{ unruled }', null))).toMatchObject({ message: 'Authentication required', code: 'UNAUTHENTICATED' });
  });

  it('checks field resolvers below the root: a nested field needing a scope the viewer lacks is refused, its siblings kept', async () => {
    const result = await run('{ items(count: 2) { id secret } }', viewerOf(['RECRUITER']));
    expect(result.data).toEqual({
      items: [
        { id: 'i0', secret: null },
        { id: 'i1', secret: null },
      ],
    });
    expect(refusal(result)).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Item.secret needs the talent:read + admin permission',
      path: ['items', 0, 'secret'],
    });
    expect((await run('{ items(count: 1) { secret } }', viewerOf(['ADMIN']))).data).toEqual({ items: [{ secret: 'classified' }] });
  });

  it("keeps federation's own fields open: _service and _entities (each __resolveReference checks the viewer)", async () => {
    const sdl = await run('{ _service { sdl } }', null);
    expect(sdl.errors).toBeUndefined();
    expect((sdl.data as { _service: { sdl: string } })._service.sdl).toContain('type Item');
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id name } } }`;
    const representations = { r: [{ __typename: 'Item', id: 'i9' }] };
    const anonymous = await execute({ schema, document: parse(entities), variableValues: representations, contextValue: { viewer: null } });
    expect(anonymous).toEqual({ data: { _entities: [null] } });
    const asViewer = await execute({
      schema,
      document: parse(entities),
      variableValues: representations,
      contextValue: { viewer: viewerOf(['VIEWER']) },
    });
    expect(asViewer).toEqual({ data: { _entities: [{ id: 'i9', name: 'found' }] } });
  });

  it("surfaces a resolver's own errors unchanged, thrown or rejected, once the rule allows it", async () => {
    for (const query of ['{ broken }', '{ rejecting }']) {
      const result = await run(query, viewerOf(['VIEWER']));
      expect(result.errors?.[0]?.message).toBe('the store is down');
      expect(result.errors?.[0]?.originalError).toBe(storeDown);
    }
  });

  it('decides a rule once per request, however many items of a list resolve it, and anew for the next request', async () => {
    const scopesRead = async (count: number) => {
      let reads = 0;
      const viewer = viewerOf(['ADMIN']);
      const counting: Viewer = {
        ...viewer,
        get scopes() {
          reads++;
          return viewer.scopes;
        },
      };
      const result = await run(`{ items(count: ${count}) { secret } alsoItems { secret } }`, counting);
      expect(result.errors).toBeUndefined();
      expect((result.data as { items: unknown[] }).items).toHaveLength(count);
      return reads;
    };
    const forOne = await scopesRead(1);
    expect(forOne).toBeGreaterThan(0);
    expect(await scopesRead(100)).toBe(forOne);
  });

  it('leaves fields without a resolver untouched and keeps synchronous resolvers synchronous (no promise per field)', () => {
    const item = schema.getType('Item');
    if (!isObjectType(item)) throw new Error('Item is not an object type');
    const name = item.getFields().name!.resolve;
    expect(name === undefined || name === defaultFieldResolver).toBe(true);
    const result = execute({
      schema,
      document: parse('{ items(count: 3) { id name secret } }'),
      contextValue: { viewer: viewerOf(['ADMIN']) },
    });
    expect(result).not.toBeInstanceOf(Promise);
  });
});
