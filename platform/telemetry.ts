import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config.ts';

/**
 * Telemetry to Apollo, off unless the operator opts in with APOLLO_TELEMETRY=true. Looma holds job
 * seekers' personal data (PIPL, GDPR): a process connects to nothing but the stores, subgraphs,
 * issuers and model endpoints its operator configured (tests/security/egress.test.ts checks it).
 *
 * Off means two things. @apollo/gateway 2.x builds, in its constructor, an OpenTelemetry meter
 * provider that probes the AWS, GCP, Azure and Alibaba metadata services and exports usage metrics
 * to usage-reporting.api.apollographql.com (hourly and at shutdown), unless APOLLO_TELEMETRY_DISABLED
 * is `true` in the environment at that moment; Looma's own gateway (gateway/executor/looma-gateway.ts)
 * keeps that behaviour. Apollo Server reports usage when APOLLO_KEY and
 * APOLLO_GRAPH_REF are set, and its schema when APOLLO_SCHEMA_REPORTING=true; its "Disabled" plugins
 * turn both off whatever the environment says.
 */

/** Call right before the gateway is constructed (`new LoomaGateway(...)`). Opted in, the environment is left as the operator set it. */
export function applyGatewayTelemetrySetting(config: Pick<Config, 'telemetry'>): void {
  if (!config.telemetry.apollo) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/** Plugins for every ApolloServer (gateway and subgraphs): usage and schema reporting off unless opted in. */
export function apolloReportingPlugins<TContext extends BaseContext>(config: Pick<Config, 'telemetry'>): ApolloServerPlugin<TContext>[] {
  if (config.telemetry.apollo) return [];
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()] as ApolloServerPlugin<TContext>[];
}
