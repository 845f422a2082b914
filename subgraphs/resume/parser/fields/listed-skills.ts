/**
 * Skills a resume lists that the taxonomy does not know. A skills section is a list: an item of it that names no
 * skill of the taxonomy ("秀米", "Veeva Vault", "Kaldi") is still a skill the person states, so it is reported as
 * written, with a `text:` id made from its compact key. Only short, list-shaped items count: a sentence, a
 * language, a level, a category label or an interest is never a skill.
 */
import { compactSkillKey, skillTaxonomy, withoutQualificationWord, type Skill, type SkillMention } from '../../../../taxonomy/taxonomy.ts';
import { isLanguageItem, namesSpokenLanguage, spokenLanguageOf } from './languages.ts';
import { escapeRegExp } from '../../../../data/text/regexp.ts';
import { acronymPairs, type AcronymPair } from './acronym-pairs.ts';
import { REGION_CODE } from './entry-parts.ts';
import {
  BULLET,
  CERTIFICATE_NAME,
  CERTIFICATE_SCOPE,
  CERTIFICATION,
  CJK,
  CJK_AND,
  CJK_QUALIFICATION,
  ITEM_SEPARATORS,
  NOT_SKILL_ITEM,
  PEOPLE,
  QUALIFIER,
  ADOPTING_BODY,
  STANDARDS_BODY,
  WHO_AND_WHEN,
  bothScriptsApart,
  cleanItem,
  isProse,
  isShortItem,
  isTranslationPair,
  kindApart,
  splitAtAnd,
  withSharedEnds,
  withSharedHeadApart,
} from './list-items.ts';

/**
 * The id of a skill the taxonomy does not know: its compact key without a certificate or ability word, so "Veeva
 * Vault" and "veeva-vault" are one, and so are "CHRP designation" and "CHRP".
 */
export const listedSkillId = (written: string): string => `text:${compactSkillKey(withoutQualificationWord(written))}`;

export interface ListedSkill {
  /** The taxonomy's id, or `listedSkillId` of the item. */
  id: string;
  /** The taxonomy's name, or the item as written, without qualifiers ("熟悉", "Proficient in") and levels. */
  name: string;
  /** The item as written. */
  written: string;
  /** The taxonomy skill a whole item names, in whatever case ("forecasting" as a list item). */
  skill?: Skill;
}

/** Notes an item the taxonomy does not know ("Veeva Vault"), as written, once under its `listedSkillId`. */
export function addWritten(found: Map<string, ListedSkill>, written: string): void {
  // A spoken language or its test, however the item was reached ("英语流利（CET-6）"), is no skill.
  if (isLanguageItem(written)) return;
  const id = listedSkillId(written);
  if (!found.has(id)) found.set(id, { id, name: written, written });
}

/** Notes a taxonomy skill an item names whole ("forecasting"), once, as first written. */
function addSkill(found: Map<string, ListedSkill>, skill: Skill, written: string): void {
  if (!found.has(skill.id)) found.set(skill.id, { id: skill.id, name: skill.name, written, skill });
}

/**
 * Notes the taxonomy skill an item names whole, in any case ("考勤统计" for Attendance Management, "go"), as written;
 * false when it names none, for the reader to decide what the item is.
 */
export function addWholeSkill(found: Map<string, ListedSkill>, written: string): boolean {
  const skill = skillTaxonomy().normalizeSkill(written);
  if (skill) addSkill(found, skill, written);
  return skill !== null;
}

/**
 * "Tools:", "编程语言：", "Frameworks –": a category label before a list (short, no list separator of its own); a
 * Europass heading is longer ("Communication and interpersonal skills:").
 */
const LABEL = /^([^:：,，、;；|｜]{1,24}?|[^:：,，、;；|｜]{1,40}?\b(?:skills|competences|competencies|abilities))\s*[:：]\s*/iu;
/** A label that names a kind of skill ("Tools", "编程语言", "芯片与系统", "Cloud & DevOps"), not a skill itself. */
const CATEGORY_LABEL =
  /技能|工具|软件|语言|系统|平台|框架|方法|能力|领域|方向|技术|证书|资质|办公|数据库|中间件|其他|其它|基础|流程|[与和及&、/]|\b(?:and|basics|fundamentals|process(?:es)?|skills?|tools?|software|languages?|systems?|platforms?|frameworks?|methods?|methodolog(?:y|ies)|areas?|domains?|technolog(?:y|ies)|stack|certifications?|certificates?|databases?|librar(?:y|ies)|packages|other|misc)\b/iu;

