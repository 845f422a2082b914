import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { OPS_STORES, type OpsContext, type OpsStore } from './context.ts';
import { Query } from './resolvers/Query.ts';
import { Talent } from './resolvers/Talent.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { DateTime, JSONObject } from '../../platform/scalars.ts';
import { RegistryStore } from '../../data/registry/registry-store.ts';
import { Registry } from './registry/registry.ts';
import { startRegistryChecks } from './registry/registry-checks.ts';
import { startOutboxWatch } from './health/outbox-watch.ts';
import { SupergraphComposer, startSupergraphComposer } from './registry/supergraph-composer.ts';
import { SchemaStore } from '../../data/registry/schema-store.ts';
import { RegistryEvent } from './resolvers/RegistryEvent.ts';
import { ConfigVersionConnection } from './resolvers/ConfigVersionConnection.ts';
import { Configuration } from './configuration/configuration.ts';
import { publishConfigChange } from '../../data/config/config-watcher.ts';

const resolvers: Resolvers = { Query, Mutation, Talent, RegistryEvent, ConfigVersionConnection, DateTime, JSONObject };

/** Operations, the control plane's home: projection health, the outbox backlog, the service registry, the configuration service. */
export const opsSubgraph: SubgraphDefinition<OpsContext, OpsStore> = {
  name: 'ops',
  port: (config) => config.ports.ops,
  stores: OPS_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base, runtime) => ({
    ...base,
    registry: new Registry(new RegistryStore(base.data.stores.relational), runtime.config.registry.ttlMs, base.data.stores.cache),
    // A new version reaches this process's watcher at once and the others through the cache's pub/sub.
    configuration: new Configuration(
      base.data.stores.relational,
      runtime.config.configuration.platformAdminOrgs,
      runtime.configWatcher?.announce ?? ((notice) => publishConfigChange(base.data.stores.cache, notice).catch(() => undefined)),
    ),
  }),
  // The control plane's active checks of every registered instance's /ready, and its supergraph composer.
  onStart: async ({ config, data, logger }) => {
    if (!config.registry.enabled) return;
    const schemas = new SchemaStore(data.stores.relational);
    const stopChecks = startRegistryChecks({
      schemas,
      store: new RegistryStore(data.stores.relational),
      ttlMs: config.registry.ttlMs,
      intervalMs: config.registry.checkMs,
      pruneAfterMs: config.registry.pruneAfterMs,
      // Each change of an instance's routability is announced to the gateways (registry-notices.ts).
      cache: data.stores.cache,
      logger: logger.child({ component: 'registry-checks' }),
    });
    // Supergraph hot reload: a subgraph schema the current supergraph was not composed from is composed (or refused).
    const composer = new SupergraphComposer({
      registry: new RegistryStore(data.stores.relational),
      schemas,
      cache: data.stores.cache,
      subgraphUrls: config.subgraphUrls,
      ttlMs: config.registry.ttlMs,
      logger: logger.child({ component: 'supergraph-composer' }),
    });
    const stopComposer = await startSupergraphComposer(composer, { intervalMs: config.registry.checkMs, cache: data.stores.cache, logger });
    // The backlog read by the control plane too: a stuck projector's gauge would freeze (health/outbox-watch.ts).
    const stopOutboxWatch = startOutboxWatch({ projector: data.projector, logger: logger.child({ component: 'outbox-watch' }) });
    return async () => {
      await stopOutboxWatch();
      await stopComposer();
      await stopChecks();
    };
  },
};

await runStandalone(import.meta.url, [opsSubgraph]);
