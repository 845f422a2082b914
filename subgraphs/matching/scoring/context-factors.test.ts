import { describe, expect, it } from 'vitest';
import { placesOf } from './gazetteer.ts';
import { languagesFactor, normalizeLanguage } from './languages-factor.ts';
import { OTHER_COUNTRY, SAME_COUNTRY, UNKNOWN_LOCATION, locationFactor, placeFit } from './location-factor.ts';
import { HALF_LIFE_YEARS, decay, recencyFactor } from './recency-factor.ts';
import { aJob, aTalent } from './test-fixtures.ts';
import type { WarmPath } from './types.ts';
import { LOOSE_RELATION, warmPathFactor } from './warm-path-factor.ts';

const now = new Date('2026-12-01T00:00:00Z');

describe('gazetteer and location', () => {
  it('reads Chinese and English city names as one place', () => {
    expect(placesOf('北京市朝阳区')).toEqual([{ city: 'Beijing', cityZh: '北京', country: 'CN' }]);
    expect(placesOf('Shenzhen, Guangdong')[0]!.city).toBe('Shenzhen');
    expect(placesOf('Beijing / 上海').map((p) => p.city)).toEqual(['Beijing', 'Shanghai']);
    expect(placesOf('Mainland China')).toEqual([{ city: null, cityZh: null, country: 'CN' }]);
    expect(placesOf('Atlantis')).toEqual([]);
    expect(placesOf(null)).toEqual([]);
  });

  it('fits the same city, then the same country, then another', () => {
    expect(placeFit('北京', 'Beijing')).toBe('city');
    expect(placeFit('Beijing / Shanghai', '上海')).toBe('city');
    expect(placeFit('深圳', 'Shanghai')).toBe('country');
    expect(placeFit('London', '杭州')).toBe('other');
    expect(placeFit(null, '杭州')).toBe('unknown');
    expect(placeFit('Atlantis', '杭州')).toBe('unknown');
    // A job naming only a country takes anyone in it; a talent naming only the country may be in the city.
    expect(placeFit('北京', 'China')).toBe('city');
    expect(placeFit('中国', 'Shanghai')).toBe('region');
    expect(placeFit('UK', 'Shanghai')).toBe('other');
  });

  it('scores a remote job 1 for anyone', () => {
    const outcome = locationFactor(aTalent({ location: 'London' }), aJob({ remotePolicy: 'REMOTE', location: 'Beijing' }), 'en');
    expect(outcome).toMatchObject({ score: 1, explanation: 'Remote job: any location fits.' });
  });

  it('scores on-site and hybrid jobs by place, in both languages', () => {
    const job = aJob({ remotePolicy: 'ONSITE', location: '上海' });
    expect(locationFactor(aTalent({ location: 'Shanghai' }), job, 'en')).toMatchObject({
      score: 1,
      explanation: 'Based in Shanghai, where this on-site job is.',
    });
    const shenzhen = locationFactor(aTalent({ location: '深圳' }), job, 'zh');
    expect(shenzhen.score).toBe(SAME_COUNTRY);
    expect(shenzhen.explanation).toBe('人在深圳，与上海的现场办公职位同一国家，需要异地工作。');
    expect(shenzhen.gaps[0]).toMatchObject({ text: '可到上海工作', key: 'location' });
    expect(locationFactor(aTalent({ location: 'Singapore' }), job, 'en').score).toBe(OTHER_COUNTRY);
    expect(locationFactor(aTalent({ location: null }), job, 'en')).toMatchObject({ score: UNKNOWN_LOCATION, available: true });
    expect(locationFactor(aTalent(), aJob({ location: null, remotePolicy: 'ONSITE' }), 'en').available).toBe(false);
    expect(locationFactor(aTalent({ location: '北京' }), aJob({ location: '中国', remotePolicy: 'ONSITE' }), 'en')).toMatchObject({
      score: 1,
      explanation: 'Based in Beijing, inside 中国 where this on-site job is.',
    });
    const region = locationFactor(aTalent({ location: 'China' }), job, 'en');
    expect(region).toMatchObject({
      score: SAME_COUNTRY,
      explanation: 'Based in China, with no city named; this on-site job is in Shanghai.',
    });
    expect(region.gaps[0]!.text).toBe('Confirm the city');
  });
});

