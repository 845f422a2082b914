import { describe, expect, it } from 'vitest';
import { talentEmbeddingText } from '../projections/talent-projection.ts';
import { headlineTitle, isOfflineModel, modelPassageText, roleAndFamilyNames } from './model-text.ts';

const talent = {
  name: '王伟',
  headline: 'Frontend Engineer at Amazon',
  skills: ['TS', 'k8s', 'Some In-house Tool'],
  titles: [],
  companies: ['Amazon'],
  schools: ['清华大学'],
};

describe('modelPassageText', () => {
  it("says what the person does in both languages: the title's role and family, the skills' names and aliases", () => {
    const text = modelPassageText(talent);
    expect(text.startsWith('Frontend Engineer. ')).toBe(true);
    for (const term of ['前端工程师', '前端', 'TypeScript', 'Kubernetes', '容器编排', 'Some In-house Tool']) expect(text).toContain(term);
  });

  it('leaves out the name, the employer and the schools (noise to a model: no query names the person)', () => {
    const text = modelPassageText(talent);
    for (const term of ['王伟', 'Amazon', '清华大学']) expect(text).not.toContain(term);
  });

  it("reads every title once: the current one, the headline's and the past ones", () => {
    const text = modelPassageText({ ...talent, currentTitle: 'Frontend Engineer', titles: ['数据分析师', 'Frontend Engineer'] });
    expect(text.split('. ')[0]).toBe('Frontend Engineer, 数据分析师');
    expect(text).toContain('data analyst');
  });
});

describe('talentEmbeddingText per embedder', () => {
  it("keeps the offline embedder's text (every line of the profile) and gives a real model its passage", () => {
    const offline = talentEmbeddingText(talent);
    expect(offline).toBe('王伟\nFrontend Engineer at Amazon\nTS, k8s, Some In-house Tool\nAmazon\n清华大学');
    expect(talentEmbeddingText(talent, 'looma-hash-ngram-v3-256')).toBe(offline);
    expect(talentEmbeddingText(talent, 'multilingual-e5-small-q4')).toBe(modelPassageText(talent));
  });

  it('tells the offline embedder from a real model by its name', () => {
    expect(isOfflineModel('looma-hash-ngram-v3-256')).toBe(true);
    expect(isOfflineModel('multilingual-e5-small-q4')).toBe(false);
    expect(isOfflineModel('text-embedding-3-small')).toBe(false);
  });
});

describe('roleAndFamilyNames', () => {
  it('names a role and its family in English and Chinese; seniority, employers and places name nothing', () => {
    expect(roleAndFamilyNames('大客户经理')).toEqual(expect.arrayContaining(['account executive', '大客户经理', 'sales', '销售']));
    expect(roleAndFamilyNames('senior, Alibaba, Shanghai')).toEqual([]);
  });

  it('takes the title part of a headline', () => {
    expect(headlineTitle('数据工程师 @ 百度')).toBe('数据工程师');
    expect(headlineTitle('Data Engineer at Google')).toBe('Data Engineer');
    expect(headlineTitle(null)).toBe('');
  });
});
