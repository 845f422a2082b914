/**
 * Skills: through the taxonomy, the skills section's items as written, the tasks a Chinese or English description
 * enumerates, the tools its verbs of using govern, the acronyms it defines, the codes it names in 《》 or works by
 * ("按 SOP 处理"), the names in brackets after a skill or an item read, and the traits and abilities a self-assessment
 * claims.
 */
import { skillTaxonomy, type SkillMention } from '../../../../taxonomy/taxonomy.ts';
import { escapeRegExp } from '../../../../data/text/regexp.ts';
import type { ResumeSkill } from '../types.ts';
import { bracketedAcronyms } from './acronym-lists.ts';
import { withoutAcronymPairs } from './acronym-pairs.ts';
import { CURRENCY_CODE, hasHan, namesPlace, REGION_CODE } from './entry-parts.ts';
import { addWritten, bracketedNames, listedSkills, withoutCategoryLabels, type ListedSkill } from './listed-skills.ts';
import { spokenLanguageOf } from './languages.ts';
import { latinTerms } from './latin-terms.ts';
import { PREPOSITION, definedAcronyms, englishTasks, usedNames } from './english-tasks.ts';
import { mentionItem, namedItem } from './mention-items.ts';
import { abilitiesClaimed, experienceClaims, selfClaims } from './self-claims.ts';
import { knownTerms, ruleBooks, taskPhrases } from './task-phrases.ts';
import { toolPhrases } from './tool-phrases.ts';
import { unwrapped } from './unwrapped.ts';

/**
 * A term before "client", "sector", 行业 … names a line of business, not a skill ("a retail banking client",
 * 连锁药店客户), one before 厂 the plant worked in (污水处理厂), one before "team" or 部门 the people ("concierge team").
 */
const DOMAIN_OF =
  /^\s*(?:(?:clients?|customers?|sectors?|industry|industries|firms?|teams?|leadership|department|managers|staff|org)\b|行业|客户|厂|团队|部门)/iu;

/**
 * What prose names as where the work was, not a skill the writer states; read in a skills section only:
 * - a line of business, what the work was for or in ("Phase III oncology trials", "HIL testing for automotive ECUs",
 *   "6年跨境电商经验", "retail and real-estate audits"): the dev halves label none of the prose's mentions of automotive,
 *   oncology or real estate, and few of e-commerce, logistics or manufacturing (7 of 68);
 * - a field or a domain ("ensured ISO 13485 compliance", "on data centre projects", "a semiconductor fab", "cardiology
 *   ward"), and a word of prose that names a skill only in a list ("customer surveys", 审核 a review, 上线 a launch,
 *   数据库 a database): each labelled in at most a quarter of the dev halves' prose mentions (compliance 16 of 73,
 *   surveys 6 of 27; most none of 6 to 12). Nor does the item such a mention opens or ends ("community oncology").
 */
const LISTED_ONLY = new Set([
  ...['automotive', 'oncology', 'real-estate', 'ecommerce', 'logistics', 'manufacturing'],
  'compliance',
  'software-testing',
  'survey-design',
  'backend-development',
  'content-moderation',
  'release-engineering',
  'hr-management',
  'data-governance',
  'devops',
  'wireless-communications',
  'video-production',
  'battery-systems',
  'powertrain',
  'clinical-research',
  'cloud-computing',
  'civil-engineering',
  'cardiology',
  'data-center',
  'property-casualty',
  'semiconductor',
  'cardiac-care',
  'regulatory-affairs',
  'solar-pv',
  'surgery',
  'medical-devices',
  'cross-border',
  'cybersecurity',
  'energy-storage',
  'insurance',
  'automotive-electronics',
  'intellectual-property',
  'national-curricula',
  'platform-product',
  'press-conferences',
  'database-design',
  'product-launch',
  'assembly',
  'servo-drives',
  'corporate-income-tax',
  'concierge',
  'call-center',
  // Labelled in at most a quarter of the tuning half's prose mentions (0 of 9 high-voltage, 2 of 9 critical-care; 主持
  // chairs a meeting more often than it hosts a show): the thirteen before broadcasting, +0.05 F1 there and +0.03 on the
  // other half.
  'high-voltage',
  'wind-energy',
  'critical-care',
  'disability-support',
  'consumer-lending',
  'b2b-saas',
  'veterinary',
  'vaccines',
  'tourism',
  'refrigerated-trucks',
  'quantitative-finance',
  'operations-management',
  'power-electronics',
  'broadcasting',
  // 安全行车 of a driver's day and 目标感强 of a character: 3 of 19 labelled on every second dev resume.
  'passenger-driving',
  'results-orientation',
]);

