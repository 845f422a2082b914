import type { z } from 'zod';
import { badInput, forbidden, unauthenticated } from './errors.ts';
import { hasScope, type Scope, type Viewer } from './viewer.ts';

/** The viewer, when there is one and it holds `scope`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireScope(viewer: Viewer | null, scope: Scope): Viewer {
  if (!viewer) throw unauthenticated();
  if (!hasScope(viewer, scope)) throw forbidden(`This needs the ${scope} permission`);
  return viewer;
}

/** Parses with zod and turns the first problem into a BAD_USER_INPUT naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw badInput(issue.message, { field: issue.path.join('.') });
}
