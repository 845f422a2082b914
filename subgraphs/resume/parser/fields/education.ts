/**
 * Education entries: a school, its degree and major, and its dates, read from the education section's lines as
 * entries.ts reads jobs (each hangs on a date range), with what education sections add: wrapped school names and
 * degrees, schools with no dates, a narrow column's dates closing each entry, two schools on one line.
 */
import type { EducationEntry } from '../types.ts';
import { findDateRanges } from './dates.ts';
import { isChineseCity, isLocationOnly, isPlace, REGION_CODE } from './entry-parts.ts';
import { isChineseAddress } from './home-region.ts';
import { anchorsOf, DEGREE_LABEL, isHeaderLike, isPlaceLine, NOT_A_NAME, partsOf, withoutRange, type Anchor } from './entries.ts';
import { COLUMN_HEADINGS, EUROPASS_LABEL, LABEL } from './form-labels.ts';
import {
  degreeAtSchool,
  degreeBeforeSchool,
  degreeYearSchool,
  entrySchool,
  FACULTY_SUBJECT,
  GONE_TO,
  isOwnSchool,
  NOT_UNDATED_SCHOOL,
  QUALIFICATION_NAME,
  schoolBesideMark,
  schoolBesideSlash,
  SHORT_COURSE,
  studyClauses,
  withoutEmphasis,
  withoutEnrolmentRepeats,
  withoutSchoolBullet,
  withSchoolPlaceJoined,
} from './school-lines.ts';
import { ELSEWHERE_MARK, ELSEWHERE_WORD, schoolElsewhere } from './school-elsewhere.ts';
import { EDUCATION_LINE_LENGTH, namesSchool, residencyHospital, withRowLines } from './school-rows.ts';
import { joinWrappedDegrees, joinWrappedSchools } from './school-wraps.ts';
import { degreeOf, isSchool } from './segments.ts';
import { MOOC_PLATFORM, PROVIDED, trainingProvider } from './training-providers.ts';

/** A sidebar's phone, e-mail or link in the middle of a two-column education: passed over, as a table's labels are. */
const CONTACT_LINE = /^\s*(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+)\s*$/u;

export function parseEducation(sectionLines: string[]): EducationEntry[] {
  const lines = sectionLines
    .map(withoutEmphasis)
    .map(withSeparatorMarks)
    .map((line) => studyClauses(line, isHeaderLike(line, EDUCATION_LINE_LENGTH)))
    .flatMap((line) => line.split('\n'))
    .map(withTransliterationJoined)
    .map(withoutSchoolBullet)
    .map((line) => withSchoolPlaceJoined(line));
  const joined = joinWrappedDegrees(joinWrappedSchools(lines));
  return withoutEnrolmentRepeats(educationEntries(joined), joined);
}

function educationEntries(lines: string[]): EducationEntry[] {
  // An entry whose lines name its school, or a residency's hospital, wants no line above; one that names only what was
  // studied (a degree, a diploma, a course) wants the line above it.
  const wants = (texts: string[], candidate: string) =>
    !partsOf(texts).some(namesSchool) &&
    !residencyHospital(partsOf(texts)) &&
    (isSchool(candidate) || degreeOf(candidate) !== null || QUALIFICATION_NAME.test(candidate) || PROVIDED.test(candidate));
  // A label on a line of its own (学校 / 吉林大学 / 专业 / 通信工程, Europass's "Title of qualification awarded") stands
  // between a table's cells without ending them.
  const anchors = anchorsOf(
    lines,
    wants,
    (line) => COLUMN_HEADINGS.test(line) || EUROPASS_LABEL.test(line) || CONTACT_LINE.test(line) || isPlaceLine(line),
  );
  withRowLines(lines, anchors);
  const entries: EducationEntry[][] = anchors.map((anchor) => {
    const headerTexts = anchor.headerLines
      .sort((a, b) => a - b)
      .map((i) => (i === anchor.lineIndex ? withoutRange(lines[i]!, anchor.range) : lines[i]!));
    return entriesFromParts(partsOf(headerTexts), anchor.range.start, anchor.range.end);
  });
  if (entries.length > 0) return withUndatedSchools(lines, anchors, entries);
  // No dates at all: every line that names a school, but a sentence that mentions one ("Guest lecturer at MIT Sloan.").
  const undated: EducationEntry[] = [];
  const affiliating = hasAffiliationColumns(lines);
  /** The last line above with text (kept as the lines go: a search back from each line costs the square). */
  let above: string | undefined;
  lines.forEach((line) => {
    // A table's unit cell under its label (学院 / 纳米科学技术学院) is no school of its own.
    const label = above;
    if (line.trim()) above = line;
    if (!isHeaderLike(line, EDUCATION_LINE_LENGTH)) return;
    const parts = partsOf([line]);
    // A university's cell right after the college's, in a table with a column for each, is the university the college
    // is affiliated to: the college is where its writer studied.
    const affiliated = affiliating && UNIVERSITY.test(line) && label !== undefined && isSchool(label) && !COLUMN_HEADINGS.test(label);
    if (parts.some((p) => isSchool(p)) && !affiliated && !UNIT_LABEL.test(line) && !(label && UNIT_LABEL.test(label)))
      undated.push(...entriesFromParts(parts, null, null));
  });
  return undated;
}

