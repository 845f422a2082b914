import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo Server installs its cache-control plugin unless told not to: a `willResolveField` hook
 * on every field of every response (it also makes Apollo wrap every resolver of the schema), to
 * compute a cache policy from `@cacheControl` hints and `info.cacheControl`. Looma sets neither,
 * so that policy was always "uncacheable" and the plugin's only effect was `cache-control:
 * no-store` on each response: tests/bench/subgraph-path.ts measured it at more than half of what
 * a subgraph adds to a 20-talent list (issue 11, point 6). This keeps the header and drops the
 * per-field work.
 */
export function noStorePlugins<TContext extends BaseContext>(): ApolloServerPlugin<TContext>[] {
  const noStore: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
  return [ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<TContext>, noStore];
}
