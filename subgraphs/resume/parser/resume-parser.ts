/**
 * The resume parser: a file (PDF, DOCX, text, Markdown, HTML) or pasted text in, a `ParsedResume`
 * out — name, contact details, links, education, experience, skills (normalised through the skill
 * taxonomy) and languages, each with a confidence. Chinese, English and mixed resumes alike.
 * Refusals are BAD_USER_INPUT with `extensions.reason` (see `ResumeErrorReason`).
 */
import { extractResumeText, type ExtractOptions } from './extract-text.ts';
import { findEmails, findLinks, findPhones } from './fields/contact.ts';
import { homeRegions } from './fields/home-region.ts';
import { parseEducation } from './fields/education.ts';
import { parseExperience } from './fields/entries.ts';
import { EMPLOYER_FIELD } from './fields/entry-lines.ts';
import { findName, withProfileBlock } from './fields/person.ts';
import { findLocation } from './fields/location.ts';
import { withoutProtectedAttributes } from './fields/protected.ts';
import { findLanguages, spokenLanguageOf } from './fields/languages.ts';
import { findResumeSkills } from './fields/skills.ts';
import { isRecordSection, splitSections, type Section, type SectionKind } from './sections.ts';
import { simplifiedReading } from '../../../taxonomy/chinese-script.ts';
import { escapeRegExp } from '../../../data/text/regexp.ts';
import type { ParsedResume, ResumeFormat, ResumeInput } from './types.ts';
import type { CountryCode } from 'libphonenumber-js/max';

export type { ParsedResume, ResumeInput } from './types.ts';
export { DEFAULT_MAX_RESUME_BYTES, ResumeErrorReason } from './extract-text.ts';

export type ParseResumeOptions = ExtractOptions;

/** The position sought (求职意向, Objective): its section, and a labelled line anywhere ("期望职位：产品经理"). */
/** A name's first or last character Chinese: it stands as a name only where no Chinese character is glued to it. */
const CJK_START = /^[\u4e00-\u9fff]/u;
const CJK_END = /[\u4e00-\u9fff]$/u;
const OBJECTIVE_HEADER = /(?:求职意向|求职条件|职业目标|应聘岗位|应聘职位|求职岗位|意向岗位|期望职位|objective)/iu;
const OBJECTIVE_LINE =
  /^\s*(?:求职意向|期望职位|期望岗位|求职岗位|意向岗位|意向职位|目标职位|目标岗位|应聘职位|应聘岗位|应征职位|申请职位|希望职称|希望职务|desired (?:position|role|job)|target (?:position|role)|objective|career objective)\s*[:：]/iu;

/**
 * Two-column PDF text puts a sidebar's heading (LANGUAGES, SKILLS, CONTACT) in the middle of the education beside it:
 * the section it opens right after the education still holds dated schools, and they are education too.
 */
function sidebarEducationLines(sections: Section[], at: number): string[] {
  const next = sections[at + 1];
  if (!next || !['skills', 'languages', 'contact'].includes(next.kind)) return [];
  if (parseEducation(next.lines).some((entry) => entry.school !== null && entry.start !== null)) return next.lines;
  // Or the education's last dates wait for their school, and the sidebar section's lines name one ("2014.09-2018.06" /
  // 联系方式 / "中国海洋大学" / a phone / "海洋科学  本科").
  const own = parseEducation(sections[at]!.lines);
  const waiting = own.length > 0 && own[own.length - 1]!.school === null && own[own.length - 1]!.start !== null;
  return waiting && parseEducation(next.lines).some((entry) => entry.school !== null) ? next.lines : [];
}

/**
 * A spoken language's own line among the skills ("• 英语：流利 Fluent（CET-6），可作为工作语言"): read for the languages,
 * not for skills (Fluent is also a CFD program).
 */
function isLanguageLine(line: string): boolean {
  const label = /^[\s•·●▪*–-]*([^:：]{1,16})[:：]/u.exec(line)?.[1];
  return label !== undefined && spokenLanguageOf(label.trim()) !== null;
}

/**
 * A school written among the personal details (个人信息: "毕业院校：南京大学    学历：硕士", "学历：中专（唐山市技工学校）",
 * "Education: Cardonald College (HND Hospitality), 2008"), from its label on.
 */
