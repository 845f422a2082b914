import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordHashes } from '../../subgraphs/identity/accounts/passwords.ts';
import { SQL_CACHE_MODES, startSqlCacheStack } from '../support/sql-cache-stack.ts';
import type { GraphQLResponse, TestStack } from '../support/stack.ts';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const PASSWORD = 'correct horse battery';

/** scrypt evaluations for logins so far in this process (real and dummy hashes). */
async function loginHashes(): Promise<number> {
  const metric = await passwordHashes.get();
  return metric.values.filter((v) => v.labels.operation === 'verify').reduce((sum, v) => sum + v.value, 0);
}

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
const newAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe.each(SQL_CACHE_MODES)('login throttle under concurrency ($mode)', ({ mode, available }) => {
  let t: TestStack;
  let identityUrl: string;
  let usedAddresses: Set<string>;

  /** An address no other test here used: each test starts with a fresh per-address budget. */
  const freshAddress = () => {
    let address = newAddress();
    while (usedAddresses.has(address)) address = newAddress();
    usedAddresses.add(address);
    return address;
  };
  const login = (email: string, password: string, address: string, url?: string) =>
    t.request(LOGIN, { e: email, p: password }, { token: null, url, headers: { 'x-forwarded-for': address } });
  const newAccount = async () => {
    const email = `victim-${randomUUID().slice(0, 8)}@example.test`;
    const response = await t.request(
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { orgName: 'Victim Org', email, password: PASSWORD, name: 'Vic' } },
      { token: null, headers: { 'x-forwarded-for': freshAddress() } },
    );
    expect(response.body.errors).toBeUndefined();
    return email;
  };

  beforeAll(async () => {
    if (!available) return;
    usedAddresses = new Set();
    t = await startSqlCacheStack(mode);
    expect(t.stack.runtime.data.stores.cache.adapter).toBe(mode === 'embedded' ? 'memory' : 'redis');
    identityUrl = t.stack.subgraphs.identity!.url;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  for (const via of ['identity subgraph', 'gateway'] as const) {
    it.runIf(available)(`evaluates at most 5 of 40 parallel wrong passwords for one account, straight at the ${via}`, async () => {
      const email = await newAccount();
      const address = freshAddress();
      const url = via === 'gateway' ? undefined : identityUrl;
      const before = await loginHashes();
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(email, `wrong password ${i}`, address, url)));
      const evaluated = (await loginHashes()) - before;
      expect(evaluated).toBeLessThanOrEqual(5);
      const codes = answers.map(codeOf);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBe(evaluated);
      expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBe(40 - evaluated);
      for (const answer of answers) {
        expect(answer.body.data ?? null).toBeNull();
        expect(JSON.stringify(answer.body)).not.toContain('stacktrace');
        if (codeOf(answer) === 'RATE_LIMITED') expect(answer.body.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
      }
      // The account stays locked for the window, even with the right password and from elsewhere; nothing more is hashed.
      const afterwards = await loginHashes();
      const locked = await login(email, PASSWORD, freshAddress(), url);
      expect(codeOf(locked)).toBe('RATE_LIMITED');
      expect(locked.body.errors![0]!.extensions!.retryAfter).toBeGreaterThan(800);
      expect(await loginHashes()).toBe(afterwards);
    });
  }

  it.runIf(available)('evaluates at most 20 of 40 parallel wrong passwords from one address spread over 40 accounts', async () => {
    const address = freshAddress();
    const before = await loginHashes();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(`nobody-${i}-${randomUUID().slice(0, 8)}@example.test`, 'wrong password', address, identityUrl),
      ),
    );
    const evaluated = (await loginHashes()) - before;
    expect(evaluated).toBeLessThanOrEqual(20);
    expect(answers.filter((a) => codeOf(a) === 'UNAUTHENTICATED').length).toBe(evaluated);
    expect(answers.filter((a) => codeOf(a) === 'RATE_LIMITED').length).toBe(40 - evaluated);
  });

  it.runIf(available)(
    'counts a success as no failure: successes from one address never lock it, and a success clears the account',
    async () => {
      const email = await newAccount();
      const address = freshAddress();
      // More successes than the address allows failures, in parallel batches of 4 (under the per-account limit).
      for (let batch = 0; batch < 6; batch++) {
        const answers = await Promise.all(Array.from({ length: 4 }, () => login(email, PASSWORD, address, identityUrl)));
        for (const answer of answers) expect(answer.body.errors).toBeUndefined();
      }
      // Four failures, a success, then five more failures are allowed before the lock.
      for (let i = 0; i < 4; i++) expect(codeOf(await login(email, `wrong ${i}`, address, identityUrl))).toBe('UNAUTHENTICATED');
      expect((await login(email, PASSWORD, address, identityUrl)).body.errors).toBeUndefined();
      for (let i = 0; i < 5; i++) expect(codeOf(await login(email, `wrong again ${i}`, address, identityUrl))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login(email, PASSWORD, address, identityUrl))).toBe('RATE_LIMITED');
    },
  );
});
