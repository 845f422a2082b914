/**
 * What a list item is and how a list is cut into items: the separators, the qualifiers and levels around an item
 * ("熟练掌握", "(advanced)", "– 5 years"), what is never an item (a level, a heading word), and the items written
 * together (a shared head or tail, a kind after 等, a name in both scripts, "and" between two items).
 */
import { LICENCE_ISSUER_WORDS, LICENCE_STANDING_WORDS } from '../../../../taxonomy/driving-licence.ts';
import { skillTaxonomy, withoutQualificationWord } from '../../../../taxonomy/taxonomy.ts';
import { namesPlace, REGION_CODE } from './entry-parts.ts';

/** A Chinese character. */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
/**
 * A bullet, a dash or a number before a list's line ("• ", "– ", "3. ", "(2)"), or any other symbol a list is marked
 * with ("✔ ", "★ ", "➤ ", an emoji): not the item.
 */
export const BULLET = /^(?:[\s•·●○■□◆◇▪◦‣⁃▸►➢✓✔*>\-–—]|\p{So})+|^\(?\d{1,2}[.、)）]\s*/u;
/**
 * A word for the people or the places a skill is done for or with ("mentoring new hires", "CKD patients", "local
 * schools"): what a list item adds with it is no narrower skill.
 */
export const PEOPLE =
  /^(?:students?|patients?|clients?|customers?|staff|teams?|children|kids|families|parents|members?|users?|people|colleagues|peers|managers?|stakeholders?|partners?|vendors?|suppliers?|graduates?|juniors?|interns?|apprentices?|trainees?|new|hires|starters|engineers?|nurses?|agents?|homes?|wards?|branches|sites?|stores?|schools?)$/iu;
/**
 * What is said before an item of how well or whether it is held ("熟练掌握", "会", "proficient in"), not the item, and a
 * certificate's grade before its name (国家一级品酒师, 高级酿酒师, 丙級飲料調製技術士): not a 职称's or an athlete's, whose
 * grade is the name (中级会计师, 高级工程师, 二级运动员).
 */
export const QUALIFIER =
  /^(?:(?:能够|可以|会)?(?:熟练掌握|熟练使用|熟练运用|熟练操作|熟练|熟悉|精通|掌握|了解|擅长|使用|运用|具备|具有|持有|拥有|会用|能用|会做|能做|可做|可以做|(?:能够?)?(?:看懂|看得懂|读懂|识读))|(?:能够?|可以)?独立(?:完成|编写|撰写|负责|开展)?|(?:会|能|懂)?(?:一点|一些|点儿|简单)(?=\s*[\u4e00-\u9fffA-Za-z]|$)|(?:会|能|懂)基本(?=\s*[\u4e00-\u9fffA-Za-z]|$)|基本(?=会|能|掌握|了解|熟悉|懂|可以)|懂得?(?=[\u4e00-\u9fff]{2})|持\s*(?=[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 ]+(?:证|证书|执照)$)|(?:初级|中级|高级)(?!中学)(?=[\u4e00-\u9fff]{2,}(?:证|证书)$)|(?:国家|國家)?(?:[一二三四五甲乙丙][级級]|[初中高][级級])(?=[\u4e00-\u9fff]{2,}[师師员員士]$)(?!(?:工程|会计|會計|经济|經濟|统计|統計|审计|審計|运动|運動)[师師员員]$)|各种|各类|多种|可用(?!性)|(?:自己)?(?:能够|能|会|可以)(?=[\u4e00-\u9fff]{3})(?!计|议|员|展|务|所|籍|话|谈|签|考|诊|客|场|长|友|费|源|力|耗|效|量|级|动)|有(?=[\u4e00-\u9fff]{3})(?!机|限|效|色|线|声|氧|毒|害|偿|价|源|性)|(?:highly |very )?(?:proficient|skilled|experienced|expert|familiar|fluent|competent|strong|advanced|basic|intermediate|good|excellent|solid|working(?= knowledge)|hands-on|current|valid)(?:\s+(?:in|with|at|of|knowledge of|experience (?:in|with)))?(?![\p{L}\p{N}])|(?:knowledge of|experience (?:in|with)|expertise in)(?![\p{L}\p{N}]))\s*[:：]?\s*/iu;