/**
 * An Indian table's columns for the institution attended and for the university or board it is affiliated to or
 * examined by ("Course / Institution / Board/University / Year / Percentage", "School/College | Board/University").
 */
function hasAffiliationColumns(lines: string[]): boolean {
  const headings = lines.filter((line) => COLUMN_HEADINGS.test(line));
  return (
    headings.some((line) => /\b(?:institut\w*|college|school)\b/iu.test(line)) &&
    headings.some((line) => /\b(?:board|universit\w*)\b/iu.test(line))
  );
}
const UNIVERSITY = /\buniversit(?:y|ies)\b/iu;

/** A table's label for the unit of a school: 学院, 院系, Faculty. */
const UNIT_LABEL = /^\s*(?:学院|院系|所在院系|系别|科系|faculty|department|school \/ faculty)\s*[:：]?\s*$/iu;

/**
 * Beside dated entries, a line no entry took that starts with a school (or with a degree and then its school) is an
 * entry of its own: a graduation year alone ("MIT — S.B., 2012"), an "Expected June 2026", no dates at all.
 */
function withUndatedSchools(lines: string[], anchors: Anchor[], dated: EducationEntry[][]): EducationEntry[] {
  const taken = new Set(anchors.flatMap((a) => a.headerLines));
  const found: [number, EducationEntry[]][] = anchors.map((anchor, k) => [Math.min(...anchor.headerLines), dated[k]!]);
  lines.forEach((line, i) => {
    if (
      taken.has(i) ||
      !isHeaderLike(line, EDUCATION_LINE_LENGTH) ||
      (/^[^:：]{1,24}[:：]/u.test(line) && !LABEL.test(line.trim()) && !DEGREE_LABEL.test(line) && !EXCHANGE_LABEL.test(line))
    )
      return;
    // A year before the school, or a semester elsewhere ("2016  Exchange semester at Copenhagen Business School"). A year
    // leading the line as a date column does ("2018  D&AD Shift", "Graduated 2011  Whetstone High School") is the
    // entry's year, start and end, as the labelled set writes it (2018/2018).
    const leadYear = LEADING_YEAR.exec(partsOf([line])[0] ?? '')?.[1] ?? null;
    const parts = partsOf([line])
      .flatMap(schoolElsewhere)
      .filter((p, k) => !NOT_A_NAME.test(p) && !ELSEWHERE_MARK.test(p) && !(k === 0 && LEADING_YEAR.test(p)));
    // The school first, or after its degree or a qualification's letters ("SPM — SMK Seafield, 2011"); after a leading
    // year, a training provider before what it ran ("2018  D&AD Shift  Creative night school").
    const qualified = (part: string) => degreeOf(part) !== null || /^\p{Lu}{2,6}$/u.test(part);
    const school = isSchool(parts[0] ?? '')
      ? parts[0]
      : qualified(parts[0] ?? '') && isSchool(parts[1] ?? '')
        ? parts[1]
        : leadYear
          ? trainingProvider(parts)?.parts[0]
          : undefined;
    if (!school || NOT_UNDATED_SCHOOL.test(school)) return;
    // An entry says what was studied or when: a degree or a year on its line, or a degree on the next ("University of
    // Oxford" / "MSc Computer Science"); a school's name alone under another entry is a unit or a note of that one.
    const next = lines[i + 1];
    const nextDegree = next !== undefined && !taken.has(i + 1) && isHeaderLike(next) && !isSchool(next) && degreeOf(next) !== null;
    // Or its year on a line of its own one or two lines down, as a narrow column writes it ("TESDA" / "Shielded Metal
    // Arc Welding NC II" / "2010").
    const yearBelow = [1, 2].some((d) => !taken.has(i + d) && /^\s*(?:19|20)\d{2}\s*$/u.test(lines[i + d] ?? ''));
    if (!nextDegree && !yearBelow && !/\b(?:19|20)\d{2}\b/u.test(line) && !parts.some((p) => p !== school && degreeOf(p) !== null)) {
      return;
    }
    found.push([i, entriesFromParts(nextDegree ? [...parts, ...partsOf([next])] : parts, leadYear, leadYear)]);
    if (nextDegree) taken.add(i + 1);
  });
  return found.sort((a, b) => a[0] - b[0]).flatMap(([, entries]) => entries);
}

