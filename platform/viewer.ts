/** Who is asking: built once per request from verified credentials, never from client-supplied fields. */
export interface Viewer {
  /** The user (or API key) id. */
  userId: string;
  /** The tenant; every read and write is scoped to it. */
  orgId: string;
  roles: readonly Role[];
  scopes: readonly Scope[];
  /** How the caller proved who they are: a Looma access token, an API key, an outside issuer's token, or the embedded demo. */
  via: 'token' | 'apiKey' | 'external' | 'demo';
}

export const ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every scope Looma knows (API keys choose among them): the one list that the role table, API keys, `requireScope` and the SDL's
 * `@requiresScopes` (checked by tests/security/sdl-scopes.test.ts) draw from, so a misspelt scope fails the build.
 */
export const SCOPES = ['talent:read', 'talent:write', 'job:read', 'job:write', 'ai:use', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);

export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  ADMIN: ['talent:read', 'talent:write', 'job:read', 'job:write', 'ai:use', 'admin'],
  RECRUITER: ['talent:read', 'talent:write', 'job:read', 'job:write', 'ai:use'],
  HIRING_MANAGER: ['talent:read', 'job:read', 'job:write', 'ai:use'],
  VIEWER: ['talent:read', 'job:read'],
};

export function scopesForRoles(roles: readonly Role[]): Scope[] {
  return [...new Set(roles.flatMap((role) => ROLE_SCOPES[role]))];
}

export function hasScope(viewer: Viewer, scope: Scope): boolean {
  return viewer.scopes.includes(scope);
}
