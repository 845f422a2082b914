import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per process. When several services share a process (the embedded
 * stack), each metric carries a `service` label so their series stay apart.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'looma_' });

export const httpRequests = new Counter({
  name: 'looma_http_requests_total',
  help: 'HTTP requests served, by service, route and status',
  labelNames: ['service', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'looma_http_request_duration_seconds',
  help: 'HTTP request latency, by service and route',
  labelNames: ['service', 'route'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

/** Operations a subgraph ran for the gateway of its own process, without HTTP (gateway/transport/in-process.ts). */
export const localSubgraphCalls = new Counter({
  name: 'looma_subgraph_local_calls_total',
  help: 'Operations a subgraph executed for the gateway in the same process (no HTTP), by service',
  labelNames: ['service'] as const,
  registers: [registry],
});

export const storeRoundTrips = new Counter({
  name: 'looma_store_round_trips_total',
  help: 'Round trips to a datastore, by store port and adapter',
  labelNames: ['store', 'adapter'] as const,
  registers: [registry],
});

export const storeLatency = new Histogram({
  name: 'looma_store_round_trip_seconds',
  help: 'Datastore round-trip latency, by store port and adapter',
  labelNames: ['store', 'adapter'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [registry],
});

export const outboxLag = new Gauge({
  name: 'looma_outbox_lag_events',
  help: 'Outbox events not yet projected (pending), by state',
  labelNames: ['state'] as const,
  registers: [registry],
});

export const outboxOldestPendingSeconds = new Gauge({
  name: 'looma_outbox_oldest_pending_seconds',
  help: 'Age of the oldest pending outbox event',
  registers: [registry],
});

export const projectedEvents = new Counter({
  name: 'looma_projector_events_total',
  help: 'Outbox events handled by the projector, by outcome (done, retry, dead)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** The matching score cache (subgraphs/matching/cache/): `bypass` while the org has pending events or a store does not answer. */
export const matchingCacheReads = new Counter({
  name: 'looma_matching_cache_reads_total',
  help: 'Matching score-cache reads, by kind (ranking, pair) and outcome (hit, miss, bypass)',
  labelNames: ['kind', 'outcome'] as const,
  registers: [registry],
});

/** Each subgraph instance's circuit breaker in the gateway (gateway/transport/resilient-transport.ts): 0 closed, 1 half-open, 2 open. */
export const subgraphBreakerState = new Gauge({
  name: 'looma_subgraph_breaker_state',
  help: 'Circuit breaker of a subgraph instance in the gateway: 0 closed, 1 half-open, 2 open (ejected)',
  labelNames: ['subgraph', 'instance'] as const,
  registers: [registry],
});

export const subgraphRetries = new Counter({
  name: 'looma_subgraph_retries_total',
  help: 'Subgraph calls the gateway retried on another instance, by subgraph',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

export const subgraphEjections = new Counter({
  name: 'looma_subgraph_ejections_total',
  help: 'Times a subgraph instance was ejected (its circuit breaker opened), by subgraph and instance',
  labelNames: ['subgraph', 'instance'] as const,
  registers: [registry],
});

/**
 * Client operations at the gateway (gateway/operation-metrics.ts). `operation` is bounded: the SDK's persisted
 * operations and a capped set of other names seen, then `other`; `anonymous` for an unnamed one.
 */
export const gatewayOperationDuration = new Histogram({
  name: 'looma_gateway_operation_duration_seconds',
  help: 'Client operations at the gateway, from request to response, by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.3, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const gatewayOperations = new Counter({
  name: 'looma_gateway_operations_total',
  help: 'Client operations at the gateway, by operation name, type and outcome (ok, or the first error code)',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});

/** Every call from the gateway to a subgraph instance (its URL origin; `in-process` for a subgraph of the same process). */
export const subgraphCallDuration = new Histogram({
  name: 'looma_subgraph_call_duration_seconds',
  help: 'Calls from the gateway to a subgraph instance, by subgraph and instance (URL origin, or in-process)',
  labelNames: ['subgraph', 'instance'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const subgraphCalls = new Counter({
  name: 'looma_subgraph_calls_total',
  help: 'Calls from the gateway to a subgraph instance, by subgraph, instance and outcome (ok, 4xx, 5xx, timeout, refused, error)',
  labelNames: ['subgraph', 'instance', 'outcome'] as const,
  registers: [registry],
});

/** The registry's instances by service and state, as the ops subgraph's checks last read them. */
export const registryInstances = new Gauge({
  name: 'looma_registry_instances',
  help: 'Registered live instances, by service and state (STARTING, HEALTHY, DEGRADED, UNHEALTHY, DRAINING)',
  labelNames: ['service', 'state'] as const,
  registers: [registry],
});

/** The configuration version this process applied, per scope (`default`, `service:<name>`; organisations unlabelled), data/config/config-watcher.ts. */
export const configVersion = new Gauge({
  name: 'looma_config_version',
  help: 'Configuration version applied by this process, by scope (default, service:<name>)',
  labelNames: ['scope'] as const,
  registers: [registry],
});
