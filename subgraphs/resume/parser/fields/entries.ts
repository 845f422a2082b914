/**
 * Education and work entries. An entry hangs on a date range: the range's line, and the short
 * header-like lines just before and after it, name the school or company, the degree or title;
 * what follows is the description.
 */
import type { EducationEntry, ExperienceEntry } from '../types.ts';
import { findDateRanges, normalizeDate, type DateRange } from './dates.ts';
import { companyScore, isLocationOnly, isPlace, REGION_CODE, titleScore, withoutArrangement } from './entry-parts.ts';
import { escapeRegExp as escaped } from '../../../../data/text/regexp.ts';
import { employerRank, NAMED_UNIT, withOtherScript, withTitleInOtherScript, withUnit } from './entry-names.ts';
import { experienceLines, isDescriptionLine, joinsGroup, opensGroup, passesOverInEntry, rejoinedParts } from './entry-lines.ts';
import {
  degreeBeforeSchool,
  ELSEWHERE_MARK,
  isOwnSchool,
  joinWrappedDegrees,
  joinWrappedSchools,
  NOT_UNDATED_SCHOOL,
  schoolBesideMark,
  schoolElsewhere,
  degreeAtSchool,
  schoolBesideSlash,
  withoutSchoolBullet,
  SHORT_COURSE,
  studyClauses,
  entrySchool,
  withoutEmphasis,
  withoutEnrolmentRepeats,
  withSchoolPlaceJoined,
} from './school-lines.ts';
import { degreeOf, isBullet, isSchool, isUnnamedSchool, segmentsOf } from './segments.ts';

const LABEL =
  /^(?:公司(?:名称)?|工作单位|所在(?:公司|单位)|任职(?:公司|单位)|就职公司|担任(?:职务|职位)|职称|职位名称|单位|职位|职务|岗位|(?:毕业|就读)?(?:学校|院校)(?:名称)?|畢業(?:學校|院校)|(?:學校|院校)(?:名稱)?|专业|学历|學歷|学位|时间|起止时间|在职时间|任职时间|日期|職位|職務|公司名稱|company|employer|title|position|role|school|institution|education|major|degree|dates?|period)\s*[:：]\s*/iu;

/**
 * Column headings of a table ("时间 公司 职位", "Dates | Company | Title", "Year / Degree / University"), or a label
 * on a line of its own in a key/value table (学校 / 吉林大学): labels, not names.
 */
const COLUMN_HEADINGS =
  /^(?:\s*(?:时间|起止时间|起止日期|就读时间|毕业时间|日期|公司|公司名称|工作单位|所在公司|任职公司|担任职务|职称|单位|职位|职务|岗位|部门|学校|院校|毕业院校|学校名称|所学专业|专业|学历|学位|期間|職位|職務|職稱|公司名稱|任職期間|學校|科系|學位|工作内容|工作职责|主要职责|描述|证书|起止年月|zeitraum|bildungseinrichtung|abschluss|year graduated|dates?|period|years?|company|employer|title|position|role|school|institution|university|college|qualifications?|certificate|major|degree|s\/n|responsibilities|duties|description)\s*[|｜,，/:：]?)+$/iu;

/** A line that names things (not a sentence of description, nor column headings). */
function isHeaderLike(line: string | undefined, maxLength = 90): line is string {
  if (!line || !line.trim() || isBullet(line) || COLUMN_HEADINGS.test(line)) return false;
  const trimmed = line.trim();
  const endsSentence =
    /[。；;！？]$/.test(trimmed) ||
    (/[.!?]$/.test(trimmed) &&
      !/\b(?:inc|ltd|co|corp|llc|jr|sr|st|[a-z]\.[a-z])\.$/i.test(trimmed) &&
      // Five words, a lower-case joining word, or a lower-case last word: the end of a wrapped sentence ("Nervecentre
      // and Careflow EPR."), or a short one ("Imaging software.").
      (trimmed.split(/\s+/).length >= 5 ||
        /\s(?:and|or|of|on|in|to|for|with|the|a)\s/.test(trimmed) ||
        /\s\p{Ll}{3,}[.!?]$/u.test(trimmed)));
  return (
    trimmed.length <= maxLength &&
    !endsSentence &&
    !/^(?:负责|参与|主导|描述|职责|工作内容|responsible|led|built|managed|developed)/i.test(trimmed) &&
    // "Tools: Airflow, dbt" under a job lists what it used, it names no employer.
    !/^(?:tools|tech stack|technologies|environment|技术栈|使用工具|工具)\s*[:：]/iu.test(trimmed)
  );
}

