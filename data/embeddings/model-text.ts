import { findConcepts, jobVocabulary } from '../../taxonomy/job-vocabulary.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';

/**
 * The texts a real embedding model (e5 and the like, any `EMBEDDINGS_PROVIDER=openai` model) reads, where they
 * differ from the offline embedder's. A small model compares a short query with a short passage: a name line, an
 * employer or a school in the passage is noise to it (a query never names the person), and it does not know that
 * "k8s", "容器编排" and "Kubernetes" are one skill or that 大客户经理 is an account executive. So a talent's passage
 * says what the person does, in both languages, from the taxonomies: the titles with the names of their role and
 * family (job-vocabulary.json), the skills with their names and aliases (skills.json). The offline embedder keeps
 * its own text (it reads the taxonomies itself, as features).
 */

/** Whether a model is the offline hashing embedder (looma-hash-*), which reads texts its own way. */
export const isOfflineModel = (model: string) => model.startsWith('looma-hash');

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/**
 * The English and Chinese names of the job roles and families a text names ("前端工程师" → Frontend Engineer,
 * 前端工程师, frontend, 前端): a role's family too. Seniority, employers and places are left out: they say little of
 * what the person does.
 */
export function roleAndFamilyNames(text: string): string[] {
  const vocabulary = jobVocabulary();
  const names = new Set<string>();
  for (const { concept } of findConcepts(text)) {
    if (concept.kind !== 'role' && concept.kind !== 'family') continue;
    for (const named of [concept, vocabulary.familyOf(concept)]) {
      if (!named) continue;
      names.add(named.terms[0]!);
      const chinese = named.terms.find((term) => CJK.test(term));
      if (chinese) names.add(chinese);
    }
  }
  return [...names];
}

/**
 * How many of a skill's unambiguous aliases a passage carries: its first ones, the common names (the taxonomy lists
 * them first). Some skills have hundreds of written forms (task forms, product lines, certificate levels); all of
 * them would crowd a passage past the model's input length and slow every embedding.
 */
const MODEL_ALIASES_PER_SKILL = 8;

/** A skill as written, with the taxonomy's English and Chinese names and its first unambiguous aliases when it knows it. */
function skillNames(skill: string): string[] {
  const known = normalizeSkill(skill);
  if (!known) return [skill.trim()];
  const aliases = known.aliases.filter((alias) => !known.ambiguousAliases.includes(alias)).slice(0, MODEL_ALIASES_PER_SKILL);
  return [known.name, known.nameZh, ...aliases];
}

/** What a model's passage reads of a talent. */
export interface ModelPassageSource {
  headline?: string | null;
  currentTitle?: string | null;
  titles?: readonly string[] | null;
  skills: readonly string[];
}

/** The title part of a headline ("Data Engineer at Google", "数据工程师 @ 百度"). */
export const headlineTitle = (headline: string | null | undefined) => (headline ?? '').split(/ @ | at /)[0]!.trim();

/**
 * A talent's passage for a real model: "Frontend Engineer. Frontend Engineer, 前端工程师, frontend, 前端, React,
 * TypeScript, TS, ...": the titles, then their roles' and families' names and the skills' names and aliases.
 * Measured on the dev split of queries-v2 with multilingual-e5-small: SEMANTIC 0.669 (name, headline, skills) →
 * 0.744 with the skills' names and aliases, without the name and employer; 0.817 with the roles' names too (and
 * the query read as modelQueryText does).
 */
export function modelPassageText(t: ModelPassageSource): string {
  const titles = [
    ...new Set([t.currentTitle, headlineTitle(t.headline), ...(t.titles ?? [])].map((x) => (x ?? '').trim()).filter(Boolean)),
  ];
  const terms = new Set([...titles.flatMap(roleAndFamilyNames), ...t.skills.flatMap(skillNames)].filter(Boolean));
  return [titles.join(', '), [...terms].join(', ')].filter(Boolean).join('. ');
}