/**
 * List separators; a spaced slash too ("POMI / NRM2"), an unspaced one may be inside a name ("A/B Testing", "CI/CD"),
 * and a symbol that marks each item on one line ("✔ Cash handling ✔ POS", "★ 叉车证 ★ 盘点").
 */
export const ITEM_SEPARATORS = /[,，、;；|｜·•●○■□◆◇▪()（）[\]【】「」『』\p{So}]|\s{2,}|\s*(?:→|->|⇒|➔|➜)\s*|\s[/／]\s/u;
/** "and" or "&" between two items ("Python and Go"). */
const AND = /\s+(?:and|&)\s+/u;
/** A word that qualifies a skill rather than names one: "written", "verbal", "technical", "creative", "cross-functional". */
const QUALIFYING_WORD = /(?:al|ive|ous|ed|en|ic|ful|less|able|ible|ary|ly)$/iu;
/**
 * The work a singular noun names that two kinds share ("voice and chat support", "project and risk management"): the
 * word before "and" takes it.
 */
const SHARED_WORK =
  /^(?:support|management|analysis|planning|design|development|testing|control|maintenance|reporting|writing|administration|leadership|operations|compliance|assessment)$/iu;
/** That a Chinese item is held well, said after it ("蒸煮炸都熟", "办公软件都很熟练"): not the item. */
export const HELD_WELL = String.raw`(?<=[\u4e00-\u9fff]{2})(?:都|均|也)(?:很|比较)?(?:熟练|熟悉|熟|会|能做|可以|可|没问题)`;
/**
 * What is said after an item of its kind, level, years, version, speed or status, or of how well it is held, not the
 * item: "等工具", "(熟练)", "– 5 years", "v2.1", "in progress", "ISO 9001 体系", "CATTI 笔译二级",
 * "Python basics", "Typing 60 wpm", "NACE CIP Level 2", "CFA Level III candidate", "CIPS Level 4 Diploma", "粤菜基础扎实",
 * "素描能教", "平焊立焊均可". A kind word after an acronym is the name's ("NEC3 contracts", "TMW Suite").
 */
const TRAILING = new RegExp(
  String.raw`\s*(?:等(?:[\u4e00-\u9fff]{0,4}(?:工具|软件|技术|框架|语言|系统|平台|设备|仪器))?|etc\.?|\.{3}|…|[\s(（]*(?:熟练|精通|熟悉|了解|良好|一般|native|fluent|advanced|intermediate|basic|beginner|expert|proficient)[)）]?|[-–—]\s*\d+\+?\s*(?:years?|yrs?|年)|\s(?:current|valid|registered|accredited|in progress|ongoing|pending|candidate|passed|cleared|holder)|(?<=[A-Za-z0-9])\s*(?:标准|体系|认证|模块|基础级|初级|中级|高级|专业级)|(?<=[A-Za-z0-9])\s+(?:basics|fundamentals|course|courses)|(?<=[A-Za-z])\s+(?:[vV]\.?\s?\d+(?:\.\d+)*|\d+(?:\.\d+)+[a-z]?)|(?<=\bcertified\b.*)\s+[-–—:]\s*(?:professional|associate|specialty|speciality|foundational|foundation|practitioner|expert)|(?<=[\u4e00-\u9fff]{2})日常(?:管理|维护|操作|保养)|(?<=試験|试验|考试|認定|检定|検定)(?:合格|通过)|${HELD_WELL}|(?<=[\u4e00-\u9fff]{2})(?:基础|功底)?(?:不错|扎实|很好|较好|过硬)|(?<=[\u4e00-\u9fff]{2})(?:能教|会教)|(?<=[A-Za-z])\s+\d+\s*(?:wpm|words per minute)|(?<=[A-Za-z]{2})\s+(?:level|grade)\s*(?:\d{1,2}|[IVX]{1,4}|[A-E])(?:\s+(?:diploma|certificate|award))?|(?<=[\u4e00-\u9fff\u3040-\u30ff]{2})\s*\d\s*[级級]|(?<=[\u4e00-\u9fff])\s*[A-E]\s?级|(?<=[\u4e00-\u9fffA-Za-z]{2})(?<!计算机)\s*[一二三四五]级)\s*$`,
  'iu',
);
/**
 * Items that are a level, a grade, a speed, a heading word, a status or a year, nothing of their own ("B2", "中级",
 * "60 wpm", "Skills", "in progress", "2019", a language's "可作为工作语言"; spoken languages: namesSpokenLanguage).
 */