/** A year alone leading an education line, or its graduation year: "2018", "Graduated 2011", "Class of 2015", "2015年毕业". */
const LEADING_YEAR = /^(?:(?:graduated|class of)\s+)?((?:19|20)\d{2})(?:\s*年\s*毕业)?$/iu;

/** A semester elsewhere written as a label before its school: "2016  Exchange: National Taiwan University", "交换：…". */
const EXCHANGE_LABEL = new RegExp(String.raw`^[^:：]*(?:\b(?:${ELSEWHERE_WORD.latin})\b|${ELSEWHERE_WORD.chinese})[^:：]*[:：]`, 'iu');

/**
 * "Carnegie Mellon University Pittsburgh, PA": a city written after the school with one space, its state apart. The
 * city goes when the school's word is followed by capitalised words that are no part of its name (no "of", "at").
 */
function withoutTrailingCity(parts: string[]): string[] {
  return parts.map((part, i) => {
    // A campus joined after a comma is the name's own: "University of Maryland, College Park", MD.
    if (!REGION_CODE.test(parts[i + 1] ?? '') || part.includes(',')) return part;
    const city = part.match(
      /\b(?:University|College|Institute of Technology|Institute|Polytechnic|School of [A-Z][a-z]+)((?: [A-Z][a-z]+){1,3})$/u,
    );
    return city ? part.slice(0, part.length - city[1]!.length) : part;
  });
}

/**
 * A mark a line sets between its fields, spaced on both sides, parts them as a pipe does: "2013.09-2017.06 ▏ 中南大学 ▏ 材料",
 * "Sep 2012 – Jun 2016 ▪ University of Porto ▪ BSc", "University of Porto ⋅ BSc Economics ⋅ 2016", "… → 中南大学 → …".
 */
const withSeparatorMarks = (line: string) => line.replace(SEPARATOR_MARK, ' | ');
const SEPARATOR_MARK = /(?<=\S)\s+[▏▕‖¦│┃→⇒➔➜➤►▸▶»›⋅∙◆◇■□▪▫●○♦★☆✦❖]\s+(?=\S)/gu;

/**
 * A foreign name written in Chinese parts its words with a dot, as a separator parts a line's fields: "美国约翰斯·霍普金斯大学".
 * The dot joins when the words before it name no school, degree or subject and the ones after it a school; it is kept
 * out of the parting (TRANSLITERATION_DOT) until the entry's parts are read.
 */
function withTransliterationJoined(line: string): string {
  return line.replace(/([\u4e00-\u9fff]+)·([\u4e00-\u9fff]+)/gu, (whole, before: string, after: string) =>
    isSchool(after) && !isSchool(before) && degreeOf(before) === null && !FACULTY_WORDS.test(before)
      ? `${before}${TRANSLITERATION_DOT}${after}`
      : whole,
  );
}
const TRANSLITERATION_DOT = '\uE002';
const FACULTY_WORDS = new RegExp(`^(?:${FACULTY_SUBJECT})+$`, 'u');

