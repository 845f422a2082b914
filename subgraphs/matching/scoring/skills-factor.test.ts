import { describe, expect, it } from 'vitest';
import { RELATED_SKILL_CREDIT, matchSkill, talentSkills } from './skill-match.ts';
import { skillsFactor } from './skills-factor.ts';
import { aTalent } from './test-fixtures.ts';

const skillsOf = (skills: string[], extra: Parameters<typeof aTalent>[0] = {}) =>
  talentSkills(aTalent({ headline: null, currentTitle: null, titles: [], employments: [], skills, ...extra }));

describe('skill matching through the taxonomy', () => {
  it('matches synonyms and Chinese and English names in full', () => {
    const skills = skillsOf(['golang', 'k8s', '机器学习']);
    expect(matchSkill(skills, 'Go')).toMatchObject({ credit: 1, written: 'golang' });
    expect(matchSkill(skills, 'Kubernetes')).toMatchObject({ credit: 1, written: 'k8s' });
    expect(matchSkill(skills, 'Machine Learning')).toMatchObject({ credit: 1, written: '机器学习' });
  });

  it('counts a related skill partially, either way of the relation', () => {
    const skills = skillsOf(['Kafka', 'Java']);
    expect(matchSkill(skills, '消息队列')).toMatchObject({ credit: RELATED_SKILL_CREDIT, written: 'Kafka' });
    expect(matchSkill(skills, 'Kotlin')).toMatchObject({ credit: RELATED_SKILL_CREDIT, written: 'Java', relatedName: 'Java' });
    expect(matchSkill(skills, 'Figma').credit).toBe(0);
  });

  it('counts a skill named in the headline or a title', () => {
    const skills = skillsOf([], { headline: '熟悉 Kubernetes 的运维工程师', titles: ['Python Developer'] });
    expect(matchSkill(skills, 'k8s').credit).toBe(1);
    expect(matchSkill(skills, 'Python').credit).toBe(1);
    expect(matchSkill(skills, 'Python').isFromText).toBe(true);
    expect(skillsFactor('required', ['Kubernetes'], skills, 'en').evidence).toEqual(['Kubernetes, in the headline or a title']);
    expect(skillsFactor('required', ['Kubernetes'], skills, 'zh').evidence).toEqual(['Kubernetes，见于简历标题或职位']);
    expect(matchSkill(skillsOf(['Python']), 'Python').isFromText).toBe(false);
  });

  it('matches a skill the taxonomy does not know when written alike, or named in the headline', () => {
    const skills = skillsOf(['Payments-Clearing'], { headline: 'Built the Looma Ledger at scale' });
    expect(matchSkill(skills, 'payments clearing').credit).toBe(1);
    expect(matchSkill(skills, 'Looma Ledger').credit).toBe(1);
    expect(matchSkill(skills, 'Ledger Ops').credit).toBe(0);
  });
});

describe('skillsFactor', () => {
  it('explains coverage in English with the missing skills', () => {
    const outcome = skillsFactor(
      'required',
      ['Go', 'Kubernetes', 'Kafka', 'gRPC', 'Docker'],
      skillsOf(['golang', 'k8s', 'Docker', 'gRPC']),
      'en',
    );
    expect(outcome.score).toBeCloseTo(4 / 5, 10);
    expect(outcome.explanation).toBe('Covers 4 of 5 required skills: Go, Kubernetes, gRPC, Docker; missing Kafka.');
    expect(outcome.evidence).toEqual(['golang → Go', 'k8s → Kubernetes', 'gRPC', 'Docker']);
    expect(outcome.gaps).toEqual([expect.objectContaining({ text: 'Add Kafka (required)', tier: 1, key: 'skill:kafka' })]);
  });

  it('explains coverage in Chinese', () => {
    const outcome = skillsFactor('required', ['Go', 'Kafka'], skillsOf(['Go语言']), 'zh');
    expect(outcome.explanation).toBe('覆盖 2 项必备技能中的 1 项：Go；缺少 Kafka。');
    expect(outcome.gaps[0]!.text).toBe('补充必备技能 Kafka');
  });

  it('names partial matches and lists the missing skills before the partial ones among gaps', () => {
    const outcome = skillsFactor('required', ['消息队列', 'Figma'], skillsOf(['Kafka']), 'en');
    expect(outcome.score).toBeCloseTo(RELATED_SKILL_CREDIT / 2, 10);
    expect(outcome.explanation).toBe('Covers 0 of 2 required skills; partly 消息队列 (a related skill); missing Figma.');
    expect(outcome.evidence).toEqual(['Kafka (related to 消息队列)']);
    expect(outcome.gaps.map((g) => g.text)).toEqual(['Add Figma (required)', 'Add 消息队列 (required)']);
  });

  it('counts two names of one skill once', () => {
    const outcome = skillsFactor('preferred', ['k8s', 'Kubernetes', ' '], skillsOf(['Kubernetes']), 'en');
    expect(outcome.score).toBe(1);
    expect(outcome.explanation).toBe('Covers 1 of 1 preferred skills: k8s.');
    expect(outcome.gaps).toEqual([]);
  });

  it('is unavailable when the job lists no skills of the kind', () => {
    expect(skillsFactor('preferred', [], skillsOf(['Go']), 'en')).toMatchObject({ available: false, score: 0 });
    expect(skillsFactor('required', [], skillsOf(['Go']), 'zh').explanation).toBe('职位未列出必备技能，不计分。');
  });
});
