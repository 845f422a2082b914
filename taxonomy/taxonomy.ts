/**
 * The skill taxonomy: canonical skills (English and Chinese names, aliases in both languages, a
 * category, related skills) loaded from `skills.json`, and the two ways text meets it:
 * `normalizeSkill` for one skill as written ("k8s" → Kubernetes) and `findSkills` for mentions
 * inside free text, Chinese (no spaces, so substring matches) and English (word boundaries).
 *
 * Some aliases are ambiguous on their own ("Go", "C", "R", "PS", "运营", "Spring"): they count in
 * running text only with context — inside a list of skills (next to another skill, across a comma,
 * 、, / …), after 熟悉/精通/掌握, or before 语言/"language" — and, when Latin, only as cased in
 * the taxonomy or in capitals, so "go to market" or "a c-level role" are not skills.
 */
import { readFileSync } from 'node:fs';
import { PrefixIndex } from './prefix-index.ts';
import { toSimplified } from './chinese-script.ts';
import {
  CJK_CHAR,
  hasOwnContext,
  isBracketedAfter,
  isDatePart,
  isInPhrase,
  isListGap,
  isTraitClaim,
  standsAlone,
} from './mention-context.ts';
import { nounFormsOf, pluralOf, separatorVariants, spellingVariants } from './term-variants.ts';
import { LICENCE_COUNTRY } from './driving-licence.ts';

export interface Skill {
  id: string;
  /** The canonical English name. */
  name: string;
  nameZh: string;
  aliases: string[];
  /** Terms (name, Chinese name or aliases) that need context to count in running text. */
  ambiguousAliases: string[];
  category: string;
  related: string[];
}

export interface SkillMention {
  skill: Skill;
  /** The text as written. */
  match: string;
  /** UTF-16 offsets into the text given, end exclusive. */
  start: number;
  end: number;
}

export interface FindSkillsOptions {
  /**
   * The text is known to be a list of skills (a resume's skills section, a tag field): ambiguous
   * aliases count without further context, still with their case rule; two trait words glued are two
   * ("细心耐心"), as a self-assessment reads them.
   */
  isSkillList?: boolean;
  /**
   * The text is a document's running prose (a resume's job descriptions): a two-character Chinese term
   * counts only standing alone, not glued into a longer word (凭证审核, 监控关键工序, 汽车电子, 快递收发). Queries
   * and lists read them as they are.
   */
  isProse?: boolean;
  /**
   * The text is a self-assessment (自我评价, a Profile): a soft skill's trait word counts where it is claimed, between
   * punctuation or beside another trait or a word of degree ("细心耐心，责任心强", "审美好", "有较强的自驱力").
   */
  isSelfAssessment?: boolean;
}

interface TaxonomyFile {
  version: number;
  skills: Skill[];
}

interface Term {
  skill: Skill;
  /** The alias as written in the taxonomy. */
  written: string;
  isAmbiguous: boolean;
}

/** What normalizeSkill and findSkills read, built on the first call of either (skill() and the skills need none of it). */
interface Lookups {
  byKey: Map<string, Skill>;
  index: PrefixIndex<Term[]>;
}

const SKILLS_FILE = new URL('./skills.json', import.meta.url);
const LATIN_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Words after a skill that name its ability or its certificate ("…能力", "…证书", "… skills", "… certification"). */
const QUALIFICATION_SUFFIXES = [
  /(?:能力|技能|技巧|证书|资格证书?|资格|操作证|上岗证|证)$/u,
  /(?:书|资格证书?)$/u,
  /\s+(?:skills?|designation|certification|certificate|certified|qualification|proficiency|expertise|knowledge)$/iu,
];
const SKILL_SUFFIXES = [
  ...QUALIFICATION_SUFFIXES,
  // "财务报表编制", "短视频剪辑", "Python 开发": the work done with a skill names the skill.
  /\s*(?:编制|审核|核算|统计|优化|维护|分析|管理|设计|开发|运营|搭建|撰写|制作|录入|办理|对接|处理|投放|剪辑|操作|应用|使用|实施)$/u,
  // "Python programming", "Java programming": a language's programming is the language.
  /\s+(?:programming|scripting|coding)$/iu,
  // "Unreal Engine 5", "AutoCAD 2018", "Photoshop CC 2021", "Java 8+": a version names the product (not "ISO 9001").
  /\s+(?:v?\d{1,2}(?:\.\d+)*(?:\.x)?\+?|(?:cc\s*)?(?:19|20)\d\d|cc|cs\d?|lts)$/iu,
  // "驾照 C1", "驾驶证（A2）": a driving licence's class after it is that licence, as "C1 驾照" before it is.
  /(?<=驾照|驾驶证)\s*[（(]?[A-DM][1-3]?[)）]?$/u,
];

