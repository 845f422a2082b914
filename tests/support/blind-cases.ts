/**
 * How a blind stress set (tests/resume/schools-worldwide*.ts, titles-worldwide*.ts: sections written before the
 * parser's code was read, each with what a recruiter notes from it) runs as tests: one test a case, named by the
 * section's lines after its heading; the cases a set lists as open run as expected failures, and the set may list
 * only its own cases, so a fix that passes one must take it off the list.
 */
import { expect, it } from 'vitest';

/** A section's text, its heading on the first line. */
export interface BlindCase {
  section: string;
}

/** A case's test name: the section's lines after its heading. */
export const caseLabel = ({ section }: BlindCase): string => section.split('\n').slice(1).join(' / ');

/** Each case as a test of `check`; the ones `open` names (by `caseLabel`) as expected failures. */
export function checkCases<C extends BlindCase>(cases: readonly C[], check: (c: C) => void, open: ReadonlySet<string> = new Set()): void {
  for (const c of cases) (open.has(caseLabel(c)) ? it.fails : it)(caseLabel(c), () => check(c));
}

/** The test that `open` names only cases of the set. */
export function checkOpenList(cases: readonly BlindCase[], open: ReadonlySet<string>): void {
  it('lists only cases of the set as open', () => {
    const labels = new Set(cases.map(caseLabel));
    expect([...open].filter((label) => !labels.has(label))).toEqual([]);
  });
}
