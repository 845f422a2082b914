/** Who is asking: built once per request from verified credentials, never from client-supplied fields. */
export interface Viewer {
  /** The user (or API key) id. */
  userId: string;
  /** The tenant; every read and write is scoped to it. */
  orgId: string;
  roles: readonly Role[];
  scopes: readonly string[];
  /** How the caller proved who they are: a Looma access token, an API key, an outside issuer's token, or the embedded demo. */
  via: 'token' | 'apiKey' | 'external' | 'demo';
}

export const ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_SCOPES: Record<Role, readonly string[]> = {
  ADMIN: ['talent:read', 'talent:write', 'job:read', 'job:write', 'ai:use', 'admin'],
  RECRUITER: ['talent:read', 'talent:write', 'job:read', 'job:write', 'ai:use'],
  HIRING_MANAGER: ['talent:read', 'job:read', 'job:write', 'ai:use'],
  VIEWER: ['talent:read', 'job:read'],
};

export function scopesForRoles(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((role) => ROLE_SCOPES[role]))];
}

export function hasScope(viewer: Viewer, scope: string): boolean {
  return viewer.scopes.includes(scope);
}

/** Every scope a role can hold (API keys choose among them). */
export const ALL_SCOPES: readonly string[] = [...new Set(Object.values(ROLE_SCOPES).flat())];
