/**
 * Skills a resume lists that the taxonomy does not know. A skills section is a list: an item of it that names no
 * skill of the taxonomy ("秀米", "Veeva Vault", "Kaldi") is still a skill the person states, so it is reported as
 * written, with a `text:` id made from its compact key. Only short, list-shaped items count: a sentence, a
 * language, a level, a category label or an interest is never a skill.
 */
import { compactSkillKey, skillTaxonomy, withoutQualificationWord, type Skill } from '../../../../taxonomy/taxonomy.ts';
import { namesSpokenLanguage } from './languages.ts';
import { escapeRegExp } from '../../../../data/text/regexp.ts';

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
  /** The taxonomy skill inside a longer item, which the item names more narrowly ("Payroll" in "Payroll tax"). */
  replaces?: string[];
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
const BULLET = /^[\s•·●○■□◆◇▪▸►➢✓✔*>\-–—]+|^\(?\d{1,2}[.、)）]\s*/u;
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
 * Development", "Cloud Computing"); 推荐系统 and "Python" are skills.
 */
function isFieldWord(label: string): boolean {
  if (label.split(/\s+/u).length > 2) return false;
  const skill = skillTaxonomy().normalizeSkill(label);
  return !skill || FIELD_NAME.test(skill.name) || /(?:基础|知识|方向|领域|流程)$|\b(?:basics|fundamentals|process(?:es)?)$/iu.test(label);
}
const FIELD_NAME =
  /\b(?:development|engineering|computing|operations|management|analysis|analytics|design|testing|(?:cyber)?security|devops|infrastructure|learning|data|intelligence|science|vision|processing)\b/iu;

/** Words an acronym may skip ("Safety and Emergency Procedures" is SEP) or take a letter from ("Point of Sale" is POS). */
const ACRONYM_GAP_WORD = /^(?:and|of|the|for|in|on|to|&)$/iu;
const ACRONYM = /^[A-Z][A-Z&]{1,7}s?$/u;

/** Whether `acronym` is the initials of `words`, in order, each word giving one letter or, if a small word, none. */
function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/s$|&/gu, '').toLowerCase();
  const match = (l: number, w: number): boolean => {
    if (l === letters.length) return w === words.length;
    if (w === words.length) return false;
    const word = words[w]!;
    return (word[0]!.toLowerCase() === letters[l] && match(l + 1, w + 1)) || (ACRONYM_GAP_WORD.test(word) && match(l, w + 1));
  };
  return words.length >= 2 && match(0, 0);
}

export interface AcronymPair {
  start: number;
  end: number;
  /** The words the acronym stands for ("Crew Resource Management"). */
  expansion: string;
  acronym: string;
  /** Written after the words ("Early Years Learning Framework (EYLF)"): the short name the resume defines for them. */
  acronymLast?: boolean;
}

/**
 * A term written beside its acronym, "Crew Resource Management (CRM)" or "CRM (Crew Resource Management)": one
 * skill. The acronym alone may name another skill (CRM is also customer relationship
 * management), and the words hold an "and" that is no list ("Safety and emergency procedures (SEP)").
 */
export function acronymPairs(line: string): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  for (const m of line.matchAll(/([A-Za-z][A-Za-z&]*)\s*[(（]\s*([^()（）]+?)\s*[)）]/gu)) {
    const [whole, before, inside] = m as unknown as [string, string, string];
    const start = m.index;
    const end = start + whole.length;
    if (ACRONYM.test(before)) {
      const words = inside.split(/[\s-]+/u);
      if (isAcronymOf(before, words)) pairs.push({ start, end, expansion: inside, acronym: before });
      continue;
    }
    if (!ACRONYM.test(inside)) continue;
    // The words before the bracket, back to the item's start (a separator, a label's colon or the line's start).
    const head = line.slice(0, start + before.length);
    const itemStart = Math.max(...[...'，,、;；:：|｜•·'].map((c) => head.lastIndexOf(c) + 1), 0);
    const words = head
      .slice(itemStart)
      .trim()
      .split(/[\s-]+/u)
      .filter(Boolean);
    for (let from = words.length - 2; from >= 0; from--) {
      if (!isAcronymOf(inside, words.slice(from))) continue;
      const phrase = words.slice(from).join(' ');
      const phraseStart = head.lastIndexOf(words[from]!, head.length - phrase.length + words[from]!.length);
      pairs.push({
        start: Math.max(itemStart, phraseStart),
        end,
        expansion: head.slice(Math.max(itemStart, phraseStart)).trim(),
        acronym: inside,
        acronymLast: true,
      });
      break;
    }
  }
  return pairs;
}

