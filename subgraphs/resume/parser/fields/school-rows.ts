/**
 * An education section's rows: which lines each dated entry takes besides its dates' own, as its layout writes them. A
 * table's row opens on its dates, a narrow column's entry closes on them, a wrapped degree puts its school far above, a
 * Europass entry names its school below. And what names a school in those lines.
 */
import { findDateRanges } from './dates.ts';
import { isHeaderLike, partsOf, type Anchor } from './entries.ts';
import { COLUMN_HEADINGS, EUROPASS_LABEL } from './form-labels.ts';
import { FACULTY_ONLY } from './school-lines.ts';
import { isSchool, isUnnamedSchool } from './segments.ts';
import { providerAt } from './training-providers.ts';

/**
 * An education line names a school, its degree, its place and its dates, and runs longer than a job's header
 * ("Northern Alberta Institute of Technology (NAIT) — Heavy Equipment Technician Apprenticeship, Red Seal, 2012").
 */
export const EDUCATION_LINE_LENGTH = 160;

/** Each entry's lines as its layout writes them, the anchors' header lines grown in place. */
export function withRowLines(lines: string[], anchors: Anchor[]): void {
  withDatesOpening(lines, anchors);
  reachWrappedSchools(lines, anchors);
  reachSchoolsBelow(lines, anchors);
  withDatesClosing(lines, anchors);
}

/** A level written in a cell of its own, no school's name: 104人力銀行's "資訊工程系 | 大學 | 畢業". */
const LEVEL_CELL = /^(?:大学|大學|研究所|学院|學院)$/u;

/** A part that names a school, not only its kind or level ("High School Diploma · (2008 - 2012)" under its school). */
export const namesSchool = (part: string) =>
  isSchool(part) && !isUnnamed(part) && !LEVEL_CELL.test(part) && !FACULTY_ONLY.test(part.trim());

/**
 * A degree wrapped over lines in a narrow column ("Exchange semester, Electrical" / "Engineering") puts the school
 * three or four lines above its dates, out of the two-line reach: an entry without a school takes, up to four lines
 * up and never past another entry's lines, the nearest line that names one, and the lines between.
 */
function reachWrappedSchools(lines: string[], anchors: Anchor[]): void {
  const taken = new Set(anchors.flatMap((a) => a.headerLines));
  for (const anchor of anchors) {
    if (hasSchool(partsOf(anchor.headerLines.map((i) => lines[i]!)))) continue;
    const between: number[] = [];
    for (let i = Math.min(...anchor.headerLines) - 1, seen = 0; i >= 0 && seen < 4 && !taken.has(i); i--) {
      if (!lines[i]!.trim() || COLUMN_HEADINGS.test(lines[i]!)) continue;
      if (!isHeaderLike(lines[i]) || findDateRanges(lines[i]!).length > 0) break;
      seen++;
      between.push(i);
      if (isSchool(lines[i]!)) {
        anchor.headerLines.push(...between);
        for (const j of between) taken.add(j);
        break;
      }
    }
  }
}

/**
 * A table whose first column is the dates, a cell a line (时间 / 学校 / 专业 / 学历, then "2011/09～2013/06" / 国立台湾大学 /
 * 食品科技研究所 硕士): each row's dates open it, its cells the lines below up to the next row's dates, so a row's last
 * cell is never the next row's school.
 */
function withDatesOpening(lines: string[], anchors: Anchor[]): void {
  const first = anchors[0];
  const headings = lines.slice(0, first?.lineIndex ?? 0).filter((line) => line.trim());
  if (!first || headings.length < 2 || !TIME_COLUMN.test(headings[0]!) || !headings.every((line) => COLUMN_HEADINGS.test(line))) return;
  anchors.forEach((anchor, k) => {
    const end = anchors[k + 1]?.lineIndex ?? lines.length;
    const cells: number[] = [];
    for (let i = anchor.lineIndex + 1; i < end && cells.length < ROW_CELLS; i++)
      if (lines[i]!.trim() && isHeaderLike(lines[i], EDUCATION_LINE_LENGTH)) cells.push(i);
    anchor.headerLines = [anchor.lineIndex, ...cells];
  });
}
/** The dates' column heading, first in its table. */
const TIME_COLUMN = /^\s*(?:时间|起止时间|起止日期|就读时间|日期|期間|dates?|period)\s*$/iu;
/** A row's cells after its dates: school, subject, degree, and one more (学历 apart from 学位). */
const ROW_CELLS = 4;

