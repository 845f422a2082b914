/**
 * Splits resume text into sections by their headers, Chinese or English or both
 * ("工作经历 / Work Experience", "【教育背景】", "## Skills", "EDUCATION:").
 */

export type SectionKind =
  'header' | 'summary' | 'education' | 'experience' | 'projects' | 'skills' | 'certifications' | 'languages' | 'contact' | 'other';

export interface Section {
  kind: SectionKind;
  /** The header line as written; '' for the part before the first header. */
  title: string;
  lines: string[];
}

/**
 * The headings of an academic CV's records (its papers, patents, grants, memberships and referees): lists of what was
 * published, held or awarded, no job and no school, and not read for skills, as the labellers read them.
 */
const RECORD_HEADINGS = [
  '论文发表',
  '发表论文',
  '学术论文',
  '专利',
  '授权专利',
  '专利成果',
  '学术兼职',
  'selected publications',
  'patents',
  'grants',
  'grants and funding',
  'research funding',
  'funding',
  'memberships',
  'professional memberships',
  'professional affiliations',
  'referees',
];
const RECORD_HEADING = new Set([...RECORD_HEADINGS, 'publications']);
/** A section of records (`RECORD_HEADINGS`, "Publications"), by its title as written. */
export const isRecordSection = (title: string) =>
  RECORD_HEADING.has(
    title
      .normalize('NFKC')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .trim()
      .toLowerCase(),
  );