/** Lines with each term-and-acronym pair blanked (a list separator in its place), for taxonomy mentions. */
export function withoutAcronymPairs(lines: readonly string[]): string[] {
  return lines.map((line) => {
    let out = line;
    for (const { start, end } of acronymPairs(line).reverse()) out = `${out.slice(0, start)}, ${out.slice(end)}`;
    return out;
  });
}

/** Category labels whose lists are not skills. */
const NOT_SKILL_LABEL =
  /^(?:languages?|spoken languages?|语言(?:能力)?|外语(?:能力)?|interests?|hobbies|兴趣(?:爱好)?|爱好|references?|nationality|国籍|availability|到岗时间|expected salary|期望薪资)$/iu;
const QUALIFIER =
  /^(?:(?:能够|可以|会)?(?:熟练掌握|熟练使用|熟练运用|熟练操作|熟练|熟悉|精通|掌握|了解|擅长|使用|运用|具备|具有|持有|拥有|会用|能用|会做|能做|(?:能够?)?(?:看懂|看得懂|读懂|识读))|(?:能够?|可以)?独立(?:完成|编写|撰写|负责|开展)?|各种|各类|多种|可用|(?:自己)?(?:能够|能|会|可以)(?=[\u4e00-\u9fff]{3})(?!计|议|员|展|务|所|籍|话|谈|签|考|诊|客|场|长|友|费|源|力|耗|效|量|级|动)|有(?=[\u4e00-\u9fff]{3})(?!机|限|效|色|线|声|氧|毒|害|偿|价|源|性)|(?:highly |very )?(?:proficient|skilled|experienced|expert|familiar|fluent|competent|strong|advanced|basic|intermediate|good|excellent|solid|working(?= knowledge)|hands-on|current|valid)(?:\s+(?:in|with|at|of|knowledge of|experience (?:in|with)))?(?![\p{L}\p{N}])|(?:knowledge of|experience (?:in|with)|expertise in)(?![\p{L}\p{N}]))\s*[:：]?\s*/iu;
/** List separators; a spaced slash too ("POMI / NRM2"), an unspaced one may be inside a name ("A/B Testing", "CI/CD"). */
const ITEM_SEPARATORS = /[,，、;；|｜·•●○■□◆◇▪()（）[\]【】]|\s{2,}|\s*(?:→|->|⇒|➔|➜)\s*|\s[/／]\s/u;
const AND = /\s+(?:and|&)\s+/u;
const TRAILING =
  /\s*(?:等(?:[\u4e00-\u9fff]{0,4}(?:工具|软件|技术|框架|语言|系统|平台|设备|仪器))?|etc\.?|\.{3}|…|[\s(（]*(?:熟练|精通|熟悉|了解|良好|一般|native|fluent|advanced|intermediate|basic|beginner|expert|proficient)[)）]?|[-–—]\s*\d+\+?\s*(?:years?|yrs?|年)|\s(?:current|valid|registered|in progress|ongoing|pending)|(?<=[A-Za-z0-9])\s*(?:标准|体系|认证|模块|基础级|初级|中级|高级|专业级)|(?<=[A-Za-z])\s+(?:[vV]\.?\s?\d+(?:\.\d+)*|\d+(?:\.\d+)+[a-z]?)|(?<=[\u4e00-\u9fff]{2})日常(?:管理|维护|操作|保养)|(?<=[\u4e00-\u9fff]{2})政策|(?<=[\u4e00-\u9fff]{2})(?:都|均|也)(?:很|比较)?(?:熟练|熟悉|熟|会|能做|可以|没问题)|(?<=[\u4e00-\u9fff])\s*[A-E]\s?级)\s*$/iu;
