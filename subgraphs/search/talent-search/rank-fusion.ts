import type { SearchHit, VectorMatch } from '../../../data/ports.ts';
import type { SearchMode } from '../__generated__/resolvers-types.ts';

/** Reciprocal rank fusion's constant (Cormack et al. 2009): damps the weight of the very top ranks. */
export const RRF_K = 60;

/**
 * Fuses ranked lists of ids by reciprocal rank fusion: an id scores Σ 1 / (k + rank) over the lists
 * it appears in (rank from 1). Scores of different scales (BM25-like, cosine) need no calibration.
 * Ties keep the order of the first list that holds them, then the id.
 */
export function reciprocalRankFusion(lists: string[][], k = RRF_K): { id: string; score: number }[] {
  const scores = new Map<string, { score: number; firstSeen: number }>();
  let seen = 0;
  for (const list of lists) {
    list.forEach((id, index) => {
      const entry = scores.get(id) ?? { score: 0, firstSeen: seen++ };
      entry.score += 1 / (k + index + 1);
      scores.set(id, entry);
    });
  }
  return [...scores.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || x.firstSeen - y.firstSeen || a.localeCompare(b))
    .map(([id, { score }]) => ({ id, score }));
}

/** A talent in a mode's order: the mode's score, and the signals it had (for its reasons). */
export interface Ranked {
  id: string;
  score: number;
  /** Its keyword score, when the keyword ranking holds it. */
  keyword?: number;
  /** Its cosine similarity, when the semantic ranking holds it. */
  similarity?: number;
}

/** The order of a mode: keyword score, similarity, or RRF over both rankings (k = 60). */
export function rankByMode(mode: SearchMode, keyword: SearchHit[], semantic: VectorMatch[]): Ranked[] {
  const keywordScore = new Map(keyword.map((h) => [h.id, h.score]));
  const similarity = new Map(semantic.map((m) => [m.id, m.score]));
  const withSignals = (id: string, score: number): Ranked => ({ id, score, keyword: keywordScore.get(id), similarity: similarity.get(id) });
  if (mode === 'KEYWORD') return keyword.map((h) => withSignals(h.id, h.score));
  if (mode === 'SEMANTIC') return semantic.map((m) => withSignals(m.id, m.score));
  return reciprocalRankFusion([keyword.map((h) => h.id), semantic.map((m) => m.id)]).map((f) => withSignals(f.id, f.score));
}