const HEADERS: [SectionKind, string[]][] = [
  [
    'education',
    [
      '教育经历',
      '教育背景',
      '教育情况',
      '学历',
      '学历背景',
      '教育',
      '学习经历',
      '教育程度',
      '教育及培训',
      '教育与培训',
      '教育经历与培训',
      '学歴',
      '学歴・職歴',
      '학력',
      '학력사항',
      'education',
      'education background',
      'educational background',
      'education history',
      'educational history',
      'academic background',
      'academic history',
      'academic qualifications',
      'educational qualifications',
      'academic credentials',
      'formal education',
      'higher education',
      'university education',
      'education & training',
      'education and training',
      'education & certifications',
      'education and certifications',
      'education & qualifications',
      'education and qualifications',
      'academics',
      'professional education',
      'schooling',
      '教育及培训经历',
      '教育与培训经历',
      // German, Spanish, Portuguese, French, Dutch, Polish, Ukrainian and Russian resumes' own headings.
      'ausbildung',
      'bildungsweg',
      'schulbildung',
      'berufsausbildung',
      'schul- und berufsausbildung',
      'studium',
      'formación',
      'formación académica',
      'formacion academica',
      'formação',
      'formação académica',
      'formação acadêmica',
      'formation',
      'opleiding',
      'opleidingen',
      'wykształcenie',
      'освіта',
      'образование',
      // Italian, Indonesian and Vietnamese.
      'educación',
      'istruzione',
      'pendidikan',
      'riwayat pendidikan',
      'học vấn',
      'trình độ học vấn',
    ],
  ],
  [
    'experience',
    [
      '工作经历',
      '工作经验',
      '职业经历',
      '实习经历',
      '实践经历',
      '任职经历',
      '工作履历',
      '经历',
      '工作纪录',
      '職歴',
      '職務経歴',
      '職務経歴書',
      '職務経験',
      '経歴',
      '경력',
      '경력사항',
      '경력 사항',
      'experience',
      'work experience',
      'professional experience',
      'employment history',
      'employment',
      'work history',
      'work',
      'working experience',
      'relevant experience',
      'professional history',
      'employment experience',
      // Work in German, Dutch, French, Spanish, Portuguese, Italian, Indonesian and Vietnamese.
      'berufserfahrung',
      'berufliche erfahrung',
      'berufspraxis',
      'werkervaring',
      'werkgeschiedenis',
      'expérience professionnelle',
      'expériences professionnelles',
      'experiencia laboral',
      'experiencia profesional',
      'experiência profissional',
      'esperienza professionale',
      'esperienze professionali',
      'pengalaman kerja',
      'kinh nghiệm làm việc',
      'career history',
      'internship experience',
      'internships',
    ],
  ],
  [
    'projects',
    [
      '项目经历',
      '项目经验',
      '专案经历',
      '专案经验',
      '项目',
      '科研经历',
      'projects',
      'project experience',
      'selected projects',
      'key projects',
    ],
  ],
  [
    'skills',
    [
      '专业技能',
      '技能',
      '技能特长',
      '个人技能',
      '技术技能',
      '技能专长',
      '技术栈',
      '专业技能与证书',
      '技能证书',
      '技能与证书',
      '专业能力',
      '核心能力',
      '核心技能',
      '核心竞争力',
      '技术能力',
      '计算机技能',
      '计算机能力',
      '软件技能',
      '工具',
      '常用工具',
      'スキル',
      '技術スキル',
      'テクニカルスキル',
      '活かせる経験・知識・技術',
      '보유 기술',
      '보유기술',
      '기술 스택',
      '专长',
      '专长与技能',
      '技能与专长',
      '专长与证照',
      '电脑技能',
      '电脑能力',
      'skills',
      'technical skills',
      'core skills',
      'key skills',
      'top skills',
      // Skills in German, Dutch, French, Spanish, Portuguese, Italian, Indonesian and Vietnamese.
      'kenntnisse',
      'fachliche kenntnisse',
      'vaardigheden',
      'compétences',
      'habilidades',
      'competências',
      'competenze',
      'keahlian',
      'keterampilan',
      'kỹ năng',
      'skills & tools',
      'skills and tools',
      'tech stack',
      'core competencies',
      'competencies',
      'expertise',
      'areas of expertise',
      'technical expertise',
      'skill set',
      'skillset',
      'skills & expertise',
      'skills and expertise',
      'technical proficiencies',
      'key competencies',
      'computer skills',
      'software skills',
      'it skills',
      'personal skills',
      'personal skills and competences',
      'skills and competences',
      'digital skills',
      'digital competences',
      'programming languages',
      'tools',
      'tools & technologies',
      'tools and technologies',
      'technologies',
      'software',
    ],
  ],
  [
    'languages',
    [
      '语言能力',
      '语言',
      '外语能力',
      '语文能力',
      '語学',
      '語学力',
      '어학',
      '외국어',
      'languages',
      'language skills',
      'language',
      'languages known',
      'sprachkenntnisse',
      'langues',
      'idiomas',
      'lingue',
      'talen',
      'bahasa',
      'mother tongue',
      'mother tongues',
      'other languages',
    ],
  ],
  [
    'summary',
    [
      '个人简介',
      '自我评价',
      '个人总结',
      '个人优势',
      '自传',
      '个人概述',
      '职业概述',
      '职业概要',
      '职业概况',
      '职业摘要',
      '职业简介',
      '自我介绍',
      '个人介绍',
      '自我描述',
      '自己pr',
      'self-pr',
      'self pr',
      '自己紹介',
      '職務要約',
      '職務概要',
      '자기소개',
      '求职意向',
      '求职条件',
      '应聘岗位',
      '应聘职位',
      '求职岗位',
      '意向岗位',
      '期望职位',
      '志望動機',
      '职业目标',
      'summary',
      'profile',
      'professional summary',
      'personal profile',
      'professional profile',
      'career profile',
      'profile summary',
      'personal statement',
      'career summary',
      'executive summary',
      'summary of qualifications',
      'about',
      'about me',
      'objective',
      'career objective',
    ],
  ],
  // A list of qualifications, read as the skills section is.
  [
    'certifications',
    [
      '证书',
      '资格证书',
      '职业资格',
      '执业资格',
      '資格',
      '資格・免許',
      '免許・資格',
      '保有資格',
      '取得資格',
      '자격증',
      '자격 사항',
      '자격사항',
      '证照',
      '专业证照',
      '专业资格',
      '证书与执照',
      'certifications',
      'certificates',
      'licenses & certifications',
      'licenses and certifications',
    ],
  ],
  [
    'contact',
    [
      '基本信息',
      '个人信息',
      '联系方式',
      '个人资料',
      '基本资料',
      '联络资料',
      '联络方式',
      'contact',
      'contact information',
      'personal information',
      'personal details',
    ],
  ],
  [
    'other',
    [
      '培训经历',
      '培训经验',
      '培训背景',
      '获奖情况',
      '荣誉奖项',
      '获奖经历',
      '证书与奖项',
      '兴趣爱好',
      '其他',
      '得奖纪录',
      '获奖纪录',
      '课外活动',
      '义工服务',
      // Campus life, a gap year and board seats: what they say is read for skills, and they hold no job (a career break is
      // a heading when marked as one, "【Career Break】"; bare, it is a gap in the jobs' list).
      '校园经历',
      '在校经历',
      '社团经历',
      '学生工作',
      '校园活动',
      '间隔年',
      '董事及兼职',
      '社会兼职',
      'training',
      'courses',
      'professional development',
      'certifications & training',
      'certifications and training',
      'awards',
      'honors',
      'honors & awards',
      'interests',
      'hobbies',
      'hobbies & interests',
      'hobbies and interests',
      'additional information',
      'publications',
      'volunteering',
      'activities',
      'campus',
      'campus experience',
      'campus activities',
      'extracurricular activities',
      'gap year',
      'board & advisory',
      'board and advisory',
      'board positions',
      'board memberships',
      'advisory roles',
      'non-executive roles',
      'references',
      // An academic CV's records: its papers, grants, patents, talks, memberships and referees.
      ...RECORD_HEADINGS,
      '科研项目',
      '主持科研项目',
      '科研成果',
      '学术成果',
      '学术活动',
      '荣誉',
      'honours',
      'honours and awards',
      'awards and honours',
      'conference presentations',
      'invited talks',
      'presentations',
      'professional service',
      'service',
    ],
  ],
];

const HEADER_KIND = new Map<string, SectionKind>();
for (const [kind, names] of HEADERS) for (const name of names) HEADER_KIND.set(name, kind);