export const NOT_SKILL_ITEM =
  /^(?:n[1-5]|(?:level|grade|band|tier)\s*\w{1,3}|[abc][12]|基础|基础级|专业级|入门|初级|中级|高级|(?:初级|中级|高级)?(?:工|技师)|[一二三四五]级|熟练|精通|良好|一般|了解|掌握|\d+\s*(?:wpm|words per minute|字\/?分钟?)|(?:可|能)?(?:作为|用作|用于)?工作语言|\d+\s*(?:hours?|hrs?|h|小时|学时)|其他|其它|others?|misc\.?|tools?|skills?|(?:top|core|key|technical|soft|hard|other)\s+(?:skills?|competenc(?:y|ies))|技能|工具|软件|证书|certificates?|certifications?|none|无|and|or|etc\.?|等|(?:已(?:通)?过|在考|备考|考取中|在读|进行中|在学)\s*(?:\d+\s*[门科])?|在有效期内|有效期内|in progress|ongoing|pending|candidate|no conditions|physically fit|(?:can|able to) lift\b.*|expected(?:\s+\d{4})?|completed|passed|current|valid|expired|renewed|\d{4}|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{4})?|passed\s+\d+\s+(?:papers|exams|levels))$/iu;

/**
 * A bracket's who and when after a name: a project's, an entry's or an award's heading ("Returns label service
 * (Brindle, 2020)", "(Quillon, 2019–2021)", "(2019)"), not the work's names; a standard's year is part of its name
 * ("ISO 9001:2015").
 */
export const WHO_AND_WHEN = /(?:^|,)\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|present))?\s*$/iu;

/** 与, 和 or 及 between two Chinese terms ("PBR 材质流程与卡通渲染"). */
export const CJK_AND = /(?<=[\u4e00-\u9fff]{2})[与和及](?=[\u4e00-\u9fff]{2})/u;
/** A sentence, not a list item: Chinese function words, or English words that only prose uses. */
const PROSE_CJK = /[的着我]|了(?!么)|负责|参与|通过|进行|完成|经验|以上|\d\s*年|良好|较强|能力强|熟练|熟悉|精通/u;
const PROSE_LATIN =
  /\b(?:i|my|we|our|the|a|an|was|were|is|are|have|has|had|years?|experience|responsible|including|such|using|used|worked|working|able|ability|strong|excellent|various|other)\b/iu;

/**
 * "and" or "&" between two items that stand on their own ("Python and Go", "Scaling & root planing"); a lone word before
 * "and" takes the noun the other side ends on ("Rotary and coil machines": rotary machines, coil machines); not when
 * one side is a lone word that is no skill, the head the other side shares ("Infection prevention & control").
 */
export function splitAtAnd(item: string): string[] {
  const sides = item.split(AND);
  if (sides.length === 1) return sides;
  const shared = sides.length === 2 ? withSharedTail(sides[0]!, sides[1]!) : null;
  if (shared) return [shared, sides[1]!];
  // Two words of work or of what it is done on ("Recruitment and training", "coaching & feedback"), unless together
  // they name one skill ("food and beverage") or they are what qualifies one ("written and verbal").
  const oneWord = (side: string) => /^[A-Za-z][a-z]{3,}$/u.test(side.trim()) && !QUALIFYING_WORD.test(side.trim());
  if (sides.length === 2 && sides.every(oneWord) && !skillTaxonomy().normalizeSkill(cleanItem(item))) return sides;
  const stands = (side: string) => {
    const clean = cleanItem(side);
    return clean.split(/\s+/u).length >= 2 || skillTaxonomy().normalizeSkill(clean) !== null || /^[A-Z0-9]/u.test(clean);
  };
  return sides.every(stands) ? sides : [item];
}

