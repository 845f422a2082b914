import type { SearchHit, VectorMatch } from '../../../data/ports.ts';
import type { SearchMode } from '../__generated__/resolvers-types.ts';

/** Reciprocal rank fusion's constant (Cormack et al. 2009): damps the weight of the very top ranks. */
export const RRF_K = 60;

/** A ranked list of ids and how much each of its entries counts in the fusion (1 unless said). */
export interface FusedList {
  ids: string[];
  weightOf?: (id: string, rank: number) => number;
}

/**
 * Fuses ranked lists of ids by reciprocal rank fusion: an id scores Σ weight / (k + rank) over the lists
 * it appears in (rank from 1; an entry's weight 1 unless given). Scores of different scales (BM25-like, cosine) need no calibration.
 * Ties keep the order of the first list that holds them, then the id.
 */
export function fuseRankings(lists: FusedList[], k = RRF_K): { id: string; score: number }[] {
  const scores = new Map<string, { score: number; firstSeen: number }>();
  let seen = 0;
  for (const { ids, weightOf } of lists) {
    ids.forEach((id, index) => {
      const entry = scores.get(id) ?? { score: 0, firstSeen: seen++ };
      entry.score += (weightOf ? weightOf(id, index + 1) : 1) / (k + index + 1);
      scores.set(id, entry);
    });
  }
  return [...scores.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || x.firstSeen - y.firstSeen || a.localeCompare(b))
    .map(([id, { score }]) => ({ id, score }));
}

/** fuseRankings with one weight per list (1 unless given). */
export function reciprocalRankFusion(lists: string[][], k = RRF_K, weights: number[] = []): { id: string; score: number }[] {
  return fuseRankings(
    lists.map((ids, l) => ({ ids, weightOf: () => weights[l] ?? 1 })),
    k,
  );
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

/**
 * How much a keyword hit counts in HYBRID's fusion, from 0 to 1: 1 for a talent having every term of the query;
 * for a partial match, the share of the query's concepts it holds (keyword-coverage.ts). A semantic hit counts 1.
 */
export type KeywordWeight = (id: string) => number;

/**
 * The order of a mode: keyword score, similarity, or HYBRID's reciprocal rank fusion of both rankings (k = 60), a
 * keyword hit counting by `keywordWeight` (every hit 1 unless given). A talent first in both with weight 1 scores
 * 2 / 61. Why weighted by coverage and not by a constant per list: a partial match of the query's common words
 * ("engineer who runs …") is rank 1 of the keyword list as surely as a match of every skill it names, and at a
 * constant weight it buries the semantic ranking's best whenever the taxonomy knows little of the query's words
 * (on the dev split, with the partial query read without the job vocabulary: HYBRID 0.09 under SEMANTIC with
 * either embedder); weighted by coverage such a match counts nothing and HYBRID keeps SEMANTIC's order, while a
 * talent holding all the query names counts as a full match (docs/performance.md, "HYBRID's fusion").
 */
export function rankByMode(
  mode: SearchMode,
  keyword: SearchHit[],
  semantic: VectorMatch[],
  keywordWeight: KeywordWeight = () => 1,
): Ranked[] {
  const keywordScore = new Map(keyword.map((h) => [h.id, h.score]));
  const similarity = new Map(semantic.map((m) => [m.id, m.score]));
  const withSignals = (id: string, score: number): Ranked => ({ id, score, keyword: keywordScore.get(id), similarity: similarity.get(id) });
  if (mode === 'KEYWORD') return keyword.map((h) => withSignals(h.id, h.score));
  if (mode === 'SEMANTIC') return semantic.map((m) => withSignals(m.id, m.score));
  return fuseRankings([{ ids: keyword.map((h) => h.id), weightOf: keywordWeight }, { ids: semantic.map((m) => m.id) }]).map((f) =>
    withSignals(f.id, f.score),
  );
}