/** "后赴美国哥伦比亚大学攻读硕士": what was done there first, as a degree before its school, then the school. */
function schoolGoneTo(part: string): string[] {
  const gone = part.match(GONE_TO);
  return gone && isSchool(gone[1]!) ? [gone[2]!, gone[1]!] : [part];
}

function normalisedParts(rawParts: string[]): string[] {
  return withoutTrailingCity(rawParts.map((part) => part.replaceAll(TRANSLITERATION_DOT, '·')))
    .flatMap(degreeAtSchool)
    .flatMap(schoolBesideSlash)
    .flatMap(schoolElsewhere)
    .flatMap(schoolBesideMark)
    .flatMap(degreeBeforeSchool)
    .flatMap(degreeYearSchool)
    .flatMap(schoolGoneTo);
}

/**
 * One line that names two schools, each with its degree: "本科北京交通大学，硕士清华大学", "BA (2012) University of X; MSc
 * University of Y", "國立政治大學 學士｜2017 - 2019 國立交通大學 碩士", "…, exchange at University of Copenhagen": an entry
 * each. A second school starts an entry only after a degree, a date or an exchange mark since the first, so a unit or a
 * school's own business school written beside it stays one entry.
 */
function entriesFromParts(rawParts: string[], start: string | null, end: string | null): EducationEntry[] {
  const parts = normalisedParts(rawParts);
  const groups: string[][] = [[]];
  let schoolAt = -1;
  let degreeFirst = false;
  parts.forEach((part, i) => {
    const group = groups[groups.length - 1]!;
    if (isOwnSchool(part)) {
      if (schoolAt < 0) {
        schoolAt = i;
        degreeFirst = i > 0 && degreeOf(parts[i - 1]!) !== null;
      } else {
        // The line's last part, after the university and its degree: the university's own college.
        if (!degreeFirst && i === parts.length - 1 && isFacultyOf(parts[schoolAt]!, part)) return void group.push(part);
        const between = parts.slice(schoolAt + 1, i);
        const marked = between.some((p) => ELSEWHERE_MARK.test(p));
        if (marked || between.some((p) => degreeOf(p) !== null || findDateRanges(p).length > 0 || /^(?:19|20)\d{2}$/u.test(p))) {
          const carried = degreeFirst || marked ? group.splice(group.length - 1, 1) : [];
          groups.push([...carried, part]);
          schoolAt = i;
          return;
        }
      }
    }
    group.push(part);
  });
  return groups.map((group, k) => {
    if (k === 0) return entryFromParts(group, start, end);
    const range = group.map((p) => findDateRanges(p)[0]).find(Boolean);
    return entryFromParts(group, range?.start ?? null, range?.end ?? null);
  });
}

/**
 * A university's college or faculty written after it: "Rikkyo University  B.A. in Tourism, College of Tourism" (last on
 * the line, past the degree), a benefactor's name before it too ("B.S. Textile Chemistry, Wilson College of Textiles").
 * Not one named for a person ("College of William & Mary") or for a place the lists know, nor one with a degree of its
 * own after it ("… BA  College of Charleston  MSc"): a school of its own.
 */
const isFacultyOf = (school: string, part: string) => {
  const faculty = FACULTY_OF.exec(part);
  return UNIVERSITY.test(school) && faculty !== null && !isPlace(faculty[2]!) && !(faculty[1] && isPlace(faculty[1].trim()));
};
/** A college or faculty of subjects, a benefactor's name before it or none: "College of Tourism", "Wilson College of Textiles". */
const FACULTY_OF = /^((?:\p{Lu}\p{Ll}+ ){0,2})(?:College|Faculty) of (?!the\b)((?:\p{Lu}\p{Ll}+|and)(?: (?:\p{Lu}\p{Ll}+|and))*)$/u;