describe('languages', () => {
  it('normalises names, levels and certificates in both languages', () => {
    expect(normalizeLanguage('English (fluent)')).toBe('english');
    expect(normalizeLanguage('英语六级')).toBe('english');
    expect(normalizeLanguage('CET-6')).toBe('english');
    expect(normalizeLanguage('普通话')).toBe('mandarin');
    expect(normalizeLanguage('Chinese')).toBe('mandarin');
    expect(normalizeLanguage('中文（母语）')).toBe('mandarin');
    expect(normalizeLanguage('粤语')).toBe('cantonese');
    expect(normalizeLanguage('Cantonese')).toBe('cantonese');
    expect(normalizeLanguage('日语 N1')).toBe('japanese');
    expect(normalizeLanguage('JLPT N2')).toBe('japanese');
    expect(normalizeLanguage('Bahasa Indonesia')).toBe('indonesian');
    expect(normalizeLanguage('Klingon')).toBeNull();
  });

  it("covers the job's languages", () => {
    const talent = aTalent({ languages: ['普通话', 'English (fluent)'] });
    const outcome = languagesFactor(talent, ['Mandarin', '英语', 'Japanese'], 'en');
    expect(outcome.score).toBeCloseTo(2 / 3, 10);
    expect(outcome.explanation).toBe('Speaks 2 of 3 languages asked: Mandarin, English; not Japanese.');
    expect(outcome.evidence).toEqual(['普通话', 'English (fluent)']);
    expect(outcome.gaps).toEqual([expect.objectContaining({ text: 'Speak Japanese', key: 'language:japanese' })]);
    expect(languagesFactor(talent, ['中文', 'Chinese'], 'zh')).toMatchObject({
      score: 1,
      explanation: '会 1 种要求语言中的 1 种：普通话。',
    });
    expect(languagesFactor(talent, [], 'en').available).toBe(false);
  });

  it('counts a profile that lists no language as unknown, half, with a gap', () => {
    const outcome = languagesFactor(aTalent({ languages: [] }), ['English'], 'zh');
    expect(outcome).toMatchObject({ score: 0.5, available: true, explanation: '简历未注明语言能力（职位要求 英语），按一半计分。' });
    expect(outcome.gaps).toEqual([expect.objectContaining({ text: '确认掌握英语', key: 'language:english' })]);
    expect(languagesFactor(aTalent({ languages: ['Klingon'] }), ['English'], 'en').score).toBe(0);
  });
});

