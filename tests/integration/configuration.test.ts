/**
 * The configuration service (issue 12, point 4), through the gateway: versions per scope, history,
 * validation naming the field, optimistic concurrency, rollback, the tenant check, the audit entry;
 * an organisation's rate-limit overrides applied by the gateway without a restart; and the
 * acceptance "a configuration change reaches every running service" (real stores: the stack and
 * `npm run serve -- search` as a child process, each reporting the version it applied on /metrics).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigurationDocument,
  ConfigurationHistoryDocument,
  RollbackConfigurationDocument,
  SetConfigurationDocument,
  createLoomaClient,
} from '../../sdk/client.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { realStoreEnv } from '../support/cli-env.ts';
import { freePort } from '../support/egress.ts';
import { watchProcess } from '../support/service-process.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';
import { eventually } from '../support/eventually.ts';

interface ConfigurationResult {
  scope: { kind: string; key: string };
  version: number;
  values: Record<string, unknown>;
  effective: { matchingWeights: Record<string, number>; featureFlags: Record<string, boolean> };
  current: { version: number; author: string; comment: string | null; rolledBackTo: number | null } | null;
}

const FIELDS = 'scope { kind key } version values effective current { version author comment rolledBackTo }';
const GET = `query ($scope: ConfigScopeInput!) { configuration(scope: $scope) { ${FIELDS} } }`;
const SET = `mutation ($input: SetConfigurationInput!) { setConfiguration(input: $input) { ${FIELDS} } }`;
const ROLLBACK = `mutation ($scope: ConfigScopeInput!, $to: Int!) { rollbackConfiguration(scope: $scope, toVersion: $to) { ${FIELDS} } }`;
const HISTORY = `query ($scope: ConfigScopeInput!, $first: Int, $after: String) {
  configurationHistory(scope: $scope, first: $first, after: $after) {
    totalCount edges { cursor node { version values comment rolledBackTo } } pageInfo { hasNextPage endCursor }
  }
}`;
const DEFAULT = { kind: 'DEFAULT' };

/** The value a process's /metrics reports for looma_config_version{scope}, or -1. */
async function appliedVersion(url: string, scope: string): Promise<number> {
  const text = await fetch(new URL('/metrics', url), { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.text(),
    () => '',
  );
  const line = text.split('\n').find((l) => l.startsWith(`looma_config_version{scope="${scope}"}`));
  return line ? Number(line.split(' ').at(-1)) : -1;
}

describe.each(STACK_MODES)('configuration service ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  /** An organisation whose admins administer the platform (PLATFORM_ADMIN_ORGS). */
  const platformOrg = randomUUID();
  let platformAdmin: string;
  let orgAdmin: string;
  let otherOrg: string;
  let otherAdmin: string;

  const call = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string) =>
    (await t.request<T>(query, variables, { token })).body;
  const set = (token: string, scope: object, values: object, expectedVersion: number, comment?: string) =>
    call<{ setConfiguration: ConfigurationResult }>(SET, { input: { scope, values, expectedVersion, comment } }, token);
  const get = async (token: string, scope: object) =>
    (await call<{ configuration: ConfigurationResult }>(GET, { scope }, token)).data?.configuration;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, {
      env: { CONFIG_WATCH_ENABLED: 'true', CONFIG_POLL_MS: '600000', PLATFORM_ADMIN_ORGS: platformOrg },
    });
    otherOrg = randomUUID();
    await seedDemo(t.stack.runtime.data.stores.relational, 0, platformOrg);
    await seedDemo(t.stack.runtime.data.stores.relational, 0, otherOrg);
    platformAdmin = t.token(['ADMIN'], platformOrg);
    orgAdmin = t.token(['ADMIN']);
    otherAdmin = t.token(['ADMIN'], otherOrg);
  }, 180_000);
  afterAll(async () => t?.close());

  it.skipIf(!available)(
    'writes versions of the default scope, reads them back with the effective values, and pages the history',
    async () => {
      const before = (await get(platformAdmin, DEFAULT))!;
      const first = await set(platformAdmin, DEFAULT, { matchingWeights: { requiredSkills: 0.5 } }, before.version, 'skills first');
      expect(first.errors).toBeUndefined();
      expect(first.data?.setConfiguration).toMatchObject({
        scope: { kind: 'DEFAULT', key: 'default' },
        version: before.version + 1,
        values: { matchingWeights: { requiredSkills: 0.5 } },
        current: { version: before.version + 1, comment: 'skills first', rolledBackTo: null },
      });
      expect(first.data?.setConfiguration.effective.matchingWeights.requiredSkills).toBe(0.5);
      // Built-in weights fill what the document leaves out.
      expect(first.data?.setConfiguration.effective.matchingWeights.warmPath).toBeGreaterThan(0);
      await set(platformAdmin, DEFAULT, { matchingWeights: { requiredSkills: 0.6 } }, before.version + 1);

      const page = await call<{
        configurationHistory: {
          totalCount: number;
          edges: { node: { version: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(HISTORY, { scope: DEFAULT, first: 1 }, platformAdmin);
      expect(page.data?.configurationHistory.totalCount).toBe(before.version + 2);
      expect(page.data?.configurationHistory.edges.map((e) => e.node.version)).toEqual([before.version + 2]);
      expect(page.data?.configurationHistory.pageInfo.hasNextPage).toBe(true);
      const next = await call<{ configurationHistory: { edges: { node: { version: number } }[] } }>(
        HISTORY,
        { scope: DEFAULT, first: 1, after: page.data?.configurationHistory.pageInfo.endCursor },
        platformAdmin,
      );
      expect(next.data?.configurationHistory.edges.map((e) => e.node.version)).toEqual([before.version + 1]);
    },
  );

  it.skipIf(!available)("runs the SDK's configuration operations with typed results", async () => {
    const looma = createLoomaClient({ url: t.stack.gateway.url, token: () => platformAdmin });
    const scope = { kind: 'SERVICE' as const, service: 'sdk-test' };
    const { setConfiguration } = await looma.request(SetConfigurationDocument, {
      input: { scope, values: { featureFlags: { 'x-sdk': true } }, expectedVersion: 0, comment: 'from the SDK' },
    });
    expect(setConfiguration).toMatchObject({ version: 1, scope: { key: 'service:sdk-test' }, current: { comment: 'from the SDK' } });
    const { rollbackConfiguration } = await looma.request(RollbackConfigurationDocument, { scope, toVersion: 1 });
    expect(rollbackConfiguration.current?.rolledBackTo).toBe(1);
    const { configuration } = await looma.request(ConfigurationDocument, { scope });
    expect(configuration.effective).toMatchObject({ featureFlags: { 'x-sdk': true } });
    const { configurationHistory } = await looma.request(ConfigurationHistoryDocument, { scope, first: 10 });
    expect(configurationHistory.edges.map((e) => e.node.version)).toEqual([2, 1]);
  });

  it.skipIf(!available)(
    'refuses a bad value or an unknown key with BAD_USER_INPUT naming the field, and a stale version with CONFLICT',
    async () => {
      const { version } = (await get(platformAdmin, DEFAULT))!;
      const bad = await set(platformAdmin, DEFAULT, { matchingWeights: { requiredSkills: 1.5 } }, version);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matchingWeights.requiredSkills' });
      const unknown = await set(platformAdmin, DEFAULT, { featureFlags: { darkMode: true } }, version);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'featureFlags.darkMode' });
      const limit = await set(platformAdmin, DEFAULT, { rateLimits: { operations: { Op: { limit: -1, windowSeconds: 60 } } } }, version);
      expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rateLimits.operations.Op.limit' });

      const stale = await set(platformAdmin, DEFAULT, { featureFlags: { 'x-late': true } }, version - 1);
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: version });
      for (const refused of [bad, unknown, stale]) expect(JSON.stringify(refused.errors)).not.toMatch(/\n\s+at |stacktrace/);
      expect((await get(platformAdmin, DEFAULT))!.version).toBe(version);
    },
  );

  it.skipIf(!available)('rolls back to an earlier version as a new version with its values', async () => {
    const scope = { kind: 'SERVICE', service: 'search' };
    const start = (await get(platformAdmin, scope))!.version;
    await set(platformAdmin, scope, { featureFlags: { semanticSearch: false } }, start);
    await set(platformAdmin, scope, { featureFlags: { semanticSearch: true, 'x-b': true } }, start + 1);
    const rolled = await call<{ rollbackConfiguration: ConfigurationResult }>(ROLLBACK, { scope, to: start + 1 }, platformAdmin);
    expect(rolled.data?.rollbackConfiguration).toMatchObject({
      version: start + 3,
      values: { featureFlags: { semanticSearch: false } },
      current: { rolledBackTo: start + 1 },
    });
    const missing = await call(ROLLBACK, { scope, to: 999 }, platformAdmin);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.skipIf(!available)(
    "lets an organisation's admin write their own scope only (never another's, the default, or their rate limits), and audits it",
    async () => {
      const own = { kind: 'ORG', orgId: t.orgId };
      const { version } = (await get(orgAdmin, own))!;
      const written = await set(orgAdmin, own, { matchingWeights: { location: 0.3 } }, version, 'we hire locally');
      expect(written.errors).toBeUndefined();
      expect(written.data?.setConfiguration.effective.matchingWeights.location).toBe(0.3);

      const other = await set(otherAdmin, own, { matchingWeights: { location: 0 } }, version + 1);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await call(GET, { scope: own }, otherAdmin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await set(orgAdmin, DEFAULT, {}, 0)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const limits = await set(orgAdmin, own, { rateLimits: { operations: { Op: { limit: 1000, windowSeconds: 1 } } } }, version + 1);
      expect(limits.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'rateLimits' });
      // The gateway admits admins only.
      expect((await call(GET, { scope: own }, t.token(['RECRUITER']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const audit = await call<{
        auditLog: { edges: { node: { action: string; entityId: string; actorKind: string; after: string } }[] };
      }>('{ auditLog(filter: { actions: ["config.set"] }) { edges { node { action entityId actorKind after } } } }', {}, orgAdmin);
      const [entry] = audit.data?.auditLog.edges.map((e) => e.node) ?? [];
      expect(entry).toMatchObject({ action: 'config.set', entityId: `org:${t.orgId}`, actorKind: 'USER' });
      expect(JSON.parse(entry!.after)).toMatchObject({
        version: version + 1,
        comment: 'we hire locally',
        values: { matchingWeights: { location: 0.3 } },
      });
    },
  );

  it.skipIf(!available)("applies an organisation's rate-limit overrides at the gateway without a restart", async () => {
    const outbox = '{ outboxStatus { pending } }';
    const probe = 'query ConfigProbe($scope: ConfigScopeInput!) { configuration(scope: $scope) { version } }';
    const own = { kind: 'ORG', orgId: t.orgId };
    const { version } = (await get(platformAdmin, own))!;
    const written = await set(
      platformAdmin,
      own,
      {
        matchingWeights: { location: 0.3 },
        rateLimits: {
          fields: { 'Query.outboxStatus': { limit: 2, windowSeconds: 3600 } },
          operations: { ConfigProbe: { limit: 1, windowSeconds: 3600 } },
        },
      },
      version,
    );
    expect(written.errors).toBeUndefined();

    // The field's own @rateLimit allows 30 a minute: the organisation's override, 2 an hour.
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.request(outbox, {}, { token: orgAdmin }));
    expect(answers.slice(0, 2).map((a) => a.status)).toEqual([200, 200]);
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBe('2');
    expect(answers[2]!.status).toBe(429);
    expect(answers[2]!.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 2, window: '3600s' });
    // Another organisation keeps the directive's limit.
    expect((await t.request(outbox, {}, { token: otherAdmin })).headers.get('x-ratelimit-limit')).toBe('30');

    // Per operation: every ConfigProbe of the organisation counts, whatever it selects.
    const probes = [];
    for (let i = 0; i < 2; i++) probes.push(await t.request(probe, { scope: own }, { token: t.token(['ADMIN']) }));
    expect(probes[0]!.status).toBe(200);
    expect(probes[1]!.status).toBe(429);
    expect(probes[1]!.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 1 });
  });

  // `npm run serve` opens its own stores: only the real ones are shared with the stack (PGlite is one process's).
  // Registered for the real stores only, so that CI (every store up) skips nothing.
  if (mode === 'real')
    it.skipIf(!available)(
      'a configuration change reaches every running service: the stack and `npm run serve -- search` report the new version',
      { timeout: 400_000 },
      async () => {
        const port = await freePort();
        // Its poll is an hour: only the notice on the cache's pub/sub can bring the change in time.
        const env = realStoreEnv(t.config, { CONFIG_POLL_MS: '600000', REGISTRY_ENABLED: 'false', DEMO_SEED: 'false' });
        const child = spawn('npm', ['run', '--silent', 'serve', '--', 'search', '--port', String(port)], {
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
          detached: true,
        });
        // npm's end (a crash included) fails the wait at once, with its stderr, instead of at its deadline.
        const serving = watchProcess('npm run serve -- search', child);
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        const search = `http://127.0.0.1:${port}/graphql`;
        try {
          const { version } = (await get(platformAdmin, DEFAULT))!;
          const started = await eventually(
            () => appliedVersion(search, 'default'),
            (v) => serving.exit() !== undefined || v === version,
            240_000,
          );
          await serving.checkRunning('before it answered with the configuration');
          expect(started).toBe(version);

          const changed = await set(platformAdmin, DEFAULT, { featureFlags: { 'x-rollout': true } }, version, 'reaches everyone');
          expect(changed.errors).toBeUndefined();
          const processes = [t.stack.gateway.url, t.stack.subgraphs.search!.url, search];
          const applied = await Promise.all(
            processes.map((url) =>
              eventually(
                () => appliedVersion(url, 'default'),
                (v) => v === version + 1,
              ),
            ),
          );
          expect(applied).toEqual(processes.map(() => version + 1));
        } finally {
          if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
          const killer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 60_000);
          await exited;
          clearTimeout(killer);
        }
      },
    );
});
