/** Employments as the factors read them: dated months, how long ago one ended, one line of evidence. */
import { say } from './factor.ts';
import type { MatchEmployment, MatchLanguage } from './types.ts';

const MONTH = /^(\d{4})(?:-(\d{1,2}))?/;

/** A `YYYY-MM` (or `YYYY`) month as a count of months since year 0, or null when unreadable. */
export function monthIndex(month: string | null): number | null {
  const found = month === null ? null : MONTH.exec(month.trim());
  if (!found) return null;
  const year = Number(found[1]);
  const monthOfYear = found[2] === undefined ? 1 : Math.min(12, Math.max(1, Number(found[2])));
  return year * 12 + monthOfYear - 1;
}

export const nowIndex = (now: Date): number => now.getUTCFullYear() * 12 + now.getUTCMonth();

/** Years since the employment ended: 0 while current (no end, or an end in the future); null when undated. */
export function yearsSinceEnd(employment: MatchEmployment, now: Date): number | null {
  if (employment.end === null) return 0;
  const end = monthIndex(employment.end);
  if (end === null) return null;
  return Math.max(0, (nowIndex(now) - end) / 12);
}

/** "Senior Engineer at ByteDance, 2019-03 – now" / "ByteDance 高级工程师，2019-03 – 至今". */
export function describeEmployment(employment: MatchEmployment, language: MatchLanguage): string {
  const title = employment.title?.trim() || say(language, 'Employee', '员工');
  const start = employment.start?.trim() || '?';
  const end = employment.end?.trim() || say(language, 'now', '至今');
  return say(language, `${title} at ${employment.company}, ${start} – ${end}`, `${employment.company} ${title}，${start} – ${end}`);
}

/**
 * Years of experience as the dated employments add up (overlaps counted once, a current one up to
 * now), for a profile that does not state its years; null when no employment has a readable start.
 */
export function yearsFromEmployments(employments: readonly MatchEmployment[], now: Date): number | null {
  const current = nowIndex(now);
  const spans: [number, number][] = [];
  for (const employment of employments) {
    const start = monthIndex(employment.start);
    if (start === null || start > current) continue;
    const end = employment.end === null ? current : monthIndex(employment.end);
    if (end === null) continue;
    // The end month is worked too: 2019-03 – 2019-03 is one month.
    spans.push([start, Math.min(current, Math.max(start, end)) + (employment.end === null ? 0 : 1)]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let [from, to] = spans[0]!;
  for (const [start, end] of spans.slice(1)) {
    if (start > to) {
      months += to - from;
      [from, to] = [start, end];
    } else to = Math.max(to, end);
  }
  months += to - from;
  return Math.round((months / 12) * 10) / 10;
}
