import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from './embedder.ts';
import { editDistance, findConceptsTolerant, findSkillsTolerant } from './fuzzy-skills.ts';

describe('findSkillsTolerant', () => {
  it('finds a skill named with a typo, of one or two words', () => {
    expect(findSkillsTolerant('kubernets').map((s) => s.id)).toContain('kubernetes');
    expect(findSkillsTolerant('pyhton 数据清洗').map((s) => s.id)).toContain('python');
    expect(findSkillsTolerant('finacial analist').map((s) => s.name)).toContain('Financial Analysis');
  });

  it('turns no short word or ordinary sentence into a skill', () => {
    expect(findSkillsTolerant('someone friendly who likes teams')).toEqual([]);
    expect(findSkillsTolerant('gp rust')).toEqual([]);
  });
});

describe('findConceptsTolerant', () => {
  const ids = (query: string) => findConceptsTolerant(query).map((c) => c.id);

  it('finds a job title or family named with a typo', () => {
    expect(ids('fronend enginer')).toContain('role:frontend-engineer');
    expect(ids('acountant')).toEqual(['role:accountant']);
    expect(ids('backedn developer')).toContain('role:backend-engineer');
  });

  it('turns no ordinary word into a term it resembles', () => {
    expect(ids('resign from sales tales')).toEqual([]);
    expect(ids('someone friendly who likes teams')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('prodcut', 'product', 2)).toBe(1);
    expect(editDistance('kubernets', 'kubernetes', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('HashingEmbedder with typos', () => {
  const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);

  it("puts a query's misspelt skill near the profiles having it; a document is embedded as written", async () => {
    const embedder = new HashingEmbedder();
    const [profile] = await embedder.embed(['Kubernetes, Docker, Terraform'], 'passage');
    const [asPassage] = await embedder.embed(['kubernets'], 'passage');
    const [asQuery] = await embedder.embed(['kubernets'], 'query');
    expect(cosine(asQuery!, profile!)).toBeGreaterThan(cosine(asPassage!, profile!) + 0.2);
    expect(await embedder.embed(['kubernets'])).toEqual([asPassage]);
  });
});
