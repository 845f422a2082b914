import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTalentRows } from '../../subgraphs/talent/sync/talent-import.ts';
import { generateImportRows } from '../support/import-rows.ts';
import { SQL_CACHE_MODES, startSqlCacheStack } from '../support/sql-cache-stack.ts';
import type { GraphQLResponse, TestStack } from '../support/stack.ts';

const SESSION = 'accessToken refreshToken viewer { id email org { id } }';
const PASSWORD = 'correct horse battery';

interface Session {
  accessToken: string;
  refreshToken: string;
  viewer: { id: string; email: string; org: { id: string } };
}

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
const email = () => `u-${randomUUID().slice(0, 8)}@example.test`;

/**
 * Two requests that both pass a check before either acts: each case sends them in parallel (and
 * repeats, so the interleavings vary) and asserts that exactly one wins and the other gets the
 * answer it would get had it come second, with nothing half-written.
 */
describe.each(SQL_CACHE_MODES)('check-then-act under concurrency ($mode)', ({ mode, available }) => {
  let t: TestStack;
  let admin: Session;
  let address = 0;

  // Each call from an address of its own: the per-address rate limits are not what these tests are about.
  const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token: string | null = null) =>
    t.request<T>(query, variables, { token, headers: { 'x-forwarded-for': `192.0.2.${(address++ % 250) + 1}` } });
  const signUp = (input: Record<string, unknown>) =>
    call<{ signUp: Session }>(`mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`, { input });
  const refresh = (refreshToken: string) =>
    call<{ refresh: Session }>(`mutation($r: String!) { refresh(refreshToken: $r) { ${SESSION} } }`, { r: refreshToken });
  const invite = async (as: Session, address: string) => {
    const response = await call<{ inviteUser: { token: string } }>(
      'mutation($e: String!) { inviteUser(email: $e, role: RECRUITER) { token } }',
      { e: address },
      as.accessToken,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.inviteUser.token;
  };
  const accept = (token: string) =>
    call<{ acceptInvite: Session }>(
      `mutation($t: String!) { acceptInvite(token: $t, password: "${PASSWORD}", name: "Ria") { ${SESSION} } }`,
      { t: token },
    );
  const count = async (sql: string, params: unknown[]) => {
    const [row] = await t.stack.runtime.data.stores.relational.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row!.n;
  };

  beforeAll(async () => {
    if (!available) return;
    t = await startSqlCacheStack(mode);
    const response = await signUp({ orgName: 'Race Org', email: email(), password: PASSWORD, name: 'Rae' });
    expect(response.body.errors).toBeUndefined();
    admin = response.body.data!.signUp;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)(
    'refresh: of two parallel uses of one token exactly one gets a session; the other fails like any bad token',
    async () => {
      for (let round = 0; round < 5; round++) {
        const login = await call<{ login: Session }>(`mutation($e: String!) { login(email: $e, password: "${PASSWORD}") { ${SESSION} } }`, {
          e: admin.viewer.email,
        });
        const token = login.body.data!.login.refreshToken;
        const answers = await Promise.all([refresh(token), refresh(token)]);
        const won = answers.filter((a) => a.body.data?.refresh);
        const lost = answers.filter((a) => !a.body.data?.refresh);
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]!.body.errors?.[0]).toMatchObject({
          message: 'The refresh token is invalid or expired',
          extensions: { code: 'UNAUTHENTICATED' },
        });
        // A second use is a reuse: the family is revoked, the winner's new token included.
        expect(codeOf(await refresh(won[0]!.body.data!.refresh.refreshToken))).toBe('UNAUTHENTICATED');
      }
    },
  );

  it.runIf(available)('logout racing a refresh of the same session: no token of the session works afterwards', async () => {
    for (let round = 0; round < 20; round++) {
      const login = await call<{ login: Session }>(`mutation($e: String!) { login(email: $e, password: "${PASSWORD}") { ${SESSION} } }`, {
        e: admin.viewer.email,
      });
      const token = login.body.data!.login.refreshToken;
      const [renewed, out] = await Promise.all([refresh(token), call('mutation($r: String!) { logout(refreshToken: $r) }', { r: token })]);
      expect(out.body.data).toEqual({ logout: true });
      const next = renewed.body.data?.refresh?.refreshToken;
      if (next) expect(codeOf(await refresh(next))).toBe('UNAUTHENTICATED');
    }
  });

  it.runIf(available)('refresh: a reused, an unknown and a revoked token get one and the same answer', async () => {
    const login = await call<{ login: Session }>(`mutation($e: String!) { login(email: $e, password: "${PASSWORD}") { ${SESSION} } }`, {
      e: admin.viewer.email,
    });
    const first = login.body.data!.login.refreshToken;
    const second = (await refresh(first)).body.data!.refresh.refreshToken;
    const answers = [await refresh(first), await refresh(`lr_${randomUUID()}`), await refresh(second)];
    const errors = answers.map((a) => ({
      data: a.body.data ?? null,
      errors: a.body.errors?.map(({ message, extensions }) => ({ message, extensions })),
    }));
    for (const error of errors) {
      expect(error).toEqual({
        data: null,
        errors: [{ message: 'The refresh token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
  });

  it.runIf(available)(
    'signUp: of two parallel sign-ups with one email exactly one succeeds, the other is CONFLICT, and no organisation is left behind',
    async () => {
      for (let round = 0; round < 5; round++) {
        const address = email();
        const orgName = `Twin Org ${randomUUID()}`;
        const answers = await Promise.all([0, 1].map(() => signUp({ orgName, email: address, password: PASSWORD, name: 'Tw' })));
        expect(answers.filter((a) => a.body.data?.signUp)).toHaveLength(1);
        const refused = answers.find((a) => !a.body.data?.signUp)!;
        expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'email' });
        expect(await count('users WHERE email = $1', [address])).toBe(1);
        expect(await count('orgs WHERE name = $1', [orgName])).toBe(1);
      }
    },
  );

  it.runIf(available)('acceptInvite: two parallel accepts of one invite create exactly one user', async () => {
    for (let round = 0; round < 5; round++) {
      const address = email();
      const token = await invite(admin, address);
      const answers = await Promise.all([accept(token), accept(token)]);
      expect(answers.filter((a) => a.body.data?.acceptInvite)).toHaveLength(1);
      expect(answers.find((a) => !a.body.data?.acceptInvite)!.body.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'token',
      });
      expect(await count('users WHERE email = $1', [address])).toBe(1);
    }
  });

  it.runIf(available)(
    'acceptInvite: two invites of one email accepted in parallel create one user; the other is CONFLICT and its invite stays open',
    async () => {
      const other = (await signUp({ orgName: 'Second Org', email: email(), password: PASSWORD, name: 'Sec' })).body.data!.signUp;
      for (let round = 0; round < 5; round++) {
        const address = email();
        const tokens = [await invite(admin, address), await invite(other, address)];
        const answers = await Promise.all(tokens.map(accept));
        expect(answers.filter((a) => a.body.data?.acceptInvite)).toHaveLength(1);
        expect(answers.find((a) => !a.body.data?.acceptInvite)!.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'email' });
        expect(await count('users WHERE email = $1', [address])).toBe(1);
        // The refused acceptance claimed nothing: one invite is accepted, the other still open.
        expect(await count('invites WHERE email = $1 AND accepted_at IS NOT NULL', [address])).toBe(1);
      }
    },
  );

  it.runIf(available)('createApiKey: 10 parallel creations with room for 2 more active keys create exactly 2', async () => {
    const owner = (await signUp({ orgName: 'Key Org', email: email(), password: PASSWORD, name: 'Kay' })).body.data!.signUp;
    const orgId = owner.viewer.org.id;
    // The organisation already holds 98 active keys (and revoked ones, which do not count).
    await t.stack.runtime.data.stores.relational.query(
      `INSERT INTO api_keys (org_id, name, scopes, secret_hash, created_by, revoked_at)
       SELECT $1, 'key ' || n, ARRAY['talent:read'], md5(n::text), $2, CASE WHEN n > 98 THEN now() END FROM generate_series(1, 110) AS n`,
      [orgId, owner.viewer.id],
    );
    const create = () =>
      call<{ createApiKey: { apiKey: { id: string } } }>(
        'mutation { createApiKey(name: "k", scopes: ["talent:read"]) { apiKey { id } } }',
        {},
        owner.accessToken,
      );
    const answers = await Promise.all(Array.from({ length: 10 }, create));
    const created = answers.filter((a) => a.body.data?.createApiKey);
    expect(created).toHaveLength(2);
    for (const refused of answers.filter((a) => !a.body.data?.createApiKey)) {
      expect(refused.body.errors?.[0]).toMatchObject({
        message: 'An organisation holds at most 100 active API keys; revoke one first',
        extensions: { code: 'RESOURCE_EXHAUSTED', limit: 100 },
      });
    }
    expect(await count('api_keys WHERE org_id = $1 AND revoked_at IS NULL', [orgId])).toBe(100);
    expect(await count("audit_log WHERE org_id = $1 AND action = 'apiKey.create'", [orgId])).toBe(2);
    // A revocation makes room for one.
    const revoke = await call(
      'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: created[0]!.body.data!.createApiKey.apiKey.id },
      owner.accessToken,
    );
    expect(revoke.body.errors).toBeUndefined();
    expect((await create()).body.errors).toBeUndefined();
    expect(codeOf(await create())).toBe('RESOURCE_EXHAUSTED');
  });

  it.runIf(available)('revokeApiKey: two parallel revocations of one key both answer the revoked key; one is recorded', async () => {
    for (let round = 0; round < 5; round++) {
      const key = await call<{ createApiKey: { apiKey: { id: string } } }>(
        'mutation { createApiKey(name: "k", scopes: ["talent:read"]) { apiKey { id } } }',
        {},
        admin.accessToken,
      );
      const id = key.body.data!.createApiKey.apiKey.id;
      const revoke = () =>
        call<{ revokeApiKey: { id: string; revokedAt: string } }>(
          'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
          { id },
          admin.accessToken,
        );
      const answers = await Promise.all([revoke(), revoke()]);
      for (const answer of answers) expect(answer.body.errors).toBeUndefined();
      expect(answers[0]!.body.data!.revokeApiKey.revokedAt).toBe(answers[1]!.body.data!.revokeApiKey.revokedAt);
      expect(await count("audit_log WHERE org_id = $1 AND action = 'apiKey.revoke' AND entity_id = $2", [admin.viewer.org.id, id])).toBe(1);
    }
  });

  it.runIf(available)(
    'importTalents: two parallel imports of the same rows (API and CLI) create each talent once, then update it once',
    async () => {
      const IMPORT =
        'mutation($rows: [ImportTalentRow!]!) { importTalents(rows: $rows) { created updated unchanged errors rows { outcome talent { id version } } } }';
      type Result = {
        importTalents: {
          created: number;
          updated: number;
          unchanged: number;
          errors: number;
          rows: { outcome: string; talent: { id: string; version: number } }[];
        };
      };
      const source = `race-${randomUUID().slice(0, 8)}`;
      const rows = generateImportRows(40, { source, seed: 9 });
      const writer = t.token(['RECRUITER']);
      // One call through the API, the other as `npm run talents:import` makes it.
      const both = async (batch: unknown[]) => {
        const [api, cli] = await Promise.all([
          call<Result>(IMPORT, { rows: batch }, writer),
          importTalentRows(t.stack.runtime.data.stores.relational, t.orgId, 'system', batch),
        ]);
        expect(api.body.errors).toBeUndefined();
        const { rows: cliRows, ...cliCounts } = cli.result;
        return [
          api.body.data!.importTalents,
          {
            ...cliCounts,
            rows: await Promise.all(cliRows.map(async (r) => ({ outcome: r.outcome, talent: await versionOf(r.talentId!) }))),
          },
        ];
      };
      const versionOf = async (id: string) => {
        const [row] = await t.stack.runtime.data.stores.relational.query<{ version: number }>('SELECT version FROM talents WHERE id = $1', [
          id,
        ]);
        return { id, version: row!.version };
      };

      const created = await both(rows);
      expect(created.map((r) => r.created).sort()).toEqual([0, 40]);
      expect(created.map((r) => r.unchanged).sort()).toEqual([0, 40]);
      const ids = created[0]!.rows.map((r) => r.talent.id);
      expect(created[1]!.rows.map((r) => r.talent.id)).toEqual(ids);
      expect(await count('talent_external_ids WHERE org_id = $1 AND source = $2', [t.orgId, source])).toBe(40);
      expect(await count("talents WHERE org_id = $1 AND source = 'IMPORT' AND id = ANY ($2::uuid[])", [t.orgId, ids])).toBe(40);
      expect(
        await count(
          "talents t WHERE org_id = $1 AND NOT EXISTS (SELECT 1 FROM talent_external_ids e WHERE e.talent_id = t.id) AND source = 'IMPORT'",
          [t.orgId],
        ),
      ).toBe(0);

      const changed = rows.map((row) => ({
        ...row,
        headline: `${row.headline} (moved)`,
        updatedAt: new Date(Date.parse(row.updatedAt) + 60_000).toISOString(),
      }));
      const updated = await both(changed);
      expect(updated.map((r) => r.updated).sort()).toEqual([0, 40]);
      expect(updated.map((r) => r.unchanged).sort()).toEqual([0, 40]);
      const versions = updated.flatMap((r) => r.rows.map((row) => row.talent.version));
      expect(new Set(versions)).toEqual(new Set([2]));
      expect(await count("audit_log WHERE org_id = $1 AND action = 'talent.import' AND talent_id = ANY ($2::uuid[])", [t.orgId, ids])).toBe(
        80,
      );
    },
  );
});