describe('recency', () => {
  it('decays after the first year with a half-life', () => {
    expect(decay(0)).toBe(1);
    expect(decay(1)).toBe(1);
    expect(decay(1 + HALF_LIFE_YEARS)).toBeCloseTo(0.5, 10);
  });

  it('scores a current relevant employment 1 and cites it', () => {
    const outcome = recencyFactor(aTalent(), aJob(), 'en', now, true);
    expect(outcome.score).toBe(1);
    expect(outcome.evidence).toEqual(['高级后端工程师 at ByteDance, 2019-03 – now']);
    expect(recencyFactor(aTalent(), aJob(), 'zh', now, true).explanation).toBe(
      '最相关的经历：ByteDance 高级后端工程师，2019-03 – 至今（当前）。',
    );
  });

  it('decays a relevant employment that ended years ago', () => {
    const talent = aTalent({
      currentTitle: 'Product Manager',
      employments: [
        { company: 'Meituan', title: 'Product Manager', start: '2020-01', end: null },
        { company: 'Baidu', title: 'Senior Engineer', start: '2012-01', end: '2019-12' },
      ],
    });
    const outcome = recencyFactor(talent, aJob(), 'en', now, true);
    expect(outcome.score).toBeCloseTo(decay(7), 2);
    expect(outcome.explanation).toBe('Most relevant experience: Senior Engineer at Baidu, 2012-01 – 2019-12 (ended 7 years ago).');
  });

  it('counts a title that names one of the job skills', () => {
    const talent = aTalent({ currentTitle: null, employments: [{ company: 'X', title: 'Kubernetes 专员', start: '2022-01', end: null }] });
    expect(recencyFactor(talent, aJob({ title: 'Platform Lead' }), 'en', now, true).score).toBeGreaterThan(0);
  });

  it('reads the headline title as the current one when nothing else is dated', () => {
    const outcome = recencyFactor(
      aTalent({ currentTitle: null, headline: 'Senior Go Engineer at ByteDance', employments: [] }),
      aJob(),
      'en',
      now,
      true,
    );
    expect(outcome).toMatchObject({ score: 1, evidence: ['Senior Go Engineer'] });
  });

  it('scores undated profiles with the skills half, and no relevant work 0', () => {
    const noEmployments = aTalent({ currentTitle: null, headline: null, employments: [] });
    expect(recencyFactor(noEmployments, aJob(), 'en', now, true).score).toBe(0.5);
    expect(recencyFactor(noEmployments, aJob(), 'en', now, false).score).toBe(0);
    const sales = aTalent({ currentTitle: 'Sales', employments: [{ company: 'Y', title: 'Sales Manager', start: '2020-01', end: null }] });
    expect(recencyFactor(sales, aJob(), 'en', now, false)).toMatchObject({ score: 0, available: true });
  });
});

describe('warmPath', () => {
  const path = (overrides: Partial<WarmPath>): WarmPath => ({
    viaId: 'v1',
    viaName: 'Li Na',
    relation: 'WORKED_WITH',
    company: null,
    hops: 1,
    ...overrides,
  });

  it('scores one hop 1, two hops 0.5, a looser relation less, none 0', () => {
    expect(warmPathFactor([path({})], 'en').score).toBe(1);
    expect(warmPathFactor([path({ company: 'ByteDance' })], 'en').score).toBe(1);
    expect(warmPathFactor([path({ relation: 'MANAGED_BY' })], 'en').score).toBe(1);
    expect(warmPathFactor([path({ hops: 2 })], 'en').score).toBe(0.5);
    expect(warmPathFactor([path({ hops: 3 })], 'en').score).toBe(0.25);
    expect(warmPathFactor([path({ relation: 'KNOWS' })], 'en').score).toBe(LOOSE_RELATION);
    expect(warmPathFactor([path({ hops: 0 })], 'en').score).toBe(0);
    expect(warmPathFactor([], 'en')).toMatchObject({ score: 0, available: true });
  });

  it('takes the best path and names the connector', () => {
    const outcome = warmPathFactor([path({ viaName: 'Wang Wei', hops: 2 }), path({})], 'en');
    expect(outcome.explanation).toBe('Li Na worked with them: a direct introduction.');
    expect(outcome.evidence).toEqual(['Wang Wei — WORKED_WITH (2 hops)', 'Li Na — WORKED_WITH']);
    const atByteDance = warmPathFactor([path({ company: 'ByteDance' })], 'zh');
    expect(atByteDance.explanation).toBe('Li Na曾与其共事（ByteDance），可直接引荐。');
    expect(atByteDance.evidence).toEqual(['Li Na — WORKED_WITH (ByteDance)']);
    expect(warmPathFactor([path({ relation: 'MANAGED' })], 'en').explanation).toBe('Li Na managed them: a direct introduction.');
    expect(warmPathFactor([path({ relation: 'REFERRED', hops: 2 })], 'zh').explanation).toBe('可经 Li Na 间接引荐（2 度人脉，REFERRED）。');
  });
});