/** A soft skill's word after a technical one names a technique, not a trait: "CAN bus communication", "serial communication". */
const TECHNICAL_BEFORE =
  /\b(?:bus|serial|wireless|network|data|radio|satellite|mobile|optical|digital|analog(?:ue)?|inter-process|process|machine|device|protocol|can|uart|spi|i2c|tcp|udp|rf|5g|4g|lte)\s*$/iu;
const isTechnique = (text: string, m: { start: number; skill: { category: string } }) =>
  m.skill.category === 'soft-skill' && TECHNICAL_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));

/** A plural counted in prose names people or things, not a skill: "coordinate 6 teaching assistants", "3 apprentices". */
const isCounted = (text: string, m: { start: number; match: string }) =>
  /\d\s*$/u.test(text.slice(Math.max(0, m.start - 4), m.start)) && /[a-z]s$/u.test(m.match);

/** A currency's code before an amount is money, whatever a term it spells: "saving AED 4.2m", "PHP 50,000". */
const isAmount = (text: string, m: { end: number; match: string }) =>
  CURRENCY_CODE.test(m.match) && /^\s?\d/u.test(text.slice(m.end, m.end + 2));

/** A state's code in brackets after a licence or a check is the state that issued it: "Open Driver Licence (VIC)". */
const isIssuingState = (text: string, m: { start: number; end: number; match: string }) =>
  REGION_CODE.test(m.match) &&
  /[A-Za-z0-9]\s*[(（]$/u.test(text.slice(Math.max(0, m.start - 3), m.start)) &&
  /^[)）]/u.test(text.slice(m.end));

/**
 * A role written in prose is the person who holds it ("协助项目经理排期", "with the company secretary"), not the skill;
 * unless it is the writer's own ("worked as a teaching assistant", "担任项目经理").
 */
const isRole = (text: string, m: { start: number; match: string }) =>
  /(?:经理|主管|专员|[^人]员)$|\b(?:manager|officer|secretary|assistant|coordinator)s?$/iu.test(m.match) &&
  !/(?:\bas\s+(?:an?\s+)?|担任|作为|任职|出任)$/iu.test(text.slice(Math.max(0, m.start - 8), m.start));

/**
 * Skills from the skills section and a certifications section (sure: 0.9), items of it the taxonomy does not know
 * (as written, `text:` ids: 0.8), mentions elsewhere and codes named in 《》 or worked by (0.6; ambiguous mentions
 * need context, a self-assessment's traits their place as a claim), and, as written, the tasks a Chinese or English
 * description enumerates, the tools it says were used, the laws it follows, the acronyms it defines, the names in
 * brackets after a skill or an item read and the abilities a self-assessment claims (0.5; 0.6 for one the taxonomy
 * names whole). A skill the section names only inside items it lists as written gives way to them. `sectionLines` are
 * the skills and certifications sections' lines, each section's apart.
 */