function withoutRange(line: string, range: DateRange | undefined): string {
  if (!range) return line;
  // findDateRanges reports offsets into the line as given (it only normalises when lengths are kept).
  return `${line.slice(0, range.index)}  ${line.slice(range.index + range.length)}`;
}

interface Anchor {
  lineIndex: number;
  range: DateRange;
  /** Lines that name the entry: the range's own line first, then neighbours. */
  headerLines: number[];
}

/**
 * Finds the date-range lines and which neighbours belong to each as its header: a neighbour joins
 * when `wants` says it adds what the entry still lacks (a school, a company, a title).
 */
function anchorsOf(
  lines: string[],
  wants: (headerTexts: string[], candidate: string, isAbove: boolean) => boolean,
  /** Lines passed over without ending the reach: a location on a line of its own beside an entry. */
  passesOver: (line: string) => boolean = () => false,
): Anchor[] {
  const anchors: Anchor[] = [];
  const consumed = new Set<number>();
  lines.forEach((line, lineIndex) => {
    const range = findDateRanges(line)[0];
    if (range) anchors.push({ lineIndex, range, headerLines: [lineIndex] });
  });
  /** Whether the first entry's header starts above its dates: then so does every entry's. */
  let headsAbove = false;
  anchors.forEach((anchor, k) => {
    consumed.add(anchor.lineIndex);
    const previousAnchorLine = k > 0 ? anchors[k - 1]!.lineIndex : -1;
    const nextAnchorLine = k + 1 < anchors.length ? anchors[k + 1]!.lineIndex : lines.length;
    const textOf = () => anchor.headerLines.map((i) => (i === anchor.lineIndex ? withoutRange(lines[i]!, anchor.range) : lines[i]!));
    // Up to two header-like lines above (not taken by the previous entry) and two below.
    for (let i = anchor.lineIndex - 1, taken = 0; i > previousAnchorLine && taken < 2; i--) {
      if (!lines[i]!.trim() || (!consumed.has(i) && passesOver(lines[i]!))) continue;
      if (consumed.has(i) || !isHeaderLike(lines[i]) || !wants(textOf(), lines[i]!, true)) break;
      anchor.headerLines.push(i);
      consumed.add(i);
      taken++;
    }
    if (k === 0) headsAbove = anchor.headerLines.length > 1;
    // In that layout the line right above the next entry's dates is that entry's ("Shopee" / 2021.08-至今 / title /
    // "字节跳动" / 2019.07-2021.07 / title).
    let headOfNext = nextAnchorLine - 1;
    while (headOfNext > anchor.lineIndex && !lines[headOfNext]!.trim()) headOfNext--;
    for (let i = anchor.lineIndex + 1, taken = 0; i < nextAnchorLine && taken < 2; i++) {
      if (!lines[i]!.trim() || passesOver(lines[i]!)) continue;
      if (headsAbove && i === headOfNext && nextAnchorLine < lines.length) break;
      if (!isHeaderLike(lines[i]) || !wants(textOf(), lines[i]!, false)) break;
      anchor.headerLines.push(i);
      consumed.add(i);
      taken++;
    }
  });
  return anchors;
}

/** A degree written as a label before its school: "本科：北京邮电大学", "硕士：中国科学院大学". */
const DEGREE_LABEL =
  /^\s*(本科|硕士|碩士|博士|研究生|硕士研究生|博士研究生|大专|專科|专科|学士|學士|高中|初中|中专|中專|secondary|primary|tertiary|high school|vocational)\s*[:：]\s*/iu;

