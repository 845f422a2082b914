/**
 * Where a mention stands in its text: alone in prose, inside a phrase, a list's gap, a date, a claimed trait. What
 * `SkillTaxonomy.findSkills` asks of each candidate before it counts.
 */
import type { SkillMention } from './taxonomy.ts';

export const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** What may stand between two items of a list of skills. */
const LIST_GAP = /^[)）]?[\s,，、/;；&+·•＋|｜丨●○■□◆◇▪・‧\p{So}]*(?:[和及与]|and|or)?[\s,，、/;；&+·•＋|｜丨●○■□◆◇▪・‧\p{So}]*$/iu;
const CONTEXT_BEFORE =
  /(?:熟悉|精通|掌握|熟练|了解|使用|擅长|用|通过|借助|利用|proficient in|experience (?:in|with)|skilled in|knowledge of)\s*$/iu;
/**
 * A name used as a channel or a tool: "sold on Etsy", "photos for Instagram", "charted in Epic" (a capitalised name,
 * not a word of prose, and not the first word of a longer name: "in Oracle Clinical").
 */
const CHANNEL_BEFORE = /\b(?:on|for|via|through|using|across|in)\s+$/u;
const CONTEXT_AFTER =
  /^\s*(?:语言|开发|编程|账号|运营|店铺|直播|种草|接单|引流|推广|投放|笔记|粉丝|短视频|language|lang\b|programming|developer|engineer|(?:ads?|posts?|content|reels?|stor(?:y|ies)|campaigns?|pages?|accounts?|shop|stores?|orders?|channels?)\b)/iu;

/** Verbs a term follows in prose without being glued to them (使用秀米, 进行量房). */
const VERB_BEFORE =
  /(?:使用|熟悉|负责|掌握|精通|通过|基于|进行|参与|利用|运用|擅长|熟练|了解|采用|完成|从事|推行|推动|开展|主导|执行|实施|组织|处理|做|用|带|并|每天|每日|每周|每月|月底|月末|年底|定期)$/u;
/** What may follow a term in prose: a conjunction, a particle, a measure of doing, not a further character of a word. */
const AFTER_TERM = /^(?:[和与及并等的、，。；：:,.;!?！？（）()\s]|$)/u;

/**
 * A two-character Chinese term stands alone in prose, not inside a longer word (after a verb, or a conjunction when
 * `afterConjunction`, it starts one: "体系运行和内审"); any other term always does. An everyday word (审核, an ambiguous
 * alias) after a conjunction is too often the verb that shares the first term's object ("供应商开发与审核").
 */
export function standsAlone(text: string, mention: SkillMention, afterConjunction = true): boolean {
  if (!/^[\u3400-\u9fff]{2}$/u.test(mention.match)) return true;
  const before = text.slice(Math.max(0, mention.start - 4), mention.start);
  const after = text.slice(mention.end, mention.end + 1);
  const starts = !CJK_CHAR.test(before.slice(-1)) || VERB_BEFORE.test(before) || (afterConjunction && /[和与及]$/u.test(before));
  return starts && AFTER_TERM.test(after);
}

/** What may stand beside a claimed trait: a word of degree or having, what it is claimed of (做事, 做账, 干活, 为人), a conjunction, punctuation. */
const TRAIT_BEFORE =
  /(?:^|[\s、，,。；;：:（(和与及]|有|具有|具备|富有|较强的|很强的|良好的|的|做[\u4e00-\u9fff]|干活|为人|待人|工作|性格|(?:与|和|跟|同|对)[\u4e00-\u9fff]{1,4})$/u;
const TRAIT_AFTER =
  /^(?:$|[\s、，,。；;：:）)和与及]|强|好|佳|高|足|在线|能力|意识|精神|顺畅|流畅|良好|出色|突出|优秀|清晰|都(?=[\u4e00-\u9fff])|有(?=[\u4e00-\u9fff])|亲和)/u;

/**
 * A trait claimed in a self-assessment: a Latin word as a word, a Chinese one between punctuation, a word of degree
 * or another trait ("细心耐心", "责任心强", "有较强的自驱力"), not inside a longer word (热爱 holds no 爱心 claim).
 */