const DETAILS_SCHOOL = /(?:毕业院校|毕业学校|就读院校|学历|school|university|education)\s*[:：].*$/iu;

export async function parseResume(input: ResumeInput, options: ParseResumeOptions = {}): Promise<ParsedResume> {
  const { format, text } = await extractResumeText(input, options);
  return parseResumeText(text, format);
}

/**
 * A gap of spaces or tabs wider than this parts columns no more than a narrower one does (the labelled resumes' widest
 * is 37); a wider one is cut to it. Many of the parser's patterns try each space of a run as a start, so a run of
 * 20,000 spaces cost seconds.
 */
const MAX_GAP = 64;
/**
 * No resume writes a line this long (the labelled resumes' longest is 435 characters): a longer one is cut at its last
 * clause or word boundary before this length, into lines the parser reads in time linear in their number. A pattern
 * tried at each position of a line costs the square of its length: one line of 40,000 dashes or digits cost 2 s.
 */
const MAX_LINE = 2000;
/** Blank lines in a row beyond these part nothing more (a page's end, a PDF's gap); their scans cost the square too. */
const MAX_BLANK_LINES = 4;

/**
 * Text with its gaps, lines and runs of blank lines cut to what the parser reads in bounded time; every other character
 * kept, in order.
 */
export function boundedText(text: string): string {
  return text
    .replace(new RegExp(`[ \\t]{${MAX_GAP + 1},}`, 'g'), ' '.repeat(MAX_GAP))
    .replace(new RegExp(`(?:\\n[ \\t]*){${MAX_BLANK_LINES + 1},}\\n`, 'g'), '\n'.repeat(MAX_BLANK_LINES + 1))
    .split('\n')
    .flatMap((line) => {
      const pieces: string[] = [];
      let rest = line;
      while (rest.length > MAX_LINE) {
        const head = rest.slice(0, MAX_LINE);
        const boundary = Math.max(...[...'。；;.!?！？，, '].map((mark) => head.lastIndexOf(mark)));
        const cut = boundary >= MAX_LINE / 2 ? boundary + 1 : MAX_LINE;
        pieces.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      return [...pieces, rest];
    })
    .join('\n');
}

/** The field extraction alone, on text already extracted. */
export function parseResumeText(rawText: string, format: ResumeFormat = 'text'): ParsedResume {
  const document = rawText
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
  // The fields are read from the bounded text; the parse's `text` stays the document's (a cut line's added break
  // would take it past the extraction's character budget).
  const text = boundedText(document);
  // A resume in traditional characters is read in simplified ones (工作經驗 is 工作经验), and what is read from it
  // is given back as the resume writes it.
  const reading = simplifiedReading(text);
  if (!reading) return { ...readFields(text, format), text: document };
  // Its local numbers are first read as Hong Kong's, Taiwan's or Macau's.
  const home: CountryCode[] = reading.isTraditional ? ['HK', 'TW', 'MO'] : [];
  return { ...inScript(readFields(reading.text, format, home), reading.restore), text: document };
}

/** The fields read from a simplified reading, written back in the document's characters. */
function inScript(parsed: ParsedResume, restore: (read: string) => string): ParsedResume {
  const restored = (read: string | null) => (read === null ? null : restore(read));
  return {
    ...parsed,
    name: { ...parsed.name, value: restored(parsed.name.value) },
    location: { ...parsed.location, value: restored(parsed.location.value) },
    education: parsed.education.map((e) => ({ ...e, school: restored(e.school), degree: restored(e.degree), major: restored(e.major) })),
    experience: parsed.experience.map((e) => ({
      ...e,
      company: restored(e.company),
      title: restored(e.title),
      description: restore(e.description),
    })),
    // A skill the taxonomy knows keeps its own names; an item it does not is named as written (its id stays the
    // simplified key, which the taxonomy's lookups read).
    skills: parsed.skills.map((s) => ({
      ...s,
      match: restore(s.match),
      ...(s.id.startsWith('text:') ? { name: restore(s.name), nameZh: restore(s.nameZh) } : {}),
    })),
    languages: parsed.languages.map((l) => ({ ...l, level: restored(l.level) })),
  };
}

function readFields(text: string, format: ResumeFormat, home: CountryCode[] = []): ParsedResume {
  // The fields are read without the protected attributes (gender, birth date, 籍贯 …); `text` stays the document's.
  const fieldText = withoutProtectedAttributes(text);
  const sections = withProfileBlock(splitSections(fieldText));
  const linesOf = (...kinds: SectionKind[]) => sections.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.lines);
  const headerLines = [...linesOf('header'), ...linesOf('contact')];
  const isChinese = /[\u4e00-\u9fff]/u.test(fieldText);

  let experienceLines = linesOf('experience');
  let educationLines = sections.flatMap((s, i) => (s.kind === 'education' ? [...s.lines, ...sidebarEducationLines(sections, i)] : []));
  // A resume without headers: entries with schools are education, the other dated entries work.
  if (experienceLines.length === 0 && educationLines.length === 0) {
    const body = linesOf('header', 'other', 'certifications', 'summary');
    educationLines = body;
    experienceLines = body;
  }
  let education = parseEducation(educationLines).filter((e) => e.school !== null);
  // No education section with a school: the one the personal details name.
  if (education.length === 0) {
    const detailLines = headerLines.flatMap((line) => line.match(DETAILS_SCHOOL)?.[0] ?? []);
    education = parseEducation(detailLines).filter((e) => e.school !== null);
  }
  const experience = parseExperience(experienceLines).filter(
    (entry) => !(educationLines === experienceLines && education.some((e) => e.start === entry.start && e.end === entry.end)),
  );

  // A "Languages" sub-header inside the skills (a row of a DOCX skills table, "Languages: Python, Go") lists skills too.
  // A certifications section lists qualifications as a skills section does ("Certifications", 资格证书).
  const skillSections = sections.filter(
    (s, i) => ['skills', 'certifications'].includes(s.kind) || (s.kind === 'languages' && sections[i - 1]?.kind === 'skills'),
  );
  const skillSectionLines = skillSections.flatMap((s) => s.lines);
  // `skills` are the skills the resume states: its skills section, then mentions in the descriptions and the summary.
  // Not the contact block (sites: "GitHub: …"), not the languages section (a skills row of one, "Languages: Go,
  // TypeScript", is read with the skills), not an employer's name (Salesforce the company), and nothing inferred
  // from a job title, the position sought or a degree's major ("Data Engineer" states no skill; "UI设计师" is no UI
  // design; "统计学 硕士" no statistics).
  const named = experience.flatMap((e) => [e.company, e.title]).filter((text): text is string => Boolean(text));
  const otherText = named
    .sort((a, b) => b.length - a.length)
    .reduce(
      // With the bracketed note written right after a name (an arrangement, a former name, a confidentiality note).
      // Where it stands as a name, not inside a longer word of prose (the title 设计师 in "负责设计师培训").
      (rest, text) =>
        rest.replace(
          new RegExp(
            String.raw`${CJK_START.test(text) ? '(?<![\u4e00-\u9fff])' : ''}${escapeRegExp(text)}(?:\s*[(（][^()（）]*[)）])?${CJK_END.test(text) ? '(?![\u4e00-\u9fff])' : ''}`,
            'gu',
          ),
          ' ',
        ),
      sections
        .filter(
          (s) =>
            !['skills', 'certifications', 'languages', 'header', 'contact', 'education'].includes(s.kind) &&
            !OBJECTIVE_HEADER.test(s.title) &&
            !isRecordSection(s.title),
        )
        .flatMap((s) => s.lines)
        .filter((line) => !OBJECTIVE_LINE.test(line) && !EMPLOYER_FIELD.test(line))
        .join('\n'),
    );

  const emails = findEmails(fieldText);
  return {
    format,
    name: findName(fieldText, headerLines),
    emails,
    phones: findPhones(fieldText, isChinese || /\+86/.test(fieldText), () => [
      ...homeRegions([...headerLines, ...emails.map((e) => e.value)].join('\n')),
      ...home,
    ]),
    location: findLocation(headerLines, fieldText),
    links: findLinks(fieldText),
    education,
    experience,
    skills: findResumeSkills(
      skillSections.map((s) => s.lines.filter((line) => !isLanguageLine(line))),
      otherText,
      sections
        .filter((s) => s.kind === 'summary' && !OBJECTIVE_HEADER.test(s.title))
        .flatMap((s) => s.lines)
        .join('\n'),
    ),
    languages: findLanguages(linesOf('languages'), fieldText, skillSectionLines),
    text,
  };
}
