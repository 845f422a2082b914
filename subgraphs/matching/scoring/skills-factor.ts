/**
 * requiredSkills and preferredSkills: the share of the job's skills the talent covers, a related
 * skill counting half (./skill-match.ts). The missing required skills are the first gaps.
 */
import { listOf, say, unavailable, type FactorOutcome, type Gap } from './factor.ts';
import { distinctSkills, matchSkill, skillGapKey, type SkillMatch, type TalentSkills } from './skill-match.ts';
import type { MatchLanguage } from './types.ts';

export type SkillKind = 'required' | 'preferred';

/** The evidence line of a match: the talent's words, what they matched, and where they were written when not in the skills list. */
function evidenceOf(match: SkillMatch, language: MatchLanguage): string {
  const line =
    match.relatedName !== null
      ? say(language, `${match.written} (related to ${match.asked})`, `${match.written}（与 ${match.asked} 相关）`)
      : match.written === match.asked
        ? match.asked
        : `${match.written} → ${match.asked}`;
  return match.isFromText ? say(language, `${line}, in the headline or a title`, `${line}，见于简历标题或职位`) : line;
}

export function skillsFactor(kind: SkillKind, asked: readonly string[], skills: TalentSkills, language: MatchLanguage): FactorOutcome {
  const wanted = distinctSkills(asked);
  const label = kind === 'required' ? say(language, 'required', '必备') : say(language, 'preferred', '加分');
  if (wanted.length === 0)
    return unavailable(say(language, `The job lists no ${label} skills; not scored.`, `职位未列出${label}技能，不计分。`));
  const matches = wanted.map((skill) => matchSkill(skills, skill));
  const full = matches.filter((m) => m.credit === 1);
  const partial = matches.filter((m) => m.credit > 0 && m.credit < 1);
  const missing = matches.filter((m) => m.credit === 0);
  const score = matches.reduce((sum, m) => sum + m.credit, 0) / wanted.length;
  const names = (list: SkillMatch[]) =>
    listOf(
      language,
      list.map((m) => m.asked),
    );

  const parts: string[] = [];
  if (language === 'zh') {
    parts.push(`覆盖 ${wanted.length} 项${label}技能中的 ${full.length} 项${full.length > 0 ? `：${names(full)}` : ''}`);
    if (partial.length > 0) parts.push(`部分覆盖 ${names(partial)}（有相关技能）`);
    if (missing.length > 0) parts.push(`缺少 ${names(missing)}`);
  } else {
    parts.push(`Covers ${full.length} of ${wanted.length} ${label} skills${full.length > 0 ? `: ${names(full)}` : ''}`);
    if (partial.length > 0) parts.push(`partly ${names(partial)} (a related skill)`);
    if (missing.length > 0) parts.push(`missing ${names(missing)}`);
  }
  const explanation = language === 'zh' ? `${parts.join('；')}。` : `${parts.join('; ')}.`;

  const gaps: Gap[] = [...missing, ...partial].map((m) => ({
    text: say(language, `Add ${m.asked} (${label})`, `补充${label}技能 ${m.asked}`),
    gain: (1 - m.credit) / wanted.length,
    tier: kind === 'required' ? 1 : 0,
    key: skillGapKey(m.asked),
  }));
  return {
    score,
    explanation,
    evidence: [...full, ...partial].map((m) => evidenceOf(m, language)),
    available: true,
    gaps,
  };
}
