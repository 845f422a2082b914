import { z } from 'zod';
import { badInput } from '../../platform/errors.ts';

/**
 * What a configuration document may hold (the configuration service, issue 12 point 4), validated
 * before a version is written: matching weights, rate-limit overrides and feature flags. Unknown
 * keys are refused; a bad value is refused as BAD_USER_INPUT whose `field` names its path
 * (`matchingWeights.requiredSkills`, `featureFlags.beta`…).
 */

/** The matching factors of issue 14 (point 2), each weighted from 0 to 1 per organisation. */
export const MATCHING_FACTORS = [
  'requiredSkills',
  'preferredSkills',
  'semanticSimilarity',
  'titleSeniority',
  'experienceYears',
  'location',
  'languages',
  'recency',
  'warmPath',
] as const;
export type MatchingFactor = (typeof MATCHING_FACTORS)[number];

/** The weights when no document sets them (they add up to 1): skills first, the warm path a tie-breaker. */
export const DEFAULT_MATCHING_WEIGHTS: Record<MatchingFactor, number> = {
  requiredSkills: 0.3,
  preferredSkills: 0.1,
  semanticSimilarity: 0.2,
  titleSeniority: 0.1,
  experienceYears: 0.1,
  location: 0.08,
  languages: 0.05,
  recency: 0.04,
  warmPath: 0.03,
};

/**
 * Feature flags Looma knows, with their value when no document sets them. Any other flag must be
 * `x-` prefixed (an experiment, a customer's switch): free to set, read by whoever looks for it.
 */
export const KNOWN_FEATURE_FLAGS = {
  /** The matching subgraph's `Job.matches` and `matchScore` (issue 14). */
  matching: true,
  /** SEMANTIC and HYBRID search modes (keyword search always answers). */
  semanticSearch: true,
  /** Résumé uploads parsed into talents. */
  resumeParsing: true,
  /** Warm-path introductions through the relationship graph. */
  warmPaths: true,
} as const satisfies Record<string, boolean>;
export type KnownFeatureFlag = keyof typeof KNOWN_FEATURE_FLAGS;

const EXPERIMENT_FLAG = /^x-[a-z0-9][a-z0-9-]{0,62}$/;
/** `Type.field`, as the supergraph names a field (what `@rateLimit` is keyed by). */
const FIELD_COORDINATE = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
/** A GraphQL operation name. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export const MAX_RATE_LIMIT = 1_000_000;
export const MAX_RATE_WINDOW_SECONDS = 86_400;
const MAX_ENTRIES = 200;

const rateLimitOverride = z.strictObject({
  limit: z.number().int().min(1).max(MAX_RATE_LIMIT),
  windowSeconds: z.number().int().min(1).max(MAX_RATE_WINDOW_SECONDS),
});
export type RateLimitOverride = z.infer<typeof rateLimitOverride>;

/** A map whose keys must match `pattern` (the issue names the key), at most MAX_ENTRIES of them. */
function keyedBy<T extends z.ZodType>(pattern: RegExp, what: string, value: T) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    const keys = Object.keys(record);
    if (keys.length > MAX_ENTRIES) ctx.addIssue({ code: 'custom', message: `at most ${MAX_ENTRIES} entries` });
    for (const key of keys)
      if (!pattern.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `${JSON.stringify(key)} is not ${what}` });
  });
}

export const settingsSchema = z
  .strictObject({
    matchingWeights: z.strictObject(
      Object.fromEntries(MATCHING_FACTORS.map((factor) => [factor, z.number().min(0).max(1).optional()])) as Record<
        MatchingFactor,
        z.ZodOptional<z.ZodNumber>
      >,
    ),
    rateLimits: z.strictObject({
      /** Per field coordinate: replaces the limit and window of the field's `@rateLimit` (its `by` stays), or adds one counted per organisation. */
      fields: keyedBy(FIELD_COORDINATE, 'a field coordinate Type.field', rateLimitOverride).optional(),
      /** Per operation name: every operation so named counts against it, per organisation. */
      operations: keyedBy(OPERATION_NAME, 'an operation name', rateLimitOverride).optional(),
    }),
    featureFlags: z.record(z.string(), z.boolean()).superRefine((flags, ctx) => {
      if (Object.keys(flags).length > MAX_ENTRIES) ctx.addIssue({ code: 'custom', message: `at most ${MAX_ENTRIES} flags` });
      for (const key of Object.keys(flags))
        if (!Object.hasOwn(KNOWN_FEATURE_FLAGS, key) && !EXPERIMENT_FLAG.test(key))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `unknown feature flag ${JSON.stringify(key)}: one of ${Object.keys(KNOWN_FEATURE_FLAGS).join(', ')}, or x-<name> for your own`,
          });
    }),
  })
  .partial();