/**
 * The skills section's lines without their category labels ("芯片与系统：STM32" reads "STM32", "安全：JHA、HAZOP"
 * "JHA、HAZOP"); a label that is a skill of its own ("Python: pandas, NumPy", "Excel：数据透视表") stays.
 */
export function withoutCategoryLabels(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const bare = line.replace(BULLET, '');
    const label = bare.match(LABEL);
    if (!label) return line;
    const rest = bare.slice(label[0].length);
    // A Chinese word of a few characters before a list is its field ("安全：JHA、HAZOP", "环保：环评、排污许可"), and
    // so is a field's English word ("Backend: gRPC, REST", "Cloud: AWS, Docker"), not a tool ("Python: pandas, NumPy").
    const name = label[1]!.trim();
    const isField =
      /[,，、;；]/u.test(rest) && (/^[\u4e00-\u9fff]{1,4}$/u.test(name) || /^[A-Za-z/&+ -]{2,24}$/u.test(name)) && isFieldWord(name);
    // Two fields joined ("Cloud & DevOps", "芯片与系统") are a heading whatever each is.
    const isCategory = CATEGORY_LABEL.test(name) && (/[与和及&、/]|\band\b/iu.test(name) || isFieldWord(name));
    // A label its own items repeat names their kind ("CAD：富怡服装 CAD、ET 服装 CAD").
    const isKind = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(rest);
    return isCategory || isField || isKind ? rest : line;
  });
}

/**
 * A field of work rather than a skill: no taxonomy skill (安全 alone is ambiguous), or one named as a field ("Backend
 * Development", "Cloud Computing"); 推荐系统 and "Python" are skills, and so is a four-character Chinese skill a field's
 * word names ("数据分析：生意参谋、抖店罗盘", "项目管理：…"), which both labellers note.
 */
function isFieldWord(label: string): boolean {
  if (label.split(/\s+/u).length > 2) return false;
  const skill = skillTaxonomy().normalizeSkill(label);
  return (
    !skill ||
    (FIELD_NAME.test(skill.name) && !/^[\u4e00-\u9fff]{4}$/u.test(label)) ||
    /(?:基础|知识|方向|领域|流程)$|\b(?:basics|fundamentals|process(?:es)?)$/iu.test(label)
  );
}
const FIELD_NAME =
  /\b(?:development|engineering|computing|operations|management|analysis|analytics|design|testing|(?:cyber)?security|devops|infrastructure|learning|data|intelligence|science|vision|processing)$/iu;

/** Category labels whose lists are not skills. */
const NOT_SKILL_LABEL =
  /^(?:languages?|spoken languages?|语言(?:能力)?|外语(?:能力)?|interests?|hobbies|兴趣(?:爱好)?|爱好|references?|nationality|国籍|availability|到岗时间|expected salary|期望薪资)$/iu;
/** What a Chinese item adds to a skill without narrowing it: its system, its rules, its whole process, knowledge of it. */
const BROADER_REST = /^(?:(?:平台|行业|相关)?(?:体系|规范|规则|标准)|全流程|知识|相关|原理|理论|基础|能力|经验|技能|工作)$/u;
/** A link or an e-mail address: contact detail, never a list of skills. */
const LINK = /https?:|www\.|@|\b[\w-]+\.(?:com|cn|io|net|org|dev|me)\b/iu;
/** A spaced dash, what is after it to the next item's separator, and what is before it back to the last one. */
const AFTER_DASH = /(^|[,;，；、|｜]\s*)([^,;，；、|｜]*?)\s[–—-]\s(?!(?:19|20)\d{2}\s*$)([^,;，；、|｜()（）]*)/gu;
/** A credential's word: what a certificate, a licence or a registration is called. */
const CREDENTIAL =
  /\b(?:certifi(?:cate|cation|ed)|licen[cs]e|accreditation|accredited|registration|registered|specialist|instructor|professional|first aid|technician|operator|counsel(?:l)?or|valuer)\b|[)）]$/iu;

