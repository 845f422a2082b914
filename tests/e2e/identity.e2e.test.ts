import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORG_ID, DEMO_USER_ID } from '../../platform/auth.ts';
import { STACK_MODES, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack.ts';

const SESSION = 'accessToken refreshToken expiresAt viewer { id email name role org { id name } }';
const TALENT_COUNT = '{ talents(first: 1) { totalCount } }';

interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  viewer: { id: string; email: string; name: string; role: string; org: { id: string; name: string } };
}

describe.each(STACK_MODES)('identity end to end ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let admin: Session;
  const password = 'correct horse battery';
  const email = () => `u-${randomUUID().slice(0, 8)}@example.test`;

  const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token: string | null = null) =>
    t.request<T>(query, variables, { token });
  const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
  const signUp = async (input: Record<string, unknown>) =>
    call<{ signUp: Session }>(`mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`, { input });
  const login = async (address: string, pass: string) =>
    call<{ login: Session }>(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${SESSION} } }`, {
      e: address,
      p: pass,
    });
  const refresh = async (refreshToken: string) =>
    call<{ refresh: Session }>(`mutation($r: String!) { refresh(refreshToken: $r) { ${SESSION} } }`, { r: refreshToken });

  beforeAll(async () => {
    if (!available) return;
    // The demo organisation (one talent) and its users, as on an embedded development start.
    t = await startTestStack(mode, { env: { DEMO_SEED: 'true', DEMO_TALENTS: '1' } });
    const response = await signUp({
      orgName: 'Acme Hiring',
      email: `  Founder-${randomUUID().slice(0, 8)}@Example.TEST `,
      password,
      name: 'Fay Founder',
    });
    expect(response.body.errors).toBeUndefined();
    admin = response.body.data!.signUp;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)('signs up a new organisation with its first ADMIN, who is then `me`', async () => {
    expect(admin.viewer).toMatchObject({ role: 'ADMIN', name: 'Fay Founder', org: { name: 'Acme Hiring' } });
    expect(admin.viewer.email).toMatch(/^founder-[0-9a-f]{8}@example\.test$/);
    const expiresIn = Date.parse(admin.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
    const me = await call<{ me: Session['viewer'] }>('{ me { id email role org { id } } }', {}, admin.accessToken);
    expect(me.body.data?.me).toEqual({ id: admin.viewer.id, email: admin.viewer.email, role: 'ADMIN', org: { id: admin.viewer.org.id } });
    // The new organisation is empty: tenancy follows the token.
    const talents = await call<{ talents: { totalCount: number } }>(TALENT_COUNT, {}, admin.accessToken);
    expect(talents.body.data?.talents.totalCount).toBe(0);
  });

  it.runIf(available)('invites a user who accepts once and joins the organisation with the role', async () => {
    const invited = email();
    const invite = await call<{ inviteUser: { token: string; invite: { email: string; role: string } } }>(
      'mutation($e: String!) { inviteUser(email: $e, role: RECRUITER) { token invite { email role } } }',
      { e: invited.toUpperCase() },
      admin.accessToken,
    );
    expect(invite.body.data?.inviteUser.invite).toEqual({ email: invited, role: 'RECRUITER' });
    const accept = (token: string) =>
      call<{ acceptInvite: Session }>(
        `mutation($t: String!) { acceptInvite(token: $t, password: "${password}", name: "Ria") { ${SESSION} } }`,
        { t: token },
      );
    const accepted = await accept(invite.body.data!.inviteUser.token);
    expect(accepted.body.data?.acceptInvite.viewer).toMatchObject({ email: invited, role: 'RECRUITER', org: { id: admin.viewer.org.id } });
    const again = await accept(invite.body.data!.inviteUser.token);
    expect(again.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    // Only admins invite.
    const byRecruiter = await call(
      'mutation { inviteUser(email: "x@example.test", role: ADMIN) { token } }',
      {},
      accepted.body.data!.acceptInvite.accessToken,
    );
    expect(codeOf(byRecruiter)).toBe('FORBIDDEN');
  });

  it.runIf(available)('logs in; a wrong password and an unknown email fail alike', async () => {
    const session = await login(admin.viewer.email, password);
    expect(session.body.data?.login.viewer.id).toBe(admin.viewer.id);
    const wrong = await login(admin.viewer.email, 'not the password');
    const unknown = await login(email(), password);
    for (const failed of [wrong, unknown]) {
      expect(failed.body.data).toBeNull();
      expect(failed.body.errors?.[0]).toMatchObject({ message: 'The email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it.runIf(available)('rotates refresh tokens; reusing a replaced one revokes the whole family', async () => {
    const first = (await login(admin.viewer.email, password)).body.data!.login;
    const second = (await refresh(first.refreshToken)).body.data!.refresh;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.viewer.id).toBe(admin.viewer.id);
    const third = (await refresh(second.refreshToken)).body.data!.refresh;
    expect(third.refreshToken).toMatch(/^lr_/);

    const reused = await refresh(first.refreshToken);
    // Answered like any bad token (a thief learns nothing), but the family is revoked.
    expect(reused.body.errors?.[0]).toMatchObject({
      message: 'The refresh token is invalid or expired',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // The newest token of the family died with it; another session (family) lives on.
    expect(codeOf(await refresh(third.refreshToken))).toBe('UNAUTHENTICATED');
    const other = (await login(admin.viewer.email, password)).body.data!.login;
    expect((await refresh(other.refreshToken)).body.errors).toBeUndefined();
  });

  it.runIf(available)('logs out: the refresh token stops working', async () => {
    const session = (await login(admin.viewer.email, password)).body.data!.login;
    const out = await call<{ logout: boolean }>('mutation($r: String!) { logout(refreshToken: $r) }', { r: session.refreshToken });
    expect(out.body.data).toEqual({ logout: true });
    expect(codeOf(await refresh(session.refreshToken))).toBe('UNAUTHENTICATED');
    expect((await call('mutation { logout(refreshToken: "lr_unknown") }')).body.data).toEqual({ logout: true });
  });

  it.runIf(available)('creates an API key with chosen scopes, uses it, records lastUsedAt, and revokes it', async () => {
    const created = await call<{ createApiKey: { secret: string; apiKey: { id: string; scopes: string[]; lastUsedAt: string | null } } }>(
      'mutation { createApiKey(name: "ci reader", scopes: ["talent:read", "talent:read"]) { secret apiKey { id scopes lastUsedAt } } }',
      {},
      admin.accessToken,
    );
    expect(created.body.errors).toBeUndefined();
    const { secret, apiKey } = created.body.data!.createApiKey;
    expect(secret).toMatch(new RegExp(`^lk_${apiKey.id}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey).toMatchObject({ scopes: ['talent:read'], lastUsedAt: null });

    const read = await call<{ talents: { totalCount: number } }>(TALENT_COUNT, {}, secret);
    expect(read.body.data?.talents.totalCount).toBe(0);
    const viaHeader = await t.request<{ talents: { totalCount: number } }>(
      TALENT_COUNT,
      {},
      { token: null, headers: { 'x-api-key': secret } },
    );
    expect(viaHeader.body.data?.talents.totalCount).toBe(0);
    const write = await call('mutation { createTalent(input: { name: "Nope" }) { id } }', {}, secret);
    expect(codeOf(write)).toBe('FORBIDDEN');
    const me = await call<{ me: unknown }>('{ me { id } }', {}, secret);
    expect(me.body.data).toEqual({ me: null });

    const listed = await call<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(
      '{ apiKeys { id lastUsedAt } }',
      {},
      admin.accessToken,
    );
    const used = listed.body.data!.apiKeys.find((k) => k.id === apiKey.id)!;
    expect(Date.now() - Date.parse(used.lastUsedAt!)).toBeLessThan(60_000);

    const revoked = await call<{ revokeApiKey: { revokedAt: string | null } }>(
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      admin.accessToken,
    );
    expect(revoked.body.data?.revokeApiKey.revokedAt).toBeTruthy();
    const after = await call(TALENT_COUNT, {}, secret);
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    const tampered = await call(TALENT_COUNT, {}, `${secret.slice(0, -2)}xx`);
    expect(tampered.status).toBe(401);

    // Unknown scopes are bad input; API keys cannot mint API keys; recruiters cannot create them.
    const unknownScope = await call('mutation { createApiKey(name: "k", scopes: ["root"]) { secret } }', {}, admin.accessToken);
    expect(unknownScope.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes.0' });
    const byRecruiter = await call(
      'mutation { createApiKey(name: "k", scopes: ["talent:read"]) { secret } }',
      {},
      t.token(['RECRUITER'], admin.viewer.org.id),
    );
    expect(codeOf(byRecruiter)).toBe('FORBIDDEN');
  });

  it.runIf(available)('rotates the signing key: old tokens verify until their key retires; the JWKS lists both', async () => {
    const before = (await login(admin.viewer.email, password)).body.data!.login.accessToken;
    const oldKid = decodeProtectedHeader(before).kid!;
    // Rotation is the operator's (npm run keys -- rotate), not a tenant admin's: the API has no such field.
    const viaApi = await call('mutation { rotateSigningKey { kid } }', {}, admin.accessToken);
    expect(codeOf(viaApi)).toBe('GRAPHQL_VALIDATION_FAILED');
    const rotated = await t.stack.runtime.authenticator.keys.rotate();
    expect(rotated.state).toBe('active');
    const newKid = rotated.kid;
    expect(newKid).not.toBe(oldKid);

    const after = (await login(admin.viewer.email, password)).body.data!.login.accessToken;
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    for (const token of [before, after]) {
      expect((await call<{ me: { id: string } }>('{ me { id } }', {}, token)).body.data?.me.id).toBe(admin.viewer.id);
    }
    const jwksUrl = new URL('/.well-known/jwks.json', t.stack.subgraphs.identity!.url);
    const jwks = (await (await fetch(jwksUrl)).json()) as { keys: { kid: string; kty: string; crv: string; alg: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kid).sort()).toEqual([oldKid, newKid].sort());
    expect(jwks.keys.every((k) => k.kty === 'EC' && k.crv === 'P-256' && k.alg === 'ES256' && k.d === undefined)).toBe(true);
    // The gateway publishes the same set at its well-known address.
    const gatewayJwks = await fetch(new URL('/.well-known/jwks.json', t.stack.gateway.url));
    expect(gatewayJwks.headers.get('content-type')).toBe('application/jwk-set+json');
    expect(await gatewayJwks.json()).toEqual(jwks);

    await t.stack.runtime.authenticator.keys.retire(oldKid);
    const refused = await call('{ me { id } }', {}, before);
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    const listed = (await (await fetch(jwksUrl)).json()) as { keys: { kid: string }[] };
    expect(listed.keys.map((k) => k.kid)).toEqual([newKid]);
    // The admin's sign-up token was signed with the retired key too: later tests use a fresh session.
    admin = (await login(admin.viewer.email, password)).body.data!.login;
  });

  it.runIf(available)('lets the demo users log in with the demo password, each with their role', async () => {
    const expected: [string, string][] = [
      ['admin@demo.looma.dev', 'ADMIN'],
      ['recruiter@demo.looma.dev', 'RECRUITER'],
      ['manager@demo.looma.dev', 'HIRING_MANAGER'],
      ['viewer@demo.looma.dev', 'VIEWER'],
    ];
    for (const [address, role] of expected) {
      const session = await login(address, 'looma-demo');
      expect(session.body.errors).toBeUndefined();
      expect(session.body.data!.login.viewer).toMatchObject({ email: address, role, org: { id: DEMO_ORG_ID } });
      if (role === 'RECRUITER') expect(session.body.data!.login.viewer.id).toBe(DEMO_USER_ID);
      const talents = await call<{ talents: { totalCount: number } }>(TALENT_COUNT, {}, session.body.data!.login.accessToken);
      expect(talents.body.data?.talents.totalCount).toBe(1);
    }
  });

  it.runIf(available)('refuses bad input with BAD_USER_INPUT naming the field, and a taken email with CONFLICT', async () => {
    const valid = { orgName: 'Org', email: email(), password, name: 'N' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, email: 'not-an-email' }, 'email'],
      [{ ...valid, password: 'short' }, 'password'],
      [{ ...valid, password: 'p'.repeat(201) }, 'password'],
      [{ ...valid, orgName: '   ' }, 'orgName'],
      [{ ...valid, name: '' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const response = await signUp(input);
      expect(response.body.data).toBeNull();
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const taken = await signUp({ ...valid, email: admin.viewer.email.toUpperCase() });
    expect(taken.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'email' });
    const longPassword = await login(admin.viewer.email, 'p'.repeat(201));
    expect(longPassword.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    const badRole = await call('mutation { inviteUser(email: "a@example.test", role: OWNER) { token } }', {}, admin.accessToken);
    expect(badRole.status).toBe(400);
  });

  it.runIf(available)("reads another organisation's records as missing: NOT_FOUND for writes, null for reads", async () => {
    const other = (await signUp({ orgName: 'Other Org', email: email(), password, name: 'Otto' })).body.data!.signUp;
    const key = await call<{ createApiKey: { apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "mine", scopes: ["talent:read"]) { apiKey { id } } }',
      {},
      admin.accessToken,
    );
    const keyId = key.body.data!.createApiKey.apiKey.id;

    const revoke = await call('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: keyId }, other.accessToken);
    expect(revoke.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', id: keyId });
    const user = await call<{ user: unknown }>('query($id: ID!) { user(id: $id) { id } }', { id: admin.viewer.id }, other.accessToken);
    expect(user.body).toEqual({ data: { user: null } });
    const keys = await call<{ apiKeys: { id: string }[] }>('{ apiKeys { id } }', {}, other.accessToken);
    expect(keys.body.data?.apiKeys).toEqual([]);
    const own = await call<{ user: { id: string } }>(
      'query($id: ID!) { user(id: $id) { id } }',
      { id: admin.viewer.id },
      admin.accessToken,
    );
    expect(own.body.data?.user.id).toBe(admin.viewer.id);
  });

  it.runIf(available)('throttles failed logins per account, then per address (RATE_LIMITED with retryAfter)', async () => {
    // Per account: the sixth attempt is refused even with the right password.
    const victim = (await signUp({ orgName: 'Victim Org', email: email(), password, name: 'Vic' })).body.data!.signUp.viewer.email;
    for (let i = 0; i < 5; i++) expect(codeOf(await login(victim, `wrong password ${i}`))).toBe('UNAUTHENTICATED');
    const locked = await login(victim, password);
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retryAfter = locked.body.errors?.[0]?.extensions?.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // Per address: failures spread over many accounts add up (every test here comes from one address).
    let attempts = 0;
    let last: GraphQLResponse;
    do {
      last = await login(email(), 'wrong password');
      attempts++;
    } while (codeOf(last) === 'UNAUTHENTICATED' && attempts <= 25);
    expect(codeOf(last)).toBe('RATE_LIMITED');
    expect(attempts).toBeLessThanOrEqual(20);
    expect(codeOf(await login('admin@demo.looma.dev', 'looma-demo'))).toBe('RATE_LIMITED');

    // Another client (its address forwarded by a trusted proxy, then by the gateway to identity) is not held back.
    const elsewhere = await t.request<{ login: Session }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${SESSION} } }`,
      { e: 'admin@demo.looma.dev', p: 'looma-demo' },
      { token: null, headers: { 'x-forwarded-for': '203.0.113.7' } },
    );
    expect(elsewhere.body.errors).toBeUndefined();
    expect(elsewhere.body.data?.login.accessToken).toBeTruthy();
  });
});