export function isTraitClaim(text: string, candidates: readonly (SkillMention & { isAmbiguous: boolean })[], k: number): boolean {
  const mention = candidates[k]!;
  if (!CJK_CHAR.test(mention.match)) return !/^\s+(?:team|role|position|programme|program|committee)\b/iu.test(text.slice(mention.end));
  // A trait word: a soft skill's alias that everyday prose uses too (耐心, 细心), not a practice (技术文档, 翻译).
  const isTrait = (m: (typeof candidates)[number] | undefined) => m !== undefined && m.skill.category === 'soft-skill' && m.isAmbiguous;
  const gluedBefore = isTrait(candidates[k - 1]) && candidates[k - 1]!.end === mention.start;
  const gluedAfter = isTrait(candidates[k + 1]) && candidates[k + 1]!.start === mention.end;
  // A claim written with its verb of having ("对孩子有耐心") stands whatever is before it.
  const claimed = /^(?:有|具有|富有|具备)/u.test(mention.match);
  return (
    (gluedBefore || claimed || TRAIT_BEFORE.test(text.slice(Math.max(0, mention.start - 6), mention.start))) &&
    (gluedAfter || TRAIT_AFTER.test(text.slice(mention.end, mention.end + 2)))
  );
}

/**
 * An ambiguous mention inside a phrase, even in a list: a Latin one a space from another Latin word ("SDL Trados
 * Studio" holds no SDL levy, "Oracle Cloud" no cloud of its own), a Chinese one glued to another character.
 */
export function isInPhrase(text: string, mention: SkillMention): boolean {
  if (CJK_CHAR.test(mention.match)) {
    // A Chinese one glued to a further character is part of a word: "化工安全" holds no 安全 of its own.
    const before = text.slice(Math.max(0, mention.start - 4), mention.start);
    const after = text.slice(mention.end, mention.end + 1);
    return (CJK_CHAR.test(before.slice(-1)) && !VERB_BEFORE.test(before)) || !AFTER_TERM.test(after);
  }
  // A name's word beside it, capitalised or a number ("Service Cloud", "SDL Trados"); not a verb or a preposition
  // ("knows Go", "review in Relativity").
  return (
    /(?:^|[^\p{L}\p{N}])[A-Z0-9][\p{L}\p{N}.+#-]* $/u.test(text.slice(Math.max(0, mention.start - 24), mention.start)) ||
    /^ [A-Z0-9]/u.test(text.slice(mention.end, mention.end + 2))
  );
}

/**
 * Items of a list stand apart: "Java、Go", "Python | Go". Two Chinese terms glued ("135编辑器排版") are one phrase,
 * not two skills; a Latin term glued to a Chinese one ("Go微服务") still stands apart by its script.
 */
export function isListGap(gap: string, before: string, after: string): boolean {
  if (gap.length === 0) return CJK_CHAR.test(before) !== CJK_CHAR.test(after);
  // One space between two Latin words is a phrase, not a list ("金蝶 K/3 Cloud", "Crew Resource Management").
  if (gap === ' ' && !CJK_CHAR.test(before) && !CJK_CHAR.test(after)) return false;
  return LIST_GAP.test(gap) || ITEM_BETWEEN.test(gap);
}
/**
 * A term that fills a bracket after another is that one's tool or kind, an item of the same list: "SQL（Hive）",
 * "Python (pandas)"; not a word of a longer bracketed phrase ("（化工安全）").
 */
export function isBracketedAfter(text: string, previous: SkillMention, mention: SkillMention): boolean {
  return /^\s*[（(]\s*$/u.test(text.slice(previous.end, mention.start)) && /^\s*[）)]/u.test(text.slice(mention.end, mention.end + 3));
}
/** One name the taxonomy does not know between two items of a Latin list: "Instagram, LinkedIn and TikTok". */
const ITEM_BETWEEN = /^\s*[,;]\s*[A-Z][\p{L}\p{N}.+#-]*(?: [A-Z][\p{L}\p{N}.+#-]*)?\s*(?:[,;]|,? and|,? or|&)\s*$/u;

/** A month written beside a number is a date ("Apr 2020", "12 Oct 2019", "Mar–Jun 2021"), whatever a term it spells. */
export function isDatePart(text: string, mention: SkillMention): boolean {
  if (
    !/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu.test(
      mention.match,
    )
  )
    return false;
  const after = text.slice(mention.end, mention.end + 12);
  const before = text.slice(Math.max(0, mention.start - 4), mention.start);
  return /^\.?,?\s*['’]?\d/u.test(after) || /\d\s*$/u.test(before) || /^\s*[-–—]\s*[A-Za-z]{3,9}\.?,?\s*['’]?\d/u.test(after);
}

export function hasOwnContext(text: string, mention: SkillMention): boolean {
  return (
    CONTEXT_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start)) ||
    (/^[A-Z][a-z]/u.test(mention.match) &&
      CHANNEL_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
      !/^ [A-Z0-9]/u.test(text.slice(mention.end, mention.end + 2))) ||
    CONTEXT_AFTER.test(text.slice(mention.end, mention.end + 16))
  );
}
