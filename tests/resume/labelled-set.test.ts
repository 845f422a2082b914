import { describe, expect, it } from 'vitest';
import { assignSplits } from '../support/eval-split.ts';
import { heldOutResumes, labelledSet, recordedSplits, resumeStratum } from './labelled-set.ts';

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
    // Read once: splits.json holds every labelled resume, and a read per resume grows with the square of the set.
    const recorded = recordedSplits();
    const files = Object.keys(recorded);
    const expected = assignSplits(
      files,
      (file) => file,
      (file) => resumeStratum(file, formats.get(file)!),
    );
    expect(files.map((file) => `${file}: ${recorded[file]}`)).toEqual(files.map((file, i) => `${file}: ${expected[i]}`));
    const test = labelledSet('test');
    expect(test.length).toBeGreaterThanOrEqual(Math.floor(files.length / 2) - 4);
    expect(test.some(([file]) => !/^\d/.test(file))).toBe(true);
  });
});

describe('heldOutResumes: the resumes a round holds out', () => {
  it('holds out o N onward with --hold-out-from N, none without it, and refuses a value that is no number', () => {
    const heldOut = heldOutResumes(['node', 'bench', '--hold-out-from', '437']);
    expect(['o436-zh.txt', 'o437-en.pdf', 'o484-zh.md', '01-zh.pdf', 'h1-zh.txt'].map(heldOut)).toEqual([false, true, true, false, false]);
    expect(heldOutResumes(['node', 'bench'])('o999-zh.txt')).toBe(false);
    expect(() => heldOutResumes(['node', 'bench', '--hold-out-from', 'o437'])).toThrow(/resume number/);
  });
});
