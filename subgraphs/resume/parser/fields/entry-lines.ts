/**
 * The lines of a work history as experienced people's resumes and their exports write them: career breaks that are no
 * job, LinkedIn's employment types and durations, a sidebar's lines between an entry's own, a promotion path on one
 * line, and roles listed under one employer's heading.
 */
import { escapeRegExp as escaped } from '../../../../data/text/regexp.ts';
import { findDateRanges, normalizeDate } from './dates.ts';
import { nextFilledLines } from './filled-lines.ts';
import { NAMED_UNIT } from './entry-names.ts';
import {
  companyScore,
  endsOnLegalForm,
  ENGLISH_LEGAL_FORM,
  isKnownCity,
  LEGAL_FORM,
  titleScore,
  withoutArrangement,
  withoutEndNote,
} from './entry-parts.ts';
import { STANDARDS_BODY } from './list-items.ts';
import { NAME_PARTICLE, nameCutOnJoiningWord } from './name-cuts.ts';
import { isBullet, SITE_KINDS, WORK_SITE } from './segments.ts';

/**
 * A career break, a sabbatical or leave written as an entry ("Career break – caring for family", 职业空窗期（照顾家人）,
 * "2019 – 2022: full-time caregiver for a family member", "2018.04-2021.08 生育并照顾家庭", 因照顾家庭暂离职场).
 */
const CAREER_BREAK =
  /^(?:(?:planned |family |personal )?career (?:break|gap|pause)|sabbatical|(?:parental|maternity|paternity|family|shared parental) leave|gap year|caring responsibilities|full[- ]time (?:parent|carer|caregiver)|stay[- ]at[- ]home (?:parent|mom|mum|dad)|育儿(?:假|期))(?![\p{L}])|^因?(?:职业(?:空窗期?|间断|中断)|空窗期|待业|全职(?:妈妈|爸爸|太太)|生育|照顾(?:家庭|家人|孩子|老人)|家庭原因)/iu;

/** LinkedIn's employment type after an employer: "Shopify · Full-time", "The Nail Lounge · Self-employed". */
const EMPLOYMENT_TYPE =
  /\s+·\s+(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship|apprenticeship|seasonal|volunteer|permanent|temporary|casual)\s*$/iu;

/** A part that is only an employment type or working pattern ("Full-time" in "Full-time · 12 yrs"). */
const TYPE_PART = /^(?:full[- ]time|part[- ]time|contract|internship|apprenticeship|seasonal|remote|远程|全职|兼职)$/iu;

/**
 * What an employer's line writes of it after its name, up to its head count ("Acme Analytics — B2B SaaS, 50 employees",
 * "Northwind Traders · Wholesale distribution · 200–500 employees"): its trade and size, no part of its name.
 */
const EMPLOYER_DESCRIPTION =
  /^(.+?)\s+([-–—·|｜▪])\s+(?:[^|｜·—–▪]+\s+\2\s+)*[^|｜·—–▪]*?\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\+?\s*(?:employees|staff|people|人(?:以上|以下)?)\s*$/iu;

/** Two roles of a promotion on one line: "Engineering Manager → Director of Engineering", "高级工程师 → 技术专家". */
const PROMOTION = /\s*(?:→|->|⟶|➔)\s*/u;

/** Where the parts of a line are split: runs of spaces, bars, commas, spaced dashes. */
const PART_BREAK = /\s{2,}|\s*[|｜,，\t]\s*|\s+[-–—]\s+/gu;

/**
 * A promotion path written in one part of a line ("华为技术有限公司  高级工程师 → 技术专家  2015.07-2020.12"): the line
 * once for each role, the rest of it kept; null when the arrow joins no two titles.
 */
function promotionLines(line: string): [string, string] | null {
  const arrow = line.match(PROMOTION);
  if (!arrow || arrow.index === undefined) return null;
  const left = line.slice(0, arrow.index);
  const right = line.slice(arrow.index + arrow[0].length);
  const leftStart = Math.max(0, ...[...left.matchAll(PART_BREAK)].map((m) => m.index! + m[0].length));
  const rightEnd = right.search(PART_BREAK) < 0 ? right.length : right.search(PART_BREAK);
  const [from, to] = [left.slice(leftStart), right.slice(0, rightEnd)];
  if (![from, to].every((role) => titleScore(textWithoutRanges(role)) > companyScore(role))) return null;
  return [left + right.slice(rightEnd), left.slice(0, leftStart) + right];
}