/** Items that are a level, a grade, a speed or a heading word, nothing of their own (spoken languages: namesSpokenLanguage). */
const NOT_SKILL_ITEM =
  /^(?:n[1-5]|(?:level|grade|band|tier)\s*\w{1,3}|[abc][12]|基础|基础级|专业级|入门|初级|中级|高级|(?:初级|中级|高级)?(?:工|技师)|[一二三四五]级|熟练|精通|良好|一般|了解|掌握|\d+\s*(?:wpm|words per minute|字\/?分钟?)|其他|其它|others?|misc\.?|tools?|skills?|(?:top|core|key|technical|soft|hard|other)\s+(?:skills?|competenc(?:y|ies))|技能|工具|软件|证书|certificates?|certifications?|none|无|and|or|etc\.?|等|(?:已(?:通)?过|在考|备考|考取中|在读)\s*(?:\d+\s*[门科])?|passed\s+\d+\s+(?:papers|exams|levels))$/iu;
/** What a Chinese item adds to a skill without narrowing it: its system, its rules, its whole process, knowledge of it. */
const BROADER_REST = /^(?:(?:平台|行业|相关)?(?:体系|规范|规则|标准)|全流程|知识|相关|原理|理论|基础|能力|经验|技能|工作)$/u;
const CJK_AND = /(?<=[\u4e00-\u9fff]{2})[与和及](?=[\u4e00-\u9fff]{2})/u;
const LINK = /https?:|www\.|@|\b[\w-]+\.(?:com|cn|io|net|org|dev|me)\b/iu;
/** A sentence, not a list item: Chinese function words, or English words that only prose uses. */
const PROSE_CJK = /[的了着我]|负责|参与|通过|进行|完成|经验|以上|\d\s*年|良好|较强|能力强|熟练|熟悉|精通/u;
const PROSE_LATIN =
  /\b(?:i|my|we|our|the|a|an|was|were|is|are|have|has|had|years?|experience|responsible|including|such|using|used|worked|working|able|ability|strong|excellent|various|other)\b/iu;

/**
 * The items of skills-section lines that are a skill as a whole: a taxonomy name in any case, or an item that
 * names no taxonomy skill. `skillLines` are the section's lines as read; the taxonomy's mentions inside longer
 * items are found elsewhere (`findResumeSkills`), so an item holding any is left to it.
 */
