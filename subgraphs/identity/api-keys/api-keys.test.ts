import { describe, expect, it } from 'vitest';
import { ROLE_SCOPES, type Role, type Viewer } from '../../../platform/viewer.ts';
import { admitApiKeyCreation, MAX_ACTIVE_API_KEYS, refuseOverKeyLimit } from './api-keys.ts';
import { thrownRefusal } from '../../../tests/support/refusal.ts';

const viewer = (role: Role, via: Viewer['via'] = 'token', scopes: Viewer['scopes'] = ROLE_SCOPES[role]): Viewer => ({
  userId: 'b1d5c2a0-0000-4000-8000-000000000001',
  orgId: '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b',
  roles: [role],
  scopes,
  via,
});

describe('creating an API key', () => {
  it('needs a signed-in admin', () => {
    expect(thrownRefusal(() => admitApiKeyCreation(null, { name: 'ci', scopes: ['talent:read'] })).code).toBe('UNAUTHENTICATED');
    expect(thrownRefusal(() => admitApiKeyCreation(viewer('RECRUITER'), { name: 'ci', scopes: ['talent:read'] }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This needs the admin permission',
    });
  });

  it('is refused to API keys: a key that mints keys would outlive its own revocation', () => {
    expect(thrownRefusal(() => admitApiKeyCreation(viewer('ADMIN', 'apiKey'), { name: 'ci', scopes: ['talent:read'] }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'API keys cannot create API keys',
    });
  });

  it('grants only scopes its creator holds', () => {
    const partial = viewer('ADMIN', 'external', ['admin', 'talent:read']);
    expect(thrownRefusal(() => admitApiKeyCreation(partial, { name: 'ci', scopes: ['talent:read', 'job:write', 'ai:use'] }))).toMatchObject(
      {
        code: 'FORBIDDEN',
        message: 'An API key cannot hold scopes its creator lacks: job:write, ai:use',
      },
    );
  });

  it('takes a trimmed name and known scopes, each once', () => {
    const admitted = admitApiKeyCreation(viewer('ADMIN'), {
      name: '  nightly import ',
      scopes: ['talent:read', 'talent:write', 'talent:read'],
    });
    expect(admitted).toMatchObject({ name: 'nightly import', scopes: ['talent:read', 'talent:write'] });
    expect(thrownRefusal(() => admitApiKeyCreation(viewer('ADMIN'), { name: 'ci', scopes: ['talent:raed'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'scopes.0' },
    });
    expect(thrownRefusal(() => admitApiKeyCreation(viewer('ADMIN'), { name: 'ci', scopes: [] })).message).toBe('scopes must not be empty');
    expect(thrownRefusal(() => admitApiKeyCreation(viewer('ADMIN'), { name: ' ', scopes: ['admin'] })).message).toBe(
      'name must not be empty',
    );
  });

  it(`stops at ${MAX_ACTIVE_API_KEYS} active keys per organisation`, () => {
    expect(() => refuseOverKeyLimit(MAX_ACTIVE_API_KEYS - 1)).not.toThrow();
    expect(thrownRefusal(() => refuseOverKeyLimit(MAX_ACTIVE_API_KEYS))).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      details: { limit: MAX_ACTIVE_API_KEYS },
    });
  });
});
