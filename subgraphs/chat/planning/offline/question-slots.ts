/**
 * What a recruiter's question names, read by rules (no model): skills through the taxonomy (Chinese, English,
 * aliases), employers and places through the job vocabulary, schools (大学/学院/University and known short names),
 * years of experience, people's names (Chinese and Latin) and a job's title. Only the question is read; nothing of
 * the organisation's data reaches these rules, so a name is a guess the executor resolves against the data.
 */
import { escapeRegExp } from '../../../../data/text/regexp.ts';
import { findConcepts, type ConceptMention } from '../../../../taxonomy/job-vocabulary.ts';
import { findSkills } from '../../../../taxonomy/taxonomy.ts';

interface Span {
  start: number;
  end: number;
}

export interface QuestionSlots {
  /** Canonical taxonomy names, in question order. */
  skills: string[];
  /** Each employer as its English and Chinese names (records write either); unknown employers as written. */
  companies: string[][];
  /** Places in English (the records' and the jobs' usual form). */
  places: string[];
  /** Each school as its English and Chinese names when known, else as written. */
  schools: string[][];
  yearsMin: number | null;
  yearsMax: number | null;
  /** People's names as written, in question order. */
  names: string[];
  /** A job's title as written, when the question names one. */
  jobTitle: string | null;
}

/** Employers of the job vocabulary, as records write them in both scripts. */
const EMPLOYER_NAMES: Record<string, string[]> = {
  'employer:bytedance': ['ByteDance', '字节跳动'],
  'employer:alibaba': ['Alibaba', '阿里巴巴'],
  'employer:tencent': ['Tencent', '腾讯'],
  'employer:baidu': ['Baidu', '百度'],
  'employer:meituan': ['Meituan', '美团'],
  'employer:jd': ['JD.com', '京东'],
  'employer:huawei': ['Huawei', '华为'],
  'employer:xiaomi': ['Xiaomi', '小米'],
  'employer:didi': ['DiDi', '滴滴'],
  'employer:netease': ['NetEase', '网易'],
  'employer:pinduoduo': ['Pinduoduo', '拼多多'],
  'employer:kuaishou': ['Kuaishou', '快手'],
};

/** Well-known employers the vocabulary leaves out (it lists China's); matched as written, on word boundaries. */
const LATIN_EMPLOYERS = [
  'Google',
  'Microsoft',
  'Amazon',
  'Apple',
  'Meta',
  'Facebook',
  'Netflix',
  'Stripe',
  'Shopee',
  'Grab',
  'Siemens',
  'IBM',
  'Oracle',
  'Uber',
  'Airbnb',
  'LinkedIn',
  'Nvidia',
  'Intel',
];

/** Schools by their short and long names: [English, Chinese], then the other ways recruiters write them. */
const SCHOOLS: { names: [string, string]; aliases: string[] }[] = [
  { names: ['Tsinghua University', '清华大学'], aliases: ['清华', 'tsinghua', 'THU'] },
  { names: ['Peking University', '北京大学'], aliases: ['北大', 'PKU'] },
  { names: ['Fudan University', '复旦大学'], aliases: ['复旦', 'fudan'] },
  { names: ['Zhejiang University', '浙江大学'], aliases: ['浙大', 'ZJU'] },
  { names: ['Shanghai Jiao Tong University', '上海交通大学'], aliases: ['上海交大', '交大', 'SJTU'] },
  { names: ['Nanjing University', '南京大学'], aliases: ['南大'] },
  { names: ['University of Science and Technology of China', '中国科学技术大学'], aliases: ['中科大', 'USTC'] },
  { names: ['Harbin Institute of Technology', '哈尔滨工业大学'], aliases: ['哈工大', 'HIT'] },
  { names: ['Wuhan University', '武汉大学'], aliases: ['武大'] },
  { names: ['Sun Yat-sen University', '中山大学'], aliases: ['中大', 'SYSU'] },
  { names: ['Massachusetts Institute of Technology', '麻省理工学院'], aliases: ['麻省理工', 'MIT'] },
  { names: ['Stanford University', '斯坦福大学'], aliases: ['斯坦福', 'stanford'] },
  { names: ['Carnegie Mellon University', '卡内基梅隆大学'], aliases: ['CMU', 'carnegie mellon'] },
  { names: ['National University of Singapore', '新加坡国立大学'], aliases: ['NUS'] },
];

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBER = String.raw`(\d+(?:\.\d+)?|[一两二三四五六七八九十]|十[一二三四五六七八九]?)`;

function toNumber(text: string): number {
  if (/^\d/.test(text)) return Number(text);
  if (text.length === 2) return 10 + (CHINESE_DIGITS[text[1]!] ?? 0);
  return CHINESE_DIGITS[text] ?? Number.NaN;
}

