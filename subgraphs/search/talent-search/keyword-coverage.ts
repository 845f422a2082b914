import type { SearchDocument } from '../../../data/ports.ts';
import { skillFilterKey, TALENT_SEARCH_INDEX } from '../../../data/projections/talent-projection.ts';
import { tokenize } from '../../../data/text/tokenize.ts';
import { skillTaxonomy } from '../../../taxonomy/taxonomy.ts';
import { recogniseQuery, type RecognisedQuery } from './query-expansion.ts';
import { stringsOf } from './search-facets.ts';

/**
 * One thing a query asks for, as the taxonomy or the job vocabulary recognises it: a skill, or a title, family,
 * level, employer, place or topic. A talent holds it when its search document has one of `skillKeys` (a skill,
 * or one of a topic's skills, under any of its names) or every word of one of `terms` in its text fields.
 */
export interface QueryConcept {
  id: string;
  skillKeys: string[];
  /** Each a term's tokens (tokenize): Chinese bigrams, lowercased Latin words. */
  terms: string[][];
}

const keyOfSkill = (id: string): string[] => {
  const skill = skillTaxonomy().skill(id);
  return skill ? [skillFilterKey(skill.name)] : [];
};

/**
 * The concepts a query names (read through its pinyin, typos tolerated): what HYBRID's partial keyword query
 * asks for beyond the query's own words (expandQueryForKeywords). A skill counts as itself only, not its related
 * skills: a talent listing PyTorch is a partial match of "deep learning", not evidence it covers it.
 */
export function queryConcepts(query: string | RecognisedQuery): QueryConcept[] {
  const recognised = typeof query === 'string' ? recogniseQuery(query) : query;
  const concepts = new Map<string, QueryConcept>();
  for (const skill of [...recognised.skills, ...recognised.misspeltSkills])
    if (!concepts.has(`skill:${skill.id}`))
      concepts.set(`skill:${skill.id}`, { id: `skill:${skill.id}`, skillKeys: keyOfSkill(skill.id), terms: [] });
  for (const concept of recognised.concepts) {
    if (concepts.has(concept.id)) continue;
    // A topic is its skills (what profiles list); any other concept is its words, in either language.
    const topicSkills = (concept.skills ?? []).flatMap(keyOfSkill);
    const terms = topicSkills.length ? [] : [...concept.terms, ...concept.abbreviations].map(tokenize).filter((t) => t.length > 0);
    concepts.set(concept.id, { id: concept.id, skillKeys: topicSkills, terms });
  }
  return [...concepts.values()];
}

/**
 * The share of a query's concepts a talent's search document holds (0 to 1; 0 when the query names none): how
 * much of the query a partial keyword match explains. Its words are read from the fields the keyword search reads.
 */
export function conceptCoverage(concepts: readonly QueryConcept[], document: SearchDocument | undefined): number {
  if (!document || concepts.length === 0) return 0;
  const keys = new Set(stringsOf(document.fields.skillKeys));
  // Its words only when a concept is still open after the skill keys (tokenising is most of the cost).
  let words: Set<string> | undefined;
  const wordsOf = () =>
    (words ??= new Set(
      Object.keys(TALENT_SEARCH_INDEX.textFields).flatMap((field) => stringsOf(document.fields[field]).flatMap(tokenize)),
    ));
  const held = concepts.filter(
    (c) => c.skillKeys.some((key) => keys.has(key)) || (c.terms.length > 0 && c.terms.some((term) => term.every((w) => wordsOf().has(w)))),
  );
  return held.length / concepts.length;
}
