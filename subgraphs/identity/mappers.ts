import type { ApiKeyRecord } from '../../data/auth/api-key-store.ts';
import type { OrgRecord } from '../../data/records/org-store.ts';
import type { UserRecord } from '../../data/records/user-store.ts';
import type { InviteRecord } from './accounts/invite-store.ts';
import type { AuthPayloadRecord } from './sessions/sessions.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type OrgModel = OrgRecord;
export type UserModel = UserRecord;
export type AuthPayloadModel = AuthPayloadRecord;
export type ApiKeyModel = ApiKeyRecord;
export type InviteModel = InviteRecord;
