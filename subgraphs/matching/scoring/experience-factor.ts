/**
 * experienceYears: the talent's years against the job's range. Inside → 1; short of the minimum
 * loses a quarter a year (a year short is still a candidate, four are not); past the maximum
 * loses 5 % a year down to 0.5 (over-qualified is a softer mismatch). Years the profile does not
 * state are estimated from its dated employments (said so); with none either → 0.5, said so.
 */
import { clamp01, figure, say, unavailable, yearsText, type FactorOutcome } from './factor.ts';
import { yearsFromEmployments } from './employment.ts';
import type { MatchJob, MatchLanguage, MatchTalent } from './types.ts';

export const SHORT_YEAR_PENALTY = 0.25;
export const OVER_YEAR_PENALTY = 0.05;
export const OVER_FLOOR = 0.5;
export const UNKNOWN_YEARS_SCORE = 0.5;

/** A sane range: negatives read as none, a maximum below the minimum as none. */
function rangeOf(job: MatchJob): { min: number | null; max: number | null } {
  const min = job.minYearsOfExperience !== null && job.minYearsOfExperience > 0 ? job.minYearsOfExperience : null;
  let max = job.maxYearsOfExperience !== null && job.maxYearsOfExperience >= 0 ? job.maxYearsOfExperience : null;
  if (max !== null && min !== null && max < min) max = null;
  return { min, max };
}

function rangeText(min: number | null, max: number | null, language: MatchLanguage): string {
  if (min !== null && max !== null) return say(language, `${min}–${max} years`, `${min}–${max} 年`);
  if (min !== null) return say(language, `at least ${min} years`, `至少 ${min} 年`);
  return say(language, `at most ${max} years`, `至多 ${max} 年`);
}

export function experienceFactor(talent: MatchTalent, job: MatchJob, language: MatchLanguage, now: Date): FactorOutcome {
  const { min, max } = rangeOf(job);
  if (min === null && max === null)
    return unavailable(say(language, 'The job names no range of years; not scored.', '职位未要求工作年限，不计分。'));
  const range = rangeText(min, max, language);
  const stated = talent.yearsOfExperience !== null && Number.isFinite(talent.yearsOfExperience) && talent.yearsOfExperience >= 0;
  const estimated = stated ? null : yearsFromEmployments(talent.employments, now);
  const years = stated ? talent.yearsOfExperience! : estimated;
  if (years === null)
    return {
      score: UNKNOWN_YEARS_SCORE,
      explanation: say(
        language,
        `The profile does not state years of experience (the job asks ${range}); counted as half.`,
        `简历未注明工作年限（职位要求 ${range}），按一半计分。`,
      ),
      evidence: [],
      available: true,
      gaps: [{ text: say(language, 'Confirm years of experience', '确认工作年限'), gain: 1 - UNKNOWN_YEARS_SCORE, tier: 0, key: 'years' }],
    };
  const outcome = scoreYears(years, min, max, range, language);
  if (estimated === null) return outcome;
  // An estimate says so, and asks to confirm.
  return {
    ...outcome,
    explanation: say(language, `From the employment history: ${outcome.explanation}`, `按工作经历推算：${outcome.explanation}`),
    evidence: [say(language, `about ${yearsText(years)} of dated employment`, `有日期的工作经历约 ${figure(years)} 年`)],
  };
}

function scoreYears(years: number, min: number | null, max: number | null, range: string, language: MatchLanguage): FactorOutcome {
  const evidence = [say(language, `${yearsText(years)} of experience`, `${figure(years)} 年工作经验`)];
  if (min !== null && years < min) {
    const short = min - years;
    const score = clamp01(1 - SHORT_YEAR_PENALTY * short);
    return {
      score,
      explanation: say(
        language,
        `${yearsText(years)} of experience, ${figure(short)} short of the ${range} asked.`,
        `${figure(years)} 年经验，比要求（${range}）少 ${figure(short)} 年。`,
      ),
      evidence,
      available: true,
      gaps: [
        {
          text: say(
            language,
            `${figure(short)} more ${figure(short) === '1' ? 'year' : 'years'} of experience`,
            `再积累 ${figure(short)} 年经验`,
          ),
          gain: 1 - score,
          tier: 0,
          key: 'years',
        },
      ],
    };
  }
  if (max !== null && years > max) {
    const over = years - max;
    return {
      score: Math.max(OVER_FLOOR, 1 - OVER_YEAR_PENALTY * over),
      explanation: say(
        language,
        `${yearsText(years)} of experience, ${figure(over)} more than the ${range} asked.`,
        `${figure(years)} 年经验，超出要求（${range}）${figure(over)} 年。`,
      ),
      evidence,
      available: true,
      gaps: [],
    };
  }
  return {
    score: 1,
    explanation: say(
      language,
      `${yearsText(years)} of experience, within the ${range} asked.`,
      `${figure(years)} 年经验，符合要求（${range}）。`,
    ),
    evidence,
    available: true,
    gaps: [],
  };
}
