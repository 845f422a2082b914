/**
 * School lines as text extraction leaves them: a name wrapped over two lines joined again, a 履歴書's school written
 * twice (入学, 卒業) read once, and the name without what a resume writes around it.
 */
import type { EducationEntry } from '../types.ts';
import { findDateRanges } from './dates.ts';
import { isKnownCity } from './entry-parts.ts';
import { degreeOf, isSchool, segmentsOf } from './segments.ts';

/** A school name wrapped in a narrow column ("Nanyang Technological" / "University"): its lines joined again. */
const SCHOOL_WORD_ONLY = /^\s*(?:university|college|institute(?: of technology)?|polytechnic|academy|school of [\w ]+)\s*$/iu;

/**
 * A school's line that stops on a joining word or a comma ("Jomo Kenyatta University of", "Universidad Nacional
 * Autónoma de", "Tecnológico de Monterrey," / "Campus Querétaro").
 */
const ENDS_ON_JOINING_WORD = /(?:\s(?:of|and|for|the|in|at|&|de|del|de la|des|du|da|do|di|della|y|e|für|der)|,)\s*$/iu;

const STARTS_ON_JOINING_WORD = /^\s*(?:and|&|of|for)\s+/u;

/**
 * A school's line that stops on a word no name ends on, a direction or a kind ("University of Southern" /
 * "Queensland", "Manipal Academy of Higher" / "Education", "Hong Kong Institute of Vocational" / "Education").
 */
const ENDS_ON_OPEN_WORD =
  /\s(?:Southern|Northern|Eastern|Western|Central|South|North|East|West|New|Higher|Vocational|Technical|Technological|Applied|Advanced|National|Royal|Federal|International)\s*$/u;

/**
 * A school's line of only the words every school's name has, no name of its own ("Instituto Politécnico" / "Nacional",
 * "Universiti Teknologi" / "Malaysia", "Technische Hochschule" / "Rosenheim").
 */
const GENERIC_NAME_ONLY =
  /^\s*(?:(?:the|of|de|del|für|technical|technische[rn]?|technological|tecnol[oó]gic[oa]|teknologi|polit[eé]cnic[oa]|polytechnic|university|universiti|universit[eéyàä]t?|universidad|universidade|institut[eo]?|hochschule|fachhochschule|college|academy|akademie|school|schule)\s*)+$/iu;

/**
 * The rest of its name starting the next line: a few capitalised words, no date, no degree ("México", "Technology
 * (NUST)", "Agriculture and Technology, BSc, 2012 – 2017").
 */
const NAME_REST =
  /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|and|&|de|del|y))?(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*\((?:\p{Lu}{2,8}|\p{Lu}[\p{L}'’. -]{1,30})\))?\s*$/u;

export function joinWrappedSchools(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let at = out.length - 1;
    while (at >= 0 && !out[at]!.trim()) at--;
    const previous = at >= 0 ? out[at]! : '';
    const oneName = isSchool(previous) && !/\s{2,}|[|｜\t]/u.test(previous.trim());
    const endsOnJoiningWord =
      oneName && (ENDS_ON_JOINING_WORD.test(previous) || ENDS_ON_OPEN_WORD.test(previous) || GENERIC_NAME_ONLY.test(previous));
    const rest = segmentsOf(line)[0] ?? '';
    // Or the next line starts on one: "Cochin University of Science" / "and Technology".
    const startsOnJoiningWord = oneName && STARTS_ON_JOINING_WORD.test(line) && NAME_REST.test(line.replace(STARTS_ON_JOINING_WORD, ''));
    const named = (text: string) => degreeOf(text) === null && findDateRanges(text).length === 0;
    if (startsOnJoiningWord && named(line)) {
      out[at] = `${previous.trim()} ${line.trim()}`;
      out.length = at + 1;
    } else if (endsOnJoiningWord && NAME_REST.test(rest) && named(rest)) {
      out[at] = `${previous.trim()} ${line.trim()}`;
      out.length = at + 1;
    } else if (SCHOOL_WORD_ONLY.test(line) && previous.trim() && !isSchool(previous) && findDateRanges(previous).length === 0) {
      out[at] = `${previous.trim()} ${line.trim()}`;
      out.length = at + 1;
    } else out.push(line);
  }
  return out;
}

/**
 * A Japanese 履歴書 writes a school twice, the month it was entered (入学) and the month it was left (卒業, 修了): one
 * school, so the second line of the same school is no entry of its own.
 */
const ENROLMENT_MARK = /(?:入学|入學|卒業|修了|中退|退学)\s*$/u;

export function withoutEnrolmentRepeats(entries: EducationEntry[], lines: string[]): EducationEntry[] {
  if (!lines.some((line) => ENROLMENT_MARK.test(line.trim()))) return entries;
  return entries.filter((entry, k) => k === 0 || !entry.school || entry.school !== entries[k - 1]!.school);
}

/**
 * The school's name without what a resume writes around it: a verb before (就读于, "Graduated from"), a note in
 * brackets (北京大学（985/211）, 华南理工大学（全日制统招）, "(Expected May 2025)"), its letters ("Peking University
 * (PKU)"). A campus in brackets stays: 哈尔滨工业大学（威海）, and so does a faculty written with the school
 * (中南大学湘雅护理学院), as resumes name it.
 */
export function schoolName(part: string): string {
  // 自考 names its university as the one that examines: "高等教育自学考试（主考院校：华南师范大学）".
  const examining = part.match(/(?:主考|主办)(?:院校|学校|高校)\s*[:：]\s*([^()（）:：]+?)\s*[)）]?\s*$/u)?.[1];
  if (examining && isSchool(examining)) return examining;
  const named = part
    // A school renamed since: "原北京商学院（现北京工商大学）", "Tunku Abdul Rahman College (now TAR UMT)".
    .replace(/^(?:就读于|毕业于|graduated from|studied at|attended|原)\s*/iu, '')
    .replace(
      /\s*[(（][^()（）]*(?:\d|统招|全日制|双一流|一流|重点|自考|函授|成人|在职|网络教育|开放教育|远程|业余|交换|现|現|原|expected|exchange|gpa|top\b|qs\b|online|distance|part[- ]time|evening|remote|now\b|formerly|renamed|previously)[^()（）]*[)）]\s*$/iu,
      '',
    )
    // Its letters in brackets: "(PKU)", "（IVE）", "(WelTec)"; before a campus too ("Institut Kemahiran Belia Negara
    // (IKBN) Dusun Tua").
    .replace(/\s*[(（](?:\p{Lu}{2,6}|\p{Lu}[\p{Ll}]{1,5}\p{Lu}[\p{L}]{0,5})[)）](?=$|\s+\p{Lu})/u, '')
    // Its city in brackets: "Conservatorio Nacional de Música (Lima)"; a campus stays ("(Tsing Yi)", （深圳）).
    .replace(/\s*\(([^()]+)\)$/u, (whole, inside: string) => (isKnownCity(inside.trim()) ? '' : whole))
    .trim();
  // Its name in another language or its own school in brackets: "Tsinghua University (清华大学)", "University of Oxford
  // (Saïd Business School)".
  const bracket = named.match(/^(.+?)\s*[(（]([^()（）]+)[)）]$/u);
  if (bracket && isSchool(bracket[1]!) && isSchool(bracket[2]!)) return bracket[1]!;
  return named || part;
}