export function findResumeSkills(sectionLines: readonly (readonly string[])[], otherText: string, selfAssessment = ''): ResumeSkill[] {
  const taxonomy = skillTaxonomy();
  // A wrap is joined inside one section: a list that ends a line is no item cut by the next section's first line
  // ("Tools: Git, IntelliJ IDEA" / "Soft skills: teamwork, …", a heading written with its list).
  const skillLines = sectionLines.flatMap(withWrappedItemsJoined);
  const byId = new Map<string, ResumeSkill>();
  /** Taxonomy mentions with `confidence`, over the same skill read less surely. */
  const addMentions = (mentions: ReturnType<typeof taxonomy.findSkills>, confidence: number) => {
    for (const { skill, match } of mentions) {
      // A language test's name (普通话二级甲等, "IELTS 7.5") is a spoken language, read as one (findLanguages).
      if ((byId.get(skill.id)?.confidence ?? 0) >= confidence || spokenLanguageOf(match)) continue;
      byId.set(skill.id, { id: skill.id, name: skill.name, nameZh: skill.nameZh, match, confidence });
    }
  };
  /**
   * A reader's items as written, unless read already: one naming a whole taxonomy skill is that skill, with
   * `skillConfidence`. A place written as an item ("RPLS, Texas", "across India and South-East Asia") is none.
   */
  const addItems = (items: ListedSkill[], confidence: number, skillConfidence: number) => {
    for (const { id, name, written, skill } of items) {
      if (byId.has(id) || (!skill && namesPlace(written))) continue;
      byId.set(id, { id, name, nameZh: skill?.nameZh ?? name, match: written, confidence: skill ? skillConfidence : confidence });
    }
  };
  const sectionText = withoutCategoryLabels(withoutAcronymPairs(skillLines)).join('\n');
  const sectionMentions = taxonomy.findSkills(sectionText, { isSkillList: true }).filter((m) => !isIssuingState(sectionText, m));
  addMentions(sectionMentions, 0.9);
  const listed = listedSkills(skillLines);
  // A skill the section names only inside longer items it lists as written ("applied econometrics", 版本运营) is named
  // more narrowly there: those items stand in its place, in the descriptions too. Replaced only when every mention of
  // it in the section is inside such an item (not also named alone). On every second dev resume, from the items that
  // said which skill they narrowed to where the items stand: +0.14 F1 (+0.15 on the other half).
  const itemSpans = listed
    .filter((item) => !item.skill)
    .flatMap((item) =>
      [...sectionText.matchAll(new RegExp(escapeRegExp(item.written), 'gu'))].map((m) => ({
        start: m.index,
        end: m.index + item.written.length,
      })),
    );
  const inItem = (m: SkillMention) => itemSpans.some(({ start, end }) => start <= m.start && m.end <= end && end - start > m.end - m.start);
  const namedAlone = new Set(sectionMentions.filter((m) => !inItem(m)).map((m) => m.skill.id));
  const replaced = new Set(sectionMentions.map((m) => m.skill.id).filter((id) => !namedAlone.has(id)));
  for (const id of replaced) byId.delete(id);
  addItems(listed, 0.8, 0.9);
  addItems(ruleBooks([...skillLines, otherText].join('\n')), 0.6, 0.6);
  // The codes a bracket lists, wherever it stands ("(MFL, UT, EMAT)").
  addItems(bracketedAcronyms([...skillLines, otherText].join('\n')), 0.5, 0.6);
  // What the descriptions' readers read: the tools a verb of using governs, the abilities and the experience claimed,
  // the tasks enumerated, the acronyms defined, the names said to be used, the English terms a Chinese sentence holds.
  const described = [
    toolPhrases,
    abilitiesClaimed,
    experienceClaims,
    taskPhrases,
    englishTasks,
    definedAcronyms,
    usedNames,
    latinTerms,
  ].flatMap((read) => read(otherText));
  addItems(described, 0.5, 0.6);
  addItems(selfClaims(selfAssessment), 0.5, 0.6);
  addItems(knownTerms([...skillLines, otherText].join('\n')), 0.5, 0.6);
  // A sentence a PDF wrapped ("journey" / "maps and personas", a blank line between as PDF text has) is read across
  // its line break. Its mentions are read once: as skills, and for the names in brackets after them.
  const prose = unwrapped(otherText);
  const proseMentions = taxonomy.findSkills(prose, { isProse: true });
  // A mention that is part of a longer item of a list is that item, as written ("用户投诉处理", "guest communication").
  const isNotSkill = (m: (typeof proseMentions)[number]) =>
    DOMAIN_OF.test(prose.slice(m.end, m.end + 16)) ||
    isCounted(prose, m) ||
    isTechnique(prose, m) ||
    isAmount(prose, m) ||
    isRole(prose, m);
  // A line of business prose names is no skill there (LISTED_ONLY), nor is the item it opens or ends ("community
  // oncology", "precast manufacturing").
  const { widened, items } = widenedMentions(
    prose,
    proseMentions.filter((m) => !isNotSkill(m) && !LISTED_ONLY.has(m.skill.id)),
  );
  addItems(items, 0.55, 0.6);
  addItems(bracketedNames(prose, proseMentions, [...described, ...items]), 0.5, 0.6);
  addMentions(
    proseMentions.filter((m) => !widened.has(m) && !LISTED_ONLY.has(m.skill.id) && !replaced.has(m.skill.id) && !isNotSkill(m)),
    0.6,
  );
  // The abilities a self-assessment claims ("自律", "有较强的自驱力"): prose reads a soft skill's word only with its own
  // context.
  const selfMentions = taxonomy
    .findSkills(selfAssessment, { isProse: true, isSelfAssessment: true })
    .filter((m) => m.skill.category === 'soft-skill');
  // An English one that is part of a longer item is that item, as in the descriptions ("staff coaching", "team
  // coordination"); a Chinese one is not: whom the person talks with is not the skill (客人沟通 is 沟通). On every
  // second dev resume: +0.06 F1.
  const self = widenedMentions(
    selfAssessment,
    selfMentions.filter((m) => !hasHan(m.match)),
  );
  addItems(self.items, 0.55, 0.6);
  addMentions(
    selfMentions.filter((m) => !self.widened.has(m)),
    0.6,
  );
  // Who the person is, a character trait, a temperament or a manner, is no skill wherever it is written ("吃苦耐劳", "细心",
  // "责任心强", "性格开朗", "逻辑清晰", "服从安排", "patient", "detail-oriented"), as the labelling rules have said since o629,
  // whether the taxonomy knows the word or not; a competency stays ("沟通能力", "attention to detail"). So are 亲和力,
  // "calm under pressure", "hands-on" and "organised": the first labeller names 亲和力 in 6 of its 48 mentions on the
  // dev split, "calm under pressure" in 6 of 45.
  return [...byId.values()]
    .filter((s) => !(CHARACTER.test(s.match.trim()) && (taxonomy.skill(s.id)?.category === 'soft-skill' || s.id.startsWith('text:'))))
    .sort((a, b) => b.confidence - a.confidence);
}