/** Markdown's emphasis around a name or a line ("**Tesco PLC** — Store Manager", "*2016 – 2021*"): formatting only. */
const withoutEmphasis = (line: string) =>
  line
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/gu, '$1')
    .replace(/__(\S(?:.*?\S)?)__/gu, '$1')
    .replace(/^(\s*)[*_](\S(?:.*\S)?)[*_]\s*$/u, '$1$2');

const textWithoutRanges = (line: string) => {
  let text = line;
  for (const range of findDateRanges(line).reverse()) text = `${text.slice(0, range.index)} ${text.slice(range.index + range.length)}`;
  return text.trim();
};

const isRangeOnly = (line: string) => findDateRanges(line).length > 0 && !/[\p{L}]/u.test(textWithoutRanges(line).replace(/·.*$/u, ''));

/** A Japanese 職務経歴's row of the month an employer was joined (入社) or left (退社, 退職), or that the job goes on (現在に至る). */
const JOINED_ROW = /^\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}[./]\d{1,2})\s+(.+?)\s*(?:に)?入社\s*$/u;
const LEFT_ROW = /^\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}[./]\d{1,2})\s+.*(?:退社|退職)\s*$/u;
const GOES_ON_ROW = /^\s*(?:現在に至る|現在|至今)\s*$/u;

/**
 * The employer's row of the month it was joined ("2012年4月  トヨタ自動車株式会社 入社") as a range up to the month it was
 * left, written on a row of its own further down ("2019年3月  一身上の都合により退社"), which names no job: a range's line.
 */
function withJoiningRanges(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const joined = out[i]!.match(JOINED_ROW);
    if (!joined) continue;
    for (let j = i + 1; j < out.length && !JOINED_ROW.test(out[j]!); j++) {
      const left = out[j]!.match(LEFT_ROW);
      if (!left && !GOES_ON_ROW.test(out[j]!)) continue;
      out[i] = `${joined[1]} - ${left ? left[1] : '至今'}  ${joined[2]}`;
      out.splice(j, 1);
      break;
    }
  }
  return out;
}

/** A table's row parted by tabs or bars ("2015 – 2018\t\tScientist", "2016 – 2019 |  | Associate"): its cells, or null. */
function cellsOf(line: string): { cells: string[]; joiner: string } | null {
  if (line.includes('\t')) return { cells: line.split('\t'), joiner: '\t' };
  if (/\S\s*\|/u.test(line)) return { cells: line.split('|').map((cell) => cell.trim()), joiner: ' | ' };
  return null;
}

const isDateCell = (cell: string) => /\d/u.test(cell) && normalizeDate(cell) !== null;

/**
 * A table's rows as their cells read: a cell left empty under a row with the same cells is the one above it, merged in
 * the document (a Word table's employer written once for two roles); and a range written in two cells, "From" and "To"
 * ("Waiter | The Ivy | 2015 | 2017"), one range.
 */
function withTableCells(lines: string[]): string[] {
  let above: string[] | null = null;
  return lines.map((line) => {
    const row = cellsOf(line);
    if (!row || !line.trim()) return line;
    const cells = [...row.cells];
    for (let i = 0; i + 1 < cells.length; i++) {
      if (isDateCell(cells[i]!) && isDateCell(cells[i + 1]!) && findDateRanges(cells.join(' ')).length === 0) {
        cells.splice(i, 2, `${cells[i]!.trim()} – ${cells[i + 1]!.trim()}`);
      }
    }
    const hasRange = findDateRanges(cells.join(' ')).length > 0;
    if (hasRange && above && above.length === cells.length) {
      cells.forEach((cell, i) => {
        if (i > 0 && i + 1 < cells.length && !cell.trim() && above![i]!.trim()) cells[i] = above![i]!;
      });
    }
    above = hasRange ? cells : null;
    const changed = cells.length !== row.cells.length || cells.some((cell, i) => cell !== row.cells[i]);
    return changed ? cells.join(row.joiner) : line;
  });
}

/** Brackets a line leaves open: its opening ones less its closing ones. */
const openBrackets = (line: string) => (line.match(/[(（]/gu)?.length ?? 0) - (line.match(/[)）]/gu)?.length ?? 0);

/**
 * A site's kind alone on a line and capitalised, its town perhaps after it: the end of a name a PDF wrapped ("Facility,
 * Elmore"); a centre, a hospital or a station ends such a name too.
 */
const KIND_ALONE = new RegExp(
  String.raw`^(?:${[...SITE_KINDS, 'centre', 'center', 'hospital', 'station'].map((kind) => kind[0]!.toUpperCase() + kind.slice(1)).join('|')})(?:,\s*\p{Lu}[\p{L} .'’-]*)*$`,
  'u',
);