/**
 * A skill's name without the ability or certificate word written after it ("CHRP designation" → "CHRP", 叉车操作证 →
 * 叉车): what two spellings of one skill the taxonomy does not know have in common.
 */
export function withoutQualificationWord(text: string): string {
  const trimmed = text.trim();
  // Whole words only: a bare 证 or 书 ends many names (报关单证, 小红书). Found in simplified characters, so that a
  // traditional 證書 goes as 证书 does (船長證書 and 船长证书 are one certificate); cut from the text as written, which
  // has the simplified text's length.
  const word = QUALIFICATION_WORD.exec(toSimplified(trimmed));
  const stem = word ? trimmed.slice(0, word.index).trim() : trimmed;
  return stem.length >= 2 ? stem : trimmed;
}
const QUALIFICATION_WORD =
  /(?:能力|技能|证书|资格证书?|操作证|上岗证)$|\s+(?:skills?|designation|certification|certificate|certified|qualification|proficiency)$/iu;

/** A typographic apostrophe, as word processors write one, is the apostrophe ("Driver’s Licence"). */
const TYPOGRAPHIC_APOSTROPHE = /[’‘]/gu;

/** One character folded for matching: NFKC (full-width → ASCII), simplified (會 → 会) and lower case, length kept. */
function foldChar(char: string): string {
  const plain = char.replace(TYPOGRAPHIC_APOSTROPHE, "'");
  if (plain !== char) return plain;
  const folded = toSimplified(char.normalize('NFKC')).toLowerCase();
  return folded.length === 1 ? folded : char.toLowerCase().length === 1 ? char.toLowerCase() : char;
}

/** foldChar of each UTF-16 unit seen, remembered: a text repeats its characters, and normalize is not cheap. */
const foldedUnits = new Map<string, string>();
/** ASCII is its own NFKC form: lower case is all it folds to. */
const ASCII_ONLY = /^[\0-\x7f]*$/;

function fold(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  const units: string[] = [];
  let isChanged = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    let folded = foldedUnits.get(unit);
    if (folded === undefined) foldedUnits.set(unit, (folded = foldChar(unit)));
    if (folded !== unit) isChanged = true;
    units.push(folded);
  }
  return isChanged ? units.join('') : text;
}

/**
 * The key `normalizeSkill` looks up: folded, in simplified characters, a typographic apostrophe the apostrophe, without
 * spaces, dots, hyphens and underscores.
 */
export function compactSkillKey(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(TYPOGRAPHIC_APOSTROPHE, "'")
    .replace(/[\s._\-–—]+/g, '');
}

export class SkillTaxonomy {
  readonly skills: readonly Skill[];
  private readonly byId = new Map<string, Skill>();
  private built: Lookups | undefined;

  constructor(skills: Skill[]) {
    this.skills = skills;
    for (const skill of skills) this.byId.set(skill.id, skill);
  }

  /** The keys normalizeSkill looks up and the terms findSkills matches, built once on first use. */
  private get lookups(): Lookups {
    this.built ??= buildLookups(this.skills);
    return this.built;
  }

  static load(file: URL | string = SKILLS_FILE): SkillTaxonomy {
    const data = JSON.parse(readFileSync(file, 'utf8')) as TaxonomyFile;
    return new SkillTaxonomy(data.skills);
  }

  skill(id: string): Skill | null {
    return this.byId.get(id) ?? null;
  }

