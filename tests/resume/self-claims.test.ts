/**
 * What a Chinese self-assessment claims in a clause of its own, beyond the traits the taxonomy knows, and the items its
 * soft skills stand in. Invented abilities (琛瑶, 璆琅, zorblex) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { experienceClaims, selfClaims } from '../../subgraphs/resume/parser/fields/self-claims.ts';
import { findResumeSkills } from '../../subgraphs/resume/parser/fields/skills.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';

const claims = (text: string) => selfClaims(text).map((s) => s.name);

describe('selfClaims', () => {
  it('reads an ability, a quality, an awareness and the rules known, as written', () => {
    expect(claims('琛感好，具备较强的璆琅推动能力。')).toEqual(['琛感', '璆琅推动']);
    expect(claims('琛瑶与璆琅表现能力强；有瑨珂意识。')).toEqual(['琛瑶', '璆琅表现', '瑨珂意识']);
    expect(claims('熟悉琛瑶法规，遵守璆琅伦理。')).toEqual(['琛瑶法规', '璆琅伦理']);
  });

  it('reads no trait the taxonomy knows, no body or bearing, and no sentence', () => {
    expect(claims('沟通能力强，学习能力强，责任心强。')).toEqual([]);
    expect(claims('身体好，性格好，耳朵好。')).toEqual([]);
    expect(claims('视力好，身体素质好，无不良嗜好。')).toEqual([]);
    expect(claims('我的琛瑶能力很强，与家长璆琅能力好。')).toEqual([]);
    expect(claims('熟悉琛瑶流程。')).toEqual([]);
    // A willingness to follow direction is a manner, as most labels read it (20 dev resumes leave 服从安排 off, 3 keep it).
    expect(claims('吃苦耐劳，服从安排，服从管理。')).toEqual([]);
  });
});

describe('a self-assessment’s soft skills', () => {
  const found = (selfAssessment: string) => findResumeSkills([], '', selfAssessment).map((s) => s.id);

  it('reads an English one that is part of a longer item as that item, a Chinese one as the skill', () => {
    expect(found('Good at zorblex coaching, rota planning and customer service.')).toContain('text:zorblexcoaching');
    expect(found('Good at zorblex coaching, rota planning and customer service.')).not.toContain(normalizeSkill('coaching')!.id);
    expect(found('善于与琛瑶沟通。')).toContain(normalizeSkill('沟通')!.id);
  });

  it('reads no affability, however written: 亲和力 is a temperament', () => {
    expect(findResumeSkills([], '性格开朗，有亲和力，亲和力强。', '有亲和力。')).toEqual([]);
  });

  it('reads no manner in English: calm under pressure, hands-on, organised', () => {
    expect(findResumeSkills([], 'Calm under pressure, hands-on and organised.')).toEqual([]);
    expect(findResumeSkills([['Calm under pressure', 'Organized']], '')).toEqual([]);
  });
});

describe('experienceClaims', () => {
  const claimed = (text: string) => experienceClaims(text).map((s) => s.name);

  it('reads the leading, the teaching or the teamwork a clause claims experience of, with its years', () => {
    expect(claimed('手艺扎实，带琛瑶经验丰富，肯吃苦。')).toEqual(['带琛瑶']);
    expect(claimed('有带璆琅经验；十年琛瑶带教经验。')).toEqual(['带璆琅', '琛瑶带教']);
    expect(claimed('五年跨时区团队合作经验。')).toEqual(['跨时区团队合作']);
  });

  it('reads no trade, industry or place experience is of, and no sentence', () => {
    expect(claimed('十年琛瑶行业经验，有仓储一线经验，高端酒店前厅经验丰富。')).toEqual([]);
    expect(claimed('我带琛瑶的经验丰富，在璆琅带班组经验。')).toEqual([]);
  });
});
