import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../platform/config.ts';
import { startStack, type Stack } from '../../app/stack.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import type { Role } from '../../platform/viewer.ts';
import { hasRealStore, realStoreEnv, scratchDatabase } from './real-stores.ts';

export type StackMode = 'embedded' | 'real';

/** The store modes an end-to-end test runs in: embedded always; real when the servers are here (always under CI). */
export const STACK_MODES: { mode: StackMode; available: boolean }[] = [
  { mode: 'embedded', available: true },
  {
    mode: 'real',
    available: (['postgres', 'neo4j', 'weaviate', 'elasticsearch', 'redis'] as const).map(hasRealStore).every(Boolean),
  },
];

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
}

export interface TestStack {
  stack: Stack;
  config: Config;
  /** The organisation this stack seeded (a fresh one per stack, so stacks on shared servers stay apart). */
  orgId: string;
  token(roles?: Role[], orgId?: string): string;
  /** POSTs an operation to the gateway (or another service URL). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string>; url?: string },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the whole stack in this process on free ports: over a fresh embedded data directory, or
 * over the real servers with a scratch database and a namespace of its own. Seeds `talents` demo
 * talents into a fresh organisation and drains the outbox, unless told otherwise.
 */
export async function startTestStack(
  mode: StackMode,
  { talents = 0, projector = false, env = {} }: { talents?: number; projector?: boolean; env?: Record<string, string> } = {},
): Promise<TestStack> {
  const cleanups: (() => Promise<void>)[] = [];
  const base: Record<string, string> = {
    LOOMA_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DEMO_SEED: 'false',
    PROJECTOR_INTERVAL_MS: '50',
    // The registry's heartbeats and /ready checks are background store round trips: off, so that the
    // process-wide round-trip counts tests read are their requests' alone (registry.test.ts turns it on).
    REGISTRY_ENABLED: 'false',
    // Likewise the configuration watcher's poll (configuration.test.ts turns it on).
    CONFIG_WATCH_ENABLED: 'false',
  };
  if (mode === 'embedded') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-test-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    base.LOOMA_DATA_DIR = dir;
  } else {
    const { url, drop } = await scratchDatabase();
    cleanups.push(drop);
    Object.assign(base, {
      LOOMA_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'looma-test-')),
      ...realStoreEnv(url, 't'),
    });
  }
  const config = loadConfig({ ...base, ...env });
  const stack = await startStack({ config, ephemeralPorts: true, projector });
  const orgId = randomUUID();
  await seedDemo(stack.runtime.data.stores.relational, talents, orgId);
  if (talents > 0 && !projector) await stack.runtime.data.projector.drainUntilIdle();

  const token = (roles: Role[] = ['RECRUITER'], org = orgId) =>
    stack.runtime.authenticator.issueAccessToken({ userId: randomUUID(), orgId: org, roles });
  const defaultToken = token();

  return {
    stack,
    config,
    orgId,
    token,
    async request(query, variables, options = {}) {
      const bearer = options.token === undefined ? defaultToken : options.token;
      const response = await fetch(options.url ?? stack.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: GraphQLResponse['body'];
      try {
        body = JSON.parse(text) as GraphQLResponse['body'];
      } catch {
        throw new Error(`non-JSON response ${response.status}: ${text.slice(0, 300)}`);
      }
      return { status: response.status, headers: response.headers, body } as GraphQLResponse<never>;
    },
    async close() {
      const { stores } = stack.runtime.data;
      if (mode === 'real') {
        // Leave the shared servers as they were: this stack's org and namespace go.
        await stores.graph.clearOrg(orgId).catch(() => undefined);
        await stores.vector.dropCollection(TALENT_VECTOR_COLLECTION).catch(() => undefined);
        await stores.search.dropIndex(TALENT_SEARCH_INDEX.name).catch(() => undefined);
        await stores.cache.del([]).catch(() => undefined);
      }
      await stack.close();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}