export function listedSkills(skillLines: readonly string[]): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  for (const raw of skillLines) {
    // A link or an address in the section is contact detail, never a list of skills.
    if (LINK.test(raw)) continue;
    let line = raw.replace(BULLET, '').trim();
    const label = line.match(LABEL);
    if (label) {
      if (NOT_SKILL_LABEL.test(label[1]!.trim())) continue;
      line = line.slice(label[0].length);
    }
    // A term beside its acronym is one item: kept whole through the split.
    const pairs = acronymPairs(line);
    for (const [k, { start, end }] of [...pairs.entries()].reverse()) line = `${line.slice(0, start)}\uE000${k}\uE000${line.slice(end)}`;
    // What a certificate's brackets say is its level or scope ("教师资格证（初级中学 数学）", "Licence (Class C)").
    line = line.replace(CERTIFICATE_SCOPE, (whole, inside: string) => (taxonomy.normalizeSkill(inside) ? whole : ''));
    // Versions in brackets are the item's ("C (C99/C11)", "Java (8/11/17)", "Python (3.x)").
    line = line.replace(VERSIONS_IN_BRACKETS, (whole, item: string, inside: string) =>
      inside
        .split(/[\s/／,，、]+/u)
        .every((token) => new RegExp(`^(?:${escapeRegExp(item)})?v?\\d{1,4}(?:\\.(?:\\d+|x))*\\+?$`, 'iu').test(token))
        ? item
        : whole,
    );
    // One word in brackets after an item qualifies it, a licence's issuer, a speciality, a local code ("Journeyman
    // Electrician License (TDLR)", "Registered Nurse (Adult)", "SAP HCM (PY-DE)"): no skill of its own, unless the
    // taxonomy knows it ("Excel (VBA)") or its writing makes it a product's name ("Python (ArcPy)", "Linux (PREEMPT_RT)").
    line = line.replace(/(?<=[\p{L}\p{N}])\s*[(（]\s*([^\s()（）,，、;；/／]+)\s*[)）]/gu, (whole, inside: string) =>
      taxonomy.normalizeSkill(inside) ||
      taxonomy.findSkills(inside, { isSkillList: true }).length > 0 ||
      /^[A-Z][a-z]+[A-Z][a-z]+|^[A-Z][A-Z0-9]*_[A-Z0-9]+$/u.test(inside)
        ? whole
        : '',
    );
    // 与/和/及 between two Chinese terms joins two items ("PBR 材质流程与卡通渲染"), unless the whole is one skill.
    const parts = withSharedHeadApart(line.split(ITEM_SEPARATORS))
      .flatMap((item) => (item ? splitAtAnd(item) : [item]))
      .flatMap((item) => (item && !taxonomy.normalizeSkill(cleanItem(item)) && !CERTIFICATE_NAME.test(item) ? item.split(CJK_AND) : [item]))
      .flatMap((item) => (item ? kindApart(item) : [item]));
    const listsPairs = parts.some((item) => item !== undefined && isTranslationPair(item));
    const items = parts.flatMap((item) => (item ? bothScriptsApart(item, listsPairs) : [item]));
    // A line with a sentence in it is prose, whatever its short pieces ("负责…日常运营与内容发布").
    if (items.some((part) => isProse(cleanItem(part ?? '')))) continue;
    // One item alone on a line is a list only when the section lists a skill a line (PDF columns): a long line
    // without separators is prose.
    if (items.length === 1 && pairs.length === 0 && !isShortItem(cleanItem(line))) continue;
    for (const part of items) {
      // A whole item that is a taxonomy name, in any case, is that skill ("forecasting", "go"); one that holds a
      // taxonomy skill is the taxonomy's ("A/B Testing", "Microsoft Excel"); an unknown one with slashes is
      // several ("Kaldi/HTK").
      // A taxonomy skill the words name is that skill; else the item is named by the acronym the words define
      // ("Early Years Learning Framework (EYLF)"), or by the words an acronym written first is explained with
      // ("CRM (Crew Resource Management)": the acronym alone may be another skill's).
      const pair = /^\s*\uE000(\d+)\uE000\s*$/u.exec(part ?? '');
      if (pair) {
        const { expansion, acronym, acronymLast } = pairs[Number(pair[1])]!;
        const skill = taxonomy.normalizeSkill(expansion);
        const named = acronymLast ? acronym : expansion;
        const id = skill?.id ?? listedSkillId(named);
        if (!found.has(id)) found.set(id, { id, name: skill?.name ?? named, written: named, ...(skill ? { skill } : {}) });
        // Neither known, the words are an item too, as recruiters note both ("Accredited Practising Dietitian (APD)").
        if (!skill && acronymLast && !taxonomy.normalizeSkill(acronym)) {
          const wordsId = listedSkillId(expansion);
          if (!found.has(wordsId)) found.set(wordsId, { id: wordsId, name: expansion, written: expansion });
        }
        continue;
      }
      const written = cleanItem(part ?? '');
      const whole = taxonomy.normalizeSkill(written);
      if (whole) {
        const id = whole.id;
        if (!found.has(id)) found.set(id, { id, name: whole.name, written, skill: whole });
        continue;
      }
      // A Latin item naming one taxonomy skill with a word or two more is that narrower skill as written
      // ("applied econometrics", "Payroll tax", "ICH Q2", "UPLC-MS"), in place of the broader one; so is a product
      // named by two terms one space apart ("Oracle CRM": neither the database nor CRM in general).
      const inside = taxonomy.findSkills(part ?? '', { isSkillList: true });
      const phrase =
        inside.length === 1 ||
        (inside.length === 2 &&
          /^ (?:(?!(?:in|on|with|using|for|of|and|or|via|to|at|by|from)\b)[\p{L}\p{N}]+ )?$/iu.test(
            (part ?? '').slice(inside[0]!.end, inside[1]!.start),
          ));
      if (phrase && !CJK.test(written) && !/[/／]/u.test(written) && isShortItem(written) && !namesSpokenLanguage(written)) {
        let rest = written;
        for (const m of inside) rest = rest.replace(m.match, ' ');
        const restWords = rest.split(/[\s-]+/u).filter(Boolean);
        // "mentoring graduates", "coaching new hires": the people a skill is done for add nothing to it.
        if (
          inside.length === 1 &&
          !(part ?? '').slice(0, inside[0]!.start).trim() &&
          restWords.length > 0 &&
          restWords.every((word) => PEOPLE.test(word))
        ) {
          const skill = inside[0]!.skill;
          if (!found.has(skill.id)) found.set(skill.id, { id: skill.id, name: skill.name, written, skill });
          continue;
        }
        // A certification's name runs longer ("Salesforce Certified Advanced Administrator").
        const longest = CERTIFICATION.test(written) ? 4 : 2;
        if ((restWords.length > 0 || inside.length > 1) && restWords.length <= longest) {
          const id = listedSkillId(written);
          if (!found.has(id)) found.set(id, { id, name: written, written, replaces: inside.map((m) => m.skill.id) });
          continue;
        }
      }
      // A Chinese item naming one taxonomy skill with a term of two or more characters more is that narrower
      // skill as written ("库位规划", "波次拣货", "麻醉监护"), in place of the broader one.
      // So is a qualification whose name holds skills ("国际角膜塑形学会验配认证", "中国心理学会注册心理师").
      if (inside.length > 1 && CJK.test(written) && CJK_QUALIFICATION.test(written) && isShortItem(written) && !/[/／、]/u.test(written)) {
        const id = listedSkillId(written);
        if (!found.has(id)) found.set(id, { id, name: written, written, replaces: inside.map((m) => m.skill.id) });
        continue;
      }
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
          const skill = inside[0]!.skill;
          if (!found.has(skill.id)) found.set(skill.id, { id: skill.id, name: skill.name, written, skill });
          continue;
        }
        if (/^[\u4e00-\u9fffA-Za-z0-9]{2,8}$/u.test(rest) && /[\u4e00-\u9fff]/u.test(rest) && !BROADER_REST.test(rest)) {
          const id = listedSkillId(written);
          if (!found.has(id)) found.set(id, { id, name: written, written, replaces: [inside[0]!.skill.id] });
          continue;
        }
      }
      // "GNSS/RTK": names a slash joins, one known and one not, are two items; a name with a slash in it is known
      // whole ("A/B Testing", "CI/CD").
      const pieces = /[/／]/u.test(written) && !taxonomy.normalizeSkill(written);
      if (inside.length > 0 && !pieces) continue;
      if (namesSpokenLanguage(part ?? '')) continue;
      for (const piece of withSharedEnds((part ?? '').split(/\s*[/／]\s*/u))) {
        const item = cleanItem(piece);
        if (!item || !isShortItem(item) || NOT_SKILL_ITEM.test(item)) continue;
        // A piece that with its shared end names a skill is that skill ("方案/施工图设计": 方案设计).
        const named = taxonomy.normalizeSkill(item);
        if (named) {
          if (!found.has(named.id)) found.set(named.id, { id: named.id, name: named.name, written: item, skill: named });
          continue;
        }
        if (taxonomy.findSkills(item, { isSkillList: true }).length > 0) continue;
        const id = listedSkillId(item);
        if (!found.has(id)) found.set(id, { id, name: item, written: item });
      }
    }
  }
  return [...found.values()];
}