function partsOf(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const degreeLabel = text.match(DEGREE_LABEL);
    if (degreeLabel) return [degreeLabel[1]!, ...partsOf([text.slice(degreeLabel[0].length)])];
    const labelled = text.match(LABEL);
    const body = labelled ? text.slice(labelled[0].length) : text;
    // "Senior Engineer at Google", "数据分析师 @ 美团"
    const at = body.match(/^(.+?)\s+(?:at|@)\s+(.+)$/i);
    if (at && titleScore(at[1]!) > 0) return [...segmentsOf(at[1]!), ...rejoinedParts(segmentsOf(at[2]!), at[2]!)];
    return rejoinedParts(segmentsOf(body), body);
  });
}

const NOT_A_NAME =
  /^(?:gpa|绩点|主修课程|相关课程|courses?|核心课程|成绩|排名|荣誉|全日制|统招|在读|毕业|remote|远程|full[- ]time|part[- ]time|contract(?![- ]\p{L})|internships?|实习)\b/iu;

/**
 * "Senior Data Engineer: built the lakehouse on Spark." — a title, a colon and what the job was: the title
 * stays on its line (a header), the description goes to the next. Labels ("职位：…", "Title: …") are not split.
 */
const TITLE_WITH_DESCRIPTION = /^(\s*[^:：]{2,50}?)\s*[:：]\s+(\S.{8,})$/u;

