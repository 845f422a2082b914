import { describe, expect, it } from 'vitest';
import {
  skillFilterKey,
  skillFilterKeys,
  talentSkillKeys,
  skillKey,
  skillKeysFingerprint,
  talentSearchDocument,
  type TalentSnapshot,
} from './talent-projection.ts';

describe('skill filter keys', () => {
  it('gives a skill the taxonomy knows its id, whatever the alias, case or width', () => {
    expect(skillFilterKey('Go')).toBe('Skill:go');
    expect(skillFilterKey('golang')).toBe('Skill:go');
    expect(skillFilterKey(' GoLang ')).toBe('Skill:go');
    expect(skillFilterKey('Kubernetes')).toBe('Skill:kubernetes');
    expect(skillFilterKey('k8s')).toBe('Skill:kubernetes');
    expect(skillFilterKey('K8S')).toBe('Skill:kubernetes');
    expect(skillFilterKey('Ｋ８ｓ')).toBe('Skill:kubernetes');
  });

  it('gives the Chinese name the key of the English one', () => {
    expect(skillFilterKey('机器学习')).toBe(skillFilterKey('Machine Learning'));
    expect(skillFilterKey('Go语言')).toBe('Skill:go');
  });

  it('keeps unknown text literal: trimmed, NFKC, lowercased', () => {
    expect(skillFilterKey('  Quantum Basket Weaving ')).toBe('quantum basket weaving');
    expect(skillFilterKey('ＱＵＡＮＴＵＭ　Basket Weaving')).toBe('quantum basket weaving');
    expect(skillFilterKey('Quantum Basket Weaving')).toBe(skillKey('Quantum Basket Weaving'));
  });

  it('never lets literal text take a taxonomy key', () => {
    // A literal key is lowercased: text spelling the taxonomy form stays another key.
    expect(skillFilterKey('Skill:go')).not.toBe(skillFilterKey('Go'));
    expect(skillFilterKey('skill:kubernetes')).not.toBe(skillFilterKey('Kubernetes'));
  });

  it('lists distinct keys, blanks left out', () => {
    expect(skillFilterKeys(['Go', 'golang', ' ', 'K8s', 'kubernetes', 'Foo'])).toEqual(['Skill:go', 'Skill:kubernetes', 'foo']);
  });

  it("gives a talent's skill named more narrowly than a taxonomy skill that skill's key too; a filter's skill keeps one", () => {
    expect(talentSkillKeys(['applied econometrics', 'Go'])).toEqual(['applied econometrics', 'Skill:econometrics', 'Skill:go']);
    expect(talentSkillKeys(['Zorblex Vault'])).toEqual(['zorblex vault']);
    expect(skillFilterKeys(['applied econometrics'])).toEqual(['applied econometrics']);
  });

  it('has a stable fingerprint of the taxonomy the keys come from', () => {
    expect(skillKeysFingerprint()).toMatch(/^\d+:[\w-]{16}$/);
    expect(skillKeysFingerprint()).toBe(skillKeysFingerprint());
  });

  it('puts the filter keys in the search document and the skills as entered', () => {
    const talent = {
      id: 't',
      orgId: 'o',
      version: 1,
      name: 'N',
      headline: null,
      skills: ['golang', 'Go', 'K8S'],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const doc = talentSearchDocument(talent as unknown as TalentSnapshot);
    expect(doc.fields.skills).toEqual(['golang', 'Go', 'K8S']);
    expect(doc.fields.skillKeys).toEqual(['Skill:go', 'Skill:kubernetes']);
  });
});