/**
 * The named system or tool a skill is done with, written in brackets after it in prose: "POS (Micros)", "Python
 * (ArcPy)", "施工图绘制（AutoCAD、探索者 TSSD）": each name the taxonomy does not know, as written; not a level, a
 * grade, an amount or a line of business ("Premiere（熟练）", "心理咨询师（三级）", "HRBP（制造业）"). `mentions` are the
 * text's prose mentions when the caller has read them already.
 */
export function bracketedNames(text: string, mentions = skillTaxonomy().findSkills(text, { isProse: true })): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  for (const mention of mentions) {
    // A certificate's brackets hold its scope or level ("特种设备作业人员证（电梯修理 T）").
    if (/(?:证|证书|licen[cs]e|certificate)$/iu.test(mention.match)) continue;
    const inside = /^\s*[(（]([^()（）]{2,40})[)）]/u.exec(text.slice(mention.end))?.[1];
    for (const raw of inside?.split(/\s*[,，、]\s*/u) ?? []) {
      const item = raw.trim();
      if (!BRACKETED_NAME.test(item) || NOT_SKILL_ITEM.test(item) || QUALIFIER.test(item) || /行业|业$|[级师工]$/u.test(item)) continue;
      if (taxonomy.findSkills(item, { isSkillList: true }).length > 0) continue;
      const id = listedSkillId(item);
      if (!found.has(id)) found.set(id, { id, name: item, written: item });
    }
  }
  return [...found.values()];
}
/** A name: Latin words in capitals or CamelCase ("Micros", "PREEMPT_RT", "Pub/Sub"), or a short Chinese one with a Latin tail. */
const BRACKETED_NAME = /^(?:[A-Z][\w.+&/-]*(?: [A-Z][\w.+&/-]*){0,2}|[\u4e00-\u9fff]{2,8}(?: ?[A-Z][\w-]*)?)$/u;

