import { createHash } from 'node:crypto';
import { jobVocabulary, type JobConcept } from '../../taxonomy/job-vocabulary.ts';
import { skillTaxonomy, type Skill } from '../../taxonomy/taxonomy.ts';

/**
 * An embedder's revision: what, besides its model id, decides the vector a text gets. The model id stays
 * (`looma-hash-ngram-v3-256`) when the skill taxonomy or the job vocabulary grows, yet the same text then embeds
 * to another vector, and the vectors stored before stay stale while queries are embedded the new way. The vector
 * store records the revision beside the model (ensureCollection); a service that finds another one stored warns
 * to run `npm run reindex` (a model switch, by contrast, is refused).
 */

/**
 * The offline embedder's algorithm: bump it when HashingEmbedder.embedOne, its weights, the offline talent text
 * (talentEmbeddingText) or the taxonomy's matcher (findSkills, normalizeSkill) change in a way the taxonomies' content
 * does not show. 2: an ambiguous alias inside a phrase stopped counting in a list; "unit tests" became a written form.
 * 3: two trait words glued in a list became two traits. 4: traditional characters are read as simplified ones (tokenize,
 * findSkills, normalizeSkill).
 */
const OFFLINE_ALGORITHM = 4;
/**
 * The model passage text's form: bump it when modelPassageText, or normalizeSkill which it names skills by, changes in
 * a way the taxonomies' content does not show. 3: "unit tests" became a written form. 4: normalizeSkill reads traditional
 * characters as simplified.
 */
const MODEL_TEXT_FORM = 4;

/**
 * JSON with object keys sorted: the same content, whatever the order its keys were written in, hashes alike. Written
 * into one list of parts (no entries, filtered and mapped copies per object: the taxonomy is 1,800 skills of
 * aliases); the text is what it was.
 */
function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, parts);
  return parts.join('');
}

function writeCanonical(value: unknown, parts: string[], isInObject = false): void {
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(',');
      writeCanonical(value[i], parts);
    }
    parts.push(']');
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Code unit order, as `<` compares (the keys are distinct).
    const keys = Object.keys(record).sort();
    parts.push('{');
    let isFirst = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      parts.push(isFirst ? '' : ',', JSON.stringify(key), ':');
      isFirst = false;
      writeCanonical(item, parts, true);
    }
    parts.push('}');
  } else {
    // JSON.stringify gives undefined for a function or a symbol: written empty in an array, "undefined" in an object.
    parts.push(JSON.stringify(value) ?? (isInObject ? 'undefined' : ''));
  }
}

const fingerprint = (form: string, content: unknown) =>
  `${form}:${createHash('sha256').update(canonicalJson(content)).digest('base64url').slice(0, 12)}`;

/**
 * The offline embedder reads all of both tables: every skill's names and aliases (features), its related skills
 * (weaker features), every concept's terms, abbreviations, family and topic skills. So all of their content counts
 * (a new category only costs a needless reindex warning; a part left out would leave vectors silently stale).
 */
export function offlineRevision(skills: readonly Skill[], concepts: readonly JobConcept[]): string {
  return fingerprint(`hash${OFFLINE_ALGORITHM}`, { skills, concepts });
}

/**
 * A real model's passage (modelPassageText) writes the skills' names and unambiguous aliases and the names of the
 * roles and families a title names. Which role a title names depends on every concept's terms (a longer mention of
 * any kind wins over the shorter ones inside it), so those count; what it never writes does not: a skill's category
 * and related skills, a topic's skills. A real model's reindex is slow: a change there asks for none.
 */
export function modelTextRevision(skills: readonly Skill[], concepts: readonly JobConcept[]): string {
  return fingerprint(`text${MODEL_TEXT_FORM}`, {
    skills: skills.map(({ id, name, nameZh, aliases, ambiguousAliases }) => ({ id, name, nameZh, aliases, ambiguousAliases })),
    concepts: concepts.map(({ id, kind, family, terms, abbreviations }) => ({ id, kind, family, terms, abbreviations })),
  });
}

let offline: string | undefined;
let modelText: string | undefined;

/** The committed taxonomies' offline revision, computed once (on first use: a process that never embeds loads no taxonomy). */
export const committedOfflineRevision = () => (offline ??= offlineRevision(skillTaxonomy().skills, jobVocabulary().concepts));

/** The committed taxonomies' model text revision, computed once. */
export const committedModelTextRevision = () => (modelText ??= modelTextRevision(skillTaxonomy().skills, jobVocabulary().concepts));
