import { describe, expect, it } from 'vitest';
import { yearsFromEmployments } from './employment.ts';
import { experienceFactor } from './experience-factor.ts';
import { E5_RANGE, HASHING_RANGE, OTHER_MODEL_RANGE, semanticFactor, similarityRange } from './semantic-factor.ts';
import { aJob, aTalent } from './test-fixtures.ts';
import { headlineTitle, titleFactor } from './title-factor.ts';
import { familyFit, parseTitle } from './title-lexicon.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('semanticFactor', () => {
  it('maps cosines per model family, clamped to 0–1', () => {
    expect(similarityRange('looma-hash-ngram-v2-256')).toBe(HASHING_RANGE);
    expect(similarityRange(undefined)).toBe(HASHING_RANGE);
    expect(similarityRange('multilingual-e5-small-q4')).toBe(E5_RANGE);
    expect(similarityRange('text-embedding-3-small')).toBe(OTHER_MODEL_RANGE);
    expect(semanticFactor(0.02, 'looma-hash-ngram-v2-256', 'en').score).toBe(0);
    expect(semanticFactor(0.9, 'looma-hash-ngram-v2-256', 'en').score).toBe(1);
    expect(semanticFactor(0.875, 'multilingual-e5-small-q4', 'en').score).toBeCloseTo(0.5, 10);
    // An e5 cosine of an unrelated profile (0.81) stays low; the same figure is a strong match for the hashing embedder.
    expect(semanticFactor(0.81, 'multilingual-e5-small-q4', 'en').score).toBeLessThan(0.1);
  });

  it('is unavailable without a similarity, and explains itself in both languages', () => {
    expect(semanticFactor(null, 'multilingual-e5-small-q4', 'en')).toMatchObject({ available: false, score: 0 });
    expect(semanticFactor(Number.NaN, null, 'en').available).toBe(false);
    expect(semanticFactor(0.6, null, 'en').explanation).toMatch(
      /^The profile reads very close to the job description \(84\.6% on the model's scale\)\.$/,
    );
    expect(semanticFactor(0.6, null, 'zh').explanation).toBe('简历非常接近职位描述（模型相似度 84.6%）。');
  });
});

describe('title lexicon', () => {
  it('finds the role family and the level in English and Chinese', () => {
    expect(parseTitle('Senior Backend Engineer')).toEqual({ family: 'software', level: 3 });
    expect(parseTitle('高级后端工程师')).toEqual({ family: 'software', level: 3 });
    expect(parseTitle('资深Java开发')).toEqual({ family: 'software', level: 4 });
    expect(parseTitle('产品经理')).toEqual({ family: 'product', level: null });
    expect(parseTitle('Director of Product')).toMatchObject({ level: 6 });
    expect(parseTitle('技术总监')).toEqual({ family: 'engineering-management', level: 6 });
    expect(parseTitle('软件架构师')).toMatchObject({ family: 'architecture' });
    expect(parseTitle('Data Engineer')).toMatchObject({ family: 'data-engineering' });
    expect(parseTitle('销售经理')).toMatchObject({ family: 'sales' });
    expect(parseTitle('Software Engineering Intern')).toMatchObject({ family: 'software', level: 0 });
    expect(parseTitle('Tech Lead')).toEqual({ family: 'software', level: 4 });
    expect(parseTitle('Engineering Manager')).toEqual({ family: 'engineering-management', level: 4 });
    expect(parseTitle('Senior Product Manager')).toEqual({ family: 'product', level: 3 });
    expect(parseTitle('HRBP')).toMatchObject({ family: 'hr' });
    expect(parseTitle('财务总监')).toEqual({ family: 'finance', level: 6 });
    expect(parseTitle('主任医师')).toEqual({ family: 'healthcare', level: 5 });
    expect(parseTitle('副主任医师')).toEqual({ family: 'healthcare', level: 4 });
    expect(parseTitle('Senior Clinical Research Associate')).toEqual({ family: 'clinical-research', level: 3 });
    expect(parseTitle('高中数学老师')).toMatchObject({ family: 'education' });
    expect(parseTitle(null)).toEqual({ family: null, level: null });
  });

  it('relates close families', () => {
    expect(familyFit('software', 'software')).toBe(1);
    expect(familyFit('software', 'architecture')).toBe(0.5);
    expect(familyFit('sales', 'software')).toBe(0);
    expect(familyFit(null, 'software')).toBeNull();
  });
});

describe('headlineTitle', () => {
  it('takes the title part of a headline', () => {
    expect(headlineTitle('Senior Go Engineer at ByteDance')).toBe('Senior Go Engineer');
    expect(headlineTitle('高级后端工程师 @ 字节跳动')).toBe('高级后端工程师');
    expect(headlineTitle('Product Manager | Fintech')).toBe('Product Manager');
    expect(headlineTitle('  ')).toBeNull();
    expect(headlineTitle(null)).toBeNull();
  });
});

