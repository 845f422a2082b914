/**
 * recency: how recently the talent did this kind of work. An employment is relevant when its title
 * is in the job's role family (a related family counts half) or names one of the job's skills
 * ("Go 开发工程师"); a current one scores its relevance, one that ended decays with a half-life of
 * three years after the first year (a role left last year is still fresh, one left six years ago is
 * not). The best employment wins. A profile with no dated employment but the job's skills scores 0.5.
 */
import { describeEmployment, yearsSinceEnd } from './employment.ts';
import { figure, say, unavailable, type FactorOutcome } from './factor.ts';
import { jobSkill, skillsInTitle } from './skill-match.ts';
import { headlineTitle } from './title-factor.ts';
import { familyFit, parseTitle, type TitleFamily } from './title-lexicon.ts';
import type { MatchEmployment, MatchJob, MatchLanguage, MatchTalent } from './types.ts';

export const FRESH_YEARS = 1;
export const HALF_LIFE_YEARS = 3;
/** A title naming one of the job's skills, outside its role family. */
export const SKILL_TITLE_RELEVANCE = 0.8;
export const UNDATED_SCORE = 0.5;

export const decay = (years: number): number => (years <= FRESH_YEARS ? 1 : Math.pow(0.5, (years - FRESH_YEARS) / HALF_LIFE_YEARS));

function relevanceOf(title: string | null, family: TitleFamily | null, skillIds: Set<string>): number {
  if (!title?.trim()) return 0;
  const fit = familyFit(parseTitle(title).family, family) ?? 0;
  const namesSkill = skillsInTitle(title).some(([id]) => skillIds.has(id));
  return Math.max(fit, namesSkill ? SKILL_TITLE_RELEVANCE : 0);
}

export function recencyFactor(
  talent: MatchTalent,
  job: MatchJob,
  language: MatchLanguage,
  now: Date,
  coversSkills: boolean,
): FactorOutcome {
  const family = parseTitle(job.title).family;
  const skillIds = new Set(
    [...job.requiredSkills, ...job.preferredSkills].map((s) => jobSkill(s)?.id).filter((id): id is string => id !== undefined),
  );
  if (family === null && skillIds.size === 0)
    return unavailable(
      say(
        language,
        'Neither the job title nor its skills say what experience is relevant; not scored.',
        '职位名称和技能都无法判断相关经验，不计分。',
      ),
    );

  let best: { employment: MatchEmployment; score: number; years: number | null } | null = null;
  for (const employment of talent.employments) {
    const relevance = relevanceOf(employment.title, family, skillIds);
    if (relevance === 0) continue;
    const years = yearsSinceEnd(employment, now);
    const score = relevance * (years === null ? UNDATED_SCORE : decay(years));
    if (best === null || score > best.score) best = { employment, score, years };
  }
  if (best !== null) {
    const line = describeEmployment(best.employment, language);
    const when =
      best.years === 0
        ? say(language, 'current', '当前')
        : best.years === null
          ? say(language, 'undated', '日期不详')
          : say(language, `ended ${figure(best.years)} years ago`, `${figure(best.years)} 年前结束`);
    return {
      score: best.score,
      explanation: say(language, `Most relevant experience: ${line} (${when}).`, `最相关的经历：${line}（${when}）。`),
      evidence: [line],
      available: true,
      gaps: [],
    };
  }
  // Titles undated (`titles`) say nothing of when; the current title or the headline's says now.
  const title = talent.currentTitle?.trim() || headlineTitle(talent.headline);
  const current = relevanceOf(title, family, skillIds);
  if (current > 0)
    return {
      score: current,
      explanation: say(language, `The current title "${title}" is relevant work.`, `当前职位"${title}"是相关经历。`),
      evidence: [title!],
      available: true,
      gaps: [],
    };
  if (talent.employments.length === 0 && coversSkills)
    return {
      score: UNDATED_SCORE,
      explanation: say(
        language,
        'The profile lists the skills but no dated employment; counted as half.',
        '简历列有相关技能但没有带日期的工作经历，按一半计分。',
      ),
      evidence: [],
      available: true,
      gaps: [],
    };
  return {
    score: 0,
    explanation: say(language, 'No employment in this kind of role or with these skills.', '没有此类职位或相关技能的工作经历。'),
    evidence: [],
    available: true,
    gaps: [],
  };
}
