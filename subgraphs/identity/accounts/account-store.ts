import type { Role } from '../../../platform/viewer.ts';

/** The identity domain's shapes (what resolvers return; mappers.ts maps them onto GraphQL types). */
export interface OrgRecord {
  id: string;
  name: string;
  slug: string;
}

export interface UserRecord {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

export interface AuthPayloadRecord {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  viewer: UserRecord;
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface InviteRecord {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
}

export const USER_COLUMNS = 'id, org_id, email, name, role, created_at';

export interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
}

export function toUser(row: UserRow): UserRecord {
  return { id: row.id, orgId: row.org_id, email: row.email, name: row.name, role: row.role, createdAt: row.created_at };
}
