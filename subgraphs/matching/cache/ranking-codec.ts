import type { RankedJob } from '../ranking/rank-job.ts';
import type { FactorScore, KnockoutFailure, MatchResult } from '../scoring/types.ts';

/**
 * How a cached ranking is stored: a few hundred scored candidates with nine explained factors each
 * are about 700 KiB of JSON, yet the sentences, evidence, kinds and weights repeat (some 500
 * distinct strings among 6,000): each is written once in a table and referred to by its index,
 * every record as an array. About a quarter of the JSON, parsed in proportion; exactly the same
 * values come back (`unpackRanking(packRanking(r))` deep-equals `r`).
 *
 * A record with a field this codec does not know (a later addition to MatchResult) is not packed:
 * `packRanking` returns null and the cache stores plain JSON, so nothing is ever dropped.
 */
const RESULT_KEYS = ['talentId', 'jobId', 'score', 'factors', 'knockedOut', 'knockouts', 'gaps'].sort().join();
const FACTOR_KEYS = ['kind', 'weight', 'score', 'contribution', 'explanation', 'evidence', 'available'].sort().join();
const KNOCKOUT_KEYS = ['kind', 'explanation'].sort().join();
const keysOf = (value: object) => Object.keys(value).sort().join();

type PackedFactor = [
  kind: number,
  weight: number,
  score: number,
  contribution: number,
  explanation: number,
  evidence: number[],
  available: 0 | 1,
];
type PackedMatch = [
  talentId: number,
  jobId: number,
  score: number,
  knockedOut: 0 | 1,
  factors: PackedFactor[],
  knockouts: [kind: number, explanation: number][],
  gaps: number[],
];

interface PackedRanking {
  /** The format; another value is not read. */
  packed: 1;
  strings: string[];
  /** Numbers that repeat (the weights). */
  numbers: number[];
  similarityAvailable: boolean;
  matches: PackedMatch[];
}

function interner<T>(): { table: T[]; ref: (value: T) => number } {
  const table: T[] = [];
  const index = new Map<T, number>();
  return {
    table,
    ref(value) {
      let i = index.get(value);
      if (i === undefined) {
        i = table.length;
        table.push(value);
        index.set(value, i);
      }
      return i;
    },
  };
}

/** The ranking as compact JSON, or null when a record has a field the codec does not know. */
export function packRanking(ranked: RankedJob): string | null {
  if (keysOf(ranked) !== 'matches,similarityAvailable') return null;
  const strings = interner<string>();
  const numbers = interner<number>();
  const matches: PackedMatch[] = [];
  for (const m of ranked.matches) {
    if (keysOf(m) !== RESULT_KEYS) return null;
    const factors: PackedFactor[] = [];
    for (const f of m.factors) {
      if (keysOf(f) !== FACTOR_KEYS) return null;
      factors.push([
        strings.ref(f.kind),
        numbers.ref(f.weight),
        f.score,
        f.contribution,
        strings.ref(f.explanation),
        f.evidence.map(strings.ref),
        f.available ? 1 : 0,
      ]);
    }
    const knockouts: [number, number][] = [];
    for (const k of m.knockouts) {
      if (keysOf(k) !== KNOCKOUT_KEYS) return null;
      knockouts.push([strings.ref(k.kind), strings.ref(k.explanation)]);
    }
    matches.push([
      strings.ref(m.talentId),
      strings.ref(m.jobId),
      m.score,
      m.knockedOut ? 1 : 0,
      factors,
      knockouts,
      m.gaps.map(strings.ref),
    ]);
  }
  const packed: PackedRanking = {
    packed: 1,
    strings: strings.table,
    numbers: numbers.table,
    similarityAvailable: ranked.similarityAvailable,
    matches,
  };
  return JSON.stringify(packed);
}

/** What `packRanking` wrote (or a ranking stored as plain JSON), as the ranking. */
export function unpackRanking(stored: string): RankedJob {
  const value = JSON.parse(stored) as PackedRanking | RankedJob;
  if (!('packed' in value)) return value;
  const { strings: s, numbers: n } = value;
  return {
    similarityAvailable: value.similarityAvailable,
    matches: value.matches.map(([talentId, jobId, score, knockedOut, factors, knockouts, gaps]): MatchResult => ({
      talentId: s[talentId]!,
      jobId: s[jobId]!,
      score,
      factors: factors.map(([kind, weight, factorScore, contribution, explanation, evidence, available]): FactorScore => ({
        kind: s[kind] as FactorScore['kind'],
        weight: n[weight]!,
        score: factorScore,
        contribution,
        explanation: s[explanation]!,
        evidence: evidence.map((i) => s[i]!),
        available: available === 1,
      })),
      knockedOut: knockedOut === 1,
      knockouts: knockouts.map(([kind, explanation]): KnockoutFailure => ({
        kind: s[kind] as KnockoutFailure['kind'],
        explanation: s[explanation]!,
      })),
      gaps: gaps.map((i) => s[i]!),
    })),
  };
}