/**
 * "Rotary and coil machines", "conveyor and crusher rebuilds", "marble and granite fixing": one word before "and"
 * takes the plural noun or the work the words after it end on ("rotary machines", "marble fixing"); not a skill of its
 * own ("payroll and vendor contracts"), an acronym or a plural itself ("Cover-ups and touch ups"). A verb's -ing form
 * stands alone, unless the words after "and" open on another, done on the same thing ("loading and unloading
 * trailers": loading trailers). Null when `left` stands alone.
 */
export function withSharedTail(left: string, right: string): string | null {
  const word = left.trim();
  const words = right.trim().split(/\s+/u);
  const noun = words.at(-1)!;
  // "loading and unloading trailers": two kinds of work done on one thing, each with it.
  if (/^[A-Za-z][a-z]{2,}ing$/u.test(word) && /^[a-z]{3,}ing$/iu.test(words[0]!) && words.length <= 3)
    return `${word} ${words.slice(1).join(' ')}`;
  if (words.length < 2 || !/^[A-Za-z][a-z-]+$/u.test(word) || /(?:s|ing)$/u.test(word)) return null;
  const taxonomy = skillTaxonomy();
  // The work done on both ("marble and granite fixing", "floor & wall tiling"), unless the words after "and" name a
  // skill of their own that the word before does not share ("data and machine learning").
  const work = /^[a-z]{3,}ing$/u.test(noun) && (!taxonomy.normalizeSkill(right) || taxonomy.normalizeSkill(`${word} ${noun}`) !== null);
  if (!work && !SHARED_WORK.test(noun) && !/[a-z][^s]s$/u.test(noun)) return null;
  return taxonomy.normalizeSkill(word) ? null : `${word} ${noun}`;
}

/**
 * "Fuji、Yamaha、Panasonic 贴片机编程": brands listed bare, the last with the Chinese term they share (four characters or
 * more: "SOP 编写" is one item, a document and its writing). The term is an item of its own, and so is the last brand.
 * Not a tool the taxonomy knows with the work of it it names ("Python、Excel 数据透视表": the pivot tables are Excel's,
 * not Python's; +0.03 F1 on every second dev resume).
 */