/** One scope's document as stored: every section optional. */
export type Settings = z.infer<typeof settingsSchema>;

/** What a service reads: every section present, the built-in defaults under the documents. */
export type EffectiveSettings = {
  matchingWeights: Record<MatchingFactor, number>;
  rateLimits: { fields: Record<string, RateLimitOverride>; operations: Record<string, RateLimitOverride> };
  featureFlags: Record<string, boolean>;
};

/** Validates a document; the first problem is a BAD_USER_INPUT naming its path (`field`). */
export function parseSettings(values: unknown): Settings {
  const result = settingsSchema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  // An unknown key is reported at the object holding it: name the key itself.
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    throw badInput(`unknown setting ${JSON.stringify(key)}`, { field: [...path, key].join('.') });
  }
  throw badInput(`${path.join('.') || 'values'}: ${issue.message}`, { field: path.join('.') });
}

/** The built-in settings every merge starts from. */
export function builtInSettings(): EffectiveSettings {
  return {
    matchingWeights: { ...DEFAULT_MATCHING_WEIGHTS },
    rateLimits: { fields: {}, operations: {} },
    featureFlags: { ...KNOWN_FEATURE_FLAGS },
  };
}

/**
 * The effective settings: the built-in ones, then each document in order (later wins), key by key
 * within a section — a weight, a flag, one coordinate's or one operation's limit (limit and window
 * go together). Services pass default ← service ← organisation: an organisation's word is last.
 */
export function mergeSettings(...documents: readonly (Settings | null | undefined)[]): EffectiveSettings {
  const merged = builtInSettings();
  for (const document of documents) {
    if (!document) continue;
    Object.assign(merged.matchingWeights, definedOnly(document.matchingWeights));
    Object.assign(merged.rateLimits.fields, document.rateLimits?.fields);
    Object.assign(merged.rateLimits.operations, document.rateLimits?.operations);
    Object.assign(merged.featureFlags, document.featureFlags);
  }
  return merged;
}

function definedOnly<T extends object>(record: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The scopes a document belongs to. */
export type ConfigScope = { kind: 'default' } | { kind: 'service'; service: string } | { kind: 'org'; orgId: string };

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `default`, `service:<name>` or `org:<uuid>`: how the table and the cache channel key a scope. */
export function scopeKey(scope: ConfigScope): string {
  if (scope.kind === 'default') return 'default';
  return scope.kind === 'service' ? `service:${scope.service}` : `org:${scope.orgId}`;
}

/** The scope a key names, or null for anything else. */
export function parseScopeKey(key: string): ConfigScope | null {
  if (key === 'default') return { kind: 'default' };
  const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'service' && SERVICE_NAME.test(rest)) return { kind: 'service', service: rest };
  if (kind === 'org' && UUID.test(rest)) return { kind: 'org', orgId: rest };
  return null;
}

/** Checks a scope as a client gave it (BAD_USER_INPUT naming `scope.service` or `scope.orgId`). */
export function checkScope(scope: ConfigScope): ConfigScope {
  if (scope.kind === 'service' && !SERVICE_NAME.test(scope.service))
    throw badInput('a service name is lowercase letters, digits and -', { field: 'scope.service' });
  if (scope.kind === 'org' && !UUID.test(scope.orgId.toLowerCase()))
    throw badInput('an organisation id is a uuid', { field: 'scope.orgId' });
  return scope.kind === 'org' ? { kind: 'org', orgId: scope.orgId.toLowerCase() } : scope;
}
