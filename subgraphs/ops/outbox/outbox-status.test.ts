import { describe, expect, it } from 'vitest';
import { LoomaError } from '../../../platform/errors.ts';
import { ROLE_SCOPES, type Role, type Viewer } from '../../../platform/viewer.ts';
import { outboxStatus } from './outbox-status.ts';

const viewer = (role: Role): Viewer => ({ userId: 'u1', orgId: 'o1', roles: [role], scopes: ROLE_SCOPES[role], via: 'token' });
const backlog = { pending: 2, dead: 0, oldestPendingSeconds: 1.5 };
const projector = { lag: async () => backlog };

describe('outbox status', () => {
  it('is an operator’s view: admin only, since the backlog spans every organisation', async () => {
    await expect(outboxStatus(null, projector)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const refused = await outboxStatus(viewer('RECRUITER'), projector).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LoomaError);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'This needs the admin permission' });
    expect(await outboxStatus(viewer('ADMIN'), projector)).toEqual(backlog);
  });
});
