import { describe, expect, it } from 'vitest';
import { findConcepts, jobVocabulary } from './job-vocabulary.ts';
import { skillTaxonomy } from './taxonomy.ts';

const ids = (text: string) => findConcepts(text).map((m) => m.concept.id);

describe('job vocabulary data', () => {
  const { concepts } = jobVocabulary();

  it('has a family for every role, and unique ids of a known kind', () => {
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
    for (const concept of concepts) {
      expect(concept.id.startsWith(`${concept.kind}:`), concept.id).toBe(true);
      expect(concept.terms.length, concept.id).toBeGreaterThan(0);
      if (concept.kind === 'role') expect(jobVocabulary().concept(`family:${concept.family}`), concept.id).not.toBeNull();
      if (concept.kind === 'topic') expect(concept.skills?.length, concept.id).toBeGreaterThan(0);
      for (const skill of concept.skills ?? []) expect(skillTaxonomy().skill(skill), `${concept.id}: ${skill}`).not.toBeNull();
    }
  });

  it('names every role in English and in Chinese, and abbreviations in capitals', () => {
    for (const concept of concepts.filter((c) => c.kind === 'role' || c.kind === 'family')) {
      expect(
        concept.terms.some((t) => /^[a-z]/i.test(t)),
        concept.id,
      ).toBe(true);
      expect(
        concept.terms.some((t) => /[\u4e00-\u9fff]/u.test(t)),
        concept.id,
      ).toBe(true);
    }
    for (const concept of concepts) for (const a of concept.abbreviations) expect(a, concept.id).toBe(a.toUpperCase());
  });
});

describe('findConcepts', () => {
  it('finds a title with its level and employer, in either language', () => {
    expect(ids('Senior Backend Engineer at ByteDance')).toEqual(['seniority:senior', 'role:backend-engineer', 'employer:bytedance']);
    expect(ids('高级后端工程师 @ 字节跳动')).toEqual(['seniority:senior', 'role:backend-engineer', 'employer:bytedance']);
  });

  it('finds a title written in traditional characters as its simplified form', () => {
    expect(ids('會計主任')).toEqual(ids('会计主任'));
    expect(ids('資深前端工程師')).toEqual(ids('资深前端工程师'));
    expect(ids('高級會計主管 採購經理')).toEqual(ids('高级会计主管 采购经理'));
    expect(ids('高級後端工程師 @ 字節跳動')).toEqual(['seniority:senior', 'role:backend-engineer', 'employer:bytedance']);
  });

  it('finds a skill described in other words', () => {
    expect(jobVocabulary().concept('topic:caching')?.skills).toContain('redis');
    expect(ids('an in-memory key-value cache')).toEqual(['topic:caching', 'topic:caching', 'topic:caching']);
    expect(ids('会用数据透视表')).toEqual(['topic:spreadsheets']);
  });

  it('prefers the longest mention and names both concepts of a shared term', () => {
    expect(ids('前端工程师')).toEqual(['role:frontend-engineer']);
    expect(ids('会计').sort()).toEqual(['family:finance', 'role:accountant']);
  });

  it('matches Latin terms on word boundaries and abbreviations only in capitals', () => {
    expect(ids('AE for the APAC market')).toEqual(['role:account-executive']);
    expect(ids('aerospace wholesales, ae')).toEqual([]);
    expect(ids('negotiated with suppliers')).toEqual(['topic:negotiating', 'topic:supply']);
    expect(ids('AEs')).toEqual([]);
    expect(ids('FE 或 前端')).toEqual(['family:frontend', 'family:frontend']);
  });
});

describe('everyday English of the job families', () => {
  it('reads a plain-language description of the work as its title, family and skills', () => {
    expect(ids('someone who keeps our servers up at night').sort()).toEqual(['role:platform-engineer', 'topic:reliability']);
    expect(ids('person who builds iPhone apps').sort()).toEqual(['role:mobile-engineer', 'topic:native-mobile']);
    expect(ids('numbers person for month-end books').sort()).toEqual(['family:data', 'family:finance', 'role:accountant']);
    expect(ids('keeps projects on track').sort()).toEqual(['family:operations', 'topic:delivery']);
    expect(ids('someone to sell our software and win new customers')).toEqual(['family:sales', 'family:sales']);
  });

  it("knows recruiters' short forms of roles, in capitals only", () => {
    expect(ids('SWE with Go').sort()).toEqual(['family:backend', 'family:frontend']);
    expect(ids('AP/AR clerk')).toEqual(['role:accountant']);
    expect(ids('HRBP')).toEqual(['role:hr-business-partner']);
    expect(ids('ML eng')).toEqual(['role:ml-engineer']);
    expect(ids('full stack dev')).toEqual(['role:fullstack-engineer']);
    expect(ids('swe, hrbp')).toEqual([]);
  });

  it('keeps a level that qualifies a title, and reads a skill named by a longer phrase as its family too', () => {
    expect(ids('Senior Product Manager')).toEqual(['seniority:senior', 'role:product-manager']);
    expect(ids('Financial Modeling').sort()).toEqual(['family:finance', 'topic:financial-modeling']);
    expect(ids('Lead Generation')).toEqual(['topic:prospecting']);
  });

  it('leaves ordinary words alone', () => {
    expect(ids('we work closer with customers')).toEqual([]);
    expect(ids('recruiting for a Go developer')).toEqual(['role:backend-engineer']);
    expect(ids('2 hr shifts, counseling patients')).toEqual([]);
    expect(ids('distribution channels')).toEqual([]);
  });
});
