/**
 * semanticSimilarity: the cosine of the talent's and the job's embeddings, mapped to 0–1.
 *
 * Cosines of different models live in different ranges, so the mapping is per model family, a
 * clamp of (cosine − lo) / (hi − lo):
 * - the offline hashing embedder (`looma-hash-ngram-*`, the default): unrelated texts score about
 *   0 ± 0.06 and a profile that shares the job's skills and title 0.35–0.6 (see MIN_SIMILARITY in the
 *   search subgraph), so lo 0.05, hi 0.6;
 * - e5 models (`multilingual-e5-*`): every pair of texts scores above about 0.7, unrelated profiles
 *   0.72–0.78 and a close one 0.85–0.9, so lo 0.75, hi 0.9.
 * An unknown model (none given, an OpenAI-compatible one) gets the hashing range when its cosine
 * is below 0.5 (it spreads like the hashing one) and e5's above, so a high-sitting model never
 * saturates at 1 for everyone.
 */
import { isE5 } from '../../../data/embeddings/embedder.ts';
import { clamp01, figure, say, unavailable, type FactorOutcome } from './factor.ts';
import type { MatchLanguage } from './types.ts';

export interface SimilarityRange {
  lo: number;
  hi: number;
}

export const HASHING_RANGE: SimilarityRange = { lo: 0.05, hi: 0.6 };
export const E5_RANGE: SimilarityRange = { lo: 0.75, hi: 0.9 };

export function similarityRange(model: string | null | undefined, similarity: number): SimilarityRange {
  if (model && isE5(model)) return E5_RANGE;
  if (model && model.startsWith('looma-hash')) return HASHING_RANGE;
  return similarity < 0.5 ? HASHING_RANGE : E5_RANGE;
}

export function semanticFactor(similarity: number | null, model: string | null | undefined, language: MatchLanguage): FactorOutcome {
  if (similarity === null || !Number.isFinite(similarity))
    return unavailable(say(language, 'No embedding model answered; semantic similarity not scored.', '嵌入模型不可用，未计算语义相似度。'));
  const { lo, hi } = similarityRange(model, similarity);
  const score = clamp01((similarity - lo) / (hi - lo));
  const percent = figure(score * 100);
  const band = score >= 0.75 ? 0 : score >= 0.4 ? 1 : score > 0.1 ? 2 : 3;
  const en = ['very close to', 'close to', 'loosely related to', 'far from'][band]!;
  const zh = ['非常接近职位描述', '接近职位描述', '与职位描述略有相关', '与职位描述相差较远'][band]!;
  return {
    score,
    explanation: say(
      language,
      `The profile reads ${en} the job description (${percent}% on the model's scale).`,
      `简历${zh}（模型相似度 ${percent}%）。`,
    ),
    evidence: [say(language, `cosine ${similarity.toFixed(3)}`, `余弦相似度 ${similarity.toFixed(3)}`)],
    available: true,
    gaps: [],
  };
}
