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