/** Years of experience: ranges, floors and ceilings, in both languages. */
export function extractYears(question: string): { yearsMin: number | null; yearsMax: number | null; spans: Span[] } {
  const q = question.toLowerCase();
  const spans: Span[] = [];
  const found = (re: RegExp) => {
    const m = re.exec(q);
    if (m) spans.push({ start: m.index, end: m.index + m[0].length });
    return m;
  };
  const range =
    found(new RegExp(String.raw`${NUMBER}\s*(?:-|–|~|到|至|to)\s*${NUMBER}\s*(?:年|years?|yrs?)`)) ??
    found(new RegExp(String.raw`between\s+${NUMBER}\s+and\s+${NUMBER}\s+(?:years?|yrs?)`));
  if (range) return { yearsMin: toNumber(range[1]!), yearsMax: toNumber(range[2]!), spans };
  const floor =
    found(new RegExp(String.raw`${NUMBER}\s*(?:年|年以上|年及以上|年\+)\s*(?:以上|及以上|多)`)) ??
    found(new RegExp(String.raw`(?:至少|超过|不少于|大于)\s*${NUMBER}\s*年`)) ??
    found(new RegExp(String.raw`(?:at least|more than|over|minimum of|min\.?)\s+${NUMBER}\s*(?:years?|yrs?)`)) ??
    found(new RegExp(String.raw`${NUMBER}\s*(?:\+|or more)\s*(?:years?|yrs?)`)) ??
    found(new RegExp(String.raw`${NUMBER}\s*年以上`));
  const ceiling =
    found(new RegExp(String.raw`${NUMBER}\s*年\s*(?:以下|以内|之内)`)) ??
    found(new RegExp(String.raw`(?:不到|少于|不超过|小于)\s*${NUMBER}\s*年`)) ??
    found(new RegExp(String.raw`(?:less than|under|fewer than|at most|up to|no more than)\s+${NUMBER}\s*(?:years?|yrs?)`));
  return {
    yearsMin: floor ? toNumber(floor[1]!) : null,
    yearsMax: ceiling ? toNumber(ceiling[1]!) : null,
    spans,
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const escape = escapeRegExp;

function schoolsIn(question: string): { schools: string[][]; spans: Span[] } {
  const schools: string[][] = [];
  const spans: Span[] = [];
  const add = (names: string[], span: Span) => {
    if (spans.some((s) => overlaps(s, span))) return;
    spans.push(span);
    if (!schools.some((s) => s[0] === names[0])) schools.push(names);
  };
  for (const school of SCHOOLS) {
    for (const term of [...school.names, ...school.aliases]) {
      const isAbbreviation = /^[A-Z]{2,5}$/.test(term);
      const re = /\p{Script=Han}/u.test(term)
        ? new RegExp(escape(term), 'g')
        : new RegExp(String.raw`(?<![A-Za-z])${escape(term)}(?![A-Za-z])`, isAbbreviation ? 'g' : 'gi');
      for (const m of question.matchAll(re)) add(school.names, { start: m.index, end: m.index + m[0].length });
    }
  }
  // Schools the list lacks: a Chinese name ending in 大学/学院, a Latin one with University/College/Institute.
  for (const m of question.matchAll(/[\p{Script=Han}]{2,10}?(?:大学|学院)/gu)) {
    const name = m[0].replace(/^(?:毕业于|来自|在|从|的|是)/u, '');
    add([name], { start: m.index + m[0].length - name.length, end: m.index + m[0].length });
  }
  for (const m of question.matchAll(
    /(?:University of(?: [A-Z][a-z]+)+|(?:[A-Z][a-z]+ )+(?:University|College|Institute of Technology))/g,
  )) {
    add([m[0]], { start: m.index, end: m.index + m[0].length });
  }
  return { schools, spans };
}

/** A place concept's English form: "xi'an" as Xi'an, "hong kong" as Hong Kong. */
function placeName(mention: ConceptMention): string {
  const first = mention.concept.terms.find((t) => /^[a-z]/.test(t)) ?? mention.concept.id.slice('place:'.length);
  return first.replace(/(^|[\s'-])([a-z])/g, (_, sep: string, c: string) => sep + (sep === "'" ? c : c.toUpperCase()));
}

/** Common Chinese surnames: a name is one of them and one or two characters more. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦邹孟熊秦邱尹薛闫雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤',
]);
/** Characters that end a name's span rather than belong to it (和 in 赵勇和李霞, 认 in 李霞认识). */
const NAME_STOP = new Set([...'和与跟同的是认有在会谁吗呢也都还更比对及或、，。？！ 最怎一']);
/** What may stand before a Chinese name. */
const ZH_NAME_BEFORE =
  /(?:认识|和|与|跟|同|介绍一下|介绍|总结一下|总结|比较一下|比较|对比一下|对比|关于|看看|查一下|查查|了解一下|了解|说说|讲讲|聊聊|评价一下|评价|给)$/u;
/** What may follow a Chinese name directly. */
const ZH_NAME_AFTER = /^(?:的|是谁|一起|共事|合作|同事|认识|怎么|如何|说说|这个人)/u;

function chineseNames(question: string, taken: Span[]): { name: string; span: Span }[] {
  const names: { name: string; span: Span }[] = [];
  const chars = [...question];
  if (chars.length !== question.length) return names; // astral characters: no Chinese name rule applies
  for (let i = 0; i < question.length; i++) {
    if (!SURNAMES.has(question[i]!)) continue;
    const before = question.slice(0, i);
    if (before !== '' && /\p{Script=Han}$/u.test(before) && !ZH_NAME_BEFORE.test(before)) continue;
    for (const length of [3, 2]) {
      const name = question.slice(i, i + length);
      if (name.length !== length || ![...name].every((c) => /\p{Script=Han}/u.test(c) && !NAME_STOP.has(c))) continue;
      const after = question.slice(i + length);
      if (after !== '' && /^\p{Script=Han}/u.test(after) && !NAME_STOP.has(after[0]!) && !ZH_NAME_AFTER.test(after)) continue;
      const span = { start: i, end: i + length };
      if (taken.some((t) => overlaps(t, span))) continue;
      names.push({ name, span });
      i += length - 1;
      break;
    }
  }
  return names;
}

/** Capitalised words that start questions or name things, never a person. */
const NOT_NAME_WORDS = new Set(
  (
    'who whom whose what which where when why how is are was were do does did can could would should find show list give tell ' +
    'compare summarise summarize summary the a an any anyone anybody someone people person candidates candidate talents talent ' +
    'engineers engineer developers developer designers designer managers manager top best all every our we us my me i vs versus and or ' +
    'with without at in into from for of to on about senior junior staff lead principal head job jobs role roles position positions ' +
    'pipeline stage stages open closed hold status delete send write ignore export please hi hello thanks'
  ).split(' '),
);

function latinNames(question: string, taken: Span[]): { name: string; span: Span }[] {
  const names: { name: string; span: Span }[] = [];
  for (const m of question.matchAll(/(?<![A-Za-z])[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?![A-Za-z])/g)) {
    const words = m[0].split(/[ -]/);
    // Drop capitalised question words at the edges ("Compare Kate Lopez" is Kate Lopez).
    let first = 0;
    while (first < words.length && NOT_NAME_WORDS.has(words[first]!.toLowerCase())) first++;
    let last = words.length;
    while (last > first && NOT_NAME_WORDS.has(words[last - 1]!.toLowerCase())) last--;
    if (last - first < 2 || words.slice(first, last).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
    const offset = words.slice(0, first).reduce((sum, w) => sum + w.length + 1, 0);
    const name = words.slice(first, last).join(' ');
    const span = { start: m.index + offset, end: m.index + offset + name.length };
    if (taken.some((t) => overlaps(t, span))) continue;
    names.push({ name, span });
  }
  return names;
}

/** Words before a Chinese title that are the question's, not the title's. */
const ZH_TITLE_LEAD = /^(?:请问|帮我|给我|看看|查看|查一下|看一下|我们的|我们|谁最适合|谁更适合|最适合|谁适合|适合|关于)+/u;
const ZH_TITLE_MARKER =
  /(?:这个职位|这个岗位|这个job|这个role|这个position|职位|岗位|的招聘流程|的招聘|的pipeline|的匹配人选|的匹配|最匹配|的候选人)/iu;
/** Words that make a would-be title a question about jobs in general ("有哪些在招的职位"). */
const NOT_A_TITLE = /(?:哪些|什么|多少|在招|开放|所有|全部|我们|现在|\bwhich\b|\bwhat\b|\ball\b|\bopen\b|\bany\b)/iu;
const LATIN_TITLE = String.raw`[A-Z][\w.+#/&-]*(?: (?:[A-Z][\w.+#/&-]*|\([^)]*\)|of|and|&))*`;

/** A job's title: "the X job/role/position", "for X", "X这个职位", "X的pipeline". */
export function extractJobTitle(question: string): { title: string; span: Span } | null {
  const candidates: { title: string; start: number }[] = [];
  const english = new RegExp(String.raw`\bthe (${LATIN_TITLE}) (?:job|role|position|opening|req)\b`);
  const m1 = english.exec(question);
  if (m1) candidates.push({ title: m1[1]!, start: m1.index + m1[0].indexOf(m1[1]!) });
  const zh = new RegExp(String.raw`([\p{Script=Han}A-Za-z0-9 ()（）+#./&-]+?)\s*${ZH_TITLE_MARKER.source}`, 'iu').exec(question);
  if (zh) {
    const raw = zh[1]!;
    const title = raw.replace(ZH_TITLE_LEAD, '').trim();
    if (title) candidates.push({ title, start: zh.index + raw.length - raw.replace(ZH_TITLE_LEAD, '').length });
  }
  // Written in lower case ("the senior go engineer job"): the words after the last "the".
  const lower = /\bthe ([a-z][\w .+#/&()-]{1,60}?) (?:job|role|position|opening)\b/i.exec(question);
  if (!m1 && lower) {
    const title = lower[1]!.split(/\bthe /i).pop()!;
    candidates.push({ title, start: lower.index + lower[0].lastIndexOf(title) });
  }
  const m2 = new RegExp(String.raw`\b(?:for|to) (?:the )?(${LATIN_TITLE})\s*(?:[?？.!。]|$)`).exec(question);
  if (m2) candidates.push({ title: m2[1]!, start: m2.index + m2[0].indexOf(m2[1]!) });
  for (const c of candidates) {
    const title = c.title.replace(/\s+(?:job|role|position)$/i, '').trim();
    if (title.length < 2 || NOT_A_TITLE.test(title)) continue;
    return { title, span: { start: c.start, end: c.start + c.title.length } };
  }
  return null;
}

/** A job asked about by its role alone ("Data Engineer招了多少人"): the role, with a seniority written before it. */
function roleAsTitle(question: string): { title: string; span: Span } | null {
  const mentions = findConcepts(question);
  const role = mentions.find((m) => m.concept.kind === 'role');
  if (!role) return null;
  const seniority = mentions.find((m) => m.concept.kind === 'seniority' && /^\s?$/.test(question.slice(m.end, role.start)));
  const span = { start: seniority?.start ?? role.start, end: role.end };
  return { title: question.slice(span.start, span.end), span };
}

/** Every slot of a question. `wantsJobTitle`: the question is about a job, so a title is looked for first. */
export function extractSlots(question: string, wantsJobTitle: boolean): QuestionSlots {
  const job = wantsJobTitle ? (extractJobTitle(question) ?? roleAsTitle(question)) : null;
  const taken: Span[] = job ? [job.span] : [];
  const { schools, spans: schoolSpans } = schoolsIn(question);
  taken.push(...schoolSpans);
  const concepts = findConcepts(question).filter((m) => !taken.some((t) => overlaps(t, m)));

  const companies: string[][] = [];
  const places: string[] = [];
  const roleSpans: Span[] = [];
  for (const mention of concepts) {
    const id = mention.concept.id;
    if (mention.concept.kind === 'employer' && EMPLOYER_NAMES[id] && !companies.includes(EMPLOYER_NAMES[id])) {
      companies.push(EMPLOYER_NAMES[id]);
      taken.push(mention);
    } else if (mention.concept.kind === 'place') {
      const place = placeName(mention);
      if (!places.includes(place)) places.push(place);
      taken.push(mention);
    } else if (mention.concept.kind === 'role') {
      roleSpans.push(mention);
    }
  }
  for (const employer of LATIN_EMPLOYERS) {
    for (const m of question.matchAll(new RegExp(String.raw`(?<![A-Za-z])${escape(employer)}(?![A-Za-z])`, 'g'))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, span))) continue;
      if (!companies.some((c) => c[0] === employer)) companies.push([employer]);
      taken.push(span);
    }
  }

  const years = extractYears(question);
  taken.push(...years.spans);
  // A capitalised skill or vocabulary term ("Machine Learning", "Product Designer") is no person's name.
  const terms: Span[] = [...findSkills(question), ...concepts];
  const people = [...chineseNames(question, taken), ...latinNames(question, [...taken, ...terms])].sort(
    (a, b) => a.span.start - b.span.start,
  );
  taken.push(...people.map((p) => p.span));

  // A skill that is the role itself ("数据工程师" is no Data Engineering skill; "Java工程师" asks for Java), a title,
  // a name or an employer is not asked for.
  const isTheRole = (mention: Span) =>
    roleSpans.some((r) => overlaps(r, mention) && mention.end - mention.start >= 0.75 * (r.end - r.start));
  const skills: string[] = [];
  for (const mention of findSkills(question, { isSkillList: true })) {
    if (taken.some((t) => overlaps(t, mention)) || isTheRole(mention)) continue;
    if (!skills.includes(mention.skill.name)) skills.push(mention.skill.name);
  }
  return {
    skills,
    companies,
    places,
    schools,
    yearsMin: years.yearsMin,
    yearsMax: years.yearsMax,
    names: people.map((p) => p.name),
    jobTitle: job?.title ?? null,
  };
}
