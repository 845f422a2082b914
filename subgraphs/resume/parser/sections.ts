/**
 * Splits resume text into sections by their headers, Chinese or English or both
 * ("工作经历 / Work Experience", "【教育背景】", "## Skills", "EDUCATION:").
 */
import { toSimplified } from '../../../taxonomy/chinese-script.ts';
import { findDateRanges } from './fields/dates.ts';
import { isSchool } from './fields/segments.ts';
import { RECORD_HEADING } from './record-headings.ts';
import { BREAK_HEADINGS, HEADERS } from './section-headings.ts';

export type SectionKind =
  'header' | 'summary' | 'education' | 'experience' | 'projects' | 'skills' | 'certifications' | 'languages' | 'contact' | 'other';

export interface Section {
  kind: SectionKind;
  /** The header line as written; '' for the part before the first header. */
  title: string;
  lines: string[];
}

const HEADER_KIND = new Map<string, SectionKind>();
for (const [kind, names] of HEADERS) for (const name of names) HEADER_KIND.set(name, kind);
// A traditional resume is read in simplified characters (parseResumeText), so a heading the lists hold in traditional
// or Japanese characters is known in simplified ones too: 資格 as 资格 ("技能及資格").
for (const [name, kind] of [...HEADER_KIND]) if (!HEADER_KIND.has(toSimplified(name))) HEADER_KIND.set(toSimplified(name), kind);

/** A heading as the lists hold it: its decoration, numbering and case taken off. */
function headingKey(line: string): string {
  return (
    line
      .normalize('NFKC')
      // A plural written as a form's "(s)": "Mother tongue(s)", "Other language(s)".
      .replace(/\(s\)/giu, 's')
      // Whatever decorates it: "## Skills", "【工作经历】", "===EXPERIENCE===", "✔ SKILLS", "▶ 工作经历", an emoji.
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/^(?:[一二三四五六七八九十]+[、.]|\d+[.、)]\s*)/, '')
      .trim()
      .toLowerCase()
  );
}

/** A section of an academic CV's records (papers, grants, patents, memberships, referees), by its title as written. */
export const isRecordSection = (title: string) => RECORD_HEADING.has(headingKey(title));

const BREAK_HEADING = new Set(BREAK_HEADINGS);
/**
 * A career break's heading heads a section of its own break ("【职业空档】" / 2020.10-2022.02 全职照顾家庭 / "【教育背景】"); over
 * more dated lines before the next heading it is a line of the jobs' list ("Career Break" / 2019 – 2021 / … / "Senior
 * Accountant, BDO LLP, 2014 – 2019"), which entry-lines.ts reads as a break.
 */
function headsBreakOnly(lines: string[], at: number): boolean {
  let dated = 0;
  for (let i = at + 1; i < lines.length && !headerKind(lines[i]!); i++) {
    if (findDateRanges(lines[i]!).length > 0 && ++dated > 1) return false;
  }
  return true;
}

