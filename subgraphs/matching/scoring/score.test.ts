import { describe, expect, it } from 'vitest';
import { MATCHING_FACTORS } from '../../../data/config/settings.ts';
import { knockoutsOf } from './knockouts.ts';
import { normalizeWeights, roundContributions, scoreMatch } from './score.ts';
import { talentSkills } from './skill-match.ts';
import { aContext, aJob, aTalent } from './test-fixtures.ts';
import type { JobKnockouts, MatchContext, MatchJob, MatchTalent, MatchingFactor, RemotePolicy } from './types.ts';

const knockouts = (overrides: Partial<JobKnockouts>): JobKnockouts => ({
  mustHaveSkills: [],
  minYearsOfExperience: null,
  workLocation: false,
  languages: [],
  ...overrides,
});

describe('scoreMatch', () => {
  it('returns every factor in MATCHING_FACTORS order, contributions adding up to the score', () => {
    const result = scoreMatch(aTalent(), aJob(), aContext());
    expect(result.factors.map((f) => f.kind)).toEqual([...MATCHING_FACTORS]);
    const sum = result.factors.reduce((s, f) => s + f.contribution, 0);
    expect(Math.abs(sum - result.score)).toBeLessThan(0.01);
    expect(result.score).toBeGreaterThan(50);
    expect(result).toMatchObject({ talentId: 'talent-1', jobId: 'job-1', knockedOut: false, knockouts: [] });
  });

  it('renormalises the weights over the available factors', () => {
    const result = scoreMatch(aTalent(), aJob(), aContext({ similarity: null }));
    const semantic = result.factors.find((f) => f.kind === 'semanticSimilarity')!;
    expect(semantic).toMatchObject({ available: false, weight: 0, contribution: 0 });
    expect(result.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 10);
  });

  it('shows a factor weighted 0 with weight 0, and re-ranks when the weights change', () => {
    const weights = { ...aContext().weights, warmPath: 0 };
    const warm = scoreMatch(aTalent(), aJob(), aContext({ weights, warmPaths: [] })).factors.find((f) => f.kind === 'warmPath')!;
    expect(warm).toMatchObject({ weight: 0, contribution: 0, available: true });
    // Two talents: one covers the skills, the other sits in the job's city; the weights decide who leads.
    const skilled = aTalent({ id: 'skilled', skills: ['Go', 'Kubernetes', 'Kafka'], location: 'London' });
    const local = aTalent({ id: 'local', skills: [], headline: null, location: 'Beijing' });
    const job = aJob({ remotePolicy: 'ONSITE' });
    const only = (factor: MatchingFactor) =>
      aContext({ weights: Object.fromEntries(MATCHING_FACTORS.map((f) => [f, f === factor ? 1 : 0])) as Record<MatchingFactor, number> });
    expect(scoreMatch(skilled, job, only('requiredSkills')).score).toBeGreaterThan(scoreMatch(local, job, only('requiredSkills')).score);
    expect(scoreMatch(local, job, only('location')).score).toBeGreaterThan(scoreMatch(skilled, job, only('location')).score);
  });

  it('explains itself in the viewer language', () => {
    const zh = scoreMatch(aTalent(), aJob(), aContext({ language: 'zh' }));
    const en = scoreMatch(aTalent(), aJob(), aContext({ language: 'en' }));
    expect(zh.score).toBe(en.score);
    expect(zh.factors.find((f) => f.kind === 'requiredSkills')!.explanation).toBe(
      '覆盖 3 项必备技能中的 2 项：Go、Kubernetes；缺少 Kafka。',
    );
    expect(en.factors.find((f) => f.kind === 'requiredSkills')!.explanation).toBe(
      'Covers 2 of 3 required skills: Go, Kubernetes; missing Kafka.',
    );
    for (const factor of zh.factors) expect(factor.explanation).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('scores a talent with nothing in common low and one who fits everything high', () => {
    const nobody = aTalent({
      headline: null,
      skills: [],
      languages: [],
      location: null,
      currentTitle: null,
      yearsOfExperience: null,
      titles: [],
      employments: [],
    });
    expect(scoreMatch(nobody, aJob(), aContext({ similarity: 0 })).score).toBeLessThan(20);
    const perfect = aTalent({ skills: ['Go', 'Kubernetes', 'Kafka', 'Redis', 'gRPC'] });
    const warmPaths = [{ viaId: 'v', viaName: 'Li Na', relation: 'WORKED_WITH', company: null, hops: 1 }];
    expect(scoreMatch(perfect, aJob(), aContext({ similarity: 0.8, warmPaths })).score).toBe(100);
  });
});

describe('knock-outs and gaps', () => {
  it('knocks out on each requirement, still computing the score', () => {
    const job = aJob({
      location: '上海',
      remotePolicy: 'ONSITE',
      knockouts: knockouts({
        mustHaveSkills: ['Kafka', 'k8s'],
        minYearsOfExperience: 8,
        workLocation: true,
        languages: ['日语', 'English'],
      }),
    });
    const result = scoreMatch(aTalent(), job, aContext());
    expect(result.knockedOut).toBe(true);
    expect(result.knockouts.map((k) => k.kind)).toEqual(['mustHaveSkills', 'minYearsOfExperience', 'workLocation', 'languages']);
    expect(result.knockouts.map((k) => k.explanation)).toEqual([
      'Lacks the must-have skill Kafka.',
      'Has 6 years of experience; the job requires at least 8.',
      'Based in Beijing; the job is on-site in Shanghai.',
      'Does not list Japanese, a required language.',
    ]);
    expect(result.score).toBeGreaterThan(0);
    expect(result.gaps.slice(0, 4)).toEqual([
      'Add Kafka (must-have)',
      'Reach 8 years of experience (required)',
      'Relocate to Shanghai (required)',
      'Speak Japanese (required)',
    ]);
    // The must-have Kafka is also a required skill: one gap, not two.
    expect(result.gaps.filter((g) => g.includes('Kafka'))).toHaveLength(1);
  });

  it('does not knock out on a related skill standing in for a must-have, nor on unknowns', () => {
    const talent = aTalent({ skills: ['Kafka'], yearsOfExperience: null, location: null, employments: [] });
    const job = aJob({ knockouts: knockouts({ mustHaveSkills: ['消息队列'], minYearsOfExperience: 3, workLocation: true }) });
    const { failures, gaps } = knockoutsOf(talent, job, talentSkills(talent), 'zh', aContext().now);
    expect(failures.map((f) => f.kind)).toEqual(['mustHaveSkills']);
    expect(failures[0]!.explanation).toBe('缺少硬性要求的技能 消息队列。');
    expect(gaps.map((g) => g.text)).toEqual(['补充硬性要求技能 消息队列', '确认至少 3 年工作经验', '确认可在北京工作']);
    // Dated employments that add up to the minimum settle unstated years.
    const dated = aTalent({ yearsOfExperience: null });
    expect(knockoutsOf(dated, job, talentSkills(dated), 'en', aContext().now).gaps.map((g) => g.key)).not.toContain('years');
  });

  it('asks to confirm a required language of a profile that lists none, without knocking out', () => {
    const job = aJob({ knockouts: knockouts({ languages: ['English'] }) });
    const result = scoreMatch(aTalent({ languages: [] }), job, aContext());
    expect(result).toMatchObject({ knockedOut: false, knockouts: [] });
    expect(result.gaps[0]).toBe('Confirm English (required)');
    expect(result.gaps.filter((g) => g.includes('English'))).toHaveLength(1);
  });

  it('asks a talent who names only the country to confirm the city, without knocking out', () => {
    const job = aJob({ location: '上海', remotePolicy: 'ONSITE', knockouts: knockouts({ workLocation: true }) });
    const result = scoreMatch(aTalent({ location: '中国' }), job, aContext());
    expect(result).toMatchObject({ knockedOut: false, knockouts: [] });
    expect(result.gaps[0]).toBe('Confirm working in Shanghai');
  });

  it('needs no location for a remote job, and passes a talent who meets everything', () => {
    const job = aJob({
      remotePolicy: 'REMOTE',
      knockouts: knockouts({ mustHaveSkills: ['Go'], minYearsOfExperience: 5, workLocation: true, languages: ['英语'] }),
    });
    const result = scoreMatch(aTalent({ location: 'London' }), job, aContext());
    expect(result).toMatchObject({ knockedOut: false, knockouts: [] });
  });

  it('ranks gaps: knock-outs, then missing required skills, then the most points', () => {
    // Points at the default weights: Rust 10, 3 years 7.5, Japanese 5, relocating 4.
    const job = aJob({
      requiredSkills: ['Go', 'Kafka', 'Flink'],
      preferredSkills: ['Rust'],
      languages: ['Japanese'],
      minYearsOfExperience: 9,
      maxYearsOfExperience: null,
      remotePolicy: 'ONSITE',
      location: 'Shanghai',
      knockouts: knockouts({ mustHaveSkills: ['Flink'] }),
    });
    const { gaps } = scoreMatch(aTalent(), job, aContext());
    expect(gaps).toEqual([
      'Add Flink (must-have)',
      'Add Kafka (required)',
      'Add Rust (preferred)',
      '3 more years of experience',
      'Speak Japanese',
      'Relocate to Shanghai',
    ]);
  });
});

describe('roundContributions', () => {
  it('rounds to cents that add up to the rounded total', () => {
    const exact = [10.004, 10.004, 10.004, 33.333, 33.333, 3.322];
    const rounded = roundContributions(exact);
    const total = Math.round(exact.reduce((a, b) => a + b, 0) * 100);
    expect(Math.round(rounded.reduce((a, b) => a + b, 0) * 100)).toBe(total);
    for (let i = 0; i < exact.length; i++) expect(Math.abs(rounded[i]! - exact[i]!)).toBeLessThan(0.01);
  });
});

describe('normalizeWeights', () => {
  it('ignores negative and non-finite weights and gives all 0 when nothing is left', () => {
    const zero = Object.fromEntries(MATCHING_FACTORS.map((f) => [f, 0]));
    expect(Object.values(normalizeWeights(zero, () => true))).toEqual(MATCHING_FACTORS.map(() => 0));
    const odd = { ...zero, requiredSkills: -1, preferredSkills: Number.NaN, location: 2, languages: 2 };
    expect(normalizeWeights(odd, () => true)).toMatchObject({ requiredSkills: 0, preferredSkills: 0, location: 0.5, languages: 0.5 });
  });
});

/** A seeded generator (mulberry32): the randomised cases are the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(items));
  const maybe = <T>(value: T): T | null => (next() < 0.2 ? null : value);
  return { next, pick, some, maybe };
}

const SKILLS = [
  'Go',
  'golang',
  'k8s',
  'Kubernetes',
  '机器学习',
  'Python',
  'React',
  'Vue',
  'Kafka',
  '消息队列',
  'Excel',
  '财务分析',
  'Figma',
  'SQL',
  'Looma DSL',
  '',
];
const TITLES = [
  'Senior Backend Engineer',
  '高级后端工程师',
  '产品经理',
  'Sales Director',
  'Data Scientist',
  '实习生',
  'Chief Sommelier',
  '',
];
const PLACES = ['北京', 'Beijing', 'Shanghai', '深圳市南山区', 'London', 'Singapore', 'Atlantis', ''];
const LANGUAGES = ['普通话', 'English (fluent)', '日语', 'Cantonese', 'Klingon', 'CET-6'];
const MONTHS = ['2010-01', '2018-06', '2024-12', '2026-11', '2030-01', 'soon'];
const POLICIES: RemotePolicy[] = ['ONSITE', 'HYBRID', 'REMOTE'];

function randomPair(seed: number): [MatchTalent, MatchJob, MatchContext] {
  const r = random(seed);
  const years = () => (r.next() < 0.2 ? null : Math.round(r.next() * 250) / 10 - (r.next() < 0.05 ? 30 : 0));
  const talent: MatchTalent = {
    id: `t${seed}`,
    headline: r.maybe(`${r.pick(TITLES)} ${r.some(SKILLS, 3).join(' ')}`),
    skills: r.some(SKILLS, 6),
    languages: r.some(LANGUAGES, 3),
    location: r.maybe(r.pick(PLACES)),
    currentTitle: r.maybe(r.pick(TITLES)),
    yearsOfExperience: years(),
    titles: r.some(TITLES, 3),
    employments: Array.from({ length: Math.floor(r.next() * 4) }, () => ({
      company: r.pick(['ByteDance', 'Baidu', 'Acme']),
      title: r.maybe(r.pick(TITLES)),
      start: r.maybe(r.pick(MONTHS)),
      end: r.next() < 0.4 ? null : r.pick(MONTHS),
    })),
  };
  const job: MatchJob = {
    id: `j${seed}`,
    title: r.pick(TITLES),
    description: null,
    location: r.maybe(r.pick(PLACES)),
    remotePolicy: r.pick(POLICIES),
    requiredSkills: r.some(SKILLS, 5),
    preferredSkills: r.some(SKILLS, 3),
    minYearsOfExperience: years(),
    maxYearsOfExperience: years(),
    languages: r.some(LANGUAGES, 2),
    knockouts: {
      mustHaveSkills: r.some(SKILLS, 2),
      minYearsOfExperience: years(),
      workLocation: r.next() < 0.5,
      languages: r.some(LANGUAGES, 1),
    },
  };
  const context: MatchContext = {
    weights: Object.fromEntries(MATCHING_FACTORS.map((f) => [f, r.next() < 0.2 ? 0 : Math.round(r.next() * 1000) / 1000])) as Record<
      MatchingFactor,
      number
    >,
    language: r.pick(['en', 'zh'] as const),
    similarity: r.next() < 0.2 ? null : r.next() * 2 - 1,
    embeddingModel: r.pick(['looma-hash-ngram-v2-256', 'multilingual-e5-small-q4', 'text-embedding-3-small', null]),
    warmPaths: Array.from({ length: Math.floor(r.next() * 3) }, (_, i) => ({
      viaId: `v${i}`,
      viaName: r.pick(['Li Na', '王伟']),
      relation: r.pick(['WORKED_WITH', 'KNOWS', 'REFERRED']),
      company: r.maybe('ByteDance'),
      hops: 1 + Math.floor(r.next() * 3),
    })),
    now: new Date(Date.UTC(2020 + Math.floor(r.next() * 8), Math.floor(r.next() * 12), 1)),
  };
  return [talent, job, context];
}

describe('scoreMatch on random talents, jobs and weights', () => {
  it('keeps every invariant: contributions add up to a score in 0–100, weights to 1 over the available factors', () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const [talent, job, context] = randomPair(seed);
      const result = scoreMatch(talent, job, context);
      const sum = result.factors.reduce((s, f) => s + f.contribution, 0);
      expect(Math.abs(sum - result.score), `seed ${seed}`).toBeLessThan(0.01);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(Math.round(result.score * 100)).toBeCloseTo(result.score * 100, 6);
      const weights = result.factors.reduce((s, f) => s + f.weight, 0);
      expect(weights === 0 || Math.abs(weights - 1) < 1e-9, `seed ${seed}: weights add up to ${weights}`).toBe(true);
      for (const factor of result.factors) {
        expect(factor.score).toBeGreaterThanOrEqual(0);
        expect(factor.score).toBeLessThanOrEqual(1);
        expect(factor.contribution).toBeGreaterThanOrEqual(0);
        expect(Math.abs(factor.contribution - factor.weight * factor.score * 100)).toBeLessThan(0.01);
        expect(factor.explanation.length).toBeGreaterThan(0);
        if (!factor.available) expect(factor.weight).toBe(0);
        if (context.weights[factor.kind] === 0) expect(factor.weight).toBe(0);
      }
      expect(result.knockedOut).toBe(result.knockouts.length > 0);
      expect(new Set(result.gaps).size).toBe(result.gaps.length);
    }
  });

  it('is deterministic: the same inputs give the same result', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const [talent, job, context] = randomPair(seed);
      expect(scoreMatch(talent, job, context)).toEqual(
        scoreMatch(structuredClone(talent), structuredClone(job), { ...context, now: new Date(context.now) }),
      );
    }
  });
});
