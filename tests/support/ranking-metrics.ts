/**
 * Ranking metrics of the labelled sets (search queries, matching jobs): graded relevance, the ranked ids an
 * answer gave, and the grades of everything that could have been ranked (unlisted ids grade 0).
 */

/** nDCG@k with gains 2^grade − 1; the ideal ranking is every graded id's grade sorted (0 when nothing is relevant). */
export function ndcgAt(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Precision@k: the share of the first k positions holding an id of grade ≥ minGrade (a shorter answer counts its empty places as misses). */
export function precisionAt(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>, minGrade: number): number {
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) >= minGrade).length / k;
}

/** The mean of some figures (NaN when there are none). */
export const meanOf = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
