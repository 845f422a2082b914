import { describe, expect, it } from 'vitest';
import { assignSplits } from '../support/eval-split.ts';
import { labelledSet, recordedSplits, resumeStratum } from './labelled-set.ts';

describe('the labelled resumes: dev and test', () => {
  it('every labelled resume has a split, and only they', () => {
    expect(Object.keys(recordedSplits()).sort()).toEqual(
      labelledSet()
        .map(([file]) => file)
        .sort(),
    );
  });

  it('records the split the rule gives: stratified by origin and format, in the order of splits.json', () => {
    const formats = new Map(labelledSet().map(([file, expected]) => [file, expected.format]));
    const files = Object.keys(recordedSplits());
    const expected = assignSplits(
      files,
      (file) => file,
      (file) => resumeStratum(file, formats.get(file)!),
    );
    expect(files.map((file) => `${file}: ${recordedSplits()[file]}`)).toEqual(files.map((file, i) => `${file}: ${expected[i]}`));
    expect(labelledSet('test').length).toBeGreaterThanOrEqual(Math.floor(files.length / 2) - 4);
    expect(labelledSet('test').some(([file]) => !/^\d/.test(file))).toBe(true);
  });
});
