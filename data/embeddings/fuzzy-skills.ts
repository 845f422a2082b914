import { jobVocabulary, type JobConcept } from '../../taxonomy/job-vocabulary.ts';
import { skillTaxonomy, type Skill } from '../../taxonomy/taxonomy.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * Typo tolerance for search queries: the skills a query names with a slip of the keyboard ("kubernets",
 * "postgress", "pyhton"), found by edit distance against the taxonomy's Latin names and aliases of one or
 * two words. Only words of five letters or more are matched (one edit; two from eight letters), so short
 * words and abbreviations never turn into a skill they merely resemble. Queries only: a document's text is
 * taken as written.
 */
const MIN_LENGTH = 5;
const maxEdits = (length: number) => (length >= 8 ? 2 : 1);

interface Term {
  text: string;
  skill: Skill;
  /** How often each letter and digit occurs (letterCounts): a cheap lower bound of the edit distance. */
  counts: Uint8Array;
}

/** What the tokeniser reads as Chinese (any such character ends up in a token that is not a Latin word). */
const HAS_CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Occurrences of each of a-z and 0-9 in a lower-case term (other characters are not counted). */
function letterCounts(text: string): Uint8Array {
  const counts = new Uint8Array(ALPHABET.length);
  for (const char of text) {
    const at = ALPHABET.indexOf(char);
    if (at >= 0) counts[at]!++;
  }
  return counts;
}

/**
 * A lower bound of the edit distance from the letters two terms hold: an insertion or a deletion changes one count
 * by one, a substitution two counts by one each, a transposition none; so the distance is at least half the sum of
 * the counts' differences. Exact enough to skip most terms before the quadratic distance.
 */
function countBound(a: Uint8Array, b: Uint8Array): number {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference += Math.abs(a[i]! - b[i]!);
  return Math.ceil(difference / 2);
}

let terms: Map<number, Term[]> | undefined;

/** The taxonomy's unambiguous Latin terms of one or two words, by length. */
function termsByLength(): Map<number, Term[]> {
  if (terms) return terms;
  const taxonomy = skillTaxonomy();
  terms = new Map();
  const seen = new Set<string>();
  for (const skill of taxonomy.skills) {
    const ambiguous = new Set(skill.ambiguousAliases.map((a) => a.toLowerCase()));
    for (const written of [skill.name, ...skill.aliases]) {
      if (HAS_CJK.test(written)) continue; // a Chinese character is a token of no Latin word: spared the tokeniser
      const words = tokenize(written);
      const text = words.join(' ');
      if (ambiguous.has(written.toLowerCase()) || words.length === 0 || words.length > 2) continue;
      if (!words.every((w) => /^[a-z][a-z0-9]*$/.test(w)) || text.length < MIN_LENGTH || seen.has(text)) continue;
      seen.add(text);
      const list = terms.get(text.length) ?? [];
      list.push({ text, skill, counts: letterCounts(text) });
      terms.set(text.length, list);
    }
  }
  return terms;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), stopping past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The skills a query names within a typo or two (exact names included), each once, in query order. */
export function findSkillsTolerant(query: string): Skill[] {
  const words = tokenize(query).filter((w) => /^[a-z][a-z0-9]*$/.test(w));
  const phrases = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)].filter((p) => p.length >= MIN_LENGTH);
  const found = new Map<string, Skill>();
  for (const phrase of phrases) {
    const limit = maxEdits(phrase.length);
    const counts = letterCounts(phrase);
    let best: { skill: Skill; distance: number } | undefined;
    for (let length = phrase.length - limit; length <= phrase.length + limit; length++) {
      for (const term of termsByLength().get(length) ?? []) {
        if (countBound(counts, term.counts) > limit) continue;
        const distance = editDistance(phrase, term.text, limit);
        if (distance <= limit && (!best || distance < best.distance)) best = { skill: term.skill, distance };
      }
    }
    if (best && !found.has(best.skill.id)) found.set(best.skill.id, best.skill);
  }
  return [...found.values()];
}

/**
 * The same for the job vocabulary's Latin terms (titles, families, levels, topics: "fronend enginer", "acountant"),
 * stricter: a single word needs seven letters or more, so an ordinary word ("resign", "tales") does not become a
 * term it resembles ("design", "sales").
 */
const MIN_CONCEPT_WORD = 7;
let conceptTerms: Map<number, { text: string; concept: JobConcept }[]> | undefined;

function conceptTermsByLength(): Map<number, { text: string; concept: JobConcept }[]> {
  if (conceptTerms) return conceptTerms;
  conceptTerms = new Map();
  for (const concept of jobVocabulary().concepts) {
    for (const written of concept.terms) {
      if (HAS_CJK.test(written)) continue;
      const words = tokenize(written);
      const text = words.join(' ');
      if (words.length === 0 || words.length > 2 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
      if (text.length < (words.length === 1 ? MIN_CONCEPT_WORD : MIN_LENGTH + 3)) continue;
      const list = conceptTerms.get(text.length) ?? [];
      list.push({ text, concept });
      conceptTerms.set(text.length, list);
    }
  }
  return conceptTerms;
}

/** The job concepts a query names within a typo or two (exact names included), each once, in query order. */
export function findConceptsTolerant(query: string): JobConcept[] {
  const words = tokenize(query).filter((w) => /^[a-z]+$/.test(w));
  const phrases = [...words.filter((w) => w.length >= MIN_CONCEPT_WORD), ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
  const found = new Map<string, JobConcept>();
  for (const phrase of phrases) {
    const limit = maxEdits(phrase.length);
    let best: { concept: JobConcept; distance: number } | undefined;
    for (let length = phrase.length - limit; length <= phrase.length + limit; length++) {
      for (const term of conceptTermsByLength().get(length) ?? []) {
        const distance = editDistance(phrase, term.text, limit);
        if (distance <= limit && (!best || distance < best.distance)) best = { concept: term.concept, distance };
      }
    }
    if (best && !found.has(best.concept.id)) found.set(best.concept.id, best.concept);
  }
  return [...found.values()];
}