const CERTIFICATE_SCOPE = /(?<=资格证|资格证书|证书|执照|上岗证|\b(?:licen[cs]e|certificate|certification))\s*[(（]([^()（）]*)[)）]/giu;

/** A word of an item and its versions in brackets: not an acronym of a standards body ("ISO (9001/14001)"). */
const VERSIONS_IN_BRACKETS = /(?<![\p{L}\p{N}])(?!(?:ISO|IEC|EN|GB|IATF|AS)\b)([\p{L}][\p{L}\p{N}+#.]*)\s*[(（]\s*([^()（）]+?)\s*[)）]/gu;

/**
 * "and" or "&" between two items that stand on their own ("Python and Go", "Scaling & root planing"); not when one side
 * is a lone word that is no skill, the head the other side shares ("Infection prevention & control").
 */
function splitAtAnd(item: string): string[] {
  const sides = item.split(AND);
  if (sides.length === 1) return sides;
  const stands = (side: string) => {
    const clean = cleanItem(side);
    return clean.split(/\s+/u).length >= 2 || skillTaxonomy().normalizeSkill(clean) !== null || /^[A-Z0-9]/u.test(clean);
  };
  return sides.every(stands) ? sides : [item];
}

/**
 * "Fuji、Yamaha、Panasonic 贴片机编程": brands listed bare, the last with the Chinese term they share (four characters or
 * more: "SOP 编写" is one item, a document and its writing). The term is an item
 * of its own, and so is the last brand.
 */
function withSharedHeadApart(items: (string | undefined)[]): (string | undefined)[] {
  const latin = (item: string | undefined) => item !== undefined && /^\s*[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?\s*$/u.test(item);
  return items.flatMap((item, i) => {
    const shared = item?.match(/^\s*([A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?) ([\u4e00-\u9fff]{4,8})\s*$/u);
    return shared && i > 0 && latin(items[i - 1]) ? [shared[1], shared[2]] : [item];
  });
}

/**
 * Names a slash joins that share a head or a tail: "MIDAS Gen/Building" is MIDAS Gen and MIDAS Building, "方案/施工图设计"
 * 方案设计 and 施工图设计, a bare word taking what the longer name has around it.
 */
function withSharedEnds(pieces: string[]): string[] {
  if (pieces.length < 2 || pieces.some((piece) => NOT_SKILL_ITEM.test(cleanItem(piece)))) return pieces;
  const [first, last] = [pieces[0]!.trim(), pieces.at(-1)!.trim()];
  const head = /^([A-Za-z][\w.+-]*) [A-Za-z][\w.+-]*$/u.exec(first)?.[1];
  const tail = /^[\u4e00-\u9fff]{3,}$/u.test(last) ? last.slice(-2) : undefined;
  return pieces.map((piece) => {
    const bare = piece.trim();
    if (head && /^[A-Za-z][\w.+-]*$/u.test(bare) && bare !== first) return `${head} ${bare}`;
    if (tail && /^[\u4e00-\u9fff]{1,2}$/u.test(bare) && !bare.endsWith(tail)) return `${bare}${tail}`;
    return piece;
  });
}

/** A certification's name, which runs longer than a skill's ("Salesforce Certified Platform App Builder"). */
const CERTIFICATION = /\bcertifi(?:ed|cation)\b/iu;
/** A certificate's name is one item, whatever it joins ("制冷与空调设备运行操作证"). */
const CERTIFICATE_NAME = /(?:证|证书|执照|资格)\s*$/u;
/** People a skill is done for or with. */
const PEOPLE =
  /^(?:graduates?|juniors?|interns?|apprentices?|trainees?|staff|teams?|colleagues|peers|students?|new|hires|starters|engineers?|nurses?|agents?|members?)$/iu;

/**
 * "PA66+GF 等塑胶材料特性": the items before 等 and the kind after it, each an item of its own (its 特性 or 知识 left
 * off); a kind that only names the list ("等编程语言", "等工具") is left to TRAILING.
 */
function kindApart(item: string): string[] {
  const parts = /^(.*[^\s等])\s*等\s*([\u4e00-\u9fff]{2,8}?)(?:的)?(?:特性|性能|知识|原理|相关知识)?\s*$/u.exec(item);
  if (!parts || /(?:工具|软件|技术|框架|语言|系统|平台|设备|仪器|方法)$/u.test(parts[2]!)) return [item];
  return [parts[1]!, parts[2]!];
}

/**
 * "Chocolate tempering 巧克力调温", "模具向导 MoldWizard": a skill named in both scripts is two labels, each as written;
 * not a brand before a term ("IDEXX 血液分析仪", "Moldflow 模流分析"), a version or a task of two characters ("富怡服装 CAD
 * V10", "HS code 归类").
 */
function bothScriptsApart(item: string, listOfPairs = false): string[] {
  const latinFirst = /^\s*([A-Za-z][\w'’&.+-]*(?: [A-Za-z][\w'’&.+-]*){0,3})\s+([\u4e00-\u9fff]{2,8})\s*$/u.exec(item);
  const cjkFirst = /^\s*([\u4e00-\u9fff]{2,8})\s+([A-Za-z][\w'’&.+-]*(?: [A-Za-z][\w'’&.+-]*){0,3})\s*$/u.exec(item);
  const [latin, cjk] = latinFirst ? [latinFirst[1]!, latinFirst[2]!] : cjkFirst ? [cjkFirst[2]!, cjkFirst[1]!] : [];
  if (!latin || !cjk || cjk.length < 3 || QUALIFIER.test(cjk) || NOT_SKILL_ITEM.test(cjk) || /\d/u.test(latin)) return [item];
  // One word before a term is its brand ("Zorblex 口译机", "Panasonic 贴片机编程"); a phrase before it, or a name in
  // Latin letters after it, is its translation, and so is a word in a list of such pairs ("…、Sugar work 拉糖、
  // Viennoiserie 维也纳面包").
  const isTranslation = latin.includes(' ') || (/[a-z]/u.test(latin) && (cjkFirst !== null || listOfPairs));
  return isTranslation ? [latin, cjk] : [item];
}

const isTranslationPair = (item: string) => bothScriptsApart(item).length === 2 && /^\s*[A-Za-z]/u.test(item);

function cleanItem(part: string): string {
  // "及食品安全法规": a conjunction left at an item's start by the split; "JMeter 做接口": the tool, not its use.
  let item = part
    .replace(BULLET, '')
    .trim()
    .replace(/^(?:以及|及|并|和|与)\s*(?=[\u4e00-\u9fffA-Za-z]{3})/u, '')
    .replace(/^([A-Za-z][\w .+#/-]*?)\s*(?:做|进行|来做|用于)[\u4e00-\u9fff].*$/u, '$1');
  for (let previous = ''; previous !== item;) {
    previous = item;
    item = item.replace(QUALIFIER, '').replace(TRAILING, '').trim();
  }
  // A model or a release year after a product ("蔡司 IOLMaster 700", "Revit 2021"), not a standard's number ("ISO 9001").
  if (!STANDARD.test(item)) item = item.replace(/(?<=[A-Za-z]{3,})\s+\d{3,4}$/u, '');
  return item.replace(/^[\s"'“”‘’「」《》.,:：]+|[\s"'“”‘’「」《》.,:：]+$/gu, '');
}

/** A standard named by its body and number. */
const STANDARD =
  /^(?:ISO|IEC|EN|GB|GB\/T|IFRS|IAS|ASTM|ANSI|DIN|JIS|IPC|TSG|AWS|API|ASME|BS|NFPA|IATF|SAE|UL|IEEE|ITU|ETSI|ICH|USP|FDA|CFR|TS|OSHA|NEBOSH|IOSH)\b/iu;

function isProse(item: string): boolean {
  return CJK.test(item) ? PROSE_CJK.test(item) : item.split(/\s+/).length > 4 && PROSE_LATIN.test(item);
}

/** A Chinese qualification: a body's (学会, 协会) or one that ends on its title, licence or certification. */
const CJK_QUALIFICATION = /(?:学会|协会|委员会)|(?:师|员|证|认证|资格|执照|职称)$/u;

/** A list item: a few words or a short Chinese term, with a letter or a Chinese character, and no prose. */
function isShortItem(written: string): boolean {
  if (!/[\p{L}]/u.test(written) || written.length < 2) return false;
  // Measured without its certificate word: "康复医学治疗技术资格证" is a term of eight characters.
  const item = withoutQualificationWord(written);
  if (CJK.test(item)) {
    const cjkChars = item.match(/[\u3400-\u4dbf\u4e00-\u9fff]/gu)?.length ?? 0;
    // A qualification's name runs longer ("中国心理学会注册心理师", "国际角膜塑形学会验配认证").
    const [most, longest] = CJK_QUALIFICATION.test(item) ? [16, 24] : [10, 18];
    return cjkChars <= most && item.length <= longest && !PROSE_CJK.test(item);
  }
  const words = item.split(/\s+/);
  // A certification's name runs longer ("Salesforce Certified Platform App Builder").
  const [most, longest] = CERTIFICATION.test(item) ? [6, 60] : [4, 40];
  return words.length <= most && item.length <= longest && !PROSE_LATIN.test(item) && /^[\p{L}\p{N}]/u.test(item);
}
