/**
 * semanticSimilarity: the cosine of the talent's and the job's embeddings, mapped to 0–1 by a clamp
 * of (cosine − lo) / (hi − lo). Cosines of different models live in different ranges, so lo and hi
 * are per model family, read off hand-written pairs (a job against a strong, a related, a
 * front-end, a sales and a finance profile, in Chinese and English; not the labelled set):
 * - the offline hashing embedder (`looma-hash-ngram-*`, the default, also when no model is named):
 *   unrelated profiles −0.1 to 0.1, related ones 0.15–0.21, strong ones 0.57–0.76: lo 0.05, hi 0.7;
 * - e5 (`multilingual-e5-small-q4` as served): everything sits high, unrelated 0.81–0.88, related
 *   0.85–0.90, strong 0.88–0.97 (0.95+ in the job's language): lo 0.8, hi 0.95;
 * - any other model (OpenAI's text-embedding-3 …): lo 0.15, hi 0.65, the usual spread of such models.
 */
import { isE5 } from '../../../data/embeddings/embedder.ts';
import { clamp01, figure, say, unavailable, type FactorOutcome } from './factor.ts';
import type { MatchLanguage } from './types.ts';

export interface SimilarityRange {
  lo: number;
  hi: number;
}

export const HASHING_RANGE: SimilarityRange = { lo: 0.05, hi: 0.7 };
export const E5_RANGE: SimilarityRange = { lo: 0.8, hi: 0.95 };
export const OTHER_MODEL_RANGE: SimilarityRange = { lo: 0.15, hi: 0.65 };

export function similarityRange(model: string | null | undefined): SimilarityRange {
  if (!model || model.startsWith('looma-hash')) return HASHING_RANGE;
  return isE5(model) ? E5_RANGE : OTHER_MODEL_RANGE;
}

export function semanticFactor(similarity: number | null, model: string | null | undefined, language: MatchLanguage): FactorOutcome {
  if (similarity === null || !Number.isFinite(similarity))
    return unavailable(say(language, 'No embedding model answered; semantic similarity not scored.', '嵌入模型不可用，未计算语义相似度。'));
  const { lo, hi } = similarityRange(model);
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