/**
 * Dates first, then what was studied, then where (Europass: "2014 – 2016" / "Vocational qualification – Electrician" /
 * "Berufsschule für Elektrotechnik, Munich (Germany)"): when no entry's header starts above its dates, an entry without
 * a school takes, up to two lines below its header and never past the next entry, the nearest line that names one, and
 * the line between.
 */
function reachSchoolsBelow(lines: string[], anchors: Anchor[]): void {
  if (anchors.some((anchor) => Math.min(...anchor.headerLines) < anchor.lineIndex)) return;
  const taken = new Set(anchors.flatMap((a) => a.headerLines));
  anchors.forEach((anchor, k) => {
    if (hasSchool(partsOf(anchor.headerLines.map((i) => lines[i]!)))) return;
    const end = anchors[k + 1]?.lineIndex ?? lines.length;
    const between: number[] = [];
    for (let i = Math.max(...anchor.headerLines) + 1; i < end && between.length < 2 && !taken.has(i); i++) {
      if (!lines[i]!.trim() || COLUMN_HEADINGS.test(lines[i]!) || EUROPASS_LABEL.test(lines[i]!)) continue;
      if (!isHeaderLike(lines[i], EDUCATION_LINE_LENGTH)) return;
      between.push(i);
      if (isSchool(lines[i]!) || providerAt(lines, i)) {
        if (!isSchool(lines[i]!))
          between.push(
            ...lines
              .slice(i + 1)
              .flatMap((line, j) => (line.trim() ? [i + 1 + j] : []))
              .slice(0, 1),
          );
        anchor.headerLines.push(...between);
        return;
      }
    }
  });
}

/**
 * A narrow column that closes each entry with its dates (school / degree / GPA / "Aug 2023 - May 2027", or school /
 * degree / dates alone): when the section opens on a named school two or more lines above the first dates (not a table's
 * row of column names), and a school stands above every entry's dates, each entry is the lines since the previous one's
 * dates, none below its own. The school's line is one name, no cells.
 */
function withDatesClosing(lines: string[], anchors: Anchor[]): void {
  const filled = (from: number, to: number) => lines.slice(from, to).flatMap((line, i) => (line.trim() ? [from + i] : []));
  const opening = filled(0, anchors[0]?.lineIndex ?? 0);
  const first = lines[opening[0] ?? 0]!;
  if (
    opening.length < 2 ||
    !(namesSchool(first) || providerAt(lines, opening[0]!)) ||
    COLUMN_HEADINGS.test(first) ||
    /\s{2,}|[|｜\t]/u.test(first.trim())
  )
    return;
  const blocks = anchors.map((anchor, k) =>
    filled(k > 0 ? anchors[k - 1]!.lineIndex + 1 : 0, anchor.lineIndex).filter((i) => isHeaderLike(lines[i])),
  );
  if (!blocks.every((block) => block.some((i) => isSchool(lines[i]!)) || (block.length > 0 && providerAt(lines, block[0]!)))) return;
  anchors.forEach((anchor, k) => (anchor.headerLines = [anchor.lineIndex, ...blocks[k]!]));
}

/**
 * A physician's residency or fellowship, written in the education section, names the hospital that trains as its
 * school ("Residency, Internal Medicine — Massachusetts General Hospital, 2012 – 2015", "北京协和医院  住院医师规范化培训",
 * a physician's 进修 there: "北京协和医院  心内科进修"),
 * as LinkedIn's education entries write it; a hospital elsewhere stays an employer.
 */
export function residencyHospital(parts: string[]): { school: string; parts: string[] } | null {
  if (!parts.some((p) => RESIDENCY.test(p))) return null;
  const hospital = parts.find((p) => HOSPITAL.test(p) && !RESIDENCY.test(p));
  return hospital ? { school: hospital, parts: [hospital] } : null;
}
/** An entry's parts that name its school, or a residency's hospital. */
export const hasSchool = (parts: string[]) => parts.some((p) => isSchool(p)) || residencyHospital(parts) !== null;
const RESIDENCY = /^(?:(?:medical |surgical |clinical )?(?:residency|fellowship|house officer)\b)|住院医师|规范化培训|规培|进修/iu;
const HOSPITAL = /\b(?:hospitals?|clinic|medical cent(?:er|re)|infirmary)\b|医院|醫院/iu;

/** A school's kind with no name, its subject after it too: "Some college coursework in business". */
const isUnnamed = (part: string) => isUnnamedSchool(part) || isUnnamedSchool(part.replace(/\s+in\s+[\p{L} &]+$/u, ''));
