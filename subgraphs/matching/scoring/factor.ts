/**
 * What one factor computes before the scorer weighs it: its 0–1 score, one sentence, its evidence,
 * and the gaps that would raise it. `score.ts` turns these into `FactorScore`s (weights,
 * contributions) and ranks the gaps across factors.
 */
import type { MatchLanguage } from './types.ts';

export interface Gap {
  /** One short imperative phrase in the context's language ("Add Kafka (required)"). */
  text: string;
  /** How much the factor's 0–1 score would rise if the gap were closed. */
  gain: number;
  /** Gaps of a higher tier come first whatever their gain: 2 for a knock-out, 1 for a required skill, 0 otherwise. */
  tier: number;
  /** Gaps with one key say one thing ("skill:kafka" as must-have and as required): the first kept. */
  key?: string;
}

export interface FactorOutcome {
  score: number;
  explanation: string;
  evidence: string[];
  /** False when there is nothing to assess (no model, nothing the job asks for): the factor's weight goes to the others. */
  available: boolean;
  gaps: Gap[];
}

/** A sentence in the viewer's language. */
export const say = (language: MatchLanguage, en: string, zh: string): string => (language === 'zh' ? zh : en);

/** A list joined the way each language writes one: "Go, Kubernetes" / "Go、Kubernetes". */
export const listOf = (language: MatchLanguage, items: readonly string[]): string => items.join(language === 'zh' ? '、' : ', ');

export const clamp01 = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

export function unavailable(explanation: string): FactorOutcome {
  return { score: 0, explanation, evidence: [], available: false, gaps: [] };
}

/** A number for a sentence: at most one decimal, no trailing zero ("3", "2.5"). */
export const figure = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * A pure function of one string, remembered: titles, locations and languages repeat across the
 * talents of one ranking. The memory is bounded (cleared when full), so results never go stale
 * (the function is pure) and memory never grows.
 */
export function memoize<T>(compute: (text: string) => T, limit = 5000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = compute(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** "1 year", "2.5 years". */
export const yearsText = (value: number): string => `${figure(value)} ${figure(value) === '1' ? 'year' : 'years'}`;
