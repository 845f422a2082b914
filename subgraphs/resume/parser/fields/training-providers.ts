/**
 * Where a course was taken, when no school the vocabulary knows is named: a bootcamp, a training centre or a
 * learning platform, read beside what it ran (education.ts).
 */
import { findDateRanges } from './dates.ts';
import { schoolName } from './school-lines.ts';
import { degreeOf } from './segments.ts';

/** A learning platform, whose course names no school. */
export const MOOC_PLATFORM =
  /^(?:中国大学MOOC|中国大学慕课|学堂在线|网易云课堂|Coursera|edX|Udemy|Udacity|FutureLearn|LinkedIn Learning)$/iu;

/** What a provider ran: a course, a class, a programme, a certificate or its preparation. */
export const PROVIDED =
  /就业班|培训|研修班|进修班|课程|\b(?:course|programme|program|boot\s?camp|immersive|certificate|diploma|preparation|night school|class)\b/iu;
/** What a provider ran, a training named too ("HGV Training Network  Category C+E Training"), not an army's basic training. */
const PROVIDED_THERE = new RegExp(`${PROVIDED.source}|(?<!\\bbasic(?: combat)? )\\btraining\\b`, 'iu');
/** A provider's name: a few capitalised words, or Chinese characters with its branch in brackets. */
const PROVIDER_NAME =
  /^(?:\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|de|for|and|&)){0,5}|[\u4e00-\u9fff]{2,16}(?:[(（][\u4e00-\u9fff]{2,8}[)）])?)$/u;
/**
 * A dated education line whose first part names no school the vocabulary knows and whose later part is what it ran
 * (a course, a bootcamp, a certificate): the first part is the provider, where its writer studied, as the labelled set
 * notes it ("Jan 2020 – Apr 2020  General Assembly  Software Engineering Immersive", "2016.04-2016.08  达内科技（武汉中心）
 * Java 全栈开发就业班"). Not a learning platform's course, a camp or a degree's line.
 */
export function trainingProvider(parts: string[]): { school: string; parts: string[] } | null {
  const [written, ...rest] = parts;
  if (!written || rest.length === 0 || !rest.some((p) => PROVIDED_THERE.test(p))) return null;
  // A way of taking it in brackets after the name is no part of it: "Le Wagon (remote)".
  const first = written.replace(/\s*[(（](?:remote|online|part[- ]time|full[- ]time|virtual|in[- ]person)[)）]$/iu, '');
  if (parts.some((p) => MOOC_PLATFORM.test(p) || /[夏冬]令营$/u.test(p))) return null;
  // A camp a company runs ("字节跳动青训营") is its programme, no provider's name.
  if (
    !PROVIDER_NAME.test(first) ||
    // A training centre's or school's name says 培训 too ("慧飞无人机应用技术培训中心").
    PROVIDED.test(first.replace(/培训(?:中心|学校|学院|基地)/u, '')) ||
    /营$/u.test(first) ||
    degreeOf(first) !== null ||
    findDateRanges(first).length > 0
  )
    return null;
  return { school: schoolName(first), parts: [written] };
}

/** A provider's name on a line of its own and what it ran on the next line with text ("Hack Reactor" / "Software Engineering Immersive"). */
export function providerAt(lines: string[], at: number): boolean {
  const next = lines.slice(at + 1).find((line) => line.trim());
  return next !== undefined && !/\s{2,}|[|｜\t]/u.test(lines[at]!.trim()) && trainingProvider([lines[at]!.trim(), next.trim()]) !== null;
}
