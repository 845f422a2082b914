import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { Registry } from './registry/registry.ts';
import type { Configuration } from './configuration/configuration.ts';

/**
 * The stores this subgraph uses, and the only ones its process opens. The outbox backlog and the
 * service registry are in PostgreSQL; a talent's projection status reads each projection store; the
 * registry checks announce state changes on the cache's pub/sub.
 */
export const OPS_STORES = ['relational', 'graph', 'vector', 'search', 'cache'] as const satisfies readonly StorePort[];
export type OpsStore = (typeof OPS_STORES)[number];

export type OpsContext = BaseContext<OpsStore> & { registry: Registry; configuration: Configuration };
