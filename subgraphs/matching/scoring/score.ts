/**
 * The matching scorer: `scoreMatch(talent, job, context)` scores one talent for one job, pure and
 * synchronous (every read from a store happens before it), explained factor by factor.
 *
 * How a match is scored: each of the nine factors (MATCHING_FACTORS) gives a 0–1 score, one
 * sentence and its evidence; a factor with nothing to assess (no embedding model, a job with no
 * preferred skills) is unavailable. The organisation's weights are normalised to add up to 1 over
 * the available factors; a factor's contribution is weight × score × 100 and the match's score the
 * sum of the contributions, 0 to 100. The contributions are rounded to cents by largest remainder,
 * so the rounded figures the API shows add up exactly to the rounded score. Knock-outs are checked
 * beside the score (they do not change it); gaps are ranked: knock-outs first, then the missing
 * required skills, then whatever would add the most points.
 */
import { MATCHING_FACTORS } from '../../../data/config/settings.ts';
import { experienceFactor } from './experience-factor.ts';
import { clamp01, type FactorOutcome, type Gap } from './factor.ts';
import { knockoutsOf } from './knockouts.ts';
import { languagesFactor } from './languages-factor.ts';
import { locationFactor } from './location-factor.ts';
import { recencyFactor } from './recency-factor.ts';
import { semanticFactor } from './semantic-factor.ts';
import { talentSkills } from './skill-match.ts';
import { skillsFactor } from './skills-factor.ts';
import { titleFactor } from './title-factor.ts';
import type { FactorScore, MatchContext, MatchJob, MatchResult, MatchTalent, MatchingFactor } from './types.ts';
import { warmPathFactor } from './warm-path-factor.ts';

/** At most this many gaps: the few that matter most. */
export const MAX_GAPS = 8;

/** Every factor's outcome for one pair, in MATCHING_FACTORS order. */
function outcomesOf(talent: MatchTalent, job: MatchJob, context: MatchContext) {
  const { language } = context;
  const skills = talentSkills(talent);
  const requiredSkills = skillsFactor('required', job.requiredSkills, skills, language);
  const preferredSkills = skillsFactor('preferred', job.preferredSkills, skills, language);
  const coversSkills = requiredSkills.score > 0 || preferredSkills.score > 0;
  const outcomes: Record<MatchingFactor, FactorOutcome> = {
    requiredSkills,
    preferredSkills,
    semanticSimilarity: semanticFactor(context.similarity, context.embeddingModel, language),
    titleSeniority: titleFactor(talent, job, language, context.now),
    experienceYears: experienceFactor(talent, job, language, context.now),
    location: locationFactor(talent, job, language),
    languages: languagesFactor(talent, job.languages, language),
    recency: recencyFactor(talent, job, language, context.now, coversSkills),
    warmPath: warmPathFactor(context.warmPaths, language),
  };
  return { outcomes, skills };
}

/** The configured weights as applied: non-negative, 0 for unavailable factors, adding up to 1 (or all 0). */
export function normalizeWeights(
  weights: Partial<Record<MatchingFactor, number>>,
  isAvailable: (factor: MatchingFactor) => boolean,
): Record<MatchingFactor, number> {
  const raw = MATCHING_FACTORS.map((factor) => {
    const weight = weights[factor];
    return typeof weight === 'number' && Number.isFinite(weight) && weight > 0 && isAvailable(factor) ? weight : 0;
  });
  const total = raw.reduce((sum, w) => sum + w, 0);
  return Object.fromEntries(MATCHING_FACTORS.map((factor, i) => [factor, total > 0 ? raw[i]! / total : 0])) as Record<
    MatchingFactor,
    number
  >;
}

/**
 * Exact contributions (points, 0–100) rounded to cents so that they add up to the rounded total:
 * each is floored, and the cents left go to the largest remainders (ties to the earlier factor).
 */
export function roundContributions(exact: readonly number[]): number[] {
  const cents = exact.map((value) => value * 100);
  const floors = cents.map((value) => Math.floor(value + 1e-9));
  const target = Math.round(cents.reduce((sum, value) => sum + value, 0));
  let left = target - floors.reduce((sum, value) => sum + value, 0);
  const order = cents.map((value, i) => ({ i, remainder: value - floors[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left--;
  }
  return floors.map((value) => value / 100);
}

/** Gaps across factors, most valuable first: by tier, then the points they would add; one per key. */
function rankGaps(ranked: { gap: Gap; points: number }[]): string[] {
  const sorted = ranked
    .map((entry, order) => ({ ...entry, order }))
    .filter(({ gap, points }) => gap.tier > 1 || points > 0)
    .sort((a, b) => b.gap.tier - a.gap.tier || b.points - a.points || a.order - b.order);
  const seenKeys = new Set<string>();
  const seenTexts = new Set<string>();
  const out: string[] = [];
  for (const { gap } of sorted) {
    if (gap.key !== undefined && seenKeys.has(gap.key)) continue;
    if (seenTexts.has(gap.text)) continue;
    if (gap.key !== undefined) seenKeys.add(gap.key);
    seenTexts.add(gap.text);
    out.push(gap.text);
    if (out.length === MAX_GAPS) break;
  }
  return out;
}

export function scoreMatch(talent: MatchTalent, job: MatchJob, context: MatchContext): MatchResult {
  const { outcomes, skills } = outcomesOf(talent, job, context);
  const weights = normalizeWeights(context.weights, (factor) => outcomes[factor].available);
  const scores = MATCHING_FACTORS.map((factor) => (outcomes[factor].available ? clamp01(outcomes[factor].score) : 0));
  const contributions = roundContributions(MATCHING_FACTORS.map((factor, i) => weights[factor] * scores[i]! * 100));
  const factors: FactorScore[] = MATCHING_FACTORS.map((kind, i) => ({
    kind,
    weight: weights[kind],
    score: scores[i]!,
    contribution: contributions[i]!,
    explanation: outcomes[kind].explanation,
    evidence: outcomes[kind].evidence,
    available: outcomes[kind].available,
  }));
  const cents = contributions.reduce((sum, value) => sum + Math.round(value * 100), 0);
  const knockouts = knockoutsOf(talent, job, skills, context.language, context.now);
  const gaps = rankGaps([
    ...knockouts.gaps.map((gap) => ({ gap, points: gap.gain })),
    ...MATCHING_FACTORS.flatMap((factor) => outcomes[factor].gaps.map((gap) => ({ gap, points: weights[factor] * gap.gain * 100 }))),
  ]);
  return {
    talentId: talent.id,
    jobId: job.id,
    score: Math.min(100, Math.max(0, cents / 100)),
    factors,
    knockedOut: knockouts.failures.length > 0,
    knockouts: knockouts.failures,
    gaps,
  };
}
