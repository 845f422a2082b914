/**
 * The item of a list a taxonomy mention in prose is the head or the body of. A recruiter reads "负责网络优化与用户投诉处理"
 * as 用户投诉处理, not as complaint handling in general, "I run guest communication, turnovers and pricing" as guest
 * communication, and "输出图纸与公差分析报告" as 公差分析报告: the object of the work and the document it makes are part
 * of the skill. A name (an acronym, a product, a code: "Jenkins", "IFRS 16") stands alone in its item, but the
 * product or the standard it opens is that whole name ("Salesforce Service Cloud", "ASME A17.1": `namedItem`).
 *
 * Both blind labellers of the dev halves write the whole item: replacing the mention with it gained 2,110 skills the
 * first labeller names and lost 787 on every second dev resume (its first version), and the limits below (a Chinese
 * item of 4 to 8 characters, an English one of up to four words, one work noun after it) are where the dev halves'
 * items stop being read so. Nine characters were read until the widened items of nine were found to score 22 % against
 * the first labeller on every second dev resume (27 of 120), the mention inside them 50 % (60 of 120).
 */
import { CHARACTER, DOING_VERBS, PREPOSITION, PROSE_WORD, SKILLED, WORK_NOUN } from './english-tasks.ts';
import { hasHan } from './entry-parts.ts';
import { DOING, PROSE, SERVED } from './task-phrases.ts';