  /** The skill a short text names ("k8s", "机器学习", " Node.JS "), or null. */
  normalizeSkill(written: string): Skill | null {
    // In simplified characters, as the ability and certificate words after a skill are written (專業證書 → 专业证书).
    const text = toSimplified(written);
    // A closing bracket that closes one inside the term is part of it: "SFRS(I)", "Microsoft Office (Excel)".
    const bracketed = text.replace(/^[\s,，、;；:：.。"'“”]+|[\s,，、;；:：.。"'“”]+$/g, '');
    const { byKey } = this.lookups;
    if (/^[^(（].*[(（][^()（）]*[)）]$/u.test(bracketed)) {
      const skill = byKey.get(compactSkillKey(bracketed));
      if (skill) return skill;
    }
    const trimmed = text.replace(/^[\s,，、;；:：.。()（）[\]【】"'“”]+|[\s,，、;；:：.。()（）[\]【】"'“”]+$/g, '');
    if (!trimmed) return null;
    const direct = byKey.get(compactSkillKey(trimmed)) ?? byKey.get(compactSkillKey(trimmed.replace(LICENCE_COUNTRY, '')));
    if (direct) return direct;
    // "沟通协调能力" is 沟通协调, "护士执业证书" 护士执业证, "CHRP designation" CHRP: a skill's ability, certificate or
    // qualification word written after it names the skill.
    for (const suffix of SKILL_SUFFIXES) {
      const stem = trimmed.replace(suffix, '');
      // One letter before 证 is a licence's class ("C证", "B证"), no language.
      if (/^[A-Za-z]$/u.test(stem)) return null;
      const skill = stem && stem !== trimmed ? byKey.get(compactSkillKey(stem)) : undefined;
      if (skill) return skill;
    }
    // The issuer before its certificate, both names of one skill: "APICS CPIM", "APICS CSCP".
    const issued = /^(\S+)\s+(\S.*)$/u.exec(trimmed);
    const issuer = issued ? byKey.get(compactSkillKey(issued[1]!)) : undefined;
    if (issuer && byKey.get(compactSkillKey(issued![2]!)) === issuer) return issuer;
    return null;
  }

  relatedSkills(id: string): Skill[] {
    const skill = this.byId.get(id);
    if (!skill) return [];
    return skill.related.map((relatedId) => this.byId.get(relatedId)).filter((s): s is Skill => s !== undefined);
  }

  /** Skill mentions in free text, longest match first, in text order, each skill once per position. */
  findSkills(text: string, options: FindSkillsOptions = {}): SkillMention[] {
    // Traditional characters are read as simplified ones, context and all (負責審計 as 负责审计), and each match
    // given back as written: the two texts have one length.
    const simplified = toSimplified(text);
    if (simplified !== text) return this.findSkills(simplified, options).map((m) => ({ ...m, match: text.slice(m.start, m.end) }));
    const folded = fold(text);
    const { index } = this.lookups;
    const candidates: (SkillMention & { isAmbiguous: boolean })[] = [];
    let i = 0;
    while (i < folded.length) {
      const found = longestMatchAt(index, text, folded, i);
      if (found) {
        candidates.push(found);
        i = found.end;
      } else {
        // Do not start a Latin match inside a word ("Django" holds no "go").
        i = LATIN_WORD_CHAR.test(folded[i]!) && !CJK_CHAR.test(folded[i]!) ? skipWord(folded, i) : i + 1;
      }
    }
    const isClaimedTrait = (k: number) =>
      (options.isSelfAssessment === true || options.isSkillList === true) &&
      candidates[k]!.skill.category === 'soft-skill' &&
      isTraitClaim(text, candidates, k);
    const accepted = candidates.map(
      (c, k) =>
        !isDatePart(text, c) &&
        (!c.isAmbiguous || (options.isSkillList === true && !isInPhrase(text, c)) || hasOwnContext(text, c) || isClaimedTrait(k)),
    );
    // An acronym beside the words it stands for, both one skill's ("RMP 风险管理计划", "风险管理计划（RMP）"), is its own
    // context: each names the other.
    if (options.isProse === true) {
      for (let k = 0; k + 1 < candidates.length; k++) {
        const [a, b] = [candidates[k]!, candidates[k + 1]!];
        if (a.skill.id === b.skill.id && /^\s?[（(]?\s?$/u.test(text.slice(a.end, b.start)) && !isDatePart(text, a) && !isDatePart(text, b))
          accepted[k] = accepted[k + 1] = true;
      }
    }
    // An ambiguous mention next to an accepted one, across a list separator, is part of a list of skills.
    for (let changed = true; changed;) {
      changed = false;
      for (let k = 0; k < candidates.length; k++) {
        // Not one inside a Latin phrase ("Salesforce Service Cloud, Zendesk" names no cloud computing).
        if (accepted[k] || isDatePart(text, candidates[k]!) || (!CJK_CHAR.test(candidates[k]!.match) && isInPhrase(text, candidates[k]!)))
          continue;
        // Running prose strings a person's traits with their abilities ("细致严谨，沟通协调能力强", "吃苦耐劳，团队意识强"):
        // a soft skill written with an ambiguous alias (a trait word) counts there only with its own context.
        if (options.isProse === true && candidates[k]!.skill.category === 'soft-skill') continue;
        // A word that closes a bracket glued inside a longer one is no item of the list after it ("（化工安全）、JHA").
        if (/^[)）]/u.test(text.slice(candidates[k]!.end)) && isInPhrase(text, candidates[k]!)) continue;
        const before =
          k > 0 &&
          accepted[k - 1] &&
          (isListGap(
            text.slice(candidates[k - 1]!.end, candidates[k]!.start),
            candidates[k - 1]!.match.at(-1)!,
            candidates[k]!.match[0]!,
          ) ||
            isBracketedAfter(text, candidates[k - 1]!, candidates[k]!));
        const after =
          k + 1 < candidates.length &&
          accepted[k + 1] &&
          isListGap(text.slice(candidates[k]!.end, candidates[k + 1]!.start), candidates[k]!.match.at(-1)!, candidates[k + 1]!.match[0]!);
        if (before || after) {
          accepted[k] = true;
          changed = true;
        }
      }
    }
    const mentions = candidates
      .filter((c, k) => accepted[k] && (options.isProse !== true || standsAlone(text, c, !c.isAmbiguous) || isClaimedTrait(k)))
      .map(({ skill, match, start, end }) => ({ skill, match, start, end }));
    return this.withSharedHeads(text, mentions);
  }

  /**
   * Coordinated terms that share their head with a mention: "manual and API testing" names manual testing too,
   * "unit, integration and E2E tests" three skills, "功能和性能测试" 功能测试. A word counts only when it and the
   * head together name a skill.
   */
  private withSharedHeads(text: string, mentions: SkillMention[]): SkillMention[] {
    const added: SkillMention[] = [];
    for (const mention of mentions) {
      for (const { word, start } of coordinatedWords(text, mention)) {
        const head = CJK_CHAR.test(mention.match[0]!) ? mention.match.slice(-2) : mention.match.slice(mention.match.search(/\s/) + 1);
        const skill = this.normalizeSkill(CJK_CHAR.test(word[0]!) ? word + head : `${word} ${head}`);
        const end = start + word.length;
        const taken = [...mentions, ...added].some((m) => m.skill.id === skill?.id || (m.start < end && start < m.end));
        if (skill && !taken) added.push({ skill, match: word, start, end });
      }
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
  }
}

/**
 * byKey and the term index, in the order that decides which skill a shared key or term belongs to: names and aliases
 * first, then separator variants, spaced Chinese-Latin forms, spellings and plurals, each only where free.
 */
function buildLookups(skills: readonly Skill[]): Lookups {
  const byKey = new Map<string, Skill>();
  const termsByKey = new Map<string, Term[]>();
  /** `ifFree`: only when no term has the key yet (the Term made only when it is added). */
  const addTerm = (key: string, skill: Skill, written: string, isAmbiguous: boolean, ifFree = false) => {
    const terms = termsByKey.get(key);
    if (terms && ifFree) return;
    const term: Term = { skill, written, isAmbiguous };
    if (!terms) termsByKey.set(key, [term]);
    else if (!terms.some((t) => t.skill.id === skill.id)) terms.push(term);
    else if (!isAmbiguous)
      termsByKey.set(
        key,
        terms.map((t) => (t.skill.id === skill.id ? term : t)),
      );
  };
  const written = skills.map((skill) => ({
    skill,
    ambiguous: new Set(skill.ambiguousAliases),
    all: [...new Set([skill.name, skill.nameZh, ...skill.aliases])],
    latin: [...new Set([skill.name, ...skill.aliases])],
  }));
  for (const { skill, ambiguous, all } of written) {
    for (const term of all) {
      const key = compactSkillKey(term);
      if (!byKey.has(key)) byKey.set(key, skill);
      addTerm(fold(term), skill, term, ambiguous.has(term));
    }
  }
  // Separator variants of terms written with spaces, dots or hyphens ("Node JS", "machine-learning", "Vue JS").
  for (const { skill, ambiguous, latin } of written) {
    for (const term of latin) {
      for (const variant of separatorVariants(term)) {
        addTerm(fold(variant), skill, variant, ambiguous.has(term), true);
      }
    }
  }
  // A space between Chinese and Latin, as many write it ("西门子 PLC", "三菱 FX", "Go 语言").
  for (const { skill, ambiguous, all } of written) {
    for (const term of all) {
      if (!HAN_BESIDE_LATIN.test(term)) continue;
      const spaced = term.replace(/(?<=[\u3400-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9+#])(?=[\u3400-\u9fff])/gu, ' ');
      if (spaced !== term) addTerm(fold(spaced), skill, spaced, ambiguous.has(term), true);
    }
  }
  // British and American spellings ("optimisation", "modelling", "behaviour") and "&" for "and", where free.
  for (const { skill, ambiguous, latin } of written) {
    for (const term of latin) {
      for (const variant of spellingVariants(term)) {
        const key = compactSkillKey(variant);
        if (!byKey.has(key)) byKey.set(key, skill);
        addTerm(fold(variant), skill, variant, ambiguous.has(term), true);
      }
    }
  }
  // Plurals of multi-word terms ("journey maps", "user stories"), where no term of their own lives.
  for (const { skill, ambiguous, latin } of written) {
    for (const term of latin) {
      const plural = ambiguous.has(term) ? null : pluralOf(term);
      if (!plural) continue;
      const key = compactSkillKey(plural);
      if (!byKey.has(key)) byKey.set(key, skill);
      addTerm(fold(plural), skill, plural, false, true);
    }
  }
  // A practice named by what it makes ("unit tests", "financial models"), where no term of their own lives.
  for (const { skill, ambiguous, latin } of written) {
    for (const term of latin) {
      if (ambiguous.has(term)) continue;
      for (const form of nounFormsOf(term)) {
        const key = compactSkillKey(form);
        if (!byKey.has(key)) byKey.set(key, skill);
        addTerm(fold(form), skill, form, false, true);
      }
    }
  }
  return { byKey, index: new PrefixIndex(termsByKey) };
}

/** A Chinese character beside a Latin letter or digit (either order): where a spaced form differs. */
const HAN_BESIDE_LATIN = /[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9+#][\u3400-\u9fff]/u;
function longestMatchAt(index: PrefixIndex<Term[]>, text: string, folded: string, start: number) {
  let best = null as (SkillMention & { isAmbiguous: boolean }) | null;
  index.forEachKeyAt(folded, start, (end, terms) => {
    if (!isBoundary(folded, start, end)) return;
    const written = text.slice(start, end);
    // An ambiguous term hyphened to a further word is part of a code or a compound ("PY-DE", "C-level"), not the skill.
    const inCompound =
      /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, start - 2), start)) || /^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2));
    // A trait is written in lower case inside a sentence ("patient and creative"); a tool's ambiguous name keeps its case.
    const isCased = (t: Term) =>
      casedLike(written, t.written) || (t.skill.category === 'soft-skill' && written === t.written.toLowerCase());
    // "ROs", "POs": the plural of another acronym (repair orders, purchase orders), not the one that ends in S (ROS, POS).
    const isOtherPlural = (t: Term) => /^[A-Z]{1,5}S$/u.test(t.written) && written === `${t.written.slice(0, -1)}s`;
    const term = terms.find((t) => !isOtherPlural(t) && (!t.isAmbiguous || (isCased(t) && !inCompound)));
    if (term) best = { skill: term.skill, match: written, start, end, isAmbiguous: term.isAmbiguous };
  });
  // A Chinese term with 能力 after it names an ability the writer claims, no word of prose ("教学能力", "营销能力",
  // "谈判能力"): the ability is the mention, sure of itself.
  const ability = best && CJK_CHAR.test(best.match.at(-1)!) ? /^(?:能力|技能)/u.exec(text.slice(best.end)) : null;
  if (best && ability)
    best = { ...best, match: text.slice(best.start, best.end + ability[0].length), end: best.end + ability[0].length, isAmbiguous: false };
  return best;
}

function skipWord(folded: string, i: number): number {
  let j = i;
  while (j < folded.length && LATIN_WORD_CHAR.test(folded[j]!) && !CJK_CHAR.test(folded[j]!)) j++;
  return j;
}

/** Latin edges need word boundaries ("Java" not in "JavaScript", "C" not in "C++"); Chinese edges do not. */
function isBoundary(folded: string, start: number, end: number): boolean {
  const first = folded[start]!;
  const last = folded[end - 1]!;
  const before = folded[start - 1];
  const after = folded[end];
  if (isLatinWordChar(first) && before !== undefined && isLatinWordChar(before)) return false;
  if (isLatinWordChar(last) && after !== undefined && (isLatinWordChar(after) || after === '+' || after === '#')) return false;
  // "Node.js" must not end inside "Node.jsx"-like tokens, nor "C" before ".NET".
  if (after === '.' && isLatinWordChar(folded[end + 1] ?? ' ') && isLatinWordChar(last)) return false;
  // One letter is a class or a grade glued to its word ("安全员C证", "C照", "B类") or the end of a bracketed name
  // ("IR(ME)R"), not the language.
  if (end - start === 1 && isLatinWordChar(first) && (ONE_LETTER_CLASS.test(folded.slice(end, end + 1)) || before === ')')) return false;
  return true;
}
const ONE_LETTER_CLASS = /^[证照類类级級牌本]/u;

function isLatinWordChar(char: string): boolean {
  return LATIN_WORD_CHAR.test(char) && !CJK_CHAR.test(char);
}

/**
 * Ambiguous Latin aliases count only as cased in the taxonomy or in capitals ("Go", "GO", not "go"); one cased as a
 * lower-case letter and capitals keeps its case ("mAP", not "MAP", modified-atmosphere packing).
 */
function casedLike(written: string, alias: string): boolean {
  if (!/[A-Za-z]/.test(alias)) return true;
  const asciiWritten = written.normalize('NFKC');
  return asciiWritten === alias || (asciiWritten === alias.toUpperCase() && alias.length > 1 && !/^[a-z].*[A-Z]/u.test(alias));
}

const LATIN_COORDINATION = /((?:[A-Za-z][\w-]*\s*,\s*)*[A-Za-z][\w-]*)\s*,?\s*(?:and|or|&|\/)\s*$/;
const CJK_COORDINATION = /((?:[\u4e00-\u9fff]{2}[、，,])*[\u4e00-\u9fff]{2})[和与及、/]$/u;

/** The words coordinated before a multi-word mention ("manual and" before "API testing"), with their offsets. */
function coordinatedWords(text: string, mention: SkillMention): { word: string; start: number }[] {
  const isCjk = CJK_CHAR.test(mention.match[0]!);
  if (isCjk ? mention.match.length < 4 : !/\s/.test(mention.match)) return [];
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const found = before.match(isCjk ? CJK_COORDINATION : LATIN_COORDINATION);
  if (!found) return [];
  const chainStart = mention.start - before.length + found.index!;
  const words: { word: string; start: number }[] = [];
  for (const part of found[1]!.matchAll(isCjk ? /[\u4e00-\u9fff]{2}/gu : /[A-Za-z][\w-]*/g)) {
    words.push({ word: part[0], start: chainStart + part.index });
  }
  return words;
}

let defaultTaxonomy: SkillTaxonomy | null = null;

/** The committed taxonomy, loaded once. */
export function skillTaxonomy(): SkillTaxonomy {
  defaultTaxonomy ??= SkillTaxonomy.load();
  return defaultTaxonomy;
}

export const normalizeSkill = (text: string): Skill | null => skillTaxonomy().normalizeSkill(text);
export const findSkills = (text: string, options?: FindSkillsOptions): SkillMention[] => skillTaxonomy().findSkills(text, options);
export const relatedSkills = (id: string): Skill[] => skillTaxonomy().relatedSkills(id);
