/**
 * Work entries, and the anchors education entries hang on too (education.ts). An entry hangs on a date range: the
 * range's line, and the short header-like lines just before and after it, name the school or company, the degree or
 * title; what follows is the description.
 */
import type { ExperienceEntry } from '../types.ts';
import { findDateRanges, normalizeDate, type DateRange } from './dates.ts';
import { nextFilledLines } from './filled-lines.ts';
import { NAME_PARTICLE } from './name-cuts.ts';
import {
  CHINESE_DEPARTMENT,
  companyScore,
  endsOnLegalForm,
  hasHan,
  isKnownCity,
  isPlace,
  namesPlace,
  SHOPPING_SITE,
  titleScore,
  withoutArrangement,
  withoutBracketNote,
  withoutFirmOffice,
} from './entry-parts.ts';
import { escapeRegExp as escaped } from '../../../../data/text/regexp.ts';
import {
  employerBeforeSite,
  employerRank,
  NAMED_UNIT,
  withDashedUnit,
  withTitleNote,
  withOtherScript,
  withTitleInOtherScript,
  withUnit,
} from './entry-names.ts';
import {
  experienceLines,
  isDescriptionLine,
  joinsGroup,
  namedParts,
  opensGroup,
  passesOverInEntry,
  rejoinedParts,
  wrappedSentenceEnds,
} from './entry-lines.ts';
import { CLIENT_LINE, COLUMN_HEADINGS, EMPLOYER_LABEL, EUROPASS_LABEL, FORM_DESCRIPTION, LABEL } from './form-labels.ts';
import { isBullet, isSchool, segmentsOf } from './segments.ts';
import { splitTitleDescriptions } from './title-descriptions.ts';

/** A line that names things (not a sentence of description, nor column headings). */
export function isHeaderLike(line: string | undefined, maxLength = 90): line is string {
  if (!line || !line.trim() || isBullet(line) || COLUMN_HEADINGS.test(line)) return false;
  const trimmed = line.trim();
  const endsSentence =
    /[。；;！？]$/.test(trimmed) ||
    (/[.!?]$/.test(trimmed) &&
      // An abbreviation's full stop or a legal form's ("Acme Ltd.", "… Sanayi ve Ticaret A.Ş.") ends no sentence.
      !/\b(?:ltda|co|cía|jr|sr|st|mfg|intl|bros|dept|[a-z]\.[a-z])\.$/iu.test(trimmed) &&
      !endsOnLegalForm(trimmed) &&
      // Five words, a lower-case joining word, or a lower-case last word: the end of a wrapped sentence ("Nervecentre
      // and Careflow EPR."), or a short one ("Imaging software.").
      (trimmed.split(/\s+/).length >= 5 ||
        /\s(?:and|or|of|on|in|to|for|with|the|a)\s/.test(trimmed) ||
        /\s\p{Ll}{3,}[.!?]$/u.test(trimmed)));
  // The older Europass's employer field writes the address after the name ("Name and address of employer  Banco
  // Santander, S.A., Avenida de Cantabria, Boadilla del Monte (Spain)").
  const limit = /^name and address of employer\b/iu.test(trimmed) ? 2 * maxLength : maxLength;
  return (
    trimmed.length <= limit &&
    !endsSentence &&
    // A line of work done opens with its verb; a name that only starts with one's letters is no verb (Ledcor Group),
    // nor is the title 负责人 ("负责人 / 验配师") or a light-emitting diode's letters ("LED 显示屏调试技术员").
    !/^(?!LED(?!\p{L}))(?:负责(?!人)|参与|主导|描述|职责|工作内容|(?:responsible|led|built|managed|developed)(?!\p{L}))/iu.test(trimmed) &&
    // "Tools: Airflow, dbt" under a job lists what it used, it names no employer.
    !/^(?:tools|tech stack|technologies|environment|技术栈|使用工具|工具)\s*[:：]/iu.test(trimmed)
  );
}

export function withoutRange(line: string, range: DateRange | undefined): string {
  if (!range) return line;
  // findDateRanges reports offsets into the line as given (it only normalises when lengths are kept).
  return `${line.slice(0, range.index)}  ${line.slice(range.index + range.length)}`;
}

export interface Anchor {
  lineIndex: number;
  range: DateRange;
  /** Lines that name the entry: the range's own line first, then neighbours. */
  headerLines: number[];
}

