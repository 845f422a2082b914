import { GATEWAY_STORES, startGateway } from '../gateway/gateway.ts';
import { identitySubgraph } from '../subgraphs/identity/index.ts';
import { opsSubgraph } from '../subgraphs/ops/index.ts';
import { resumeSubgraph } from '../subgraphs/resume/index.ts';
import { searchSubgraph } from '../subgraphs/search/index.ts';
import { matchingSubgraph } from '../subgraphs/matching/index.ts';
import { chatSubgraph } from '../subgraphs/chat/index.ts';
import { talentSubgraph } from '../subgraphs/talent/index.ts';
import { createRuntime, type Runtime } from '../data/runtime/runtime.ts';
import { storesOf } from '../data/runtime/standalone.ts';
import { startSubgraph, type AnySubgraphDefinition } from '../data/runtime/subgraph.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import type { RunningService } from '../platform/service.ts';
import type { RunningSubgraph } from '../platform/subgraph-server.ts';

export interface Stack {
  runtime: Runtime;
  gateway: RunningService;
  /** Each listens on its port; `local` is how the gateway calls it when SUBGRAPH_IN_PROCESS is on. */
  subgraphs: Record<string, RunningSubgraph>;
  /** Milliseconds from the call to every service listening (demo seeding included). */
  startupMs: number;
  close(): Promise<void>;
}

export interface StackOptions {
  config?: Config;
  /** 0 picks free ports (tests run several stacks side by side). */
  ephemeralPorts?: boolean;
  /** Start the background projector (tests that drive it by hand turn it off). */
  projector?: boolean;
}

/**
 * Every subgraph and the gateway in this process, over one set of stores: the embedded way to run
 * Looma (`npm start`), and what end-to-end tests and benchmarks start.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const started = performance.now();
  const config = options.config ?? loadConfig();
  const definitions: AnySubgraphDefinition[] = [
    talentSubgraph,
    opsSubgraph,
    identitySubgraph,
    searchSubgraph,
    resumeSubgraph,
    matchingSubgraph,
    chatSubgraph,
  ];
  // The union of what every service declared, opened once and shared; each service sees only its own part.
  const runtime: Runtime = await createRuntime('looma', [...storesOf(definitions), ...GATEWAY_STORES], config);
  // Chat's plan steps go to this process's gateway, on whatever port it got.
  let gatewayUrl: string | undefined;
  runtime.gatewayUrl = () => gatewayUrl;
  const services: RunningService[] = [];
  try {
    const port = (fixed: number) => (options.ephemeralPorts ? 0 : fixed);
    const subgraphs: Record<string, RunningSubgraph> = {};
    // Talent first: identity's demo users join the demo organisation talent seeds.
    for (const definition of definitions) {
      const service = await startSubgraph(definition, runtime, { port: port(definition.port(config)) });
      services.push(service);
      subgraphs[definition.name] = service;
    }
    const gateway = await startGateway({
      runtime,
      port: port(config.ports.gateway),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      // One process: planned fetches run against the subgraphs' schemas directly, no HTTP, no JSON.
      localSubgraphs: config.subgraphInProcess
        ? Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.local]))
        : undefined,
    });
    services.push(gateway);
    gatewayUrl = gateway.url;
    if ((options.projector ?? true) && config.projector.enabled) runtime.data.projector.start();
    return {
      runtime,
      gateway,
      subgraphs,
      startupMs: performance.now() - started,
      async close() {
        await gateway.close();
        await Promise.all(Object.values(subgraphs).map((s) => s.close()));
        runtime.authenticator.close();
        await runtime.data.close();
      },
    };
  } catch (error) {
    await Promise.allSettled(services.map((s) => s.close()));
    runtime.authenticator.close();
    await runtime.data.close();
    throw error;
  }
}
