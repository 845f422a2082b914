/**
 * What a Chinese self-assessment (自我评价) claims in a short clause of its own: "网感好", "具备较强的沟通推动能力",
 * "手绘与模型表达能力强", "保密意识强", "熟悉海关法规". The taxonomy reads the traits it knows in any form;
 * this reads the claimed ability, awareness, knowledge or willingness it does not, as written. Only a clause that is
 * the claim alone counts (a subject or an object before the claim makes it a sentence: "与家长沟通能力好" is read by
 * the taxonomy). Anywhere, a clause that claims experience of leading, teaching or teamwork names that work
 * ("带班组经验丰富").
 */
import { skillTaxonomy } from '../../../../taxonomy/taxonomy.ts';
import { addWholeSkill, addWritten, type ListedSkill } from './listed-skills.ts';

/** Where one clause ends and the next begins. */
const CLAUSE = /[，,。；;！!\n]/u;
/** How strong a claimed ability is, after it ("强", "较强", "在线"). */
const STRONG = '(?:很强|较强|极强|强|出色|突出|优秀|良好|较好|很好|好|在线)';
/** "具备较强的沟通推动能力", "沟通推动能力强", "网感好": the ability or the quality claimed. */
const ABILITY = new RegExp(`^(?:具备|具有|拥有|有)?(?:${STRONG}的)?([\\u4e00-\\u9fff]{2,8}?)(?:能力${STRONG}?|${STRONG})$`, 'u');
/** "保密意识强", "有安全意识": an awareness claimed. */
const AWARENESS = /^(?:有|具有|具备)?(?:较强的|很强的|良好的)?([\u4e00-\u9fff]{2,4}意识)(?:强|较强|很强)?$/u;
/** "熟悉海关法规", "遵守心理咨询伦理": a body of rules known or kept. */
const RULES_KNOWN = /^(?:熟悉|了解|掌握|遵守|精通)([\u4e00-\u9fff]{2,8}(?:法规|法律|伦理|规范|标准|政策|规则))$/u;
/** Not an ability: a body, a character, a manner of working, a bearing, a lack ("身体好", "视力好", "性格好", "无不良嗜好"). */
const NOT_CLAIM =
  /^(?:身体|性格|脾气|态度|人品|形象|气质|口碑|人缘|心态|状态|精力|记性|酒量|家庭|人际|关系|专业|业务|综合|整体|各方面|工作|表现|成绩|素质|原则性|耳朵|眼睛|眼力|手|双手|视力|听力|体力|体能|身体素质|身材|嗓音)$|^(?:与|和|对|跟|同|在|为|给|把|无)|[的了我他她]/u;

/**
 * The abilities, awarenesses and rules a self-assessment's clauses claim ("网感好", "保密意识强", "熟悉海关法规"), each
 * as written; a willingness to follow direction ("服从安排") is a manner, which skills.ts leaves off.
 */
export function selfClaims(selfAssessment: string): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  const add = (written: string) => {
    // One the taxonomy knows is read there, with its context.
    if (NOT_CLAIM.test(written) || [written, `${written}能力`].some((form) => taxonomy.findSkills(form, { isSkillList: true }).length > 0))
      return;
    addWritten(found, written);
  };
  for (const clause of selfAssessment.split(CLAUSE).map((c) => c.trim())) {
    const rules = RULES_KNOWN.exec(clause)?.[1];
    const awareness = AWARENESS.exec(clause)?.[1];
    const ability = ABILITY.exec(clause)?.[1];
    if (rules) add(rules);
    else if (awareness) add(awareness);
    // "手绘与模型表达能力强": two abilities claimed together.
    else if (ability && !NOT_CLAIM.test(ability)) for (const part of ability.split(/[与和及、]/u)) if (part.length >= 2) add(part);
  }
  return [...found.values()];
}

/** "具备较强的问题分析能力与团队管理能力", "具有良好的客户服务意识": abilities or awarenesses claimed together. */
const ABILITIES_CLAIMED =
  /(?:具备|具有|拥有|(?<![没所])有)(?:较强|很强|良好|出色|优秀|扎实|一定)?的?((?:[\u4e00-\u9fff]{2,8}?(?:能力|意识)\s*[、和与及]?\s*)+)/gu;

/**
 * The abilities a sentence claims anywhere in the resume ("具备较强的问题分析能力与团队管理能力": 问题分析能力, 团队管理能力),
 * each as written; one the taxonomy names whole is that skill.
 */
export function abilitiesClaimed(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  for (const [, run] of text.matchAll(ABILITIES_CLAIMED)) {
    for (const item of run!.split(/[、和与及]/u).map((part) => part.trim())) {
      if (item.length < 4 || /[的了我他她]/u.test(item) || NOT_CLAIM.test(item.replace(/(?:能力|意识)$/u, ''))) continue;
      if (!addWholeSkill(found, item)) addWritten(found, item);
    }
  }
  return [...found.values()];
}

/** How long or how much: "五年", "超过 3 年以上的", "丰富的", "一定的". */
const EXPERIENCE_AMOUNT =
  '(?:(?:近|超过|逾)?\\s*[\\d一二三四五六七八九十两几多]+\\s*(?:余|多)?\\s*年(?:以上|多)?的?)?(?:丰富的|多年的?|一定的?|相关的?)?';
/** Leading someone ("带班组", "带团队") or teaching or teamwork with what stands before it ("跨时区团队合作"). */
const EXPERIENCE_WORK = '(?:[带帶][\\u4e00-\\u9fff]{1,4}?|[\\u4e00-\\u9fff]{0,4}(?:[带帶]教|团队(?:合作|协作)))';
/**
 * A clause that claims experience of leading or teaching people, or of working in a team: "带班组经验丰富", "有带教经验",
 * "五年跨时区团队合作经验". Experience of anything else mostly names a trade, an industry or a place ("仓储一线",
 * "会展行业", "高端酒店前厅"), which the labellers leave off: read in every form, 38 of 488 were named.
 */
const EXPERIENCE = new RegExp(`^(?:有|具备|具有|拥有)?${EXPERIENCE_AMOUNT}(${EXPERIENCE_WORK})有?的?经验(?:丰富|充足)?$`, 'u');

/** The leading, teaching or teamwork a clause claims experience of ("带班组经验丰富": 带班组), as written. */
export function experienceClaims(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  for (const clause of text.split(CLAUSE).map((c) => c.trim())) {
    const work = EXPERIENCE.exec(clause)?.[1];
    if (work && !addWholeSkill(found, work)) addWritten(found, work);
  }
  return [...found.values()];
}