/**
 * What a Chinese school's name writes in brackets after it and is no part of it: its address, a country or province and
 * then a city (浙江大学（中国杭州）, 河海大学（江苏南京）), a city alone (清华大学（北京）, 东北大学（沈阳）), and after a university's
 * or a college's name the district or town its campus is in (香港大學（薄扶林）, 國立中央大學（中壢）, 西北农林科技大学（杨凌）), a
 * country (大阪府立大学（日本）) or its own college or department (复旦大学（国际文化交流学院）, 西安交通大学（医学部）), as
 * OutsideSchool's `at` and the labelled set leave them off (o671, o3410, o3842, o4834, o5939, o7625, o7893, o7949, o7988,
 * o8075, o8097, o8112, o8121; o415 alone keeps a country). The official name of a university's branch campus keeps its
 * city (CAMPUS_IN_NAME: 中国石油大学（北京）, 哈尔滨工业大学（威海）, as every dev label of theirs writes it), and a region stays
 * (中国石油大学（华东）).
 */
const withoutChineseAddress = (school: string) => {
  const found = /(?<=[大學学院校])[(（]([\u4e00-\u9fff]{2,10})[)）]$/u.exec(school);
  if (!found) return school;
  const name = school.slice(0, found.index);
  const place = found[1]!;
  if (isChineseAddress(place)) return name;
  if (CAMPUS_IN_NAME.test(name) || REGION.test(place)) {
    // A university's college or department in brackets is still where the person studied in it (山东大学（管理学院）).
    const studiedIn = /(?:大学|大學)$/u.test(name) && /(?:学院|學院|系)$/u.test(place);
    return studiedIn ? name : school;
  }
  // After a university's or a college's name anything but another university's (国家开放大学（江苏开放大学））; after
  // another school's word, a city.
  const university = /(?:大学|大學|学院|學院)$/u.test(name) && !/(?:大学|大學)$/u.test(place);
  return university || isChineseCity(place) ? name : school;
};
/** China's regions, which a university's branch names: 中国石油大学（华东）. */
const REGION = /^(?:华东|华南|华北|华中|西南|西北|东北|華東|華南|華北|華中|東北)$/u;
/** Universities whose branch campuses are named by their city in brackets: 中国石油大学（北京）, 香港中文大学（深圳）. */
const CAMPUS_IN_NAME =
  /^(?:中国石油大学|中國石油大學|中国地质大学|中國地質大學|中国矿业大学|中國礦業大學|哈尔滨工业大学|哈爾濱工業大學|华北电力大学|華北電力大學|北京师范大学|北京師範大學|香港中文大学|香港中文大學|北京交通大学|北京交通大學|山东大学|山東大學)$/u;
const PARTY_SCHOOL = /党校|黨校/u;

/** A kind of course named like a school, what a provider ran: "Creative night school (copywriting)", "Summer school". */
const COURSE_KIND = /^(?:[\p{L}-]+\s+){0,2}(?:night|evening|summer|winter|weekend|online) (?:school|course|class)\b/iu;

/**
 * A school no school word marks, named first on a dated line before the degree studied there ("2017.09-2018.06  Central
 * Saint Martins, London  MA Graphic Communication Design", "Hyper Island  MA Digital Media"): a name in capitals, no
 * subject of study ("Computer Science  BSc" names the major).
 */
