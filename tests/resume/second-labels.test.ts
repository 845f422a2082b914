import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIXTURES, recordedSplits, secondSkillLabels } from './labelled-set.ts';

/** What is wrong with a second labeller's file: it may label only outside resumes (o*) of either split, with non-empty strings. */
function problems(labels: Record<string, unknown>, splits: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [file, skills] of Object.entries(labels)) {
    if (!/^o\d+-/.test(file)) found.push(`${file}: not an outside resume`);
    else if (splits[file] !== 'dev' && splits[file] !== 'test') found.push(`${file}: in no split (${splits[file] ?? 'unknown'})`);
    if (!Array.isArray(skills) || skills.length === 0) found.push(`${file}: no labels`);
    else
      for (const skill of skills as unknown[])
        if (typeof skill !== 'string' || skill.trim() === '') found.push(`${file}: label ${JSON.stringify(skill)}`);
  }
  return found;
}

describe("the second labeller's skills (second-labels.json)", () => {
  it('covers outside resumes of either split only, every label a non-empty string', () => {
    const labels = secondSkillLabels();
    expect(Object.keys(labels).length).toBeGreaterThan(0);
    expect(problems(labels, recordedSplits())).toEqual([]);
  });

  it('says who labelled and how', () => {
    const file = JSON.parse(readFileSync(new URL('second-labels.json', FIXTURES), 'utf8')) as { about?: unknown };
    expect(typeof file.about).toBe('string');
    expect(file.about).toMatch(/blind/);
  });

  it('refuses an unknown resume, a generated one, an empty list and an empty or non-string label', () => {
    const splits = { 'o1-zh.docx': 'test', 'o2-en.docx': 'dev', '01-zh.pdf': 'dev', 'o3-en.txt': 'holdout' };
    expect(
      problems(
        { 'o1-zh.docx': ['Excel'], 'o999-en.txt': ['SQL'], 'o3-en.txt': ['Go'], '01-zh.pdf': ['Java'], 'o2-en.docx': ['', ' ', 3] },
        splits,
      ),
    ).toEqual([
      'o999-en.txt: in no split (unknown)',
      'o3-en.txt: in no split (holdout)',
      '01-zh.pdf: not an outside resume',
      'o2-en.docx: label ""',
      'o2-en.docx: label " "',
      'o2-en.docx: label 3',
    ]);
    expect(problems({ 'o2-en.docx': [] }, splits)).toEqual(['o2-en.docx: no labels']);
  });
});