/**
 * A credential's issuer, subject or scope after a dash is no part of its name ("Workplace First Aid – St John",
 * "Certified Customs Specialist (CCS) – NCBFAA", "Colorado Teacher License – Mathematics (7–12)"); after an acronym the
 * dash opens its expansion, a name of its own ("BCPS – Board Certified Pharmacotherapy Specialist").
 */
function withoutIssuerAfterDash(line: string): string {
  return line.replace(AFTER_DASH, (whole, start: string, before: string, after: string) => {
    if (/^[A-Z]{2,6}$/u.test(before.trim())) return `${start}${before}, ${after}`;
    return CREDENTIAL.test(before.trim()) ? `${start}${before} ` : whole;
  });
}

/** A year alone at a line's start, before a Chinese name: "2017 年 ", "2021年". */
const YEAR_GAINED = /^(?:19|20)\d{2}\s*年\s*(?=[\u4e00-\u9fff])/u;

/**
 * The items of skills-section lines that are a skill as a whole: a taxonomy name in any case, or an item that
 * names no taxonomy skill. `skillLines` are the section's lines as read; the taxonomy's mentions inside longer
 * items are found elsewhere (`findResumeSkills`), so an item holding any is left to it. A line is cut into its items
 * here, and each item read by `addListedItem`.
 */
export function listedSkills(skillLines: readonly string[]): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  for (const raw of withAcronymWrapsJoined(skillLines)) {
    if (LINK.test(raw)) continue;
    // The year a certificate was gained, before it, is no part of it ("2017 年 红十字救护员证").
    let line = raw.replace(BULLET, '').trim().replace(YEAR_GAINED, '');
    const label = line.match(LABEL);
    if (label) {
      if (NOT_SKILL_LABEL.test(label[1]!.trim())) continue;
      line = line.slice(label[0].length);
    }
    line = withoutIssuerAfterDash(line);
    // A term beside its acronym is one item: kept whole through the split.
    const pairs = acronymPairs(line);
    for (const [k, { start, end }] of [...pairs.entries()].reverse()) line = `${line.slice(0, start)}\uE000${k}\uE000${line.slice(end)}`;
    line = withoutBracketNotes(line);
    const parts = withSharedHeadApart(line.split(ITEM_SEPARATORS))
      .flatMap((item) => splitAtAnd(item))
      // 与/和/及 between two Chinese terms joins two items ("PBR 材质流程与卡通渲染"), unless the whole is one skill.
      .flatMap((item) => (!taxonomy.normalizeSkill(cleanItem(item)) && !CERTIFICATE_NAME.test(item) ? item.split(CJK_AND) : [item]))
      .flatMap((item) => kindApart(item));
    const listsPairs = parts.some((item) => isTranslationPair(item));
    const items = parts.flatMap((item) => bothScriptsApart(item, listsPairs));
    // A line with a sentence in it is prose, whatever its short pieces ("负责…日常运营与内容发布").
    if (items.some((part) => isProse(cleanItem(part)))) continue;
    // One item alone on a line is a list only when the section lists a skill a line (PDF columns): a long line
    // without separators is prose.
    if (items.length === 1 && pairs.length === 0 && !isShortItem(cleanItem(line))) continue;
    for (const part of items) addListedItem(found, part, pairs);
  }
  return [...found.values()];
}