function splitTitleDescriptions(lines: string[]): string[] {
  const out: string[] = [];
  /** Where the last split's description is in out, while it may still run on (a PDF wraps it onto the next line). */
  let open = -1;
  for (const line of lines) {
    if (!line.trim()) {
      out.push(line);
      continue;
    }
    if (open >= 0 && /^[a-z\d(]|^[A-Z][\w.]*[.]$/u.test(line.trim()) && findDateRanges(line).length === 0 && line.trim().length <= 60) {
      out[open] = `${out[open]!} ${line.trim()}`;
      if (/[.。!?；;]$/u.test(line.trim())) open = -1;
      continue;
    }
    open = -1;
    const m = line.match(TITLE_WITH_DESCRIPTION);
    const head = m?.[1]!.trim() ?? '';
    if (
      !m ||
      LABEL.test(line) ||
      isBullet(line) ||
      findDateRanges(head).length > 0 ||
      /[。.!?]/.test(head) ||
      titleScore(head) <= companyScore(head)
    ) {
      out.push(line);
      continue;
    }
    out.push(head, m[2]!);
    if (!/[.。!?；;]$/u.test(m[2]!.trim())) open = out.length - 1;
  }
  return out;
}

/** Lines under a job that name nothing: a link, the employer's size, a label and its value, a list of tools or places. */
function namesNothing(line: string): boolean {
  const trimmed = line.trim();
  if (/https?:\/\/|\bwww\./iu.test(trimmed) || /\b\d[\d,.–-]*\+?\s*employees\b|^referen(?:ces?|ts?)\b/iu.test(trimmed)) return true;
  // "sandbox.": the end of a sentence a PDF wrapped, in lower case, not a name.
  if (/^\p{Ll}[\p{Ll}\d\s,'’()/&-]*[.;]$/u.test(trimmed)) return true;
  // "Reason for leaving: relocation", "离职原因：个人发展", "Key achievements:" (a title's "Title: what it did" is split before).
  const label = trimmed.match(/^([^:：]{1,24})[:：]/u);
  if (label && !LABEL.test(trimmed) && titleScore(label[1]!) === 0 && companyScore(label[1]!) === 0) return true;
  // "Python, SQL, Excel, Power BI": three or more short items, none a title, an employer or a place.
  const items = trimmed.split(/\s*[,，、]\s*/u);
  return (
    items.length >= 3 &&
    items.every((item, i) => item.length <= 25 && titleScore(item) === 0 && companyScore(item) === 0 && !isPlace(item, items[i + 1]))
  );
}

/** A place on a line of its own ("Remote", "Leeds, West Yorkshire, UK", 广东省广州市天河区) sits between an entry's lines. */
function isPlaceLine(line: string): boolean {
  if (findDateRanges(line).length > 0) return false;
  const parts = partsOf([line]);
  return parts.length > 0 && parts.every((p, i) => isPlace(p, parts[i + 1]) || /^remote$/iu.test(p));
}

/** Two dates on lines of their own, one under the other: a range a table or a narrow column wrote over two lines. */
function joinSplitRanges(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim();
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const second = lines[j]?.trim() ?? '';
    const firstDate = normalizeDate(first);
    if (firstDate && firstDate !== 'present' && normalizeDate(second) && findDateRanges(`${first} – ${second}`).length === 1) {
      out.push(`${first} – ${second}`);
      i = j;
    } else out.push(lines[i]!);
  }
  return out;
}

export function parseExperience(sectionLines: string[]): ExperienceEntry[] {
  const lines = splitTitleDescriptions(joinSplitRanges(experienceLines(sectionLines)));
  const namingPartsOf = (text: string) => {
    const raw = partsOf([text]).map(withoutArrangement);
    return raw.filter((p, i) => p.length > 0 && !NOT_A_NAME.test(p) && !isPlace(p, raw[i + 1]));
  };
  const isCompany = (p: string) => companyScore(p) > titleScore(p);
  const isTitle = (p: string) => titleScore(p) > companyScore(p);
  // A function after a title ("Working Student – Software Development") names no employer, though its words may.
  // A unit after a title: named as one, or joined to it with a dash ("Working Student – Software Development").
  const isUnitAfter = (parts: string[], i: number, text: string) =>
    i > 0 &&
    isTitle(parts[i - 1]!) &&
    companyScore(parts[i]!) <= 1 &&
    titleScore(parts[i]!) === 0 &&
    (NAMED_UNIT.test(parts[i]!) || new RegExp(`${escaped(parts[i - 1]!)}\\s+[-–—]\\s+${escaped(parts[i]!)}`, 'u').test(text));
  const namingParts = (texts: string[]) => texts.flatMap(namingPartsOf);
  const wants = (texts: string[], candidate: string, isAbove: boolean) => {
    if (namesNothing(candidate) || isDescriptionLine(candidate)) return false;
    const perLine = texts.map(namingPartsOf);
    const parts = perLine.flat();
    const units = perLine.flatMap((line, at) => line.filter((_, i) => isUnitAfter(line, i, texts[at]!)));
    const hasCompany = parts.some((p) => isCompany(p) && !units.includes(p));
    const hasTitle = parts.some(isTitle);
    if (hasCompany && hasTitle) return false;
    if (parts.length < 2) return true;
    const adds = namingParts([candidate]);
    // An employer no word marks ("Walmart", "City of Austin") on its own line above a line of only a title and its unit.
    if (isAbove && hasTitle && parts.every((p) => isTitle(p) || units.includes(p)) && adds.length > 0 && !adds.some(isTitle)) {
      return true;
    }
    return (!hasTitle && adds.some(isTitle)) || (!hasCompany && adds.some(isCompany));
  };
  const anchors = anchorsOf(lines, wants, (line) => isPlaceLine(line) || passesOverInEntry(line, (text) => partsOf([text])));
  /** The employer of the roles listed under its heading, while they last; whether each entry took it. */
  let group: string | null = null;
  const inGroup: boolean[] = [];
  const entries = anchors.map((anchor, k) => {
    const headerTexts = anchor.headerLines
      .sort((a, b) => a - b)
      .map((i) => (i === anchor.lineIndex ? withoutRange(lines[i]!, anchor.range) : lines[i]!));
    const lineParts = headerTexts.map((text) => namingPartsOf(text).filter((p) => p.length <= 60));
    const parts = lineParts.flat();
    let company: string | null = null;
    let title: string | null = null;
    const scored = parts.map((p) => ({ p, c: companyScore(p), t: titleScore(p) }));
    const bestCompany = [...scored].filter((s) => s.c > s.t).sort((a, b) => b.c - a.c)[0];
    const bestTitle = [...scored].filter((s) => s.t > s.c).sort((a, b) => b.t - a.t)[0];
    if (bestCompany) company = bestCompany.p;
    if (bestTitle) title = bestTitle.p;
    inGroup[k] = !bestCompany && title !== null && group !== null && joinsGroup(lineParts, title);
    if (inGroup[k]) company = group;
    const rest = scored.filter((s) => s.p !== company && s.p !== title);
    if (!company && rest.length > 0) {
      const ranked = [...rest].sort((a, b) => employerRank(a.p, lineParts) - employerRank(b.p, lineParts));
      company = ranked[0]!.p;
      rest.splice(rest.indexOf(ranked[0]!), 1);
    }
    if (!title && rest.length > 0) title = rest.shift()!.p;
    const unitTitle = title && withUnit(title, lineParts, headerTexts, company);
    if (company) company = withOtherScript(company, lineParts, headerTexts, title);
    title = unitTitle && withTitleInOtherScript(unitTitle, lineParts, headerTexts, company);
    const nextStart = k + 1 < anchors.length ? Math.min(...anchors[k + 1]!.headerLines) : lines.length;
    const lastHeader = Math.max(...anchor.headerLines);
    const description = lines
      .slice(lastHeader + 1, nextStart)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    const confidence = Math.min(1, 0.5 + (company ? 0.2 : 0) + (title ? 0.2 : 0) + (bestCompany && bestTitle ? 0.05 : 0));
    group = company && (inGroup[k] || opensGroup(lineParts, company)) ? company : null;
    return { company, title, start: anchor.range.start, end: anchor.range.end, description, confidence };
  });
  // An employer's heading with the years of all its roles ("Pfizer — 2009 – 2021") is no role of its own.
  return entries.filter((entry, k) => !(inGroup[k + 1] && entry.title === null && !entry.description));
}

/**
 * An education line names a school, its degree, its place and its dates, and runs longer than a job's header
 * ("Northern Alberta Institute of Technology (NAIT) — Heavy Equipment Technician Apprenticeship, Red Seal, 2012").
 */
const EDUCATION_LINE_LENGTH = 160;

/** A sidebar's phone, e-mail or link in the middle of a two-column education: passed over, as a table's labels are. */
const CONTACT_LINE = /^\s*(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+)\s*$/u;

export function parseEducation(sectionLines: string[]): EducationEntry[] {
  const lines = sectionLines
    .map(withoutEmphasis)
    .map((line) => studyClauses(line, isHeaderLike(line, EDUCATION_LINE_LENGTH)))
    .map(withoutSchoolBullet)
    .map(withSchoolPlaceJoined);
  const joined = joinWrappedDegrees(joinWrappedSchools(lines));
  return withoutEnrolmentRepeats(educationEntries(joined), joined);
}

function educationEntries(lines: string[]): EducationEntry[] {
  const wants = (texts: string[], candidate: string) =>
    !partsOf(texts).some((p) => isSchool(p)) && (isSchool(candidate) || degreeOf(candidate) !== null);
  // A label on a line of its own (学校 / 吉林大学 / 专业 / 通信工程) stands between a table's cells without ending them.
  const anchors = anchorsOf(lines, wants, (line) => COLUMN_HEADINGS.test(line) || CONTACT_LINE.test(line) || isPlaceLine(line));
  reachWrappedSchools(lines, anchors);
  const entries: EducationEntry[][] = anchors.map((anchor) => {
    const headerTexts = anchor.headerLines
      .sort((a, b) => a - b)
      .map((i) => (i === anchor.lineIndex ? withoutRange(lines[i]!, anchor.range) : lines[i]!));
    return entriesFromParts(partsOf(headerTexts), anchor.range.start, anchor.range.end);
  });
  if (entries.length > 0) return withUndatedSchools(lines, anchors, entries);
  // No dates at all: every line that names a school, but a sentence that mentions one ("Guest lecturer at MIT Sloan.").
  const undated: EducationEntry[] = [];
  lines.forEach((line, i) => {
    if (!isHeaderLike(line, EDUCATION_LINE_LENGTH)) return;
    const parts = partsOf([line]);
    // A table's unit cell under its label (学院 / 纳米科学技术学院) is no school of its own.
    const label = lines.slice(0, i).findLast((above) => above.trim());
    if (parts.some((p) => isSchool(p)) && !UNIT_LABEL.test(line) && !(label && UNIT_LABEL.test(label)))
      undated.push(...entriesFromParts(parts, null, null));
  });
  return undated;
}

/** A table's label for the unit of a school: 学院, 院系, Faculty. */
const UNIT_LABEL = /^\s*(?:学院|學院|院系|所在院系|系别|系別|科系|faculty|department|school \/ faculty)\s*[:：]?\s*$/iu;

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
      (/^[^:：]{1,24}[:：]/u.test(line) && !LABEL.test(line.trim()) && !DEGREE_LABEL.test(line))
    )
      return;
    const parts = partsOf([line]).filter((p) => !NOT_A_NAME.test(p));
    // The school first, or after its degree or a qualification's letters ("SPM — SMK Seafield, 2011").
    const qualified = (part: string) => degreeOf(part) !== null || /^\p{Lu}{2,6}$/u.test(part);
    const school = isSchool(parts[0] ?? '') ? parts[0] : qualified(parts[0] ?? '') && isSchool(parts[1] ?? '') ? parts[1] : undefined;
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
    found.push([i, entriesFromParts(nextDegree ? [...parts, ...partsOf([next])] : parts, null, null)]);
    if (nextDegree) taken.add(i + 1);
  });
  return found.sort((a, b) => a[0] - b[0]).flatMap(([, entries]) => entries);
}

