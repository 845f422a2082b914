import type { SearchHit } from '../../../data/ports.ts';
import { findConceptsTolerant, findSkillsTolerant } from '../../../data/embeddings/fuzzy-skills.ts';
import { withChineseOfPinyin } from '../../../data/embeddings/pinyin.ts';
import { findConcepts, type JobConcept } from '../../../taxonomy/job-vocabulary.ts';
import { findSkills, relatedSkills, skillTaxonomy, type Skill } from '../../../taxonomy/taxonomy.ts';

const skillById = (id: string) => skillTaxonomy().skill(id);

/**
 * The query with the names of the skills it mentions by any alias, in English and Chinese: "k8s" also
 * asks for "Kubernetes 容器编排", so a profile listing the skill by its name matches a query naming it
 * by a nickname, an abbreviation or in the other language. The taxonomy is the synonym table; the
 * query's own words stay first. `related`: the names of the skills the taxonomy relates to those too.
 */
export function expandQuery(query: string, related = false): string {
  return withSkillNames(
    query,
    findSkills(query).map((mention) => mention.skill),
    findSkillsTolerant(query),
    related,
  );
}

function withSkillNames(query: string, named: Skill[], misspelt: Skill[], related: boolean): string {
  const names = new Set<string>();
  for (const skill of [...named, ...misspelt]) {
    names.add(skill.name);
    if (skill.nameZh) names.add(skill.nameZh);
  }
  // The related skills of the ones it names exactly ("深度学习" → PyTorch, TensorFlow): the profiles of people
  // doing that work list their tools, and a partial match on a tool is evidence a fused ranking can use.
  if (related) for (const skill of named) for (const tool of relatedSkills(skill.id)) names.add(tool.name);
  return [query, ...names].join(' ');
}

/** What the taxonomy and the job vocabulary find in a query, read once for HYBRID's keyword query and its fusion weights. */
export interface RecognisedQuery {
  /** The query read through its pinyin ("chanpin jingli" also says 产品经理). */
  read: string;
  /** The skills it names by any alias, in order, and those it misspells. */
  skills: Skill[];
  misspeltSkills: Skill[];
  /** The job concepts it names, then those it misspells (a concept may be in both). */
  concepts: JobConcept[];
}

export function recogniseQuery(query: string): RecognisedQuery {
  const read = withChineseOfPinyin(query);
  return {
    read,
    skills: findSkills(read).map((mention) => mention.skill),
    misspeltSkills: findSkillsTolerant(read),
    concepts: [...findConcepts(read).map((mention) => mention.concept), ...findConceptsTolerant(query)],
  };
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/**
 * HYBRID's partial keyword query: the query read through its pinyin ("chanpin jingli" also asks for 产品经理), with
 * its skills' names and related skills (expandQuery), and the English and Chinese names of the job concepts it
 * names (job-vocabulary.json: titles, families, seniority, employers, cities): "服务端开发" also asks for "backend
 * 后端", "大客户经理" for "account executive", "资深" for "senior 高级", so a profile whose title says it in the
 * other language is a partial match. (Measured on the dev split, offline HYBRID queries-v2: 0.748 -> 0.782.)
 */
export function expandQueryForKeywords(query: string | RecognisedQuery): string {
  const { read, skills, misspeltSkills, concepts } = typeof query === 'string' ? recogniseQuery(query) : query;
  const names = new Set<string>();
  for (const concept of concepts) {
    // A topic by its skills' names (what profiles list), any other concept by its first English and Chinese terms.
    const skills = (concept.skills ?? []).map(skillById).filter((s): s is Skill => s !== null);
    for (const written of skills.length
      ? skills.flatMap((s) => [s.name, s.nameZh])
      : [concept.terms[0]!, concept.terms.find((t) => CJK.test(t))])
      if (written) names.add(written);
  }
  return [withSkillNames(read, skills, misspeltSkills, true), ...names].join(' ');
}

/**
 * The keyword ranking when few documents have every term: the full matches first, then the partial
 * ones (some terms), scored below the last full match so the scores stay in rank order. The total
 * counts both (the partial matches include the full ones).
 */
export function withPartialMatches(
  full: { total: number; hits: SearchHit[] },
  partial: { total: number; hits: SearchHit[] },
  first: number,
): { total: number; hits: SearchHit[] } {
  const seen = new Set(full.hits.map((h) => h.id));
  const extra = partial.hits.filter((h) => !seen.has(h.id));
  const floor = full.hits.at(-1)?.score;
  const top = extra[0]?.score ?? 0;
  // Partial scores scaled under the last full match's score (same order, below every full match).
  const scale = floor !== undefined && top > 0 ? (floor * 0.99) / Math.max(top, floor) : 1;
  const hits = [...full.hits, ...extra.map((h) => ({ id: h.id, score: h.score * scale }))].slice(0, first);
  // The partial query holds every term of the full one: its matches include the full matches.
  return { total: Math.max(full.total, partial.total), hits };
}
