import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JobConcept } from '../../taxonomy/job-vocabulary.ts';
import type { Skill } from '../../taxonomy/taxonomy.ts';
import { HashingEmbedder, OpenAIEmbedder } from './embedder.ts';
import { committedModelTextRevision, committedOfflineRevision, modelTextRevision, offlineRevision } from './embedder-revision.ts';

/** The committed files, read afresh: each test changes its own copy. */
const skillsFile = () =>
  (JSON.parse(readFileSync(new URL('../../taxonomy/skills.json', import.meta.url), 'utf8')) as { skills: Skill[] }).skills;
const conceptsFile = () =>
  (JSON.parse(readFileSync(new URL('../../taxonomy/job-vocabulary.json', import.meta.url), 'utf8')) as { concepts: JobConcept[] }).concepts;

/** The same objects with their keys written in reverse order: the same content. */
const keysReversed = <T extends object>(items: T[]): T[] => items.map((item) => Object.fromEntries(Object.entries(item).reverse()) as T);

describe('offlineRevision', () => {
  it('is the committed files’ content, short, and the same however often it is computed', () => {
    expect(offlineRevision(skillsFile(), conceptsFile())).toBe(committedOfflineRevision());
    expect(committedOfflineRevision()).toMatch(/^hash\d+:[\w-]{12}$/);
    expect(new HashingEmbedder().revision).toBe(committedOfflineRevision());
    expect(new HashingEmbedder(128).revision).toBe(new HashingEmbedder(256).revision);
  });

  it('changes when the job vocabulary or the skill taxonomy content changes', () => {
    const [skills, before] = [skillsFile(), offlineRevision(skillsFile(), conceptsFile())];

    const newTerm = conceptsFile();
    newTerm.find((c) => c.kind === 'role')!.terms.push('chief vibes engineer');
    expect(offlineRevision(skills, newTerm)).not.toBe(before);

    const newConcept = conceptsFile();
    newConcept.push({ id: 'employer:zorblax', kind: 'employer', terms: ['Zorblax', '佐布拉克斯'], abbreviations: [] });
    expect(offlineRevision(skills, newConcept)).not.toBe(before);

    const topicSkills = conceptsFile();
    topicSkills.find((c) => c.kind === 'topic')!.skills!.push('python');
    expect(offlineRevision(skills, topicSkills)).not.toBe(before);

    const related = skillsFile();
    related[0]!.related.push('zorblax');
    expect(offlineRevision(related, conceptsFile())).not.toBe(before);

    const alias = skillsFile();
    alias[0]!.aliases.push('JayEss');
    expect(offlineRevision(alias, conceptsFile())).not.toBe(before);
  });

  it('does not change with the same content: keys in another order, the files parsed again', () => {
    const before = offlineRevision(skillsFile(), conceptsFile());
    expect(offlineRevision(keysReversed(skillsFile()), keysReversed(conceptsFile()))).toBe(before);
    expect(offlineRevision(skillsFile(), conceptsFile())).toBe(before);
  });
});

describe('modelTextRevision', () => {
  it('is what the OpenAI-compatible embedder reports, apart from the offline one', () => {
    expect(new OpenAIEmbedder('multilingual-e5-small', 384, { apiKey: 'k' }).revision).toBe(committedModelTextRevision());
    expect(committedModelTextRevision()).toMatch(/^text\d+:[\w-]{12}$/);
    expect(modelTextRevision(skillsFile(), conceptsFile())).toBe(committedModelTextRevision());
  });

  it('changes with what the passage text writes or matches by: skill names and aliases, any concept terms', () => {
    const before = modelTextRevision(skillsFile(), conceptsFile());
    const alias = skillsFile();
    alias[0]!.aliases.push('JayEss');
    expect(modelTextRevision(alias, conceptsFile())).not.toBe(before);
    const term = conceptsFile();
    term.find((c) => c.kind === 'employer')!.terms.push('Zorblax Ltd');
    expect(modelTextRevision(skillsFile(), term)).not.toBe(before);
  });

  it('does not change with what the passage text never reads: related skills, categories, topic skills', () => {
    const before = modelTextRevision(skillsFile(), conceptsFile());
    const skills = skillsFile();
    skills[0]!.related.push('zorblax');
    skills[0]!.category = 'elsewhere';
    const concepts = conceptsFile();
    concepts.find((c) => c.kind === 'topic')!.skills!.push('python');
    expect(modelTextRevision(skills, concepts)).toBe(before);
    expect(modelTextRevision(keysReversed(skillsFile()), keysReversed(conceptsFile()))).toBe(before);
  });
});
