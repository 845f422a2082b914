import { describe, expect, it } from 'vitest';
import { assignSplits } from '../support/eval-split.ts';
import { JOB_FAMILIES, jobStratum, loadMatchingSet, SENIORITIES } from '../support/matching-set.ts';

describe('the labelled matching set (tests/fixtures/matching)', () => {
  const { jobs, talents } = loadMatchingSet();
  const talentIds = new Set(talents.map((t) => t.id));

  it('at least 24 jobs, half Chinese and half English, every family and seniority from junior to director', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(24);
    expect(jobs.filter((j) => j.lang === 'zh').length).toBe(jobs.filter((j) => j.lang === 'en').length);
    expect(new Set(jobs.map((j) => j.family))).toEqual(new Set(JOB_FAMILIES));
    expect(new Set(jobs.map((j) => j.seniority))).toEqual(new Set(SENIORITIES));
    expect(new Set(jobs.map((j) => j.remotePolicy))).toEqual(new Set(['ONSITE', 'HYBRID', 'REMOTE']));
    expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
  });

  it('at least 150 talents, Chinese and English, each with employments; ids unique', () => {
    expect(talents.length).toBeGreaterThanOrEqual(150);
    expect(new Set(talents.map((t) => t.lang))).toEqual(new Set(['en', 'zh']));
    expect(talentIds.size).toBe(talents.length);
    expect(talents.filter((t) => t.employments.length === 0).map((t) => t.id)).toEqual([]);
    const month = /^\d{4}-(0[1-9]|1[0-2])$/;
    const badDates = talents.flatMap((t) =>
      t.employments.filter((e) => !month.test(e.start ?? '') || (e.end !== null && !month.test(e.end))).map((e) => `${t.id} ${e.company}`),
    );
    expect(badDates).toEqual([]);
  });

  it('every grade is 0 to 3 for a talent of the pool, and every job has someone a recruiter would phone today', () => {
    const bad = jobs.flatMap((j) =>
      Object.entries(j.grades)
        .filter(([id, grade]) => !talentIds.has(id) || ![0, 1, 2, 3].includes(grade))
        .map(([id, grade]) => `${j.id}: ${id} ${grade}`),
    );
    expect(bad).toEqual([]);
    expect(jobs.filter((j) => !Object.values(j.grades).includes(3)).map((j) => j.id)).toEqual([]);
  });

  it('knock-outs are consistent with the job, as the jobs API requires (must-haves among the required skills, a minimum within the range)', () => {
    const inconsistent = jobs.filter(
      (j) =>
        j.knockouts.mustHaveSkills.some((s) => !j.requiredSkills.includes(s)) ||
        j.knockouts.languages.some((l) => !j.languages.includes(l)) ||
        (j.knockouts.minYearsOfExperience !== null && j.knockouts.minYearsOfExperience > (j.minYearsOfExperience ?? 0)) ||
        (j.knockouts.workLocation && (j.remotePolicy === 'REMOTE' || !j.location)),
    );
    expect(inconsistent.map((j) => j.id)).toEqual([]);
    expect(jobs.filter((j) => j.knockouts.mustHaveSkills.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('records the split the rule gives: by job, stratified by language and family track, in file order', () => {
    const expected = assignSplits(jobs, (j) => j.id, jobStratum);
    expect(jobs.map((j) => `${j.id}: ${j.split}`)).toEqual(jobs.map((j, i) => `${j.id}: ${expected[i]}`));
    const test = jobs.filter((j) => j.split === 'test');
    expect(Math.abs(2 * test.length - jobs.length)).toBeLessThanOrEqual(new Set(jobs.map(jobStratum)).size);
    expect(new Set(test.map((j) => j.lang))).toEqual(new Set(['en', 'zh']));
  });
});
