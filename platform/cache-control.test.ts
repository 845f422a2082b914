import { ApolloServer, HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { noStorePlugins } from './cache-control.ts';

describe('noStorePlugins (Apollo cache-control work off, its no-store header kept)', () => {
  it('answers cache-control: no-store, without the per-field cache-control hook', async () => {
    const seen: unknown[] = [];
    const server = new ApolloServer({
      typeDefs: 'type Item { id: ID! } type Query { items: [Item!]! broken: String }',
      resolvers: {
        Query: {
          items: () => [{ id: '1' }, { id: '2' }],
          broken: () => {
            throw new Error('down');
          },
        },
        Item: {
          id: (item: { id: string }, _: unknown, __: unknown, info: { cacheControl?: unknown }) => (seen.push(info.cacheControl), item.id),
        },
      },
      plugins: noStorePlugins(),
    });
    await server.start();
    try {
      const send = (query: string) =>
        server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: 'POST',
            headers: new HeaderMap([['content-type', 'application/json']]),
            search: '',
            body: { query },
          },
          context: async () => ({}),
        });
      for (const query of ['{ items { id } }', '{ broken }', '{ nope }']) {
        const response = await send(query);
        expect(response.headers.get('cache-control'), query).toBe('no-store');
      }
      // Apollo's cache-control plugin sets info.cacheControl on every field it sees; here nothing does.
      expect(seen).toEqual([undefined, undefined]);
    } finally {
      await server.stop();
    }
  });
});
