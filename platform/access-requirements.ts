import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import { isScope, type Viewer } from './viewer.ts';

/**
 * The one reader of Looma's access rules: the Federation auth directives (`@authenticated`,
 * `@requiresScopes`, `@policy`) and Looma's `@rateLimit`, read from SDL (the supergraph at the
 * gateway, a subgraph's own schema in the subgraph) into a map `Type.field → requirements`.
 * A directive on a type applies to every field of the type, together with the field's own.
 */

export type RateLimitBy = 'VIEWER' | 'ORG' | 'ADDRESS';

export interface RateLimitRule {
  limit: number;
  /** As written, e.g. "1m". */
  window: string;
  windowMs: number;
  by: RateLimitBy;
}

export interface FieldRequirements {
  /** True when the field or its type carries at least one access directive (an unruled field is refused). */
  ruled: boolean;
  authenticated: boolean;
  /** OR of ANDs: the viewer needs every scope of at least one inner list. Empty: no scope needed. As the SDL spells them (a test holds them to `SCOPES`). */
  scopes: string[][];
  /** OR of ANDs of named policies (`public`: anyone, even anonymous). Empty: no policy needed. */
  policies: string[][];
  rateLimit?: RateLimitRule;
}

export type AccessRequirements = Map<string, FieldRequirements>;

/** Looma's named policies. `public` admits anyone, anonymous callers included. */
export const POLICIES: Record<string, (viewer: Viewer | null) => boolean> = {
  public: () => true,
};

const AUTH_DIRECTIVES = new Set(['authenticated', 'requiresScopes', 'policy']);

/** Reads the requirements of every field of every object and interface type in the SDL. */
export function readAccessRequirements(sdl: string | DocumentNode): AccessRequirements {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const typeDirectives = new Map<string, ConstDirectiveNode[]>();
  const typeFields = new Map<string, FieldDefinitionNode[]>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    const name = definition.name.value;
    typeDirectives.set(name, [...(typeDirectives.get(name) ?? []), ...(definition.directives ?? [])]);
    typeFields.set(name, [...(typeFields.get(name) ?? []), ...(definition.fields ?? [])]);
  }
  const requirements: AccessRequirements = new Map();
  for (const [typeName, fields] of typeFields) {
    const onType = typeDirectives.get(typeName) ?? [];
    for (const field of fields) {
      requirements.set(`${typeName}.${field.name.value}`, combine(onType, field.directives ?? [], `${typeName}.${field.name.value}`));
    }
  }
  return requirements;
}

function combine(onType: readonly ConstDirectiveNode[], onField: readonly ConstDirectiveNode[], coordinate: string): FieldRequirements {
  const all = [...onType, ...onField];
  const result: FieldRequirements = {
    ruled: all.some((d) => AUTH_DIRECTIVES.has(d.name.value)),
    authenticated: false,
    scopes: [],
    policies: [],
  };
  for (const directive of all) {
    switch (directive.name.value) {
      case 'authenticated':
        result.authenticated = true;
        break;
      case 'requiresScopes':
        result.scopes = and(result.scopes, listOfLists(directive, 'scopes'));
        break;
      case 'policy':
        result.policies = and(result.policies, listOfLists(directive, 'policies'));
        break;
    }
  }
  const rateLimit = onField.find((d) => d.name.value === 'rateLimit');
  if (rateLimit) result.rateLimit = readRateLimit(rateLimit, coordinate);
  return result;
}

/** (A or B) and (C or D) = AC or AD or BC or BD; an empty side means "no requirement". */
function and(left: string[][], right: string[][]): string[][] {
  if (left.length === 0) return right;
  if (right.length === 0) return left;
  return left.flatMap((l) => right.map((r) => [...new Set([...l, ...r])]));
}

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const node = directive.arguments?.find((a) => a.name.value === name);
  return node ? valueFromASTUntyped(node.value) : undefined;
}

function listOfLists(directive: ConstDirectiveNode, name: string): string[][] {
  const value = argument(directive, name);
  if (!Array.isArray(value) || !value.every((inner) => Array.isArray(inner))) {
    throw new Error(`@${directive.name.value}(${name}:) must be a list of lists of strings`);
  }
  return (value as unknown[][]).map((inner) => inner.map(String));
}

const WINDOW_UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "10s" → 10000; throws on anything else (a bad window fails the load, not a request). */
export function parseWindow(window: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(window.trim());
  const ms = match ? Number(match[1]) * WINDOW_UNITS[match[2]!]! : NaN;
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`rate-limit window "${window}" is not like "10s", "1m" or "1h"`);
  return ms;
}

function readRateLimit(directive: ConstDirectiveNode, coordinate: string): RateLimitRule {
  const limit = argument(directive, 'limit');
  const window = argument(directive, 'window');
  const by = argument(directive, 'by') ?? 'VIEWER';
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)
    throw new Error(`@rateLimit on ${coordinate}: limit must be a positive integer`);
  if (typeof window !== 'string') throw new Error(`@rateLimit on ${coordinate}: window is required`);
  if (by !== 'VIEWER' && by !== 'ORG' && by !== 'ADDRESS')
    throw new Error(`@rateLimit on ${coordinate}: by must be VIEWER, ORG or ADDRESS`);
  return { limit, window, windowMs: parseWindow(window), by };
}

export type AccessDecision = 'allowed' | 'unauthenticated' | 'forbidden';

/** Whether an anonymous caller may read the field: only through a policy all of whose members admit anyone. */
function allowsAnonymous(requirements: FieldRequirements): boolean {
  if (!requirements.ruled || requirements.authenticated || requirements.scopes.length > 0) return false;
  return requirements.policies.length === 0 || requirements.policies.some((all) => all.every((p) => POLICIES[p]?.(null) === true));
}

/**
 * The decision for one field: an unruled field fails closed; anonymous callers pass only public
 * fields; a viewer needs one of the scope sets and one of the policy sets.
 */
export function decideAccess(requirements: FieldRequirements | undefined, viewer: Viewer | null): AccessDecision {
  if (!viewer) return requirements && allowsAnonymous(requirements) ? 'allowed' : 'unauthenticated';
  if (!requirements?.ruled) return 'forbidden';
  const scopesOk =
    requirements.scopes.length === 0 || requirements.scopes.some((all) => all.every((s) => isScope(s) && viewer.scopes.includes(s)));
  const policiesOk =
    requirements.policies.length === 0 || requirements.policies.some((all) => all.every((p) => POLICIES[p]?.(viewer) === true));
  return scopesOk && policiesOk ? 'allowed' : 'forbidden';
}

/** What a refusal says, naming what is missing but nothing about the data. */
export function describeMissing(coordinate: string, requirements: FieldRequirements | undefined): string {
  if (!requirements?.ruled) return `${coordinate} is not available`;
  if (requirements.scopes.length > 0) {
    return `${coordinate} needs the ${requirements.scopes.map((all) => all.join(' + ')).join(' or ')} permission`;
  }
  return `${coordinate} is not allowed for this viewer`;
}