/** Where a Chinese clause's items part: punctuation and brackets, then conjunctions. */
const ZH_BOUNDARY = /[，。；;,.!！?？\n:：、（）()【】《》“”"'[\]]/u;
const ZH_AND = /以及|与|和|及|并|或/gu;
/**
 * The verb a term follows, to its last one: "负责", "熟练使用", "出具", "持", "期间自学", a verb of making ("制作陈列标准手册",
 * "绘制用户旅程图", "上线金蝶云星空") or of putting in place ("落地柯氏四级评估"); what comes before 的 is what it is of.
 */
const ZH_BEFORE_TERM = new RegExp(
  `^.*(?:${DOING}|使用|运用|采用|利用|熟悉|掌握|精通|了解|包括|涵盖|输出|提供|实现|通过|擅长|具备|熟练|带领|带(?!教|班|宽)|做|的|` +
    '推动|推进|推广|导入|接入|构建|引入|打造|建成|完善|提升|改善|降低|提高|减少|增加|获得|取得|接受|参加|学习|持续|支持|确保|保证|' +
    '帮助|解决|承接|接手|创建|启动|推出|引进|部署|转型|期间|自学|习惯|善于|擅于|起草|记录|发布|转行|持有|注重|考取|考获|出具|' +
    '代理(?![商人])|控制(?![器柜室台阀]|系统)|含|持(?!续)|制作|绘制|繪製|梳理|上线(?![前后])|上線(?![前後])|落地)',
  'u',
);
/**
 * A preposition or an ability opening what is left: "以合同能源管理", "能熟练…", "有团队管理…", what work is done by
 * ("按感染控制指引", "依据气相色谱数据"; not 用户, 会员, 能源, 可研, 有限, nor 按期 or 按周, which say when).
 */
const ZH_OPENING =
  /^(?:按照|按(?![期时周月日])|依据|根据|基于|有(?![限效机线色声偿价源性])|到|以|在|从|向|对(?!账|标|接)|为|把|将|用(?!户|品|料|电|水|气)|能(?!源|耗|力|效)|会(?!员|计|议|务)|可(?!研|靠|视))/u;
/**
 * Where or when the work is done, all that is before it: "望京片区收派件", "月底客户对账", "年度绩效考核" (not the work;
 * 现场 and 门店 are, as the labels go).
 */
const ZH_WHERE_OR_WHEN =
  /^[\u4e00-\u9fff]*(?:片区|街道|网点|[^社小校园专]区|[^城]市|县|省)$|^(?:月底|月初|年底|年初|每日|每天|每周|每月|每季度|每年|月度|季度|年度|日常|夜间|周末|旺季)/u;
/** A verb after the term opens a clause of its own: "自卸车进行车况评估", "Excel做…", "性能测试用JMeter". */
const ZH_VERB_AFTER = new RegExp(`(?:${DOING}|用|做|写|到|转行|受理|收发|录入|扫描|签收|提升|建设|进行).*$`, 'u');
/** The one character a verb or a preposition after the term opens with, cut off from its verb: 使, 在, 落, 监, 至. */
const ZH_CUT_VERB = /[使在落监至共于把将向给让]$/u;
/** A department, a meeting, a workplace, a system, a project or a contract is where or what with, not the work. */
const ZH_NOT_WORK = /(?:部|会|厂|店|科|室|组|处|中心|公司|系统|项目|合同)$/u;
/** A count of years or people ("五年电梯维保"), or a quality ("安全意识强"): prose. */
const ZH_COUNT_OR_QUALITY = /\d|[一二三四五六七八九十两几多][年个名家]|[强好佳高]$/u;

/** A name, not a practice: capitals after the first letter, digits, or a capitalised word ("Python", "Xero"). */
const NAME = /[A-Z].*[A-Z]|\d|^[A-Z]/u;
/** A practice written at a sentence's start: "Safety inspections". */
const CAPITALISED_PHRASE = /^[A-Z][a-z]+(?: [a-z]+)+$/u;

/** Capitalised words or codes after a name, on its line: "Service Cloud", " A17.1", " RIVAGE PM7", "-117". */
const NAMED_AFTER = /^(?:(?:[^\S\n]|-)(?:[A-Z][\w.+#/-]*|[A-Z]?\d[\w./-]*))+/u;

/**
 * The product or the standard a name the taxonomy knows opens in prose: "Salesforce Service Cloud", "ASME A17.1",
 * "Yamaha RIVAGE PM7", "CCAR-117". Both blind labellers write the whole name, not the maker or the body alone: on every
 * second dev resume, +0.06 F1 (+0.03 with a code or a word in capitals required after the name).
 */
export function namedItem(prose: string, start: number, end: number): string | null {
  const match = prose.slice(start, end);
  if (!/^[A-Z0-9]/u.test(match) || hasHan(match)) return null;
  const after = NAMED_AFTER.exec(prose.slice(end))?.[0];
  // Three words or codes at most: more is a title or an organisation's name.
  if (!after || after.trim().split(/\s+/u).length > 3) return null;
  return `${match}${after}`.replace(/[.]+$/u, '');
}

/**
 * The whole item the mention of `prose[start, end)` stands in, when it is more than the mention and reads as one
 * term; otherwise null (the mention is the skill).
 */
export function mentionItem(prose: string, start: number, end: number): string | null {
  const match = prose.slice(start, end);
  if ((NAME.test(match) && !CAPITALISED_PHRASE.test(match)) || (/[A-Za-z]/u.test(match) && hasHan(match))) return null;
  const chinese = hasHan(match) || hasHan(prose[start - 1] ?? '') || hasHan(prose[end] ?? '');
  const item = chinese ? chineseItem(prose, start, end) : englishItem(prose, start, end);
  return item === null || item === match ? null : item;
}

function chineseItem(prose: string, start: number, end: number): string | null {
  let left = start;
  while (left > 0 && !ZH_BOUNDARY.test(prose[left - 1]!)) left--;
  let right = end;
  while (right < prose.length && !ZH_BOUNDARY.test(prose[right]!)) right++;
  // The piece between conjunctions that holds the mention.
  let pieceStart = left;
  let pieceEnd = right;
  for (const and of prose.slice(left, right).matchAll(ZH_AND)) {
    const at = left + and.index;
    if (at + and[0].length <= start) pieceStart = at + and[0].length;
    else if (at >= end) pieceEnd = Math.min(pieceEnd, at);
  }
  const before = prose.slice(pieceStart, start).replace(ZH_BEFORE_TERM, '').replace(ZH_OPENING, '').replace(ZH_WHERE_OR_WHEN, '');
  // After the term, Chinese characters up to a verb: "公差分析报告".
  // A verb's or a preposition's first character left over where the verb after was cut ("首件检验使用…": 使).
  const after = /^[\u4e00-\u9fff]*/u.exec(prose.slice(end, pieceEnd))![0].replace(ZH_VERB_AFTER, '').replace(ZH_CUT_VERB, '');
  const item = `${before}${prose.slice(start, end)}${after}`.trim();
  const han = item.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  if (han < 4 || han > 8 || ZH_NOT_WORK.test(item) || ZH_COUNT_OR_QUALITY.test(item) || PROSE.test(item) || SERVED.test(item)) return null;
  // One Latin word at most beside the characters ("KOL 合作"), no punctuation or a column's gap.
  if ((item.match(/[A-Za-z][\w-]*/gu)?.length ?? 0) > 1 || /[^\u4e00-\u9fffA-Za-z0-9 -]|\s{2}/u.test(item)) return null;
  return item;
}

/** Where an English clause's items part. */
const EN_BOUNDARY = /[,;:.!?()\n"“”]/u;
/** Words of a sentence, not of a term: english-tasks' determiners, pronouns and prepositions, and a few more ("enjoys", "plus"). */
const STOP_MORE =
  /^(?:me|us|them|myself|ourselves|himself|herself|themselves|yourself|&|from|into|via|through|using|across|within|under|during|per|daily|weekly|monthly|so|then|various|multiple|enjoys?|loves?|plus)$/iu;
const isStop = (word: string) => PROSE_WORD.test(word) || PREPOSITION.test(word) || STOP_MORE.test(word);
/** A verb: a past form, a gerund, or one of doing ("led", "handling", "supervise"), or its third person ("owns"). */
const VERB = new RegExp(`^(?:\\w{3,}ed|\\w+ing|(?:${DOING_VERBS}|follow|value|carr(?:y|ie)|do|keep|hold|complete)(?:e?s)?)$`, 'iu');
/** An adjective of degree or manner: "strong", "clear", "proven" (english-tasks' `SKILLED`; its adjectives of character too). */
const MANNER = new RegExp(
  `^(?:${SKILLED}|clear|great|solid|proven|effective|basic|advanced|extensive|deep|broad|sound|thorough|exceptional|outstanding|confident|fluent|familiar|hands-on)$`,
  'iu',
);
/** A word of a term: lower-case letters, or an acronym ("PK sample processing"); a capitalised word is a name's. */
const TERM_WORD = /^[a-z][a-z'’&/-]*$|^[A-Z][A-Z0-9&-]+$/u;

function englishItem(prose: string, start: number, end: number): string | null {
  let left = start;
  while (left > 0 && !EN_BOUNDARY.test(prose[left - 1]!)) left--;
  let right = end;
  while (right < prose.length && !EN_BOUNDARY.test(prose[right]!)) right++;
  const head: string[] = [];
  for (const word of prose.slice(left, start).split(/\s+/u).filter(Boolean).reverse()) {
    if (isStop(word) || VERB.test(word) || MANNER.test(word) || CHARACTER.test(word) || !TERM_WORD.test(word)) break;
    head.unshift(word);
  }
  const next = prose.slice(end, right).split(/\s+/u).find(Boolean);
  const tail = next && WORK_NOUN.test(next) ? [next] : [];
  const words = [...head, prose.slice(start, end), ...tail];
  return words.join(' ').split(/\s+/u).length > 4 ? null : words.join(' ');
}
