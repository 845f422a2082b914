import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_CACHE_MODES, startSqlCacheStack } from '../support/sql-cache-stack.ts';
import type { TestStack } from '../support/stack.ts';

const SESSION = 'accessToken refreshToken viewer { id email org { id } }';
const PASSWORD = 'correct horse battery';
const AUDIT = `query($filter: AuditFilter) {
  auditLog(filter: $filter, first: 100) { totalCount edges { node { action entityType entityId talentId actorId actorKind actor { id } before after } } }
}`;

interface Session {
  accessToken: string;
  refreshToken: string;
  viewer: { id: string; email: string; org: { id: string } };
}
interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  talentId: string | null;
  actorId: string;
  actorKind: string;
  actor: { id: string } | null;
  before: string | null;
  after: string | null;
}

/** Identity's mutations in the audit log, read back through the gateway as an admin reads them. */
describe.each(SQL_CACHE_MODES)('identity mutations in the audit log ($mode)', ({ mode, available }) => {
  let t: TestStack;
  let address = 0;
  const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token: string | null = null) =>
    t.request<T>(query, variables, { token, headers: { 'x-forwarded-for': `203.0.113.${(address++ % 250) + 1}` } });
  const email = () => `u-${randomUUID().slice(0, 8)}@example.test`;
  const auditOf = async (admin: Session, filter: Record<string, unknown> = {}) => {
    const response = await call<{ auditLog: { totalCount: number; edges: { node: Entry }[] } }>(AUDIT, { filter }, admin.accessToken);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.auditLog.edges.map((e) => e.node).reverse();
  };

  beforeAll(async () => {
    if (!available) return;
    t = await startSqlCacheStack(mode);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)('records sign-up, invitation, acceptance and API keys, with who did it and never a secret', async () => {
    const founderEmail = email();
    const signUp = await call<{ signUp: Session }>(`mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`, {
      input: { orgName: 'Audited Org', email: founderEmail, password: PASSWORD, name: 'Fay' },
    });
    expect(signUp.body.errors).toBeUndefined();
    const admin = signUp.body.data!.signUp;
    const orgId = admin.viewer.org.id;

    const invitedEmail = email();
    const invite = await call<{ inviteUser: { token: string; invite: { id: string } } }>(
      'mutation($e: String!) { inviteUser(email: $e, role: RECRUITER) { token invite { id } } }',
      { e: invitedEmail },
      admin.accessToken,
    );
    const {
      token: inviteToken,
      invite: { id: inviteId },
    } = invite.body.data!.inviteUser;
    const accepted = await call<{ acceptInvite: Session }>(
      `mutation($t: String!) { acceptInvite(token: $t, password: "${PASSWORD}", name: "Ria") { ${SESSION} } }`,
      { t: inviteToken },
    );
    const member = accepted.body.data!.acceptInvite.viewer;
    const created = await call<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "ci reader", scopes: ["talent:read"]) { secret apiKey { id } } }',
      {},
      admin.accessToken,
    );
    const { secret, apiKey } = created.body.data!.createApiKey;
    expect(
      (await call('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, admin.accessToken)).body.errors,
    ).toBeUndefined();
    // Revoking again changes nothing, so it records nothing.
    expect(
      (await call('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, admin.accessToken)).body.errors,
    ).toBeUndefined();
    // Logins and refreshes are not audit entries.
    const login = await call<{ login: Session }>(`mutation($e: String!) { login(email: $e, password: "${PASSWORD}") { ${SESSION} } }`, {
      e: founderEmail,
    });
    await call(`mutation($r: String!) { refresh(refreshToken: $r) { accessToken } }`, { r: login.body.data!.login.refreshToken });

    const entries = await auditOf(admin);
    const shape = entries.map(({ action, entityType, entityId, actorId, actorKind, talentId }) => ({
      action,
      entityType,
      entityId,
      actorId,
      actorKind,
      talentId,
    }));
    const byAdmin = { actorId: admin.viewer.id, actorKind: 'USER', talentId: null };
    expect(shape).toEqual([
      { action: 'org.create', entityType: 'org', entityId: orgId, ...byAdmin },
      { action: 'user.create', entityType: 'user', entityId: admin.viewer.id, ...byAdmin },
      { action: 'invite.create', entityType: 'invite', entityId: inviteId, ...byAdmin },
      { action: 'invite.accept', entityType: 'invite', entityId: inviteId, actorId: member.id, actorKind: 'USER', talentId: null },
      { action: 'user.create', entityType: 'user', entityId: member.id, actorId: member.id, actorKind: 'USER', talentId: null },
      { action: 'apiKey.create', entityType: 'apiKey', entityId: apiKey.id, ...byAdmin },
      { action: 'apiKey.revoke', entityType: 'apiKey', entityId: apiKey.id, ...byAdmin },
    ]);
    expect(entries[0]!.actor).toEqual({ id: admin.viewer.id });
    const json = (entry: Entry) => ({ before: entry.before && JSON.parse(entry.before), after: entry.after && JSON.parse(entry.after) });
    expect(json(entries[1]!).after).toMatchObject({ email: founderEmail, name: 'Fay', role: 'ADMIN', via: 'signUp' });
    expect(json(entries[2]!).after).toMatchObject({ email: invitedEmail, role: 'RECRUITER' });
    expect(json(entries[4]!).after).toMatchObject({ email: invitedEmail, name: 'Ria', role: 'RECRUITER', via: 'invite', inviteId });
    expect(json(entries[5]!).after).toEqual({ name: 'ci reader', scopes: ['talent:read'] });
    expect(json(entries[6]!).before).toEqual({ revokedAt: null });
    expect(json(entries[6]!).after.revokedAt).toEqual(expect.any(String));

    // No secret, token, password or hash in any entry.
    const written = JSON.stringify(entries);
    // lk_<uuid>_<secret>: the secret is base64url and may itself hold underscores.
    const keySecret = secret.split('_').slice(2).join('_');
    for (const forbidden of [
      PASSWORD,
      inviteToken,
      secret,
      keySecret,
      login.body.data!.login.refreshToken,
      'scrypt$',
      'hash',
      'token',
      'password',
    ]) {
      expect(written.toLowerCase()).not.toContain(forbidden.toLowerCase());
    }

    // Filters read them like any other entry; another organisation sees none of them.
    expect((await auditOf(admin, { entityType: 'apiKey' })).map((e) => e.action)).toEqual(['apiKey.create', 'apiKey.revoke']);
    const other = (
      await call<{ signUp: Session }>(`mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`, {
        input: { orgName: 'Other Org', email: email(), password: PASSWORD, name: 'Otto' },
      })
    ).body.data!.signUp;
    expect((await auditOf(other)).map((e) => e.action)).toEqual(['org.create', 'user.create']);
  });

  it.runIf(available)('leaves a talent timeline to talent events, and records nothing for a refused mutation', async () => {
    const admin = (
      await call<{ signUp: Session }>(`mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`, {
        input: { orgName: 'Timeline Org', email: email(), password: PASSWORD, name: 'Tim' },
      })
    ).body.data!.signUp;
    const talent = await call<{ createTalent: { id: string } }>(
      'mutation { createTalent(input: { name: "Lin Wei" }) { id } }',
      {},
      admin.accessToken,
    );
    expect(talent.body.errors).toBeUndefined();
    await call('mutation { createApiKey(name: "k", scopes: ["talent:read"]) { secret } }', {}, admin.accessToken);
    const timeline = await call<{ talent: { timeline: { totalCount: number; edges: { node: { kind: string } }[] } } }>(
      'query($id: ID!) { talent(id: $id) { timeline { totalCount edges { node { kind } } } } }',
      { id: talent.body.data!.createTalent.id },
      admin.accessToken,
    );
    expect(timeline.body.errors).toBeUndefined();
    expect(timeline.body.data!.talent.timeline.edges.map((e) => e.node.kind)).toEqual(['TALENT_CREATED']);

    const before = (await auditOf(admin)).length;
    // Refused: an unknown scope, an invite of a member's email, another organisation's key.
    await call('mutation { createApiKey(name: "k", scopes: ["root"]) { secret } }', {}, admin.accessToken);
    await call('mutation($e: String!) { inviteUser(email: $e, role: VIEWER) { token } }', { e: admin.viewer.email }, admin.accessToken);
    await call('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: randomUUID() }, admin.accessToken);
    expect((await auditOf(admin)).length).toBe(before);
  });
});
