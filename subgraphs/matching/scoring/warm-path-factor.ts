/**
 * warmPath: the best introduction the organisation's network offers. One hop (someone who knows
 * the person) 1.0, two hops 0.5, further 0.25; a relationship that vouches for the work (worked
 * with, managed, referred) counts in full, a looser one (knows, a shared company) 0.8 of it.
 */
import { say, type FactorOutcome } from './factor.ts';
import type { MatchLanguage, WarmPath } from './types.ts';

/** Relationship types that say the connector knows the person's work. */
const STRONG_RELATIONS = new Set(['WORKED_WITH', 'MANAGED', 'MANAGED_BY', 'REPORTED_TO', 'REFERRED', 'MENTORED', 'COLLEAGUE']);
export const LOOSE_RELATION = 0.8;

export function hopScore(hops: number): number {
  if (!Number.isFinite(hops) || hops < 1) return 0;
  if (hops === 1) return 1;
  if (hops === 2) return 0.5;
  return 0.25;
}

export function pathScore(path: WarmPath): number {
  const strong = path.company === null && STRONG_RELATIONS.has(path.relation.trim().toUpperCase());
  return hopScore(path.hops) * (strong ? 1 : LOOSE_RELATION);
}

/** "Li Na — WORKED_WITH", "Li Na — ByteDance (shared company)", "Li Na — WORKED_WITH (2 hops)". */
export function describePath(path: WarmPath, language: MatchLanguage): string {
  const how = path.company !== null ? say(language, `${path.company} (shared company)`, `${path.company}（同事关系）`) : path.relation;
  const hops = path.hops > 1 ? say(language, ` (${path.hops} hops)`, `（${path.hops} 度人脉）`) : '';
  return `${path.viaName} — ${how}${hops}`;
}

export function warmPathFactor(paths: readonly WarmPath[], language: MatchLanguage): FactorOutcome {
  let best: WarmPath | null = null;
  let bestScore = 0;
  for (const path of paths) {
    const score = pathScore(path);
    if (score > bestScore) {
      best = path;
      bestScore = score;
    }
  }
  if (best === null)
    return {
      score: 0,
      explanation: say(language, "No one in the organisation's network knows this person.", '组织的人脉中没有认识此人的人。'),
      evidence: [],
      available: true,
      gaps: [],
    };
  const how =
    best.company !== null
      ? say(language, `worked at ${best.company} with them`, `曾与其同在 ${best.company}`)
      : say(language, `is connected as ${best.relation}`, `与其的关系为 ${best.relation}`);
  const explanation =
    best.hops === 1
      ? say(language, `${best.viaName} ${how}: a direct introduction.`, `${best.viaName}${how}，可直接引荐。`)
      : say(
          language,
          `${best.viaName} can introduce them through a contact (${best.hops} hops, ${best.relation}).`,
          `可经 ${best.viaName} 间接引荐（${best.hops} 度人脉，${best.relation}）。`,
        );
  return {
    score: bestScore,
    explanation,
    evidence: paths
      .filter((p) => pathScore(p) > 0)
      .slice(0, 3)
      .map((p) => describePath(p, language)),
    available: true,
    gaps: [],
  };
}
