/**
 * Knock-outs (issue 14, point 3): the job's hard requirements. A talent who fails one is knocked
 * out; the score is still computed and the resolver decides whether to exclude or flag. Unknowns
 * (years not stated, no location, no language listed) are gaps, not knock-outs: the recruiter can ask.
 */
import { yearsFromEmployments } from './employment.ts';
import { say, type Gap } from './factor.ts';
import { placeFit, placeName } from './location-factor.ts';
import { askedLanguage, spokenLanguages } from './languages-factor.ts';
import { distinctSkills, matchSkill, skillGapKey, type TalentSkills } from './skill-match.ts';
import type { KnockoutFailure, MatchJob, MatchLanguage, MatchTalent } from './types.ts';

export interface KnockoutOutcome {
  failures: KnockoutFailure[];
  /** What would lift each knock-out, first among the gaps. */
  gaps: Gap[];
}

const KNOCKOUT_TIER = 2;

export function knockoutsOf(talent: MatchTalent, job: MatchJob, skills: TalentSkills, language: MatchLanguage, now: Date): KnockoutOutcome {
  const failures: KnockoutFailure[] = [];
  const gaps: Gap[] = [];
  const { knockouts } = job;

  // A related skill is no must-have: only the skill itself (under any of its names) lifts it.
  for (const skill of distinctSkills(knockouts.mustHaveSkills)) {
    if (matchSkill(skills, skill).credit === 1) continue;
    failures.push({
      kind: 'mustHaveSkills',
      explanation: say(language, `Lacks the must-have skill ${skill}.`, `缺少硬性要求的技能 ${skill}。`),
    });
    gaps.push({
      text: say(language, `Add ${skill} (must-have)`, `补充硬性要求技能 ${skill}`),
      gain: 1,
      tier: KNOCKOUT_TIER,
      key: skillGapKey(skill),
    });
  }

  const min = knockouts.minYearsOfExperience;
  if (min !== null && min > 0) {
    const years = talent.yearsOfExperience;
    if (years === null || !Number.isFinite(years)) {
      // Not stated: dated employments that add up to the minimum settle it; fewer only ask to confirm.
      const estimated = yearsFromEmployments(talent.employments, now);
      if (estimated === null || estimated < min)
        gaps.push({
          text: say(language, `Confirm at least ${min} years of experience`, `确认至少 ${min} 年工作经验`),
          gain: 1,
          tier: KNOCKOUT_TIER,
          key: 'years',
        });
    } else if (years < min) {
      failures.push({
        kind: 'minYearsOfExperience',
        explanation: say(
          language,
          `Has ${years} years of experience; the job requires at least ${min}.`,
          `工作经验 ${years} 年，职位要求至少 ${min} 年。`,
        ),
      });
      gaps.push({
        text: say(language, `Reach ${min} years of experience (required)`, `工作经验达到 ${min} 年（硬性要求）`),
        gain: 1,
        tier: KNOCKOUT_TIER,
        key: 'years',
      });
    }
  }

  if (knockouts.workLocation && job.remotePolicy !== 'REMOTE' && job.location?.trim()) {
    const where = placeName(job.location, language);
    const fit = placeFit(talent.location, job.location);
    // Unknown, or only the job's country named: ask, do not knock out.
    if (fit === 'unknown' || fit === 'region') {
      gaps.push({
        text: say(language, `Confirm working in ${where}`, `确认可在${where}工作`),
        gain: 1,
        tier: KNOCKOUT_TIER,
        key: 'location',
      });
    } else if (fit !== 'city') {
      const policy = job.remotePolicy === 'HYBRID' ? say(language, 'hybrid', '混合办公') : say(language, 'on-site', '现场办公');
      failures.push({
        kind: 'workLocation',
        explanation: say(
          language,
          `Based in ${placeName(talent.location!, language)}; the job is ${policy} in ${where}.`,
          `人在${placeName(talent.location!, language)}；职位要求在${where}${policy}。`,
        ),
      });
      gaps.push({
        text: say(language, `Relocate to ${where} (required)`, `到${where}工作（硬性要求）`),
        gain: 1,
        tier: KNOCKOUT_TIER,
        key: 'location',
      });
    }
  }

  const spoken = spokenLanguages(talent);
  const listsLanguages = talent.languages.some((l) => l.trim());
  const required = new Map(
    knockouts.languages
      .filter((l) => l.trim())
      .map((l) => askedLanguage(l, language))
      .map((a) => [a.id, a]),
  );
  for (const asked of required.values()) {
    if (spoken.has(asked.id)) continue;
    // A profile that lists no language is unknown: a gap to confirm, not a knock-out.
    if (!listsLanguages) {
      gaps.push({
        text: say(language, `Confirm ${asked.label} (required)`, `确认掌握${asked.label}（硬性要求）`),
        gain: 1,
        tier: KNOCKOUT_TIER,
        key: `language:${asked.id}`,
      });
      continue;
    }
    failures.push({
      kind: 'languages',
      explanation: say(language, `Does not list ${asked.label}, a required language.`, `未注明会${asked.label}（职位要求）。`),
    });
    gaps.push({
      text: say(language, `Speak ${asked.label} (required)`, `掌握${asked.label}（硬性要求）`),
      gain: 1,
      tier: KNOCKOUT_TIER,
      key: `language:${asked.id}`,
    });
  }
  return { failures, gaps };
}
