import { fileURLToPath } from 'node:url';
import type { Config } from '../../platform/config.ts';
import type { Logger } from '../../platform/logger.ts';
import type { StorePort } from '../../platform/round-trips.ts';
import type { ExtraRoute } from '../../platform/service.ts';
import { serveSubgraph, type RunningSubgraph } from '../../platform/subgraph-server.ts';
import type { Viewer } from '../../platform/viewer.ts';
import type { DataLayer } from '../data-layer.ts';
import { createLoaders, type Loaders } from '../loaders.ts';
import type { Stores } from '../ports.ts';
import { narrowStores, type OpenStores } from '../stores.ts';
import type { Runtime } from './runtime.ts';

/** What every subgraph's context starts from; `data` holds the stores the subgraph declared (`P`). */
export interface BaseContext<P extends StorePort = StorePort> {
  viewer: Viewer | null;
  loaders: Loaders;
  data: DataLayer<P>;
  logger: Logger;
  /** The peer address (identity throttles failed logins per address). */
  address: string | undefined;
  /** The client's Accept-Language as the gateway forwarded it (matching explains in it). */
  language?: string | undefined;
  /** The caller's own Authorization header (chat runs its plan steps through the gateway with it). */
  authorization?: string | undefined;
}

export interface SubgraphDefinition<TContext extends BaseContext<P>, P extends StorePort = StorePort> {
  name: string;
  port: (config: Config) => number;
  /**
   * The stores it uses, and the only ones it gets: its own process opens just these, its `/ready`
   * checks just these, and its context, `onStart` and `routes` see no other (the relational store,
   * which holds the key ring every service verifies with, is among them).
   */
  stores: readonly P[];
  schemaFile: URL;
  /** Typed per subgraph from its generated `Resolvers<Context>`. */
  resolvers: object;
  /** The runtime gives a subgraph process-wide parts beyond the base (identity issues tokens with its authenticator). */
  context: (base: BaseContext<P>, runtime: Runtime<P>) => TContext;
  /**
   * Runs once before the subgraph serves, wherever it is started (e.g. the talent subgraph seeds the
   * demo organisation); a function it returns runs when the subgraph closes (ops stops its registry checks).
   */
  onStart?: (runtime: Runtime<P>) => Promise<void | (() => Promise<void>)>;
  /** Extra HTTP routes beside /graphql (identity serves /.well-known/jwks.json). */
  routes?: (runtime: Runtime<P>) => ExtraRoute[];
}

/** Any subgraph's definition, for code that starts several (the stack, a standalone process). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any, any>;

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/**
 * Serves a subgraph (platform/subgraph-server.ts) with the stores it declared: even in a runtime
 * that opened more (the stack's), its context, `onStart`, `routes` and `/ready` see only its own.
 */
export async function startSubgraph<TContext extends BaseContext<P>, P extends StorePort>(
  definition: SubgraphDefinition<TContext, P>,
  shared: Runtime<StorePort> | Runtime<P>,
  { port }: { port?: number } = {},
): Promise<RunningSubgraph> {
  const data: DataLayer<P> = {
    ...shared.data,
    stores: narrowStores(shared.data.stores as OpenStores, definition.stores, `the ${definition.name} subgraph`),
  };
  const runtime: Runtime<P> = { ...shared, data };
  const { config, authenticator } = runtime;
  const logger = runtime.logger.child({ service: definition.name });
  const stop = await definition.onStart?.(runtime);
  // What onStart started stops again if the subgraph never serves (its port taken, say).
  const running = await serveSubgraph<TContext>({
    name: definition.name,
    schemaFile: fileURLToPath(definition.schemaFile),
    resolvers: definition.resolvers,
    config,
    logger,
    authenticator,
    port: port ?? definition.port(config),
    readiness: data.stores.readiness(),
    routes: definition.routes?.(runtime),
    registry: runtime.registry,
    context: ({ viewer, credentials }) => {
      // Every subgraph declares the relational store (its key ring is there); the others load only where declared.
      const loaders = createLoaders(
        data.stores as Partial<Stores> as Pick<Stores, 'relational'> & Partial<Stores>,
        viewer ?? { userId: '', orgId: NO_ORG, roles: [], scopes: [], via: 'token' },
      );
      return definition.context(
        {
          viewer,
          loaders,
          data,
          logger,
          address: credentials.address,
          language: credentials.language,
          authorization: credentials.authorization,
        },
        runtime,
      );
    },
  }).catch(async (error: unknown) => {
    await stop?.();
    throw error;
  });
  if (!stop) return running;
  return {
    ...running,
    async close() {
      await stop();
      await running.close();
    },
  };
}
