import { describe, expect, it } from 'vitest';
import { LoomaError } from '../../platform/errors.ts';
import { DEFAULT_MATCHING_WEIGHTS, KNOWN_FEATURE_FLAGS, mergeSettings, parseScopeKey, parseSettings, scopeKey } from './settings.ts';

/** The refusal of `values`: its code and the path it names. */
function refusal(values: unknown): { code: string; field: unknown; message: string } {
  try {
    parseSettings(values);
  } catch (error) {
    if (error instanceof LoomaError) return { code: error.code, field: error.details.field, message: error.message };
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(values)}`);
}

describe('configuration settings', () => {
  it('accepts a document of weights, rate-limit overrides and flags, known and x- prefixed', () => {
    const values = {
      matchingWeights: { requiredSkills: 0.5, warmPath: 0 },
      rateLimits: {
        fields: { 'Query.talents': { limit: 100, windowSeconds: 60 } },
        operations: { SearchTalents: { limit: 5, windowSeconds: 1 } },
      },
      featureFlags: { semanticSearch: false, 'x-new-board': true },
    };
    expect(parseSettings(values)).toEqual(values);
    expect(parseSettings({})).toEqual({});
  });

  it('refuses a bad value with BAD_USER_INPUT naming its path', () => {
    expect(refusal({ matchingWeights: { requiredSkills: 1.5 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'matchingWeights.requiredSkills',
    });
    expect(refusal({ matchingWeights: { location: '0.2' } }).field).toBe('matchingWeights.location');
    expect(refusal({ rateLimits: { fields: { 'Query.talents': { limit: 0, windowSeconds: 60 } } } }).field).toBe(
      'rateLimits.fields.Query.talents.limit',
    );
    expect(refusal({ rateLimits: { operations: { Op: { limit: 10, windowSeconds: 1.5 } } } }).field).toBe(
      'rateLimits.operations.Op.windowSeconds',
    );
    expect(refusal({ rateLimits: { operations: { Op: { limit: 10_000_000, windowSeconds: 60 } } } }).field).toBe(
      'rateLimits.operations.Op.limit',
    );
    expect(refusal({ rateLimits: { fields: { talents: { limit: 1, windowSeconds: 1 } } } }).field).toBe('rateLimits.fields.talents');
    expect(refusal({ featureFlags: { semanticSearch: 'yes' } }).field).toBe('featureFlags.semanticSearch');
    // Bounded: a document stays small (every service holds every scope's).
    const many = Array.from({ length: 201 }, (_, i) => i);
    expect(refusal({ featureFlags: Object.fromEntries(many.map((i) => [`x-f${i}`, true])) }).field).toBe('featureFlags');
    const operations = Object.fromEntries(many.map((i) => [`Op${i}`, { limit: 1, windowSeconds: 1 }]));
    expect(refusal({ rateLimits: { operations } }).field).toBe('rateLimits.operations');
  });

  it('refuses unknown keys, naming them', () => {
    expect(refusal({ matchingWeights: { skills: 0.5 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matchingWeights.skills' });
    expect(refusal({ colour: 'blue' }).field).toBe('colour');
    expect(refusal({ rateLimits: { fields: { 'Query.talents': { limit: 1, windowSeconds: 1, by: 'ORG' } } } }).field).toBe(
      'rateLimits.fields.Query.talents.by',
    );
    const flag = refusal({ featureFlags: { darkMode: true } });
    expect(flag.field).toBe('featureFlags.darkMode');
    expect(flag.message).toContain('x-<name>');
  });

  it('merges built-in ← default ← service ← organisation, later wins key by key', () => {
    const platform = { matchingWeights: { requiredSkills: 0.4 }, featureFlags: { 'x-a': true } };
    const service = {
      matchingWeights: { requiredSkills: 0.45, location: 0.1 },
      rateLimits: { fields: { 'Query.talents': { limit: 50, windowSeconds: 60 } } },
    };
    const org = {
      matchingWeights: { location: 0.2 },
      rateLimits: { fields: { 'Query.jobs': { limit: 5, windowSeconds: 10 } }, operations: { Op: { limit: 1, windowSeconds: 1 } } },
      featureFlags: { 'x-a': false, matching: false },
    };
    const merged = mergeSettings(platform, service, org);
    expect(merged.matchingWeights).toEqual({ ...DEFAULT_MATCHING_WEIGHTS, requiredSkills: 0.45, location: 0.2 });
    expect(merged.rateLimits).toEqual({
      fields: { 'Query.talents': { limit: 50, windowSeconds: 60 }, 'Query.jobs': { limit: 5, windowSeconds: 10 } },
      operations: { Op: { limit: 1, windowSeconds: 1 } },
    });
    expect(merged.featureFlags).toEqual({ ...KNOWN_FEATURE_FLAGS, 'x-a': false, matching: false });
    // Nothing set: the built-ins, whose weights add up to 1.
    const builtIn = mergeSettings();
    expect(Object.values(builtIn.matchingWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(mergeSettings(null, undefined)).toEqual(builtIn);
    // The merge never changes the documents it read.
    expect(platform.matchingWeights.requiredSkills).toBe(0.4);
  });

  it('names scopes as the table keys them', () => {
    const org = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
    expect(scopeKey({ kind: 'default' })).toBe('default');
    expect(scopeKey({ kind: 'service', service: 'search' })).toBe('service:search');
    expect(parseScopeKey(`org:${org}`)).toEqual({ kind: 'org', orgId: org });
    expect(parseScopeKey('service:Search')).toBeNull();
    expect(parseScopeKey('org:42')).toBeNull();
  });
});
