import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { OPS_STORES, type OpsContext, type OpsStore } from './context.ts';
import { Query } from './resolvers/Query.ts';
import { Talent } from './resolvers/Talent.ts';

const resolvers: Resolvers = { Query, Talent };

/** Operations: projection health, the outbox backlog (and, later, the registry and config). */
export const opsSubgraph: SubgraphDefinition<OpsContext, OpsStore> = {
  name: 'ops',
  port: (config) => config.ports.ops,
  stores: OPS_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base) => base,
};

await runStandalone(import.meta.url, [opsSubgraph]);