export function withSharedHeadApart(items: string[]): string[] {
  const taxonomy = skillTaxonomy();
  const latin = (item: string | undefined) => item !== undefined && /^\s*[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?\s*$/u.test(item);
  return items.flatMap((item, i) => {
    const shared = item.match(/^\s*([A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?) ([\u4e00-\u9fff]{4,8})\s*$/u);
    const toolAndWork = shared && taxonomy.normalizeSkill(shared[1]!) && taxonomy.normalizeSkill(shared[2]!);
    return shared && i > 0 && latin(items[i - 1]) && !toolAndWork ? [shared[1]!, shared[2]!] : [item];
  });
}

/**
 * Names a slash joins that share a head or a tail: "MIDAS Gen/Building" is MIDAS Gen and MIDAS Building, "方案/施工图设计"
 * 方案设计 and 施工图设计, a bare word taking what the longer name has around it.
 */
export function withSharedEnds(pieces: string[]): string[] {
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
export const CERTIFICATION = /\bcertifi(?:ed|cation)\b/iu;
/** A Chinese certificate's or licence's whole word, in either script ("证书", "執照"). */
const CJK_CERTIFICATE_WORD = '证书|證書|执照|執照';
/** The word a certificate's or a licence's name ends on ("叉车证", "特种作业操作证书", "Gasfitting Licence"). */
const CERTIFICATE_WORD = String.raw`(?:${CJK_CERTIFICATE_WORD}|证|资格|\b(?:licen[cs]e|certificate|certification))`;
/** A Chinese certificate's or licence's whole word at an item's end (not a bare 证, which ends many terms). */
const CERTIFICATE_END = new RegExp(`(?:${CJK_CERTIFICATE_WORD})$`, 'u');
/** A certificate's name is one item, whatever it joins ("制冷与空调设备运行操作证"). */
export const CERTIFICATE_NAME = new RegExp(String.raw`${CERTIFICATE_WORD}\s*$`, 'iu');
/** A certificate's scope or level in brackets after its name ("教师资格证（初级中学数学）", "Licence (Class C)"). */
export const CERTIFICATE_SCOPE = new RegExp(String.raw`(?<=${CERTIFICATE_WORD})\s*[(（]([^()（）]*)[)）]`, 'giu');

/**
 * "PA66+GF 等塑胶材料特性": the items before 等 and the kind after it, each an item of its own (its 特性 or 知识 left
 * off); a kind that only names the list ("等编程语言", "等工具") is left to TRAILING.
 */
export function kindApart(item: string): string[] {
  // 等 in a word is no "and so on": 等级 (全国计算机等级考试二级), 等效, 高等, 同等.
  const parts = /^(.*[^\s等同高中初对平均])\s*等(?![级效])\s*([\u4e00-\u9fff]{2,8}?)(?:的)?(?:特性|性能|知识|原理|相关知识)?\s*$/u.exec(
    item,
  );
  if (!parts || /(?:工具|软件|技术|框架|语言|系统|平台|设备|仪器|方法)$/u.test(parts[2]!)) return [item];
  return [parts[1]!, parts[2]!];
}

/** A product's word after its Chinese name, no name of its own: "维保 App", "云 Pro". */
const PRODUCT_WORD = /^(?:apps?|pro|plus|max|mini|lite|online|web|cloud)$/iu;

/**
 * "Chocolate tempering 巧克力调温", "模具向导 MoldWizard": a skill named in both scripts is two labels, each as written;
 * not a brand before a term ("IDEXX 血液分析仪", "Moldflow 模流分析"), a version or a task of two characters ("富怡服装 CAD
 * V10", "HS code 归类").
 */
export function bothScriptsApart(item: string, listOfPairs = false): string[] {
  const latinFirst = /^\s*([A-Za-z][\w'’&.+-]*(?: [A-Za-z][\w'’&.+-]*){0,3})\s+([\u4e00-\u9fff]{2,8})\s*$/u.exec(item);
  const cjkFirst = /^\s*([\u4e00-\u9fff]{2,8})\s+([A-Za-z][\w'’&.+-]*(?: [A-Za-z][\w'’&.+-]*){0,3})\s*$/u.exec(item);
  const [latin, cjk] = latinFirst ? [latinFirst[1]!, latinFirst[2]!] : cjkFirst ? [cjkFirst[2]!, cjkFirst[1]!] : [];
  if (!latin || !cjk || QUALIFIER.test(cjk) || NOT_SKILL_ITEM.test(cjk) || /\d/u.test(latin)) return [item];
  // Two characters before a Latin name are a name's part ("维保 App", "罗氏 BenchMark ULTRA", "机载 LiDAR") or a term's
  // ("SOP 编写"), but for a Chinese name with its Latin name after it, a word or a phrase in lower case ("整音 voicing",
  // "拉坯 Wheel throwing", "巴可 Barco").
  if (cjk.length < 3 && (latinFirst !== null || !/^[A-Z]?[a-z]+(?: [a-z]+)*$/u.test(latin) || PRODUCT_WORD.test(latin))) return [item];
  // One word before a term is its brand ("Zorblex 口译机", "Panasonic 贴片机编程"); a phrase before it, or a name in
  // Latin letters after it, is its translation, and so is a word in a list of such pairs ("…、Sugar work 拉糖、
  // Viennoiserie 维也纳面包").
  const isTranslation = latin.includes(' ') || (/[a-z]/u.test(latin) && (cjkFirst !== null || listOfPairs));
  return isTranslation ? [latin, cjk] : [item];
}

/** A name in Latin letters before its Chinese translation ("Chocolate tempering 巧克力调温"). */
export const isTranslationPair = (item: string) => bothScriptsApart(item).length === 2 && /^\s*[A-Za-z]/u.test(item);

/**
 * An item as the skill is named, without its bullet, a word of how well it is held, its level, years, version or
 * status ("熟练掌握 Python（熟练）" reads "Python", "• Revit 2021 – 5 years" "Revit 2021"). A model's number or a
 * release year after a name stays, as both labellers write it ("Studio 5000", "Druck DPI 620", "Data Protection Act
 * 2018"): on every second dev resume, +0.12 F1 from leaving such a number of three or four digits off.
 */
export function cleanItem(part: string): string {
  // "及食品安全法规": a conjunction left at an item's start by the split (和 only apart from a Chinese name it may open:
  // 和利时); "JMeter 做接口": the tool, not its use.
  let item = part
    .replace(BULLET, '')
    .trim()
    .replace(/^(?:(?:以及|及|并|与)\s*|和(?:\s+|(?=[A-Za-z])))(?=[\u4e00-\u9fffA-Za-z]{3})/u, '')
    .replace(/^([A-Za-z][\w .+#/-]*?)\s*(?:做|进行|来做|用于|(?:制作|绘制|编写|处理|剪辑)(?=[\u4e00-\u9fff]{2}))[\u4e00-\u9fff].*$/u, '$1')
    // "ITIL v4 Foundation": a version inside a name.
    .replace(/(?<=[A-Za-z]{2,})\s+[vV]\d+(?:\.\d+)*(?=\s+[A-Z][a-z]+$)/u, '');
  for (let previous = ''; previous !== item;) {
    previous = item;
    item = item
      .replace(QUALIFIER, '')
      // A standard's own number stays ("AS/NZS 1554.1"), a release goes ("Python 3.11").
      .replace(TRAILING, (tail: string, at: number, whole: string) =>
        isNumberOfName(whole, at) || (STANDARD.test(whole) && /^\s+\d/u.test(tail)) ? tail : '',
      )
      // "企业微信做审批": a tool the taxonomy knows, not what it is used for.
      .replace(/^([\u4e00-\u9fff]{2,6}?)(?:做|进行|来做|用于)[\u4e00-\u9fff]{2}.*$/u, (whole, tool: string) =>
        skillTaxonomy().normalizeSkill(tool) ? tool : whole,
      )
      .trim();
  }
  item = withoutLicenceStanding(item);
  return item.replace(/^[\s"'“”‘’「」《》.,:：]+|[\s"'“”‘’「」《》.,:：]+$/gu, '');
}

/** A driving licence after what a resume writes before it: "Full clean UK driving licence", "Queensland Driver Licence". */
const DRIVING_LICENCE = /^(.+?)\s+((?:driver['’]?s?|driving)\s+licen[cs]e\b.*)$/iu;
/** How a driving licence stands and what gearbox it allows: "Full clean", "Open Manual". */
const LICENCE_STANDING = new RegExp(String.raw`\b(?:${LICENCE_STANDING_WORDS})\b`, 'giu');
/** An issuing country or state by its people's word or a code, where no place is named ("Irish", "Victorian", "NZ"). */
const ISSUER_WORD = new RegExp(`^(?:${LICENCE_ISSUER_WORDS})$`, 'iu');

/**
 * A driving licence's standing, gearbox or issuing state before it, left off as a certificate's issuer and level are
 * ("Full clean driver licence", "Queensland Driver Licence", "Open Manual Driver Licence", "Full NSW driver licence"):
 * what is left of the words before it once its standing goes must be a place (a state, a province, a country, its code)
 * or nothing. Its class stays ("C class driver licence"), and so does a heavy vehicle's ("Heavy Rigid driver licence").
 */
function withoutLicenceStanding(item: string): string {
  const licence = item.match(DRIVING_LICENCE);
  if (!licence) return item;
  const issuer = licence[1]!.replace(LICENCE_STANDING, ' ').replace(/\s+/gu, ' ').trim();
  const issuedBy = issuer === '' || REGION_CODE.test(issuer) || ISSUER_WORD.test(issuer) || namesPlace(issuer);
  return issuedBy ? licence[2]! : item;
}

/**
 * A number after a name that the name and the number are together, a skill of their own ("VDA 6.3", not a version of a
 * VDA): kept where a release number ("Python 3.11") goes.
 */
function isNumberOfName(item: string, at: number): boolean {
  if (!/^\s+\d+(?:\.\d+)+$/u.test(item.slice(at))) return false;
  const whole = skillTaxonomy().normalizeSkill(item);
  return whole !== null && whole.id !== skillTaxonomy().normalizeSkill(item.slice(0, at))?.id;
}

/**
 * China's sector standards' bodies, a recommended standard's /T or a guiding one's /Z after them: "HJ 2.1", "JGJ 59",
 * "DL/T 796", "JJF 1059.1"; any two or three capitals with /T or /Z are one ("WH/T 28", "GA/T 1073").
 */
export const CHINA_STANDARDS_BODY =
  'GBZ|GBJ|JGJ|CJJ|JTG|JTJ|TB|DL|NB|SH|SY|HG|HJ|JB|QC|YY|WS|SN|GA|MH|JJG|JJF|CH|DZ|SL|CECS|FZ|QB|NY|AQ|YB|JC|JG|XF|TSG|[A-Z]{2,3}\\/[TZ]';
/**
 * The bodies whose acronym opens a standard's name anywhere ("ISO", "GB", "ASTM"; the ICC's rules: "UCP 600", "URC
 * 522"; accounting standards: "AASB 16", "FRS 105"; India's: "IS 2911"; nuclear and hospital codes: "HAF 003", "HTM 01-05").
 */
export const WORLD_STANDARDS_BODY =
  'ISO|IEC|EN|GB|UCP|URC|URDG|ISBP|IFRS|IAS|AASB|FRS|IS|HAF|HTM|VDA|ASTM|ANSI|DIN|JIS|IPC|AWS|API|ASME|AS|BS|NFPA|IATF|SAE|UL|IEEE|ITU|ETSI|ICH|USP|FDA|CFR|TS|OSHA|NEBOSH|IOSH';
/** Bodies that name a standard only with another's or adopt it ("AS/NZS 1554.1", "ISO/IEC TR 24028", "3GPP TS 38.211"). */
export const ADOPTING_BODY = 'NZS|TR|PAS|3GPP';
/** The bodies whose acronym opens a standard's name, China's sector bodies too. */
export const STANDARDS_BODY = `${WORLD_STANDARDS_BODY}|${CHINA_STANDARDS_BODY}`;
/** A standard named by its body and number ("ISO 9001", "GB/T 19001"). */
const STANDARD = new RegExp(`^(?:${STANDARDS_BODY})\\b`, 'iu');

/** A sentence, not a list item: a Chinese function word, or over four English words, one of them prose's ("I worked with…"). */
export function isProse(item: string): boolean {
  return CJK.test(item) ? PROSE_CJK.test(item) : item.split(/\s+/).length > 4 && PROSE_LATIN.test(item);
}

/** A Chinese qualification: a body's (学会, 协会) or one that ends on its title, licence or certification. */
export const CJK_QUALIFICATION = /(?:学会|协会|委员会)|(?:师|员|证|认证|资格|执照|职称)$/u;

/** A list item: a few words or a short Chinese term, with a letter or a Chinese character, and no prose. */
export function isShortItem(written: string): boolean {
  if (!/[\p{L}]/u.test(written) || written.length < 2) return false;
  // Measured without its certificate word: "康复医学治疗技术资格证" is a term of eight characters.
  const item = withoutQualificationWord(written);
  if (CJK.test(item)) {
    const cjkChars = item.match(/[\u3400-\u4dbf\u4e00-\u9fff]/gu)?.length ?? 0;
    // A qualification's name runs longer ("中国心理学会注册心理师", "国际角膜塑形学会验配认证"), and so does a certificate's
    // whatever it ends on before 证书 ("半永久定妆技术培训结业证书", "建设工程质量检测人员岗位证书").
    const [most, longest] = CJK_QUALIFICATION.test(item) || CERTIFICATE_END.test(written.trim()) ? [16, 24] : [10, 18];
    return cjkChars <= most && item.length <= longest && !PROSE_CJK.test(item);
  }
  const words = item.split(/\s+/);
  // A certification's name runs longer ("Salesforce Certified Platform App Builder").
  const [most, longest] = CERTIFICATION.test(item) ? [6, 60] : [4, 40];
  return words.length <= most && item.length <= longest && !PROSE_LATIN.test(item) && /^[\p{L}\p{N}]/u.test(item);
}