/** The kind of section a line heads, or null when it is not a header. */
export function headerKind(line: string): SectionKind | null {
  const stripped = line
    .normalize('NFKC')
    // A plural written as a form's "(s)": "Mother tongue(s)", "Other language(s)".
    .replace(/\(s\)/giu, 's')
    // Whatever decorates it: "## Skills", "【工作经历】", "===EXPERIENCE===", "✔ SKILLS", "▶ 工作经历", an emoji.
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.]|\d+[.、)]\s*)/, '')
    .trim()
    .toLowerCase();
  if (!stripped || stripped.length > 48) return null;
  const direct = HEADER_KIND.get(stripped);
  if (direct) return direct;
  const compound = compoundKind(stripped);
  if (compound) return compound;
  // A stage, screen or music career's jobs as its credits: "Stage Management Credits", "Selected Film Credits".
  if (/^(?:[\p{L}&-]+ ){0,3}credits$/u.test(stripped)) return 'experience';
  // A heading with its name in the other script in brackets: "WORK HISTORY (職歴)", "SKILLS & QUALIFICATIONS (資格)"; not
  // a place or a note in its own script ("Education (Tsing Yi)", a wrapped school's name).
  const translated = /^(.+?)\s*[(（]\s*([^()（）]{1,16})$/u.exec(stripped);
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
  if (translated && cjk.test(translated[1]!) !== cjk.test(translated[2]!)) {
    const head = HEADER_KIND.get(translated[1]!) ?? compoundKind(translated[1]!);
    if (head) return head;
  }
  // Bilingual headers: "工作经历 Work Experience", "教育背景 / Education".
  const parts = stripped.split(/\s*[/|｜]\s*|(?<=[\u4e00-\u9fff])\s*(?=[a-z])|(?<=[a-z])\s+(?=[\u4e00-\u9fff])/u).filter(Boolean);
  if (parts.length === 2) {
    const kinds = parts.map((p) => HEADER_KIND.get(p.trim()) ?? compoundKind(p.trim()) ?? undefined);
    if (kinds[0] && kinds[0] === kinds[1]) return kinds[0];
    // "核心能力 CORE COMPETENCIES": a short Chinese heading the lists lack, beside the English one they hold.
    if (kinds[0] === undefined && kinds[1] && /^[\u4e00-\u9fff]{2,6}$/u.test(parts[0]!)) return kinds[1];
    if (kinds[0] && kinds[1] === undefined && /^[\u4e00-\u9fff]+$/u.test(parts[0]!) && HEADER_KIND.get(parts[1]!.trim()) === undefined)
      return null;
  }
  return null;
}

/** What is studied besides a degree, named after a school's heading: a language course, training, further study. */
const STUDIED = /(?:培训|进修|课程|training|courses?)$/iu;
/** What a resume's own lists of skills hold besides skills: its languages and certificates ("技能/语言/证书"). */
const SKILLS_AND_KIN = new Set<SectionKind>(['skills', 'languages', 'certifications']);

/**
 * A heading of known headings joined ("Skills and Competencies", "Skills & Languages", "技能/语言/证书", "Honors &
 * Awards"): their kind when they share it, a skills section when they are skills, languages and certificates.
 */
function compoundKind(heading: string): SectionKind | null {
  // Parted by a mark, a joining word, or the change of script ("技能/语言 Skills").
  const parts = heading
    .split(/\s*(?:[/|｜、,，&+]|\band\b|[与和及])\s*|(?<=[\u4e00-\u9fff])\s*(?=[a-z])|(?<=[a-z])\s+(?=[\u4e00-\u9fff])/u)
    .filter(Boolean);
  if (parts.length < 2) return null;
  // "Skills & Qualifications": beside skills, qualifications are certificates (alone, a British CV's word for schools).
  const kinds = parts.map((part) => HEADER_KIND.get(part) ?? (/^qualifications?$/u.test(part) ? 'certifications' : undefined));
  // Schools joined by what else was studied: languages, courses, training ("教育及语言培训", "Education and Languages").
  if (
    kinds[0] === 'education' &&
    parts.slice(1).every((part, k) => STUDIED.test(part) || (SKILLS_AND_KIN.has(kinds[k + 1]!) && kinds[k + 1] !== 'skills'))
  )
    return 'education';
  if (kinds.some((kind) => kind === undefined)) return null;
  if (kinds.every((kind) => kind === kinds[0])) return kinds[0]!;
  return kinds.every((kind) => SKILLS_AND_KIN.has(kind!)) && kinds.includes('skills') ? 'skills' : null;
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
  for (const rawLine of lines) {
    const line = rawLine.replace(/\s+$/, '');
    const kind = headerKind(line) ?? (unlistedHeading(line, mark) ? 'other' : null);
    const current = sections[sections.length - 1]!;
    const previous = current.lines.findLast((l) => l.trim())?.trim() ?? '';
    const isTableCell = TABLE_LABEL.test(line.trim()) && TABLE_LABEL.test(previous);
    // "Manipal Academy of Higher" / "Education": a name a narrow column wrapped before a word that also heads a section.
    const endsName = current.kind === 'education' && WRAPPED_BEFORE.test(previous) && /^\p{Lu}\p{Ll}+$/u.test(line.trim());
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
  return sections;
}
