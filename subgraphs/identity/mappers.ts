import type { InviteRecord, OrgRecord, UserRecord } from './accounts/account-store.ts';
import type { ApiKeyRecord } from './api-keys/api-key-store.ts';
import type { AuthPayloadRecord } from './sessions/sessions.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type OrgModel = OrgRecord;
export type UserModel = UserRecord;
export type AuthPayloadModel = AuthPayloadRecord;
export type ApiKeyModel = ApiKeyRecord;
export type InviteModel = InviteRecord;
