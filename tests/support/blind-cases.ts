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

/** A set part's figure: cases read exactly, and names found (a key matching an expected one of its case), predicted, expected. */
export interface PartFigure {
  cases: number;
  passed: number;
  found: number;
  predicted: number;
  expected: number;
}

function partFigure<C>(cases: readonly C[], read: (c: C) => string[], want: (c: C) => string[]): PartFigure {
  const total = { cases: cases.length, passed: 0, found: 0, predicted: 0, expected: 0 };
  for (const c of cases) {
    const got = read(c);
    const left = want(c);
    if (JSON.stringify(got) === JSON.stringify(left)) total.passed++;
    total.predicted += got.length;
    total.expected += left.length;
    for (const name of got) {
      const at = left.indexOf(name);
      if (at < 0) continue;
      total.found++;
      left.splice(at, 1);
    }
  }
  return total;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole).toFixed(1);

/**
 * A set's dev and test figures, each printed ("set 8 test: 48/50 cases, schools P 98.0 R 96.0 (…)"): `read` gives the
 * names the parser reads from a case and `want` the ones its set expects, both as keys.
 */
export function setFigures<C>(
  name: string,
  noun: string,
  parts: { dev: readonly C[]; test: readonly C[] },
  read: (c: C) => string[],
  want: (c: C) => string[],
): { dev: PartFigure; test: PartFigure } {
  const figures = { dev: partFigure(parts.dev, read, want), test: partFigure(parts.test, read, want) };
  for (const [part, f] of Object.entries(figures)) {
    console.log(
      `${name} ${part}: ${f.passed}/${f.cases} cases, ${noun} P ${percent(f.found, f.predicted)} R ${percent(f.found, f.expected)} (${f.found} of ${f.predicted} found, ${f.expected} expected)`,
    );
  }
  return figures;
}