/** An employer's name cut after its joining word: "Western Cape Department of Environmental Affairs and", nine words at most. */
const NAME_LEFT_OPEN = nameCutOnJoiningWord({ min: 1, max: 8 }, true);
/** A name's rest: a few capitalised words, no stop ("Development Planning"). */
const WRAPPED_NAME_REST = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|&)){0,4}$/u;

/**
 * A name's note in brackets that a PDF wrapped, its end on the next line ("Ephorate of Antiquities of the City of Athens
 * (Hellenic Ministry" / "of Culture)"), or its site's kind ("Alabama Department of Corrections – Staton Correctional" /
 * "Facility, Elmore"): the two lines as one. The next line is short, closes the bracket before it opens any or is the
 * kind alone, and neither line holds a date.
 */
function withBracketsClosed(lines: string[]): string[] {
  const out: string[] = [];
  const below = nextFilledLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const j = below[i]!;
    const next = lines[j]?.trim() ?? '';
    const closes = /^[^(（]*[)）]/u.test(next) && openBrackets(next) < 0 && next.length <= 40;
    const kindAlone = KIND_ALONE.test(next);
    // Or a name cut after its joining word, its rest on the next line ("… Environmental Affairs and" / "Development Planning").
    const nameRest = NAME_LEFT_OPEN.test(line.trim()) && WRAPPED_NAME_REST.test(next) && titleScore(next) === 0 && !isKnownCity(next);
    const opens = openBrackets(line) > 0 || (kindAlone && /\s\p{Lu}[\p{L}-]*$/u.test(line.trim())) || nameRest;
    if (
      opens &&
      (closes || kindAlone || nameRest) &&
      !isBullet(line) &&
      findDateRanges(line).length === 0 &&
      findDateRanges(next).length === 0
    ) {
      out.push(`${line.trimEnd()} ${next}`);
      i = j;
    } else out.push(line);
  }
  return out;
}

/**
 * The section's lines with what is no job taken out: a career break and its dates on the next line; LinkedIn's
 * employment type after an employer; and a promotion path on one line written as its roles, each with the dates.
 */
export function experienceLines(sectionLines: string[]): string[] {
  // "㈜네오위즈": the legal form's one sign, which a line's start reads as a bullet, written as its letters, (주).
  const lines = withJoiningRanges(
    withBracketsClosed(
      withTableCells(sectionLines).map((line) => withoutEmphasis(line).replace(/[㈜㈱]/gu, (sign) => sign.normalize('NFKC'))),
    ),
  );
  const out: string[] = [];
  const below = nextFilledLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const j = below[i]!;
    const rangeBelow = findDateRanges(line).length === 0 && j < lines.length && isRangeOnly(lines[j]!);
    if (CAREER_BREAK.test(textWithoutRanges(line).replace(/^[\s•\-–—*:：]+/u, ''))) {
      if (rangeBelow) i = j;
      continue;
    }
    const roles = promotionLines(line);
    if (roles && (rangeBelow || findDateRanges(line).length > 0)) {
      out.push(...(rangeBelow ? [roles[0], lines[j]!, roles[1], lines[j]!] : roles));
      if (rangeBelow) i = j;
      continue;
    }
    // "1. Store Manager, Aldi UK, 2016 – 2021": an entry's own line numbered in a list (a description's numbered line,
    // with no range, stays a bullet).
    const numbered = findDateRanges(line).length > 0 ? line.replace(/^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u, '') : line;
    out.push(numbered.replace(EMPLOYMENT_TYPE, '').replace(EMPLOYER_DESCRIPTION, '$1'));
  }
  return out;
}