/**
 * The mentions of `text` that are part of a longer item of a list (`mentionItem`) or open a product's or a standard's
 * name (`namedItem`), and those items as written; not one the taxonomy names whole.
 */
function widenedMentions(text: string, mentions: readonly SkillMention[]): { widened: Set<SkillMention>; items: ListedSkill[] } {
  const taxonomy = skillTaxonomy();
  const widened = new Set<SkillMention>();
  const items = new Map<string, ListedSkill>();
  for (const m of mentions) {
    const item = mentionItem(text, m.start, m.end) ?? namedItem(text, m.start, m.end);
    if (item === null || taxonomy.normalizeSkill(item)) continue;
    widened.add(m);
    addWritten(items, item);
  }
  return { widened, items: [...items.values()] };
}

/**
 * Who a person is: a character trait (hard-working, patient, careful, responsible, honest), a temperament or a manner
 * (性格开朗, 阳光开朗, 乐观向上, 逻辑清晰, 做事有条理), doing as one is told (服从安排).
 */
const CHARACTER =
  /亲和力|親和力|性格|开朗|乐观|阳光|逻辑清晰|思路清晰|有条理|条理清晰|细心|細心|细致|細緻|严谨|嚴謹|耐心|吃苦|耐劳|耐勞|踏实|踏實|勤奋|勤奮|勤恳|任劳任怨|责任心|責任心|责任感|認真負責|认真负责|原则性|服从(?:工作|公司|领导|上级)?(?:安排|分配|管理|调配|指挥)|诚信|誠信|诚实|正直|^(?:patient|reliable|dependable|punctual|diligent|diligence|hard[- ]?working|honest|meticulous|detail[- ](?:oriented|minded|focused)|responsible|accountable|calm under pressure|hands-on|organi[sz]ed)$/iu;

/**
 * A list wrapped in a narrow column (a PDF): "Teaching: curriculum design, active" / "learning, online course
 * delivery" is one list, its item "active learning" cut by the wrap. A line of a comma list that does not end at a
 * separator, or a line cut after a hyphen ("scikit-" / "learn"), followed by one that starts in lower case, is
 * joined to it, as is a line that ends on "&" or "and" ("budgeting &" / "forecasting"); a list of one skill a line is
 * left alone. A name in capitals is cut too ("ASSA exams: A211 Financial"
 * / "Mathematics, A311 Actuarial Risk"): when the next line's first item is one word that would not have fitted on
 * the line (the column is as wide as the section's longest line) and the item it would end is no skill as it stands,
 * or when the two words name a skill together. A bracket a line leaves open closes on the next.
 */