describe('titleFactor', () => {
  const job = aJob({ title: 'Senior Backend Engineer' });

  it('scores the same role at the same level 1, across languages', () => {
    const outcome = titleFactor(aTalent({ currentTitle: '高级后端工程师' }), job, 'en', NOW);
    expect(outcome.score).toBe(1);
    expect(outcome.explanation).toBe(
      'Current title "高级后端工程师" against "Senior Backend Engineer": the same role, at the senior level asked.',
    );
    expect(titleFactor(aTalent({ currentTitle: 'Senior Go Engineer' }), job, 'zh', NOW).explanation).toBe(
      '当前职位"Senior Go Engineer"与"Senior Backend Engineer"属同类职位，级别与要求的高级一致。',
    );
  });

  it('costs less for one level over than one under, and more for two', () => {
    const score = (title: string) => titleFactor(aTalent({ currentTitle: title, yearsOfExperience: null }), job, 'en', NOW).score;
    expect(score('Staff Engineer')).toBeLessThan(1);
    expect(score('Staff Engineer')).toBeGreaterThan(score('Junior Engineer'));
    expect(score('Engineer II')).toBeGreaterThan(score('Junior Engineer'));
    expect(score('Junior Engineer')).toBeGreaterThan(score('Engineering Intern'));
  });

  it('gives a related role half and another role nothing, whatever the level', () => {
    expect(titleFactor(aTalent({ currentTitle: 'Senior Software Architect' }), job, 'en', NOW).score).toBe(0.5);
    expect(titleFactor(aTalent({ currentTitle: 'Senior Sales Manager' }), job, 'en', NOW).score).toBe(0);
  });

  it('infers the level from the years when the title names none, and says so', () => {
    const outcome = titleFactor(aTalent({ currentTitle: 'Backend Engineer', yearsOfExperience: 1 }), job, 'en', NOW);
    expect(outcome.score).toBeCloseTo(0.5 + 0.5 * 0.35, 10);
    expect(outcome.explanation).toContain('junior (from 1 year) for a senior opening');
  });

  it('falls back to the current employment and to word overlap for titles outside the lexicon', () => {
    const talent = aTalent({ currentTitle: null, employments: [{ company: 'X', title: 'Chief Sommelier', start: '2020-01', end: null }] });
    expect(titleFactor(talent, aJob({ title: 'Head Sommelier' }), 'en', NOW).score).toBeGreaterThan(0);
    const untitled = aTalent({ currentTitle: null, headline: null, titles: [], employments: [] });
    expect(titleFactor(untitled, job, 'en', NOW)).toMatchObject({ score: 0, available: true });
    const headlineOnly = aTalent({ currentTitle: null, titles: [], employments: [], headline: '高级后端工程师 @ 字节跳动' });
    expect(titleFactor(headlineOnly, job, 'en', NOW)).toMatchObject({ score: 1, evidence: ['高级后端工程师'] });
  });
});

describe('experienceFactor', () => {
  const job = aJob({ minYearsOfExperience: 5, maxYearsOfExperience: 8 });
  const now = new Date('2026-12-01T00:00:00Z');
  const years = (n: number | null) => experienceFactor(aTalent({ yearsOfExperience: n, employments: [] }), job, 'en', now);

  it('scores 1 inside the range, decays below, decays mildly above', () => {
    expect(years(5).score).toBe(1);
    expect(years(8).score).toBe(1);
    expect(years(4).score).toBe(0.75);
    expect(years(1).score).toBe(0);
    expect(years(10).score).toBeCloseTo(0.9, 10);
    expect(years(40).score).toBe(0.5);
    expect(years(4).explanation).toBe('4 years of experience, 1 short of the 5–8 years asked.');
    expect(years(4).gaps[0]).toMatchObject({ text: '1 more year of experience', key: 'years' });
  });

  it('counts unknown years as half and says so', () => {
    expect(years(null)).toMatchObject({ score: 0.5, available: true });
    expect(years(null).explanation).toBe('The profile does not state years of experience (the job asks 5–8 years); counted as half.');
    expect(experienceFactor(aTalent({ yearsOfExperience: null, employments: [] }), job, 'zh', now).explanation).toBe(
      '简历未注明工作年限（职位要求 5–8 年），按一半计分。',
    );
  });

  it('estimates unstated years from the dated employments, overlaps once, and says so', () => {
    const talent = aTalent({ yearsOfExperience: null });
    const outcome = experienceFactor(talent, aJob({ minYearsOfExperience: 5, maxYearsOfExperience: 10 }), 'en', now);
    expect(outcome.score).toBeCloseTo(1 - 0.05 * 1.4, 10);
    expect(outcome.explanation).toBe('From the employment history: 11.4 years of experience, 1.4 more than the 5–10 years asked.');
    expect(outcome.evidence).toEqual(['about 11.4 years of dated employment']);
    expect(
      yearsFromEmployments(
        [
          { company: 'A', title: null, start: '2020-01', end: '2020-12' },
          { company: 'B', title: null, start: '2020-06', end: '2021-06' },
        ],
        now,
      ),
    ).toBe(1.5);
    expect(yearsFromEmployments([{ company: 'A', title: null, start: null, end: '2020-12' }], now)).toBeNull();
  });

  it('reads an open range and no range', () => {
    expect(
      experienceFactor(aTalent({ yearsOfExperience: 30 }), aJob({ minYearsOfExperience: 3, maxYearsOfExperience: null }), 'en', now).score,
    ).toBe(1);
    expect(
      experienceFactor(aTalent({ yearsOfExperience: 3 }), aJob({ minYearsOfExperience: null, maxYearsOfExperience: 2 }), 'zh', now)
        .explanation,
    ).toBe('3 年经验，超出要求（至多 2 年）1 年。');
    expect(experienceFactor(aTalent(), aJob({ minYearsOfExperience: null, maxYearsOfExperience: null }), 'en', now).available).toBe(false);
    // A maximum below the minimum is read as no maximum.
    expect(
      experienceFactor(aTalent({ yearsOfExperience: 9 }), aJob({ minYearsOfExperience: 5, maxYearsOfExperience: 2 }), 'en', now).score,
    ).toBe(1);
  });
});