/** A sidebar's phone, e-mail or link, or its languages ("English (native), Spanish (fluent)", 英语：CET-6). */
const SIDEBAR_LINE =
  /^\s*(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+|(?:english|spanish|french|german|mandarin|cantonese|chinese|japanese|korean|arabic|hindi|portuguese|italian|russian|dutch|malay|英语|英文|日语|韩语|法语|德语|普通话|粤语)\s*(?:[(（:：].*)?)\s*$/iu;

/**
 * A field a job board's export writes of the employer under a job ("所属行业：贸易/进出口", "公司规模：100-499人",
 * "Industry: Retail"): what the company is, neither the job's names nor a skill of the person's.
 */
export const EMPLOYER_FIELD =
  /^\s*(?:所属行业|行业类别|公司行业|企业性质|公司性质|公司规模|企业规模|汇报对象|下属人数|industry|company size|company type)\s*[:：]/iu;

/**
 * A line passed over between an entry's lines: a sidebar's line, an employer's field, or one whose parts are only
 * durations, employment types and arrangements ("7 yrs 4 mos", "Full-time · 12 yrs", 外派至华为技术有限公司).
 */
export function passesOverInEntry(line: string, partsOf: (line: string) => string[]): boolean {
  if (SIDEBAR_LINE.test(line) || EMPLOYER_FIELD.test(line)) return true;
  if (findDateRanges(line).length > 0) return false;
  const parts = partsOf(line);
  return parts.length > 0 && parts.every((part) => withoutArrangement(part) === '' || TYPE_PART.test(part));
}

/**
 * A legal form a comma split from its employer ("MERCK & CO., INC.", "Uniqlo (Fast Retailing Co., Ltd.)", "Zara España,
 * S.A. (Inditex)", "Primark Tiendas, S.L.U.", "Infosys, Pvt. Ltd.").
 */
const LEGAL_FORM_PART = new RegExp(
  String.raw`^(?:${ENGLISH_LEGAL_FORM}|co|pty(?:\s+ltd)?|k\.?k|pvt\.?\s+ltd|private limited)\.?\s*(?:[(（].*)?$`,
  'iu',
);
/** The legal forms of continental Europe, Latin America and Asia as a part of their own, case and all (entry-parts). */
const LEGAL_FORM_ALONE = new RegExp(String.raw`^(?:${LEGAL_FORM})\s*(?:[(（].*)?$`, 'u');

const opens = (text: string) => (text.match(/[(（]/gu) ?? []).length - (text.match(/[)）]/gu) ?? []).length;

/**
 * A government body or a school named by a list of its fields: "Department of Agriculture, Food and the Marine", "Agency
 * for Science, Technology and Research", "Russian State University of Physical Education, Sport, Youth and Tourism".
 */
const LISTED_FIELD = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}`;
const GOVERNMENT_LIST = new RegExp(
  String.raw`(?:Department|Ministry|Agency|Authority|Council|Commission|Office|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:University|Institute|Academy))\s+(?:of|for)\s+(?:the\s+)?${LISTED_FIELD}(?:,\s+${LISTED_FIELD})*,?\s+(?:and|&)\s+(?:the\s+)?${LISTED_FIELD}`,
  'u',
);

/**
 * Parts of a line joined back where a comma split a name: a legal form after it ("MERCK & CO., INC.", "Uniqlo (Fast
 * Retailing Co., Ltd.)"), a bracket still open ("重型货车司机（A2驾照，持危险品运输证）"), closed as written, or a
 * department's list of fields ("Department of Agriculture, Food and the Marine", "Department for Digital, Culture, Media
 * and Sport").
 */
export function rejoinedParts(parts: string[], text: string): string[] {
  const out: string[] = [];
  // Looked for once, and only when a part after another may join it: most lines have no list.
  let listed: string | null | undefined;
  const inList = (previous: string, part: string) => {
    if (listed === undefined) listed = /\s(?:and|&)\s/u.test(text) ? (GOVERNMENT_LIST.exec(text)?.[0] ?? null) : null;
    return listed !== null && listed.startsWith(previous) && listed.includes(`${previous}, ${withoutEndNote(part)}`);
  };
  for (const part of parts) {
    const previous = out[out.length - 1];
    const joins =
      previous !== undefined &&
      (LEGAL_FORM_PART.test(part) || LEGAL_FORM_ALONE.test(part) || opens(previous) > 0 || inList(previous, part));
    const found = joins ? text.match(new RegExp(`${escaped(previous)}\\s*[,，、;；]\\s*${escaped(part)}[)）]?`, 'u')) : null;
    if (found) {
      const joined = found[0];
      out[out.length - 1] = opens(joined) < 0 ? joined.slice(0, -1) : joined;
    } else out.push(part);
  }
  return out;
}

const isTitlePart = (part: string) => titleScore(part) > companyScore(part);

/** A description's own heading ("Key Achievements", "Scope of role", 主要工作, 工作业绩). */
const DESCRIPTION_HEADING =
  /^(?:(?:key|main|core|selected|notable|major|principal)\s+)?(?:responsibilities|achievements|accomplishments|duties|highlights|contributions|results|deliverables)(?:\s+(?:and|&)\s+(?:achievements|responsibilities|duties))?\s*[:：]?$|^(?:summary|scope|overview|purpose) of (?:the )?(?:role|position|job)\s*[:：]?$|^(?:主要|核心)?(?:工作)?(?:职责|内容|业绩|成果|成就|工作|贡献)\s*[:：]?$/iu;

/** A note of a move written under a job: "Promoted in 2019", "Left to relocate", "Joined as a graduate". */
const CAREER_NOTE = /^(?:promoted|left|joined|moved|transferred|relocated|returned|rehired|seconded)\b/iu;

/**
 * The lower-case words a title or a name joins its words with: English's, and other languages' particles ("Jung von
 * Matt", "Institut für Werkstoffanwendungen im Maschinenbau"). No prose word.
 */
const FUNCTION_WORD = new RegExp(`^(?:of|and|&|the|a|an|for|to|in|on|at|with|${NAME_PARTICLE})$`, 'u');

/**
 * A line under a job that is its description, not its title, though it ends without a full stop: a description's
 * heading, a career note, or a phrase of prose ("Clients included Tesco and Asda", "Global role across 14 countries":
 * four words or more, one after the first a lower-case word no title joins with, no title or employer word), or the
 * tail of a sentence a PDF wrapped ("terms; works the block with ringmen and the block clerk").
 */
export function isDescriptionLine(line: string): boolean {
  const text = line.trim();
  if (DESCRIPTION_HEADING.test(text) || CAREER_NOTE.test(text)) return true;
  // A name with its note in brackets, the note in lower case ("Amazon (Robbinsville fulfillment center)"), is no prose.
  const noted = /^([^()（）]+?)\s*[(（][^()（）]+[)）]$/u.exec(text)?.[1];
  if (noted && noted.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || FUNCTION_WORD.test(word))) return false;
  // Nor is a name that ends on its legal form, its town after a comma ("Česká zbrojovka a.s., Uherský Brod").
  const townAfter = /^([^,]+),\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u.exec(text)?.[1];
  if (townAfter && endsOnLegalForm(townAfter)) return false;
  const words = text.split(/\s+/u);
  // A legal form ("e.V.,", "gGmbH") or a site's kind after a dash or a comma ("Amcor Flexibles – Memphis plant", "Maybank,
  // Section 13 branch") is written in lower case too.
  const site = /(?:\s[-–—]\s+|,\s+)(\p{Lu}.*)$/u.exec(text)?.[1];
  const named = site && WORK_SITE.test(site) ? words.slice(1, -1) : words.slice(1);
  const prose = named.filter(
    (word) => /^\p{Ll}/u.test(word) && !FUNCTION_WORD.test(word) && !LEGAL_FORM_ALONE.test(word.replace(/[,;]$/u, '')),
  );
  if (words.length < 4 || prose.length === 0) return false;
  // The tail of a sentence a PDF wrapped, its first word in lower case closing a clause ("terms; works the block with
  // ringmen and the block clerk"), though a title's word ends it.
  if (/^\p{Ll}[\p{Ll}-]*[;,]\s/u.test(text) && prose.length >= 3) return true;
  if (titleScore(text) > 0) return false;
  // A line that opens on a word in lower case and runs on in prose is a description, though a business word is in it
  // ("group and private ski lessons for children and adults", a PDF's wrap of "Ski Instructor: …"); a legal form is not.
  const score = companyScore(text);
  return score === 0 || (score === 1 && /^\p{Ll}/u.test(text) && prose.length >= 3);
}

/**
 * An employer written on a line of its own (with its city) above its roles ("Unilever" / "Director, Supply Chain Planning" / dates /
 * "Senior Manager, Demand Planning" / dates) opens a group: the roles after it whose lines name no employer are held there.
 */
export function opensGroup(lineParts: string[][], company: string): boolean {
  return lineParts.some((parts) => parts[0] === company && parts.slice(1).every(isKnownCity));
}

/**
 * A role that joins the group above it: every line of its header names a title and nothing but its units (not "Developer,
 * Globex": an employer of its own), and it is no business of its own.
 */
export function joinsGroup(lineParts: string[][], title: string): boolean {
  const lines = lineParts.filter((parts) => parts.length > 0);
  return (
    lines.length > 0 &&
    lines.every((parts) => parts.some(isTitlePart) && parts.every((part) => isTitlePart(part) || NAMED_UNIT.test(part))) &&
    !/^(?:freelance|self[- ]employed|independent|founder|co-founder|owner|自由|个体)/iu.test(title)
  );
}

/**
 * Parts of a work line as its names are written: a row whose fields a spaced slash parts ("华润万家有限公司 / 门店经理 /
 * 深圳": an employer, a title, a place; not "Owner / Head Baker", one role), and a name's other form in brackets after a
 * space, which the split after Chinese or Japanese text left apart ("株式会社日立製作所 (Hitachi, Ltd.)"); a bracket opening a
 * name ("(주)카카오") kept.
 */
export function namedParts(parts: string[], text: string): string[] {
  const out: string[] = [];
  for (const written of parts) {
    // "(주)카카오", "(株)ヤマダ": a bracket that opens a name, which the split took off, closes in it.
    const part = /^[^(（]*[)）]/u.test(written) ? (text.match(new RegExp(`[(（]${escaped(written)}`, 'u'))?.[0] ?? written) : written;
    const fields = part.split(/\s+\/\s+/u);
    const isEmployer = (field: string) => companyScore(field) > titleScore(field);
    if (fields.length > 1 && fields.some(isEmployer) && fields.some((field) => !isEmployer(field) && titleScore(field) > 0)) {
      out.push(...fields);
      continue;
    }
    const previous = out[out.length - 1];
    const bracketed = previous && /[(（]/u.test(text) && text.match(new RegExp(`${escaped(previous)}\\s+[(（]${escaped(part)}[)）]`, 'u'));
    if (bracketed && /[\u3040-\u30ff\u4e00-\u9fff]$/u.test(previous) && companyScore(part) > 0) out[out.length - 1] = bracketed[0];
    else out.push(part);
  }
  return out;
}

/** A line of prose that stops on a capitalised word, inside a name. */
const NAME_CUT = /\s\p{Lu}[\p{L}-]*$/u;
/** Prose: six words or more, three of them lower-case. */
const isProse = (text: string) => text.split(/\s+/u).length >= 6 && (text.match(/\s\p{Ll}{2,}/gu)?.length ?? 0) >= 3;
/** A name's last one to four capitalised words and a full stop: "Weather Warnings.", "Meteorological Centre.". */
const NAME_REST_STOP = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\.$/u;

/** A line that stops on a standards body, its standard's number on the next ("…against ASTM" / "D2000."). */
const STANDARD_BODY_END = new RegExp(String.raw`\s(?:${STANDARDS_BODY})$`, 'u');

/**
 * The end of a sentence a PDF wrapped onto a line of its own, after a line that stops on a joining word or a comma
 * ("…stakeholder management with boroughs and" / "Network Rail.", "…LIMS data entry under" / "MHRA GMP.", "…development
 * at" / "FUN and ANA coin shows and through dealer networks; commission"): the description's, not the next job's employer.
 */
export function wrappedSentenceEnds(lines: string[]): Set<string> {
  const ends = new Set<string>();
  let previous = '';
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    if (
      /(?:\s(?:and|or|of|with|the|to|for|in|on|by|a|an|under|from|into|across|at|via|per|including|between|within|over|through|using|as|than|towards?|during|without|against|alongside|onto|upon|among)|,)$/u.test(
        previous,
      ) &&
      // Its stop at its end, or a semicolon inside it before more lower-case prose ("FUN and ANA coin shows; commission").
      (/[.;]$/u.test(text) || /;\s+\p{Ll}/u.test(text))
    )
      ends.add(line);
    // "…fixture design and first-article" / "inspection per AS9102.": a sentence's lower-case rest, up to its stop.
    else if (/[\p{Ll}-]$/u.test(previous) && /^\p{Ll}{3,}\s\S.*[.;]$/u.test(text)) ends.add(line);
    // "…specification reviews against ASTM" / "D2000.": a standard's number, its body left on the line above.
    else if (STANDARD_BODY_END.test(previous) && /^[A-Z]{0,2}\d[\w.:/-]*[.;]$/u.test(text)) ends.add(line);
    // "…issued National Severe" / "Weather Warnings.": a name's last words and the stop, after a line of prose that
    // stopped inside the name (no employer's: "Acme Ltd." opens the next job).
    else if (NAME_CUT.test(previous) && isProse(previous) && NAME_REST_STOP.test(text) && companyScore(text.slice(0, -1)) === 0)
      ends.add(line);
    // "…insurance billing" / "(ICD-10, CPT).": a bracket and the stop, after prose that ran on without one.
    else if (isProse(previous) && !/[.;:。；]$/u.test(previous) && /^\([^()]+\)[.;]$/u.test(text)) ends.add(line);
    previous = text;
  }
  return ends;
}