export function withWrappedItemsJoined(lines: readonly string[]): string[] {
  const width = Math.max(0, ...lines.map((line) => line.trim().length));
  const out: string[] = [];
  let lastWidth = 0;
  for (const line of lines) {
    let previous = out.length - 1;
    while (previous >= 0 && !out[previous]!.trim()) previous--;
    const before = previous >= 0 ? out[previous]!.trimEnd() : '';
    const cutAtHyphen = /\p{L}-$/u.test(before); // "scikit-" / "learn"
    const isList = /[,，、;；]/u.test(before) && /[\p{L}\p{N})]$/u.test(before);
    // An item cut after its "&" or "and" ("budgeting &" / "forecasting"): the rest of the item is on the next line.
    const cutAtJoin = /\s(?:&|and)$/u.test(before) && /^\s*[\p{L}]/u.test(line);
    // A bracket the line leaves open closes on the next ("MRICS (Member of the Royal" / "Institution of …)").
    const isOpen = (before.match(/[(（]/gu)?.length ?? 0) > (before.match(/[)）]/gu)?.length ?? 0);
    if ((/^\s*[a-z]/u.test(line) && (cutAtHyphen || isList)) || cutAtJoin) {
      out.splice(previous, out.length - previous, `${before}${cutAtHyphen ? '' : ' '}${line.trim()}`);
    } else if ((isOpen && line.trim()) || isCapitalCut(before, lastWidth, line, width)) {
      out.splice(previous, out.length - previous, `${before} ${line.trim()}`);
    } else out.push(line);
    if (line.trim()) lastWidth = line.trim().length;
  }
  return out;
}

/**
 * "A211 Financial" / "Mathematics, …": a one-word item that did not fit, ending an item that is no skill alone. In a
 * list of one item a line, only a lone word after a line that ran to the column's edge ("Salesforce Certified
 * Advanced" / "Administrator"), neither a skill.
 */
function isCapitalCut(before: string, beforeWidth: number, line: string, width: number): boolean {
  const first = /^\s*([A-Z][\p{L}\p{N}]*)\s*(?:[,，;；]|$)/u.exec(line)?.[1];
  if (!first || !/[\p{L}\p{N}]$/u.test(before)) return false;
  const taxonomy = skillTaxonomy();
  if (!/[,，;；:：]/u.test(before)) {
    const lone = line.trim() === first && before.trim().split(/\s+/u).length >= 2 && beforeWidth >= 0.8 * width;
    // A name's words are capitalised ("Florida Pest Control Operator" / "Certificate", "ICA Specialist Certificate in" /
    // "Sanctions"); an item of plain words ends where it stands ("Battery replacement" / "Diagnostics"). Nor is an
    // acronym, a name in camel case or a language the rest of a name: it is the column's next item ("Concrete
    // Technology" / "MICT", "Smiths News Connect" / "PayPoint", "Hygiene SOPs" / "English"). On the dev split's
    // one-item-a-line columns, 10 of 60 such joins named a label, 9 of 13 after this.
    const named = before
      .trim()
      .split(/\s+/u)
      .every((word) => /^[\p{Lu}\p{N}]/u.test(word) || PREPOSITION.test(word) || /^(?:the|&)$/u.test(word));
    const nextItem = /^[\p{Lu}\p{N}]{2,}$|\p{Ll}\p{Lu}/u.test(first) || spokenLanguageOf(first) !== null;
    return (
      lone &&
      named &&
      !nextItem &&
      beforeWidth + 1 + first.length > width &&
      !taxonomy.normalizeSkill(first) &&
      !taxonomy.normalizeSkill(before)
    );
  }
  const lastItem = before
    .split(/[,，;；:：]/u)
    .pop()!
    .trim();
  // A skill's name cut after a word that is a skill alone ("Spring" / "Boot, …"): the two words name another skill, the
  // second word none.
  const joined = taxonomy.normalizeSkill(`${lastItem} ${first}`);
  if (joined && !taxonomy.normalizeSkill(first) && joined.id !== taxonomy.normalizeSkill(lastItem)?.id) return true;
  // A name in capitals cut at its last capitalised word ("A211 Financial"), not an item ending on a word of prose ("NAV
  // valuation" / "Bloomberg, …").
  if (!/^[A-Z0-9]/u.test(lastItem) || !/(?:^|\s)[A-Z0-9][\p{L}\p{N}]*$/u.test(lastItem) || taxonomy.normalizeSkill(lastItem) !== null) {
    return false;
  }
  // Both words naming a skill is cut whatever the width ("Azure Data" / "Factory, SSIS": characters are no measure of
  // a proportional font); else a name of two words or more whose next word did not fit, unless that word is a skill of
  // its own opening a list of its own ("… Senior First Aid" / "Teamwork, report writing").
  if (taxonomy.normalizeSkill(`${lastItem} ${first}`) !== null) return true;
  return lastItem.split(/\s+/u).length >= 2 && beforeWidth + 1 + first.length > width && !taxonomy.normalizeSkill(first);
}