function unmarkedSchool(parts: string[]): { school: string; parts: string[] } | null {
  const [first, ...rest] = parts;
  if (!first || !rest.some((p) => degreeOf(p) !== null) || degreeOf(first) !== null || findDateRanges(first).length > 0) return null;
  if (!UNMARKED_NAME.test(first) || SUBJECT_WORD.test(first)) return null;
  return { school: first, parts: [first] };
}
const UNMARKED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s(?:\p{Lu}[\p{L}'’.-]+|of|de|du|la|le|and|&)){1,4}$/u;
const SUBJECT_WORD =
  /\b(?:sciences?|engineering|studies|management|design|arts?|business|economics|finance|accounting|law|medicine|nursing|education|mathematics|physics|chemistry|biology|psychology|history|languages?|literature|marketing|communications?|technology|administration|media|music|architecture|pharmacy|computing|informatics)\b/iu;

function entryFromParts(rawParts: string[], start: string | null, end: string | null): EducationEntry {
  const parts = normalisedParts(rawParts).filter((p) => !NOT_A_NAME.test(p) && !isLocationOnly(p) && !ELSEWHERE_MARK.test(p));
  // A class at a 党校 is how it teaches (中青年干部培训班); a course on a learning platform names no school, the
  // university that made it neither ("中国大学MOOC  Python语言程序设计（北京理工大学）"), and a camp of days none, a
  // university's name in it too (全国大学生数学建模夏令营). A dated course's provider is the school (`trainingProvider`).
  const isCourse =
    parts.some((p) => MOOC_PLATFORM.test(p) || /[夏冬]令营$/u.test(p)) ||
    (parts.some((p) => SHORT_COURSE.test(p) && !isSchool(p)) && !parts.some((p) => PARTY_SCHOOL.test(p)));
  const schoolPart = (p: string) => namesSchool(p) && !COURSE_KIND.test(p);
  // A university's school ("School of Engineering") is where in it, its university the school; alone in its entry, a
  // "School of …" is the school ("School of Visual Arts", "School of the Art Institute of Chicago").
  const strict = parts.findIndex((p) => schoolPart(p) && !/^(?:school of|学院：)/i.test(p));
  const named = isCourse ? -1 : strict >= 0 ? strict : parts.findIndex((p) => schoolPart(p) && /^school of\b/i.test(p));
  const namedSchool =
    named < 0
      ? (residencyHospital(parts) ?? (start || end ? (trainingProvider(parts) ?? unmarkedSchool(parts)) : null))
      : entrySchool(parts, named);
  const school = namedSchool ? withoutChineseAddress(namedSchool.school) : null;
  let degree: string | null = null;
  let major: string | null = null;
  for (const part of parts) {
    if (namedSchool?.parts.includes(part)) continue;
    const found = degreeOf(part);
    if (found && !degree) {
      degree = found;
      // "M.S. in Computer Science", "Bachelor of Arts in Economics", "计算机科学与技术本科"
      const inMajor = part
        .match(/\b(?:in|of)\s+(.+)$/i)?.[1]
        ?.replace(/^(?:science|arts|engineering|business administration)\s+in\s+/i, '');
      const zhMajor = part.replace(/[(（]?(?:本科|硕士|修士|博士|学士|研究生|大专|专科|학사|석사|박사)(?:学位|학위)?[)）]?/gu, '').trim();
      // "BSc Healthcare Science", "M.Sc. Maschinenbau (Mechanical Engineering)", "BA (Hons) Fine Art": its letters, then
      // what was studied (not "PhD Candidate"), its brackets closed.
      const afterLetters = /^(\S+)\s+(?:\((?:Hons?|Honours)\)\s+)?(\p{Lu}[^\d,;:|（）]*)$/u.exec(part)?.slice(1);
      if (inMajor && !/^(?:science|arts|engineering)$/i.test(inMajor)) major = inMajor.trim();
      else if (zhMajor && zhMajor !== part && /[\u4e00-\u9fff\uac00-\ud7a3]/u.test(zhMajor)) major = zhMajor;
      else if (
        afterLetters &&
        degreeOf(afterLetters[0]!) !== null &&
        !isSchool(afterLetters[1]!) &&
        !/^(?:candidate|student|graduate|degree|program(?:me)?)$/iu.test(afterLetters[1]!.trim()) &&
        (afterLetters[1]!.match(/\(/gu) ?? []).length === (afterLetters[1]!.match(/\)/gu) ?? []).length
      )
        major = afterLetters[1]!.trim();
      continue;
    }
    if (!major && part.length <= 40 && !isSchool(part) && !/\d/.test(part)) major = part.replace(/^(?:专业|major)\s*[:：]\s*/i, '');
  }
  const confidence = Math.min(1, 0.45 + (school ? 0.3 : 0) + (degree ? 0.1 : 0) + (major ? 0.05 : 0) + (start ? 0.05 : 0));
  return { school, degree, major, start, end, confidence };
}
