/**
 * titleSeniority: does the talent's current title belong to the job's role family, and at the
 * level the job asks for? score = family fit × (0.5 + 0.5 × seniority fit): the right role one
 * level off still scores well, the wrong role scores 0 whatever its level. A title that names no
 * level is taken at the level the talent's years usually reach; a job title that names none asks
 * for no particular level. A job title outside the lexicon is compared word by word.
 */
import { tokenize } from '../../../data/text/tokenize.ts';
import { yearsFromEmployments } from './employment.ts';
import { clamp01, figure, say, yearsText, type FactorOutcome } from './factor.ts';
import { familyFit, levelFromYears, levelName, parseTitle } from './title-lexicon.ts';
import type { MatchJob, MatchLanguage, MatchTalent } from './types.ts';

/** Seniority fit by levels above (positive) or below the job's: over-qualified costs less than under. */
export function seniorityFit(talentLevel: number, jobLevel: number): number {
  const diff = talentLevel - jobLevel;
  if (diff === 0) return 1;
  if (diff === 1) return 0.85;
  if (diff === -1) return 0.7;
  if (diff === 2) return 0.55;
  if (diff === -2) return 0.35;
  return 0.1;
}

/** The title part of a headline ("Senior Go Engineer at ByteDance", "高级后端工程师 @ 字节跳动", "PM | fintech"). */
export function headlineTitle(headline: string | null): string | null {
  const title = headline?.split(/\s+at\s+|\s*[@|｜，,·;；]\s*/)[0]?.trim();
  return title ? title : null;
}

/**
 * The title a talent holds now: the current title, else a current employment's, else the latest one
 * listed, else the headline's title part (profiles with a headline alone read as "X at Company").
 */
export function currentTitleOf(talent: MatchTalent): string | null {
  if (talent.currentTitle?.trim()) return talent.currentTitle.trim();
  const current = talent.employments.find((e) => e.end === null && e.title?.trim());
  return current?.title?.trim() ?? talent.titles.find((t) => t.trim())?.trim() ?? headlineTitle(talent.headline);
}

/** Dice overlap of two titles' words (Chinese bigrams, Latin words): the fit of titles the lexicon does not know. */
function wordOverlap(a: string, b: string): number {
  const left = new Set(tokenize(a));
  const right = new Set(tokenize(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return (2 * shared) / (left.size + right.size);
}

export function titleFactor(talent: MatchTalent, job: MatchJob, language: MatchLanguage, now: Date): FactorOutcome {
  const title = currentTitleOf(talent);
  if (title === null)
    return {
      score: 0,
      explanation: say(language, 'The profile names no current title.', '简历中没有当前职位。'),
      evidence: [],
      available: true,
      gaps: [],
    };
  const held = parseTitle(title);
  const asked = parseTitle(job.title);
  const family = familyFit(held.family, asked.family) ?? wordOverlap(title, job.title);
  const years = talent.yearsOfExperience ?? yearsFromEmployments(talent.employments, now);
  const inferred = held.level === null && years !== null;
  const talentLevel = held.level ?? (years !== null ? levelFromYears(years) : null);
  const seniority = asked.level === null || talentLevel === null ? 1 : seniorityFit(talentLevel, asked.level);
  const score = clamp01(family * (0.5 + 0.5 * seniority));

  const role =
    family >= 1
      ? say(language, 'the same role', '同类职位')
      : family >= 0.5
        ? say(language, 'a related role', '相关职位')
        : family > 0
          ? say(language, 'a partly similar role', '部分相似的职位')
          : say(language, 'a different role', '不同类职位');
  let level = '';
  // The level of another role says nothing: it is named only when the role fits at least in part.
  if (asked.level !== null && talentLevel !== null && family > 0) {
    const levelText = levelName(talentLevel, language);
    const askedText = levelName(asked.level, language);
    const by = inferred ? say(language, ` (from ${yearsText(years!)})`, `（按 ${figure(years!)} 年经验推断）`) : '';
    level =
      talentLevel === asked.level
        ? say(language, `, at the ${askedText} level asked${by}`, `，级别与要求的${askedText}一致${by}`)
        : say(language, `, ${levelText}${by} for a ${askedText} opening`, `，级别为${levelText}${by}，职位要求${askedText}`);
  }
  return {
    score,
    explanation: say(
      language,
      `Current title "${title}" against "${job.title}": ${role}${level}.`,
      `当前职位"${title}"与"${job.title}"属${role}${level}。`,
    ),
    evidence: [title],
    available: true,
    gaps: [],
  };
}