/** A line ending on a term's acronym in brackets, no list on it: "Officer (CUSECO)". */
const ENDS_ON_ACRONYM = /^[A-Za-z][\w.&' -]*[(（][A-Z][A-Z&]{1,7}s?[)）]$/u;

/**
 * A term a PDF's column wrapped before its acronym, joined again: "Certified U.S. Export Compliance" over "Officer
 * (CUSECO)" is one item when the acronym is the initials of the words across both lines (blank lines between them
 * aside), and the line above is no list of its own.
 */
function withAcronymWrapsJoined(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const above = out[i]!.replace(BULLET, '').trim();
    if (!above || !/^[A-Za-z][\w.&' -]*$/u.test(above)) continue;
    let next = i + 1;
    while (next < out.length && !out[next]!.trim()) next++;
    const below = out[next]?.trim();
    if (!below || !ENDS_ON_ACRONYM.test(below)) continue;
    const joined = `${above} ${below}`;
    if (!acronymPairs(joined).some((pair) => pair.start < above.length && pair.end === joined.length)) continue;
    out.splice(i, next - i + 1, joined);
  }
  return out;
}

/** Standards bodies that name a standard together ("AS/NZS 1554.1", "ISO/IEC 17025", "ASME/ANSI B16.5"). */
const JOINT_BODIES = `${STANDARDS_BODY}|${ADOPTING_BODY}`;
/**
 * A slash between two names ("Kaldi/HTK", "GNSS / RTK"), not one after a letter alone ("金蝶 K/3 Cloud", "SAP S/4HANA",
 * "A/B"), nor one between two standards bodies before their standard's number ("AS/NZS ISO 9606.1").
 */
const SLASH_BETWEEN_NAMES = new RegExp(
  String.raw`\s*[/／]\s*(?!(?<=\b[A-Za-z]\/)(?:\d|[A-Za-z]\b))(?!(?<=\b[A-Z]{1,4}[/／])T\s?\d)(?!(?<=字\s*[/／]\s*)分钟)` +
    String.raw`(?!(?<=\b(?:${JOINT_BODIES})[/／])(?:${JOINT_BODIES})\s+(?:\d|[A-Z]\d|(?:${JOINT_BODIES})\b))`,
  'u',
);

/**
 * Notes what one item of a skills list names: a taxonomy skill it names whole, in any case ("forecasting", "go"), or
 * narrowly ("Payroll tax" in place of Payroll), or the item as written when it names none ("Veeva Vault"; "Kaldi/HTK"
 * is two). `pairs` are the line's terms beside their acronyms, each kept in the item as its placeholder.
 */
function addListedItem(found: Map<string, ListedSkill>, part: string, pairs: readonly AcronymPair[]): void {
  const taxonomy = skillTaxonomy();
  // A term beside its acronym: a taxonomy skill the words name is that skill; else the item is named by the acronym
  // the words define ("Early Years Learning Framework (EYLF)"), or by the words an acronym written first is
  // explained with ("CRM (Crew Resource Management)": the acronym alone may be another skill's).
  // A level written after the pair is the certificate's stage, not an item ("Chartered Financial Analyst (CFA) Level II").
  const pair = /^\s*\uE000(\d+)\uE000\s*(?:(?:level|part|tier|stage)\s*(?:[ivx]{1,4}|\d)|candidate)?\s*$/iu.exec(part);
  // An issuer or a qualifier before the pair adds nothing to either name ("NIOSH Site Safety Supervisor (SSS)",
  // "Licensed Professional Engineer (PE)").
  const qualified = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}(\uE000\d+\uE000)\s*$/u.exec(part);
  if (qualified) return addListedItem(found, qualified[1]!, pairs);
  if (pair) {
    const { expansion, acronym, acronymLast } = pairs[Number(pair[1])]!;
    const skill = taxonomy.normalizeSkill(expansion);
    const named = acronymLast ? acronym : expansion;
    if (skill) addSkill(found, skill, named);
    else addWritten(found, named);
    // Neither known, the words are an item too, as recruiters note both ("Accredited Practising Dietitian (APD)").
    if (!skill && acronymLast && !taxonomy.normalizeSkill(acronym)) addWritten(found, expansion);
    return;
  }
  // A whole item that is a taxonomy name, in any case, is that skill ("forecasting", "go"); one that holds a
  // taxonomy skill is the taxonomy's ("A/B Testing", "Microsoft Excel"); an unknown one with slashes is
  // several ("Kaldi/HTK").
  const written = cleanItem(part);
  if (addWholeSkill(found, written)) return;
  const inside = taxonomy.findSkills(part, { isSkillList: true });
  // "AFP 金融理财师": one skill named twice, in Latin letters and in Chinese, is that skill.
  if (
    inside.length === 2 &&
    inside[0]!.skill.id === inside[1]!.skill.id &&
    CJK.test(inside[0]!.match) !== CJK.test(inside[1]!.match) &&
    !part.replace(inside[0]!.match, '').replace(inside[1]!.match, '').trim()
  ) {
    addSkill(found, inside[0]!.skill, written);
    return;
  }
  // A Latin item naming one taxonomy skill with a word or two more is that narrower skill as written
  // ("applied econometrics", "Payroll tax", "ICH Q2", "UPLC-MS"), in place of the broader one; so is a product
  // named by two terms one space apart ("Oracle CRM": neither the database nor CRM in general).
  const phrase =
    inside.length === 1 ||
    (inside.length === 2 &&
      /^ (?:(?!(?:in|on|with|using|for|of|and|or|via|to|at|by|from)\b)[\p{L}\p{N}]+ )?$/iu.test(
        part.slice(inside[0]!.end, inside[1]!.start),
      ));
  if (phrase && !CJK.test(written) && !/[/／]/u.test(written) && isShortItem(written) && !namesSpokenLanguage(written)) {
    let rest = written;
    for (const m of inside) rest = rest.replace(m.match, ' ');
    const restWords = rest.split(/[\s-]+/u).filter(Boolean);
    // "mentoring graduates", "coaching new hires": the people a skill is done for add nothing to it.
    if (
      inside.length === 1 &&
      !part.slice(0, inside[0]!.start).trim() &&
      restWords.length > 0 &&
      restWords.every((word) => PEOPLE.test(word))
    ) {
      addSkill(found, inside[0]!.skill, written);
      return;
    }
    // A certification's name runs longer ("Salesforce Certified Advanced Administrator").
    const longest = CERTIFICATION.test(written) ? 4 : 2;
    if ((restWords.length > 0 || inside.length > 1) && restWords.length <= longest) {
      addWritten(found, written);
      return;
    }
  }
  // A Chinese qualification whose name holds skills is the qualification, as written: a body's or a title's
  // ("国际角膜塑形学会验配认证", "中国心理学会注册心理师") holding two or more, a certificate's ("DNV焊工证",
  // "熔化焊接与热切割作业证") one or more, a trade's or a profession's title that is one skill and 师, 员 or 工
  // ("精益生产管理师", "碳排放管理员", "啤酒酿造工": +0.05 F1 on every second dev resume, no new extra), and so is a law
  // or a method that is one skill and 法 ("大气污染防治法", "LEC法": +0.01).
  const isQualification =
    (inside.length > 1 && CJK_QUALIFICATION.test(written)) ||
    (inside.length > 0 && CERTIFICATE_NAME.test(written)) ||
    (inside.length === 1 && /[师员工法]$/u.test(written) && written.slice(0, -1).endsWith(inside[0]!.match));
  if (isQualification && CJK.test(written) && isShortItem(written) && !/[/／、]/u.test(written)) {
    addWritten(found, written);
    return;
  }
  // A Chinese item naming one taxonomy skill with a term of two or more characters more is that narrower
  // skill as written ("库位规划", "波次拣货", "麻醉监护"), in place of the broader one; so is one a Latin name opens
  // ("EOL测试", "RGP验配", "Shure 会议系统": +0.01 F1 on every second dev resume).
  if (inside.length === 1 && CJK.test(written) && isShortItem(written) && !namesSpokenLanguage(written)) {
    // What the item adds: Chinese characters, with a brand in Latin letters among them ("IDEXX 血液分析仪").
    const rest = written.replace(inside[0]!.match, '').replace(/\s+/gu, '');
    // "MySQL 索引", "Excel 函数", "PPT 制作课件": a product named in Latin letters with the part of it used is the product.
    // Not a licence, an instrument or a machine the product names ("AOPA 植保证", "IDEXX 血液分析仪").
    if (
      !CJK.test(inside[0]!.match) &&
      /^[\u4e00-\u9fff]{1,4}$/u.test(rest) &&
      !/[证仪机器书照]$/u.test(rest) &&
      written.startsWith(inside[0]!.match)
    ) {
      addSkill(found, inside[0]!.skill, written);
      return;
    }
    if (
      /^[\u4e00-\u9fffA-Za-z0-9]{2,8}$/u.test(rest) &&
      (/[\u4e00-\u9fff]/u.test(rest) || (/^[A-Za-z][A-Za-z0-9]{1,5}$/u.test(rest) && written.endsWith(inside[0]!.match))) &&
      !BROADER_REST.test(rest)
    ) {
      addWritten(found, written);
      return;
    }
  }
  // "Excel 数据透视表", "BIM 管线综合", "AQL 抽检": a name in Latin letters and the Chinese term of its work, two taxonomy
  // skills side by side, are one narrower item as written, in place of both. On every second dev resume: +0.06 F1 (+0.04
  // beside them).
  const [latin, work] = inside;
  const at = part.indexOf(written);
  if (
    inside.length === 2 &&
    CJK.test(written) &&
    isShortItem(written) &&
    !CJK.test(latin!.match) &&
    CJK.test(work!.match) &&
    latin!.start === at &&
    /^\s?$/u.test(part.slice(latin!.end, work!.start)) &&
    work!.end === at + written.length
  ) {
    addWritten(found, written);
    return;
  }
  // "GNSS/RTK": names a slash joins, one known and one not, are two items (a name with a slash in it the taxonomy
  // knows whole, "A/B Testing" or "CI/CD", is noted above).
  const pieces = SLASH_BETWEEN_NAMES.test(written);
  if (inside.length > 0 && !pieces) return;
  if (namesSpokenLanguage(part)) return;
  for (const piece of withSharedEnds(pieces ? part.split(SLASH_BETWEEN_NAMES) : [part])) {
    const item = cleanItem(piece);
    if (!item || !isShortItem(item) || NOT_SKILL_ITEM.test(item)) continue;
    // A piece that with its shared end names a skill is that skill ("方案/施工图设计": 方案设计).
    if (addWholeSkill(found, item)) continue;
    if (taxonomy.findSkills(item, { isSkillList: true }).length > 0) continue;
    addWritten(found, item);
  }
}

/**
 * A Latin name in brackets after a Chinese term: its acronym or the product it is done with ("固相萃取（SPE）",
 * "野外急救（WFA）", "票房系统（Vista）"), not a level or a licence's class ("B1", "N2", "C1"); a language test
 * ("CET-6", "IELTS") is the languages field's (`spokenLanguageOf`).
 */
const LATIN_NAME_AFTER_CJK = /^(?![A-E][1-3]?$|N[1-5]$)[A-Z][A-Za-z0-9&.+-]{1,11}$/u;
const isLatinNameAfterCjk = (inside: string) => LATIN_NAME_AFTER_CJK.test(inside) && spokenLanguageOf(inside) === null;

/**
 * A line's brackets that name no skill of their own, left off: a certificate's level or scope ("教师资格证（初级中学
 * 数学）", "Licence (Class C)"), an item's versions ("Java (8/11/17)" reads "Java") and one word that qualifies an
 * item ("Registered Nurse (Adult)"); a bracket the taxonomy knows ("Excel (VBA)"), a product's name ("Python (ArcPy)")
 * or a Latin name after a Chinese term ("固相萃取（SPE）") stays.
 */
function withoutBracketNotes(line: string): string {
  const taxonomy = skillTaxonomy();
  return (
    line
      // A certificate's other name in its brackets stays ("电客车司机驾驶证（城市轨道交通列车司机职业资格）").
      .replace(CERTIFICATE_SCOPE, (whole, inside: string) =>
        taxonomy.normalizeSkill(inside) || CERTIFICATE_NAME.test(inside) ? whole : '',
      )
      // Versions in brackets are the item's ("C (C99/C11)", "Java (8/11/17)", "Python (3.x)").
      .replace(VERSIONS_IN_BRACKETS, (whole, item: string, inside: string) =>
        inside
          .split(/[\s/／,，、]+/u)
          .every((token) => new RegExp(`^(?:${escapeRegExp(item)})?v?\\d{1,4}(?:\\.(?:\\d+|x))*\\+?$`, 'iu').test(token))
          ? item
          : whole,
      )
      // One word in brackets after an item qualifies it, a licence's issuer, a speciality, a local code ("Journeyman
      // Electrician License (TDLR)", "Registered Nurse (Adult)", "SAP HCM (PY-DE)"): no skill of its own, unless the
      // taxonomy knows it ("Excel (VBA)") or its writing makes it a product's name ("Python (ArcPy)", "Linux (PREEMPT_RT)").
      .replace(/(?<=([\p{L}\p{N}]))\s*[(（]\s*([^\s()（）,，、;；/／]+)\s*[)）]/gu, (whole, before: string, inside: string) =>
        // A state that issued a licence or a check is no skill, whatever a term it spells ("Open Driver Licence (VIC)").
        !(REGION_CODE.test(inside) && !CJK.test(before)) &&
        (taxonomy.normalizeSkill(inside) ||
          taxonomy.findSkills(inside, { isSkillList: true }).length > 0 ||
          /^[A-Z][a-z]+[A-Z][a-z]+|^[A-Z][A-Z0-9]*_[A-Z0-9]+$/u.test(inside) ||
          (CJK.test(before) && isLatinNameAfterCjk(inside)))
          ? whole
          : '',
      )
  );
}

/**
 * The names and glosses written in brackets right after a skill or an item a description's reader read: the system
 * or tool it is done with ("POS (Micros)", "施工图绘制（AutoCAD、探索者 TSSD）"), its acronym or its other name
 * ("编写标准作业程序（SOP）", "即日剪片（Same Day Edit）", "over-the-counter buying (kaitori)"), the standard it follows
 * ("包装合规审核（GB 7718）"). Each the taxonomy does not know, as written; not a level, a grade, a count, an amount, a
 * place or a line of business ("Premiere（熟练）", "心理咨询师（三级）", "团队管理（8 名课程顾问）", "HRBP（制造业）"),
 * nor a certificate's scope ("特种设备作业人员证（电梯修理 T）"). `mentions` are the text's prose mentions when the caller has
 * read them already, `items` what the description's readers read. On every second dev resume: +0.11 F1 over reading
 * only a mention's brackets, and only capitalised names.
 */
export function bracketedNames(
  text: string,
  mentions: readonly SkillMention[] = skillTaxonomy().findSkills(text, { isProse: true }),
  items: readonly ListedSkill[] = [],
): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const read = [...new Set([...mentions.map((m) => m.match), ...items.map((item) => item.written)].map((w) => w.trim().toLowerCase()))];
  const found = new Map<string, ListedSkill>();
  for (const m of text.matchAll(/[(（]([^()（）\n]{2,60})[)）]/gu)) {
    const before = text
      .slice(Math.max(0, m.index - 80), m.index)
      .trimEnd()
      .toLowerCase();
    // The whole item: "cargo (…)" is no "go".
    const after = read.filter(
      (written) =>
        written.length >= 2 &&
        before.endsWith(written) &&
        !(/^[a-z0-9]/u.test(written) && /[a-z0-9]$/u.test(before.slice(0, before.length - written.length))),
    );
    if (!after.length || after.some((written) => CERTIFICATE_NAME.test(written)) || WHO_AND_WHEN.test(m[1]!)) continue;
    for (const raw of m[1]!.split(/\s*[,，、]\s*|\s+(?:and|or|&)\s+/u)) {
      const item = raw.trim();
      if (!BRACKETED_NAME.test(item) || NOT_SKILL_ITEM.test(item) || QUALIFIER.test(item) || NOT_BRACKETED_NAME.test(item)) continue;
      if (taxonomy.findSkills(item, { isSkillList: true }).length > 0) continue;
      addWritten(found, item);
    }
  }
  return [...found.values()];
}
/**
 * A name, a code or a gloss: up to four Latin words, numbers among them ("Same Day Edit", "term life", "ABB ACS880",
 * "GB 7718", "UF/DF"); Chinese words, a Latin word before or after them ("营销业务应用系统", "Graphtec 刻字机").
 */
const LATIN_WORD = String.raw`\p{Script=Latin}[\p{Script=Latin}\d'’&./+#-]*`;
const BRACKETED_NAME = new RegExp(
  String.raw`^(?:${LATIN_WORD}(?: (?:${LATIN_WORD}|\d[\d.]*[A-Za-z]?)){0,3}|[\u4e00-\u9fff]{2,12}|[\u4e00-\u9fff]{2,6} ?[A-Za-z][\w-]*|[A-Za-z][\w-]* ?[\u4e00-\u9fff]{2,6})$`,
  'u',
);
/** A level, a rank, a branch or a kind of employer, a line of business: 三级, 少校, 广州正佳店, 分公司, 应届生, 制造业. */
const NOT_BRACKETED_NAME = /行业|业$|[级师工校店]$|分行|公司|集团|总部|应届|实习|方向$|^(?:basic|advanced|intermediate|senior|junior)$/iu;

/** A word of an item and its versions in brackets: not an acronym of a standards body ("ISO (9001/14001)"). */
const VERSIONS_IN_BRACKETS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?!(?:${STANDARDS_BODY})\b)([\p{L}][\p{L}\p{N}+#.]*)\s*[(（]\s*([^()（）]+?)\s*[)）]`,
  'gu',
);