/** Chinese, Japanese or Korean writing: the other script of a Latin heading. */
const CJK_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** The kind of section a line heads, or null when it is not a header. */
export function headerKind(line: string): SectionKind | null {
  // A sentence's end a PDF wrapped onto a line of its own ("…fare collection and customer" / "service."), not a heading.
  if (/^\s*\p{Ll}[^:：]*[.。]\s*$/u.test(line)) return null;
  // Nor a word in round brackets, a note a PDF wrapped off the line above ("Bachelor of Physiotherapy" / "(Honours)").
  if (/^\s*\([\p{L} ]+\)\s*$/u.test(line)) return null;
  const stripped = headingKey(line);
  if (!stripped || stripped.length > 48) return null;
  const direct = HEADER_KIND.get(stripped);
  if (direct) return direct;
  const compound = compoundKind(stripped);
  if (compound) return compound;
  // A stage, screen or music career's jobs as its credits: "Stage Management Credits", "Selected Film Credits".
  if (/^(?:[\p{L}&-]+ ){0,3}credits$/u.test(stripped)) return 'experience';
  // Projects of a kind: "策展项目", "代表项目", "主要项目", "科研与教学项目" (科研项目 alone is an academic CV's record, above).
  if (/^[\u4e00-\u9fff]{1,4}(?:[与和及、][\u4e00-\u9fff]{1,4})?项目$/u.test(stripped)) return 'projects';
  // A trade's record of its jobs: "Driving History", "Flying History", "Sea Service History".
  if (/^(?:driving|flying|flight|sea|sea service|sailing|military|service|deployment) (?:history|record)$/u.test(stripped))
    return 'experience';
  // Experience or a career of a kind: "Coaching Experience", "Teaching Experience", "Yachting & Hospitality Experience",
  // "Coaching Career" (not campus life, volunteering or leadership outside work, whose headings say so).
  if (/^(?:[a-z][a-z-]* (?:(?:&|and) )?){1,2}(?:experience|career)$/u.test(stripped) && !NOT_WORK.test(stripped)) return 'experience';
  // Projects of a kind: "Academic Projects", "Personal Projects", "Capstone Projects"; one of them: "Key Project".
  if (/^(?:[a-z][a-z-]* ){1,2}projects$|^(?:key|major|selected|notable|signature|flagship|capstone|final[- ]year) project$/u.test(stripped))
    return 'projects';
  // Skills of a kind or two: "Tech Skills", "Soft Skills", "On-Air & Technical Skills", "Research Expertise", "专长技能", "职业技能", "掌握技能", "技能标签" (a job board's tags),
  // "专业特长", "技术专长" (not a hobby's: "兴趣特长").
  if (
    /^(?:[a-z][a-z-]* (?:(?:&|and) )?){1,2}(?:skills|expertise)$|^[\u4e00-\u9fff]{1,4}技能$|^技能(?:标签|清单|概览|一览)$|^(?!兴趣|爱好)[\u4e00-\u9fff]{2}(?:专长|特长)$/u.test(
      stripped,
    )
  )
    return 'skills';
  // A heading with its name in the other script in brackets: "WORK HISTORY (職歴)", "SKILLS & QUALIFICATIONS (資格)"; not
  // a place or a note in its own script ("Education (Tsing Yi)", a wrapped school's name).
  const translated = /^(.+?)\s*[(（]\s*([^()（）]{1,16})$/u.exec(stripped);
  if (translated && CJK_SCRIPT.test(translated[1]!) !== CJK_SCRIPT.test(translated[2]!)) {
    const head = HEADER_KIND.get(translated[1]!) ?? compoundKind(translated[1]!);
    if (head) return head;
  }
  // A Chinese heading with a short note of its own in brackets: "工作经历（公交）", "教育背景（最高学历）".
  const noted = /^([\u4e00-\u9fff]{2,8})\s*[(（][\u4e00-\u9fff\d]{1,8}[)）]?$/u.exec(stripped);
  if (noted) {
    const head = HEADER_KIND.get(noted[1]!);
    if (head) return head;
  }
  // Bilingual headers: "工作经历 Work Experience", "教育背景 / Education", "スキル Skills".
  const parts = stripped
    .split(/\s*[/|｜]\s*|(?<=[\u3040-\u30ff\u4e00-\u9fff])\s*(?=[a-z])|(?<=[a-z])\s+(?=[\u3040-\u30ff\u4e00-\u9fff])/u)
    .filter(Boolean);
  if (parts.length === 2) {
    const kinds = parts.map((p) => HEADER_KIND.get(p.trim()) ?? compoundKind(p.trim()) ?? HALF_HEADINGS.get(p.trim()));
    if (kinds[0] && kinds[0] === kinds[1]) return kinds[0];
    // Two names of a record no job or school is read from, the lists filing them apart ("科研项目 Research Projects": an
    // academic CV's record beside projects): the first half's kind.
    const halves = parts.map((p) => headerKind(p.trim()));
    if (halves[0] && halves[1] && !halves.some((kind) => kind === 'experience' || kind === 'education')) return halves[0];
    // "核心能力 CORE COMPETENCIES": a short Chinese heading the lists lack, beside the English one they hold.
    if (kinds[0] === undefined && kinds[1] && /^[\u4e00-\u9fff]{2,6}$/u.test(parts[0]!)) return kinds[1];
    if (kinds[0] && kinds[1] === undefined && /^[\u4e00-\u9fff]+$/u.test(parts[0]!) && HEADER_KIND.get(parts[1]!.trim()) === undefined)
      return null;
  }
  return null;
}

/** An English half of a bilingual heading that is no heading alone: "校园经历 Campus" ("Campus" alone is a school's wrapped word). */
const HALF_HEADINGS = new Map<string, SectionKind>([['campus', 'other']]);

/** Experience that is no employment: campus life, volunteering, leadership and activities outside work. */
const NOT_WORK =
  /\b(?:campus|volunteer(?:ing)?|voluntary|leadership|extracurricular|extra-curricular|student|community|international|overseas|life)\b/u;

/** What is studied besides a degree, named after a school's heading: a language course, training, further study. */
const STUDIED = /(?:培训|进修|课程|training|courses?)$/iu;
/** What a resume's own lists of skills hold besides skills: its languages and certificates ("技能/语言/证书"). */
const SKILLS_AND_KIN = new Set<SectionKind>(['skills', 'languages', 'certifications']);

/**
 * A heading of known headings joined ("Skills and Competencies", "Skills & Languages", "技能/语言/证书", "Honors &
 * Awards"): their kind when they share it, a skills section when they are skills, languages and certificates (any two).
 */
function compoundKind(heading: string): SectionKind | null {
  // Parted by a mark, a joining word, or the change of script ("技能/语言 Skills", "スキル Skills").
  const parts = heading
    .split(
      /\s*(?:[/|｜、,，&+]|\band\b|[与和及])\s*|(?<=[\u3040-\u30ff\u4e00-\u9fff])\s*(?=[a-z])|(?<=[a-z])\s+(?=[\u3040-\u30ff\u4e00-\u9fff])/u,
    )
    .filter(Boolean);
  if (parts.length < 2) return null;
  // "Skills & Qualifications": beside skills, qualifications are certificates (alone, a British CV's word for schools).
  // A tail the parts share: "工作及实习经历" is 工作经历 and 实习经历, "科研与实习经历" 科研经历 and 实习经历.
  const tail = /(经历|经验)$/u.exec(parts.at(-1)!)?.[1];
  const named = tail ? parts.map((part) => (/^[\u4e00-\u9fff]{2}$/u.test(part) ? `${part}${tail}` : part)) : parts;
  const kinds = named.map((part) => HEADER_KIND.get(part) ?? (/^qualifications?$/u.test(part) ? 'certifications' : undefined));
  // Schools joined by what else was studied: languages, courses, training ("教育及语言培训", "Education and Languages").
  if (
    kinds[0] === 'education' &&
    parts.slice(1).every((part, k) => STUDIED.test(part) || (SKILLS_AND_KIN.has(kinds[k + 1]!) && kinds[k + 1] !== 'skills'))
  )
    return 'education';
  // Freelance work and jobs under one heading ("自由职业与工作经历").
  if (kinds.at(-1) === 'experience' && parts.slice(0, -1).every((part) => /^(?:自由职业|兼职|全职|社会实践)$/u.test(part)))
    return 'experience';
  if (kinds.some((kind) => kind === undefined)) return null;
  if (kinds.every((kind) => kind === kinds[0])) return kinds[0]!;
  // A seafarer's sea time and jobs under one heading ("Sea Time & Employment"): the jobs are read, the days at sea
  // among them.
  if (kinds.includes('experience') && named.every((part, k) => kinds[k] === 'experience' || /^sea (?:time|service)$/u.test(part)))
    return 'experience';
  // Research and internships under one heading ("科研与实习经历"): the jobs are read, the research among them.
  if (kinds.includes('experience') && kinds.every((kind) => kind === 'experience' || kind === 'projects')) return 'experience';
  // Skills, languages and certificates, any two of them ("技能/语言/证书", "语言与证书"): what a skills section holds.
  return kinds.every((kind) => SKILLS_AND_KIN.has(kind!)) ? 'skills' : null;
}

/**
 * A Word table's column headings a cell a line (时间 / 学校 / 专业 / 证书): a heading among them is a cell, not the start
 * of a section (证书 or 学历 under 专业 names a column).
 */
const TABLE_LABEL =
  /^(?:时间|起止时间|起止年月|起止日期|日期|学校|学校名称|院校|毕业院校|专业|所学专业|学历|学位|证书|期间|期間|科系|dates?|period|years?|school|institution|university|degree|qualifications?|certificates?|course|zeitraum|bildungseinrichtung|abschluss)$/iu;

/** A line that stops where no name ends, so the next line goes on with it. */
const WRAPPED_BEFORE = /\s(?:of|and|for|&|Higher|Further|Vocational|Technical|Continuing|Adult|Professional)$/u;

const TOOLS_LINE = /^(?:tools|tools & technologies|tools and technologies|technologies|software|工具|常用工具)$/i;

/** The symbols before a heading ("▶ 工作经历", "✔ SKILLS"): a mark a resume gives each of its headings. */
const HEADING_MARK = /^\s*(\p{So}+)\s*/u;
/** A heading's name: short, no sentence's punctuation. */
const HEADING_NAME = /^(?:[\u4e00-\u9fff]{2,8}|[\p{L}&]+(?: [\p{L}&]+){0,3})$/u;

/**
 * The mark the resume's known headings share, when two or more carry the same one: a line with that mark and a short
 * name the lists lack ("▶ 会做的") is a heading too, of a section of its own, not the previous section's content.
 */
function headingMarkOf(lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const mark = line.match(HEADING_MARK)?.[1];
    if (mark && headerKind(line)) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  }
  const [mark, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return count >= 2 ? mark : null;
}

function unlistedHeading(line: string, mark: string | null): boolean {
  const found = line.match(HEADING_MARK);
  return mark !== null && found?.[1] === mark && HEADING_NAME.test(line.slice(found[0].length).trim());
}

export function splitSections(text: string): Section[] {
  const sections: Section[] = [{ kind: 'header', title: '', lines: [] }];
  const lines = text.split('\n');
  const mark = headingMarkOf(lines);
  // The job or project section an inline skills line ("技术栈：Spring Boot、Redis") was written in, while it lasts.
  let inlineWithin: SectionKind | null = null;
  for (const [at, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\s+$/, '');
    let kind = headerKind(line) ?? (unlistedHeading(line, mark) ? 'other' : null);
    if (kind && BREAK_HEADING.has(headingKey(line)) && !headsBreakOnly(lines, at)) kind = null;
    const current = sections[sections.length - 1]!;
    const previous = current.lines.findLast((l) => l.trim())?.trim() ?? '';
    const isTableCell = TABLE_LABEL.test(line.trim()) && TABLE_LABEL.test(previous);
    // "Manipal Academy of Higher" / "Education", "Havering College of Further and" / "Higher Education": a name a narrow
    // column wrapped before words that also head a section.
    const endsName =
      current.kind === 'education' && WRAPPED_BEFORE.test(previous) && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(line.trim());
    if (kind && !isTableCell && !endsName) {
      sections.push({ kind, title: line.trim(), lines: [] });
      inlineWithin = null;
      continue;
    }
    // "专业技能：Java、Python" and "Languages: English, Mandarin" carry their content on the header line.
    const inline = line.match(/^\s*([^:：]{2,24})[:：]\s*(\S.*)$/);
    const inlineKind = inline ? headerKind(inline[1]!) : null;
    // "Tools: Jira, Figma" under a job stays in the job (a header of its own only on a line of its own).
    const isToolsLine = inline !== null && TOOLS_LINE.test(inline[1]!.trim());
    if (inline && !isToolsLine && (inlineKind === 'skills' || inlineKind === 'languages')) {
      if (['experience', 'projects'].includes(current.kind)) inlineWithin = current.kind;
      sections.push({ kind: inlineKind, title: inline[1]!.trim(), lines: [inline[2]!] });
    } else if (inlineWithin && (inline || !line.trim())) {
      // The job's or project's next labelled line ("项目业绩：…", "Responsibilities: …") is its own again, as is what
      // follows a blank line (the next project).
      sections.push({ kind: inlineWithin, title: '', lines: [line] });
      inlineWithin = null;
    } else sections[sections.length - 1]!.lines.push(line);
  }
  for (const section of sections) {
    if (schoolsQualified(section)) section.kind = 'education';
    else if (isInternshipNote(section)) section.kind = 'other';
  }
  return sections;
}

/**
 * An internship under 实习经历 written as one dated line, its role and what it did after a colon ("2022.07-2022.09  立邦涂料
 * （中国）有限公司  质检实习生：协助 QC 做细度检测。"), or its place and the bare word 实习 over one line of what it did: a
 * note of the internship, as a Chinese resume keeps 实习经历 apart from 工作经历, and no job (every such dev resume is so
 * labelled: nine with a colon, from six batches, one with the bare word); what it says is read for skills. An
 * internship written as an entry (its employer, its title and its duties on lines of their own) stays a job.
 */
function isInternshipNote(section: Section): boolean {
  const lines = section.lines.filter((line) => line.trim());
  if (section.kind !== 'experience' || !/^(?:实习经历|实习经验)$/u.test(headingKey(section.title))) return false;
  if (lines.length === 0 || findDateRanges(lines[0]!).length !== 1) return false;
  // Its role and what it did after a colon, on the one line.
  if (lines.length === 1) return /[:：]\s*\S/u.test(lines[0]!);
  // Or the place and the bare word 实习 on the dated line, what it did below in one line and no role of its own
  // ("2022.07-2023.03  某某医院 耳鼻咽喉科听力中心 实习" / "轮转听力检查、新生儿听力筛查…").
  return lines.length === 2 && /\s实习$/u.test(lines[0]!.trim()) && findDateRanges(lines[1]!).length === 0 && /[，、。；]/u.test(lines[1]!);
}

/**
 * "Qualifications" heads a UK or Australian resume's degrees as often as its certificates: a section so headed whose
 * lines name a school ("2019 – 2020  La Trobe University  Graduate Certificate in …", o3433) is its education. So is
 * "Training" over a dated line that names one ("2009 – 2010  North Metropolitan TAFE, Balga  Certificate III in …").
 */
function schoolsQualified(section: Section): boolean {
  const key = headingKey(section.title);
  const namesSchool = (line: string) => line.split(/\s{2,}|\t|\s*[|｜,，]\s*/u).some((part) => isSchool(part.trim()));
  if (section.kind === 'certifications' && key === 'qualifications') return section.lines.some(namesSchool);
  return (
    section.kind === 'other' && key === 'training' && section.lines.some((line) => namesSchool(line) && findDateRanges(line).length > 0)
  );
}
