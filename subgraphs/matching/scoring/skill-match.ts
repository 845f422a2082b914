/**
 * How a talent's skills meet a job's, through the taxonomy: a skill listed under any of its names
 * (synonyms, Chinese or English: "k8s" = Kubernetes = 容器编排 when the taxonomy says so) counts in
 * full, and so does one named in the headline or a title ("Go 工程师"); a related skill (React for
 * Vue, Java for Kotlin) counts half. A job skill the taxonomy does not know matches a talent skill
 * written the same way (case, spaces, dots and hyphens aside).
 */
import { escapeRegExp } from '../../../data/text/regexp.ts';
import { compactSkillKey, skillTaxonomy, type Skill } from '../../../taxonomy/taxonomy.ts';
import { memoize } from './factor.ts';
import type { MatchTalent } from './types.ts';

/** What a related skill is worth against the one asked for. */
export const RELATED_SKILL_CREDIT = 0.5;

export interface TalentSkills {
  /** Taxonomy skill id → the talent's words for it (the first place it was found). */
  byId: Map<string, string>;
  /** Ids found only in the headline or a title, not in the skills list. */
  fromText: Set<string>;
  /** Skills the taxonomy does not know, by compact key → as written. */
  unknown: Map<string, string>;
  /** The headline and titles, folded: where a skill the taxonomy does not know may still be named. */
  text: string;
}

export interface SkillMatch {
  /** The job's skill as the job wrote it. */
  asked: string;
  /** 1 for the skill itself, RELATED_SKILL_CREDIT for a related one, 0 for none. */
  credit: number;
  /** The talent's words that matched ("golang"), when any. */
  written: string | null;
  /** The canonical name of what matched when it was a related skill ("React"). */
  relatedName: string | null;
  /** Whether the talent's words come from the headline or a title rather than the skills list. */
  isFromText: boolean;
}

/** The skills a title names ("Go 开发工程师" → go), as [id, as written]: titles repeat across talents, so remembered. */
export const skillsInTitle = memoize((title: string): [string, string][] =>
  skillTaxonomy()
    .findSkills(title)
    .map((mention) => [mention.skill.id, mention.match]),
);

/** The talent's skills: the skills list first, then the headline, the current title and the titles. */
export function talentSkills(talent: MatchTalent): TalentSkills {
  const taxonomy = skillTaxonomy();
  const byId = new Map<string, string>();
  const unknown = new Map<string, string>();
  for (const written of talent.skills) {
    const skill = taxonomy.normalizeSkill(written);
    if (skill) {
      if (!byId.has(skill.id)) byId.set(skill.id, written.trim());
    } else {
      // A skills entry may hold several ("Go/Kubernetes") or a phrase the taxonomy finds inside.
      const mentions = taxonomy.findSkills(written, { isSkillList: true });
      for (const mention of mentions) if (!byId.has(mention.skill.id)) byId.set(mention.skill.id, mention.match);
      const key = compactSkillKey(written);
      if (key && !unknown.has(key)) unknown.set(key, written.trim());
    }
  }
  const listed = new Set(byId.keys());
  if (talent.headline)
    for (const mention of taxonomy.findSkills(talent.headline)) if (!byId.has(mention.skill.id)) byId.set(mention.skill.id, mention.match);
  for (const title of [talent.currentTitle, ...talent.titles, ...talent.employments.map((e) => e.title)]) {
    if (!title) continue;
    for (const [id, match] of skillsInTitle(title)) if (!byId.has(id)) byId.set(id, match);
  }
  const fromText = new Set([...byId.keys()].filter((id) => !listed.has(id)));
  const text = [talent.headline, talent.currentTitle, ...talent.titles].filter(Boolean).join(' | ').normalize('NFKC').toLowerCase();
  return { byId, fromText, unknown, text };
}

const HAS_CJK = /[\u3400-\u9fff]/u;

/** Whether folded text names a phrase: anywhere for Chinese, as whole words for Latin. */
function namesPhrase(text: string, phrase: string): boolean {
  const folded = phrase.normalize('NFKC').toLowerCase().trim();
  if (!folded || !text.includes(folded)) return false;
  if (HAS_CJK.test(folded)) return true;
  const escaped = escapeRegExp(folded);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** The taxonomy skill a job's skill names, or null when the taxonomy does not know it. */
export const jobSkill = (asked: string): Skill | null => skillTaxonomy().normalizeSkill(asked);

/** How well the talent covers one skill the job asks for. */
export function matchSkill(skills: TalentSkills, asked: string): SkillMatch {
  const skill = jobSkill(asked);
  if (!skill) {
    const written = skills.unknown.get(compactSkillKey(asked)) ?? (namesPhrase(skills.text, asked) ? asked.trim() : null);
    const isFromText = written !== null && !skills.unknown.has(compactSkillKey(asked));
    return { asked, credit: written === null ? 0 : 1, written, relatedName: null, isFromText };
  }
  const own = skills.byId.get(skill.id);
  if (own !== undefined) return { asked, credit: 1, written: own, relatedName: null, isFromText: skills.fromText.has(skill.id) };
  const taxonomy = skillTaxonomy();
  // Related either way: the job's skill lists the talent's, or the talent's lists the job's.
  for (const related of taxonomy.relatedSkills(skill.id)) {
    const written = skills.byId.get(related.id);
    if (written !== undefined)
      return { asked, credit: RELATED_SKILL_CREDIT, written, relatedName: related.name, isFromText: skills.fromText.has(related.id) };
  }
  for (const [id, written] of skills.byId) {
    if (taxonomy.skill(id)?.related.includes(skill.id))
      return { asked, credit: RELATED_SKILL_CREDIT, written, relatedName: taxonomy.skill(id)!.name, isFromText: skills.fromText.has(id) };
  }
  return { asked, credit: 0, written: null, relatedName: null, isFromText: false };
}

/** The job's skills, each once (two names of one taxonomy skill count once), in the job's order. */
export function distinctSkills(asked: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of asked) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const key = jobSkill(trimmed)?.id ?? `?${compactSkillKey(trimmed)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/** The key gaps about one skill share, so a must-have and a required Kafka make one gap. */
export const skillGapKey = (asked: string): string => `skill:${jobSkill(asked)?.id ?? compactSkillKey(asked)}`;