/**
 * A range in the middle of a sentence of description ("…；主持 2021-2023 年档案数字化扫描项目（外包团队 12 人），制定…"):
 * a long run of text before it and after it on a line that reads as prose (a sentence's stop or a clause's semicolon);
 * or at the end of one, its full stop after it and prose before it ("Demolitions, route clearance and explosive
 * storage; deployed to Iraq 2006–2007.").
 */
function isInProse(line: string, range: DateRange): boolean {
  const before = line.slice(0, range.index).trim();
  const after = line.slice(range.index + range.length).trim();
  if (before.length > 30 && after.length > 15 && /[。；;]/u.test(line)) return true;
  return before.length > 30 && after === '.' && (before.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 3;
}

/**
 * Finds the date-range lines and which neighbours belong to each as its header: a neighbour joins
 * when `wants` says it adds what the entry still lacks (a school, a company, a title).
 */
export function anchorsOf(
  lines: string[],
  wants: (headerTexts: string[], candidate: string, isAbove: boolean) => boolean,
  /** Lines passed over without ending the reach: a location on a line of its own beside an entry. */
  passesOver: (line: string) => boolean = () => false,
): Anchor[] {
  const anchors: Anchor[] = [];
  const consumed = new Set<number>();
  lines.forEach((line, lineIndex) => {
    const range = findDateRanges(line)[0];
    if (range && !isInProse(line, range)) anchors.push({ lineIndex, range, headerLines: [lineIndex] });
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
export const DEGREE_LABEL =
  /^\s*(本科|硕士|博士|研究生|硕士研究生|博士研究生|大专|专科|学士|高中|初中|中专|secondary|primary|tertiary|high school|vocational)\s*[:：]\s*/iu;

export function partsOf(texts: string[]): string[] {
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

/**
 * Parts that name no employer or school: grades, courses, a way of working ("Remote"; not a remote pilot's title). The
 * titles after "remote" are listed, not read from a capital after it: "REMOTE PILOT" and "Remote pilot" are titles too.
 */
export const NOT_A_NAME =
  /^(?:gpa|绩点|主修课程|相关课程|courses?|核心课程|成绩|排名|荣誉|全日制|统招|在读|毕业|remote(?!\s+(?:pilot|sensing|support|operations?|operator|monitoring)\b)|远程|full[- ]time|part[- ]time|contract(?![- ]\p{L})|internships?|实习|dates?\s*$)\b/iu;

/**
 * The employer's parent written after it, no employer of the job's own: "Allergan Aesthetics, an AbbVie company", "Kestrel
 * Foods, a division of Tarn Group", "part of the Volvo Group".
 */
const PARENT_NOTE = /^(?:an?\s+\S.*\s+(?:company|business|brand)|(?:an?\s+)?(?:division|subsidiary|unit)\s+of\s+\S.*|part\s+of\s+\S.*)$/iu;

/** A street of an employer's address: "Via Chiaia", "Calle Mayor", "Savile Row", "Harley Street", "Königsallee". */
const STREET =
  /^(?:Via|Viale|Corso|Piazza|Calle|Avenida|Av\.|Rua|Rue|Boulevard|Plaza|Praça|Carrer)\s+\p{Lu}|\s(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Row)$|\p{Ll}(?:straße|strasse|gasse|allee|weg|laan|straat|gatan|vej)$/u;

/**
 * The subject a teacher teaches, after a comma: "Senior Lecturer, Automotive Technology", "Instructor, Information
 * Systems". A field's word in it names no employer; the school on the line above does.
 */
function isSubjectTaught(parts: string[], i: number, text: string): boolean {
  const previous = parts[i - 1];
  return (
    previous !== undefined &&
    /\b(?:lecturer|professor|teacher|instructor|tutor|trainer)$/iu.test(previous) &&
    companyScore(parts[i]!) <= 1 &&
    titleScore(parts[i]!) === 0 &&
    !isSchool(parts[i]!) &&
    new RegExp(`${escaped(previous)},\\s*${escaped(parts[i]!)}`, 'u').test(text)
  );
}

/** Lines under a job that name nothing: a link, the employer's size, a label and its value, a list of tools or places. */
function namesNothing(line: string): boolean {
  const trimmed = line.trim();
  if (/https?:\/\/|\bwww\./iu.test(trimmed) || /\b\d[\d,.–-]*\+?\s*employees\b|^referen(?:ces?|ts?)\b/iu.test(trimmed)) return true;
  // "sandbox.", "and AS/NZS 3017.", "in CentralReach.": the end of a sentence a PDF wrapped, opening on a lower-case word,
  // not a name ("eBay Inc." opens on a name).
  if (/^\p{Ll}[\p{Ll}\d\s,'’()/&-]*[.;]$/u.test(trimmed) || /^\p{Ll}+\s.*[.;]$/u.test(trimmed)) return true;
  // "nine public and private hospital accounts": a description's lower-case phrase of four words or more, cut by the line.
  if (/^\p{Ll}+\s+\p{Ll}+(?:\s+[\p{L}\d'’&-]+){2,}$/u.test(trimmed)) return true;
  // "one-to-one and small-group": three lower-case words a joining word parts.
  if (/^\p{Ll}[\p{Ll}-]*\s+(?:and|or|with|of|for|in|to)\s+\p{Ll}[\p{Ll}-]*$/u.test(trimmed)) return true;
  // "Reason for leaving: relocation", "离职原因：个人发展", "Key achievements:" (a title's "Title: what it did" is split before).
  // A colon inside brackets is no label's: "Self-employed (clients: Monzo)" names its employer.
  const label = trimmed.match(/^([^:：(（]{1,24})[:：]/u);
  if (label && !LABEL.test(trimmed) && titleScore(label[1]!) === 0 && companyScore(label[1]!) === 0) return true;
  // "Python, SQL, Excel, Power BI": three or more short items, none a title, an employer, a school (an academic
  // post's "Université Laval, COPL, Québec City") or a place.
  const items = trimmed.split(/\s*[,，、]\s*/u);
  return (
    items.length >= 3 &&
    // An employer whose legal form a comma parts, and its town ("Moldeados Rivera, S.A. de C.V., Apodaca").
    companyScore(trimmed.replace(/\s*,[^,]*$/u, '')) === 0 &&
    items.every(
      (item, i) =>
        item.length <= 25 &&
        titleScore(item) === 0 &&
        companyScore(item) === 0 &&
        !isSchool(item) &&
        // An employer, its street and its town ("Sartoria Rubinacci, Via Chiaia, Napoli").
        !STREET.test(item) &&
        // A town and its state after an employer no word marks ("Domaine Drouhin Oregon, Dayton, Oregon").
        !isPlace(item, items[i + 1]) &&
        !namesPlace(item),
    )
  );
}

/** A place on a line of its own ("Remote", "Leeds, West Yorkshire, UK", 广东省广州市天河区) sits between an entry's lines. */
export function isPlaceLine(line: string): boolean {
  if (findDateRanges(line).length > 0) return false;
  const parts = partsOf([line]);
  return parts.length > 0 && parts.every((p, i) => isPlace(p, parts[i + 1]) || /^remote$/iu.test(p));
}

/** Two dates on lines of their own, one under the other: a range a table or a narrow column wrote over two lines. */
function joinSplitRanges(lines: string[]): string[] {
  const out: string[] = [];
  const below = nextFilledLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim();
    const j = below[i]!;
    const second = lines[j]?.trim() ?? '';
    const firstDate = normalizeDate(first);
    if (firstDate && firstDate !== 'present' && normalizeDate(second) && findDateRanges(`${first} – ${second}`).length === 1) {
      out.push(`${first} – ${second}`);
      i = j;
    } else out.push(lines[i]!);
  }
  return out;
}

/**
 * A name's words: capitalised, or the small words and marks a name holds ("Siemens Healthineers", "John Lewis
 * Partnership", "Charité – Universitätsmedizin Berlin"), a place written in two languages among them
 * ("Department of Conservation – Murihiku/Southland"). German's "der" joins a name here ("Frankfurt an der Oder"), though
 * FUNCTION_WORD (entry-lines.ts) leaves it prose.
 */
const NAME_WORD = String.raw`[(（]?(?:\p{Lu}[\p{L}\p{N}'’.&,()-]*(?:\/\p{Lu}[\p{L}'’.-]*)?|\p{N}+,?)`;
const NAME_WORDS = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|[&|–—-]|of|and|the|upon|sur|der|${NAME_PARTICLE}))*$`, 'u');

/** A role held as a contract, and the agency it was placed through, in brackets after the employer: "(via Hays)". */
const CONTRACT = /\bcontract(?:or|ed|ing)?\b|合同工|外包/iu;
const AGENCY_NOTE = /\s*[(（]\s*via\s+[^)）]+[)）]/giu;

/** A plant or a site named after the employer, as a part of its own: "BMW Group, Werk Leipzig", "Toyota, Plant 2". */
const SITE_PART = /^(?:Werk|Niederlassung|Standort|Filiale|Plant|Site)\s+[\p{Lu}\d][\p{L}\d-]*$/u;
/**
 * An office of the employer named after it, as a part of its own: "Rubber Development Department, Ratnapura District
 * Office", "UNHCR, Kakuma Sub-Office"; a service's station or base ("United States Coast Guard, Station Seattle"). Never
 * first on its line.
 */
const OFFICE_PART =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:District|Regional|Area|Head|Branch|Sub-|Field|Liaison|Country|Representative|Provincial|County|Divisional|Zonal)\s*Office$|^(?:Station|Air Station|Sector|Base)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;

export function parseExperience(sectionLines: string[]): ExperienceEntry[] {
  const lines = splitTitleDescriptions(joinSplitRanges(experienceLines(sectionLines)));
  const namingPartsOf = (written: string) => {
    // "Product Designer / Monzo / 2018 – 2021": the slash the dates were parted by is left at the line's end, and the
    // line is a row its spaced slashes part, into fields.
    const isSlashRow = /\s\/\s*$|^\s*\/\s/u.test(written);
    const text = isSlashRow ? written.replace(/\s+\/\s*$|^\s*\/\s+/gu, '').replace(/\s+\/\s+/gu, '  ') : written;
    // The agency a contractor was placed through is left off ("Contract Java Developer, Deutsche Bank (via Harvey Nash)");
    // a dealer the employer is reached through stays its own ("John Deere (via RDO Equipment)"), as the labelled set writes it.
    const isContract = CONTRACT.test(text);
    const raw = namedParts(partsOf([text]), text).map((part) => withoutArrangement(isContract ? part.replace(AGENCY_NOTE, '') : part));
    // A figure alone names nothing: a description's last word a PDF wrapped onto a line of its own ("2022.").
    return raw.filter(
      (p, i) =>
        p.length > 0 &&
        // "Course Consultant", "Internship Coordinator": a title that opens on such a word is a title.
        (!NOT_A_NAME.test(p) || (/\s/u.test(p) && titleScore(p) === 2)) &&
        !/^[\d\s.,%+–-]+$/u.test(p) &&
        !(i > 0 && PARENT_NOTE.test(p)) &&
        !isPlace(p, raw[i + 1]) &&
        !(SITE_PART.test(p) && titleScore(p) === 0) &&
        !(i > 0 && OFFICE_PART.test(p) && titleScore(p) === 0),
    );
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
    (NAMED_UNIT.test(parts[i]!) ||
      new RegExp(`${escaped(parts[i - 1]!)}\\s+[-–—]\\s+${escaped(parts[i]!)}`, 'u').test(text) ||
      isSubjectTaught(parts, i, text));
  const namingParts = (texts: string[]) => texts.flatMap(namingPartsOf);
  const wrapped = wrappedSentenceEnds(lines);
  const wants = (texts: string[], candidate: string, isAbove: boolean) => {
    if (wrapped.has(candidate)) return false;
    // A line the form labels as the employer's ("Name and address of employer: Volvo Car Poland, Wrocław").
    if (EMPLOYER_LABEL.test(candidate)) return !texts.some((text) => EMPLOYER_LABEL.test(text));
    // "LinkedIn (acquired by Microsoft in 2016)": a note beside a name makes no sentence of it.
    // "Kering (luxury goods; 40,000 employees)", "LinkedIn (acquired by Microsoft in 2016)": a note in brackets makes no
    // size line or sentence of the employer's.
    const bare = withoutArrangement(candidate) || candidate;
    if (namesNothing(bare) || (isDescriptionLine(candidate) && isDescriptionLine(bare))) return false;
    const perLine = texts.map(namingPartsOf);
    const parts = perLine.flat();
    const units = perLine.flatMap((line, at) => line.filter((_, i) => isUnitAfter(line, i, texts[at]!)));
    const hasCompany = parts.some((p) => isCompany(p) && !units.includes(p));
    const hasTitle = parts.some(isTitle);
    if (hasCompany && hasTitle) return false;
    if (parts.length < 2) return true;
    const adds = namingParts([candidate]);
    // A title and its unit are one role ("Senior Process Engineer – Continuous Casting"): the line of names under it is
    // its employer's, no word marking it, as under a title alone ("ArcelorMittal Dofasco, Hamilton, ON").
    const roleAndUnits = units.length > 0 && parts.every((p) => isTitle(p) || units.includes(p));
    const onlyNames = candidate.split(/,\s*/u).every((name) => NAME_WORDS.test(name.trim()));
    if (!isAbove && roleAndUnits && adds.length > 0 && !adds.some(isTitle) && onlyNames) return true;
    // An employer no word marks ("Walmart", "City of Austin") on its own line above a line of only a title and its unit,
    // or a part no word marks after it ("Siemens Healthineers" / "Service Engineer, Imaging").
    const unmarkedAfterTitle = perLine.flatMap((line) =>
      line.filter((p, i) => i > 0 && isTitle(line[i - 1]!) && companyScore(p) === 0 && titleScore(p) === 0),
    );
    // Only a name there, its words capitalised ("Maintained billing platform", a description's line, is none).
    const isNamed = NAME_WORDS.test(candidate.trim());
    const titleAndUnits = parts.every((p) => isTitle(p) || units.includes(p) || (isNamed && unmarkedAfterTitle.includes(p)));
    if (isAbove && hasTitle && titleAndUnits && adds.length > 0 && !adds.some(isTitle)) {
      return true;
    }
    // A role no title word marks on the line under an employer and its town ("ZF Friedrichshafen AG, Friedrichshafen" /
    // "Einkäufer", "Greencore, Northampton" / "Food Technologist: …", "Bosch Rexroth AG, Lohr am Main" / "Elektroniker
    // für Betriebstechnik"): only names, no employer's.
    const isTown = (p: string) => isKnownCity(p) || isPlace(p);
    const [employer, town] = parts;
    const unmarked = (p: string) => companyScore(p) === 0 && titleScore(p) === 0;
    // A title written in both scripts on the dates' line, the employer no word marks on the line under it ("Vision
    // Optics Engineer 视觉光学工程师" / "Cognex（苏州办公室）"): the two parts are one title, the line its employer's.
    const titleInBoth = parts.length === 2 && parts.every(isTitle) && hasHan(parts[0]!) !== hasHan(parts[1]!);
    if (!isAbove && titleInBoth && adds.length === 1 && unmarked(adds[0]!) && !isTown(adds[0]!) && !/[。，,；;：:!?！？]/u.test(adds[0]!))
      return true;
    const employerAndTown =
      parts.length === 2 && (isCompany(employer!) || unmarked(employer!)) && (isTown(town!) || (unmarked(town!) && NAME_WORDS.test(town!)));
    if (!isAbove && !hasTitle && (employerAndTown || (hasCompany && parts.every((p) => isCompany(p) || isTown(p)) && parts.some(isTown)))) {
      const names = candidate.split(/,\s*/u).map((name) => name.trim());
      if (adds.length > 0 && names.every((name) => NAME_WORDS.test(name)) && adds.every((p) => companyScore(p) === 0 && !isTown(p)))
        return true;
    }
    return (!hasTitle && adds.some(isTitle)) || (!hasCompany && adds.some(isCompany));
  };
  const anchors = anchorsOf(
    lines,
    wants,
    (line) =>
      isPlaceLine(line) ||
      FORM_DESCRIPTION.test(line) ||
      EUROPASS_LABEL.test(line) ||
      CLIENT_LINE.test(line) ||
      passesOverInEntry(line, (text) => partsOf([text])),
  );
  /** The employer of the roles listed under its heading, while they last; whether each entry took it. */
  let group: string | null = null;
  const inGroup: boolean[] = [];
  const entries = anchors.map((anchor, k) => {
    const headerTexts = anchor.headerLines
      .sort((a, b) => a - b)
      .map((i) => (i === anchor.lineIndex ? withoutRange(lines[i]!, anchor.range) : lines[i]!));
    // A long part is a sentence's, unless it reads as an employer ("Great Ormond Street Hospital for Children NHS Foundation
    // Trust") or a name ("Western Cape Department of Environmental Affairs and Development Planning"); its note in
    // brackets does not count ("Ephorate of Antiquities of the City of Athens (Hellenic Ministry of Culture)").
    const short = (p: string) => withoutBracketNote(p).length <= 60 || (p.length <= 90 && (companyScore(p) > 0 || NAME_WORDS.test(p)));
    const lineParts = headerTexts.map((text) => namingPartsOf(text).filter(short));
    const parts = lineParts.flat();
    let company: string | null = null;
    let title: string | null = null;
    const scored = parts.map((p) => ({ p, c: companyScore(p), t: titleScore(p) }));
    const subjects = lineParts.flatMap((line, at) => line.filter((_, i) => isSubjectTaught(line, i, headerTexts[at]!)));
    const bestCompany = [...scored].filter((s) => s.c > s.t && !subjects.includes(s.p)).sort((a, b) => b.c - a.c)[0];
    const bestTitle = [...scored].filter((s) => s.t > s.c).sort((a, b) => b.t - a.t)[0];
    if (bestCompany) company = employerBeforeSite(bestCompany.p, lineParts, headerTexts) ?? bestCompany.p;
    if (bestTitle) title = bestTitle.p;
    inGroup[k] = !bestCompany && title !== null && group !== null && joinsGroup(lineParts, title);
    if (inGroup[k]) company = group;
    const rest = scored.filter((s) => s.p !== company && s.p !== title);
    if (!company && rest.length > 0) {
      const ranked = [...rest].sort((a, b) => employerRank(a.p, lineParts) - employerRank(b.p, lineParts));
      company = ranked[0]!.p;
      rest.splice(rest.indexOf(ranked[0]!), 1);
    }
    // The role among the rest, likeliest first: a part on a line of its own ("Bosch Rexroth AG, Lohr am Main" /
    // "Elektroniker für Betriebstechnik"), then any part but a town or a shopping centre after the employer ("ZF
    // Friedrichshafen AG, Friedrichshafen", "Timpson Ireland, Wilton Shopping Centre, Cork"), then any part but a
    // department beside the role ("业务部    外贸跟单"), then the first.
    if (!title && rest.length > 0) {
      const role = (s: (typeof rest)[number]) => !CHINESE_DEPARTMENT.test(s.p);
      const noTown = (s: (typeof rest)[number]) => role(s) && !isKnownCity(s.p) && !isPlace(s.p) && !SHOPPING_SITE.test(s.p);
      const alone = (s: (typeof rest)[number]) => noTown(s) && lineParts.some((line) => line.length === 1 && line[0] === s.p);
      const at = [alone, noTown, role].map((likely) => rest.findIndex(likely)).find((i) => i >= 0) ?? 0;
      title = rest.splice(at, 1)[0]!.p;
    }
    const unitTitle = title && withUnit(title, lineParts, headerTexts, company);
    // The employer's part as its line writes it, whose roles below may follow it, before its note in brackets goes.
    const written = company;
    if (company)
      company = withoutFirmOffice(
        withoutBracketNote(withDashedUnit(withOtherScript(company, lineParts, headerTexts, title), lineParts, headerTexts)),
      );
    // "住院医师 Resident, Thoracic Oncology": the title's other script before it, its unit after it.
    const inBoth = title && withTitleInOtherScript(title, lineParts, headerTexts, company);
    const bothWithUnit = title && inBoth && inBoth !== title && inBoth.endsWith(title) && unitTitle!.startsWith(title);
    title =
      unitTitle &&
      withTitleNote(
        bothWithUnit ? inBoth + unitTitle.slice(title!.length) : withTitleInOtherScript(unitTitle, lineParts, headerTexts, company),
        headerTexts,
      );
    const nextStart = k + 1 < anchors.length ? Math.min(...anchors[k + 1]!.headerLines) : lines.length;
    const lastHeader = Math.max(...anchor.headerLines);
    const description = lines
      .slice(lastHeader + 1, nextStart)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    const confidence = Math.min(1, 0.5 + (company ? 0.2 : 0) + (title ? 0.2 : 0) + (bestCompany && bestTitle ? 0.05 : 0));
    group = company && (inGroup[k] || opensGroup(lineParts, written!)) ? company : null;
    return { company, title, start: anchor.range.start, end: anchor.range.end, description, confidence };
  });
  // An employer's heading with the years of all its roles ("Pfizer — 2009 – 2021") is no role of its own.
  return entries.filter((entry, k) => !(inGroup[k + 1] && entry.title === null && !entry.description));
}
