import type { SearchHit, VectorMatch } from '../../../data/ports.ts';
import type { SearchMode } from '../__generated__/resolvers-types.ts';

/** Reciprocal rank fusion's constant (Cormack et al. 2009): damps the weight of the very top ranks. */
export const RRF_K = 60;

/**
 * Fuses ranked lists of ids by reciprocal rank fusion: an id scores Σ weight / (k + rank) over the lists
 * it appears in (rank from 1; each list's weight 1 unless given). Scores of different scales (BM25-like, cosine) need no calibration.
 * Ties keep the order of the first list that holds them, then the id.
 */
export function reciprocalRankFusion(lists: string[][], k = RRF_K, weights: number[] = []): { id: string; score: number }[] {
  const scores = new Map<string, { score: number; firstSeen: number }>();
  let seen = 0;
  lists.forEach((list, l) => {
    list.forEach((id, index) => {
      const entry = scores.get(id) ?? { score: 0, firstSeen: seen++ };
      entry.score += (weights[l] ?? 1) / (k + index + 1);
      scores.set(id, entry);
    });
  });
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

/** HYBRID's weights of its two rankings in the fusion; they sum to 2, so a talent first in both still scores 2 / 61. */
export interface FusionWeights {
  keyword: number;
  semantic: number;
}

/**
 * The weights per embedder: the offline one (looma-hash-*) ranks meaning less well than the keyword side
 * ranks terms, so the keyword ranking weighs 1.5 times as much; a real model's ranking outweighs the keyword
 * one 1.5 times (measured on the dev split: each way helps its embedder on the blind queries).
 */
export function fusionWeightsFor(model: string): FusionWeights {
  return model.startsWith('looma-hash') ? { keyword: 1.2, semantic: 0.8 } : { keyword: 0.8, semantic: 1.2 };
}

/** The order of a mode: keyword score, similarity, or RRF over both rankings (k = 60, weighted per embedder). */
export function rankByMode(
  mode: SearchMode,
  keyword: SearchHit[],
  semantic: VectorMatch[],
  weights: FusionWeights = { keyword: 1, semantic: 1 },
): Ranked[] {
  const keywordScore = new Map(keyword.map((h) => [h.id, h.score]));
  const similarity = new Map(semantic.map((m) => [m.id, m.score]));
  const withSignals = (id: string, score: number): Ranked => ({ id, score, keyword: keywordScore.get(id), similarity: similarity.get(id) });
  if (mode === 'KEYWORD') return keyword.map((h) => withSignals(h.id, h.score));
  if (mode === 'SEMANTIC') return semantic.map((m) => withSignals(m.id, m.score));
  return reciprocalRankFusion([keyword.map((h) => h.id), semantic.map((m) => m.id)], RRF_K, [weights.keyword, weights.semantic]).map((f) =>
    withSignals(f.id, f.score),
  );
}
