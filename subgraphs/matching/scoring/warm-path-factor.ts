/**
 * warmPath: the best introduction the organisation's network offers. One hop (someone of the
 * organisation's network who knows the person) 1.0, two hops 0.5, further 0.25. A relationship that
 * vouches for the person's work (worked with, managed or was managed by, referred) counts in full; a
 * looser one (knows) 0.8 of it. `relation` is what the connector is to the talent, as the ranking
 * reads it from the talent's end (MANAGED: the connector managed the talent; MANAGED_BY: the talent
 * managed the connector); the shared company, when known, is named.
 */
import { say, type FactorOutcome } from './factor.ts';
import type { MatchLanguage, WarmPath } from './types.ts';

/** Relationships that say the connector knows the person's work. */
const STRONG_RELATIONS = new Set(['WORKED_WITH', 'MANAGED', 'MANAGED_BY', 'REFERRED', 'REFERRED_BY', 'MENTORED', 'COLLEAGUE']);
export const LOOSE_RELATION = 0.8;

export function hopScore(hops: number): number {
  if (!Number.isFinite(hops) || hops < 1) return 0;
  if (hops === 1) return 1;
  if (hops === 2) return 0.5;
  return 0.25;
}

export function pathScore(path: WarmPath): number {
  return hopScore(path.hops) * (STRONG_RELATIONS.has(path.relation.trim().toUpperCase()) ? 1 : LOOSE_RELATION);
}

/** What the connector did with the person, as a phrase after the connector's name. */
function relationPhrase(path: WarmPath, language: MatchLanguage): string {
  const at = path.company ? say(language, ` at ${path.company}`, `（${path.company}）`) : '';
  switch (path.relation.trim().toUpperCase()) {
    case 'WORKED_WITH':
    case 'COLLEAGUE':
      return say(language, `worked with them${at}`, `曾与其共事${at}`);
    case 'MANAGED':
      return say(language, `managed them${at}`, `曾管理过其${at}`);
    case 'MANAGED_BY':
      return say(language, `reported to them${at}`, `曾是其下属${at}`);
    case 'REFERRED':
      return say(language, 'referred them', '曾推荐过其');
    case 'REFERRED_BY':
      return say(language, 'was referred by them', '曾由其推荐');
    case 'KNOWS':
      return say(language, `knows them${at}`, `认识其${at}`);
    default:
      return say(language, `is connected to them as ${path.relation}${at}`, `与其的关系为 ${path.relation}${at}`);
  }
}

/** "Li Na — WORKED_WITH", "Li Na — WORKED_WITH (ByteDance)", "Li Na — KNOWS (2 hops)". */
export function describePath(path: WarmPath, language: MatchLanguage): string {
  const details = [path.company, path.hops > 1 ? say(language, `${path.hops} hops`, `${path.hops} 度人脉`) : null].filter(Boolean);
  return `${path.viaName} — ${path.relation}${details.length ? ` (${details.join(', ')})` : ''}`;
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
  const explanation =
    best.hops === 1
      ? say(
          language,
          `${best.viaName} ${relationPhrase(best, language)}: a direct introduction.`,
          `${best.viaName}${relationPhrase(best, language)}，可直接引荐。`,
        )
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