/**
 * A degree wrapped over lines in a narrow column ("Exchange semester, Electrical" / "Engineering") puts the school
 * three or four lines above its dates, out of the two-line reach: an entry without a school takes, up to four lines
 * up and never past another entry's lines, the nearest line that names one, and the lines between.
 */
function reachWrappedSchools(lines: string[], anchors: Anchor[]): void {
  const taken = new Set(anchors.flatMap((a) => a.headerLines));
  for (const anchor of anchors) {
    if (partsOf(anchor.headerLines.map((i) => lines[i]!)).some((p) => isSchool(p))) continue;
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

function normalisedParts(rawParts: string[]): string[] {
  return withoutTrailingCity(rawParts)
    .flatMap(degreeAtSchool)
    .flatMap(schoolBesideSlash)
    .flatMap(schoolElsewhere)
    .flatMap(schoolBesideMark)
    .flatMap(degreeBeforeSchool);
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

function entryFromParts(rawParts: string[], start: string | null, end: string | null): EducationEntry {
  const parts = normalisedParts(rawParts).filter((p) => !NOT_A_NAME.test(p) && !isLocationOnly(p) && !ELSEWHERE_MARK.test(p));
  const isCourse = parts.some((p) => SHORT_COURSE.test(p) && !isSchool(p));
  const named = isCourse ? -1 : parts.findIndex((p) => isSchool(p) && !isUnnamedSchool(p) && !/^(?:school of|学院：)/i.test(p));
  const namedSchool = named < 0 ? null : entrySchool(parts, named);
  const school = namedSchool?.school ?? null;
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
      const zhMajor = part.replace(/[(（]?(?:本科|硕士|博士|学士|研究生|大专|专科)(?:学位)?[)）]?/gu, '').trim();
      if (inMajor && !/^(?:science|arts|engineering)$/i.test(inMajor)) major = inMajor.trim();
      else if (zhMajor && zhMajor !== part && /[\u4e00-\u9fff]/u.test(zhMajor)) major = zhMajor;
      continue;
    }
    if (!major && part.length <= 40 && !isSchool(part) && !/\d/.test(part)) major = part.replace(/^(?:专业|major)\s*[:：]\s*/i, '');
  }
  const confidence = Math.min(1, 0.45 + (school ? 0.3 : 0) + (degree ? 0.1 : 0) + (major ? 0.05 : 0) + (start ? 0.05 : 0));
  return { school, degree, major, start, end, confidence };
}
