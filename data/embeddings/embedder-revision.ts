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
 * The offline embedder's algorithm: bump it when HashingEmbedder.embedOne, its weights or the offline talent text
 * (talentEmbeddingText) change in a way the taxonomies' content does not show.
 */
const OFFLINE_ALGORITHM = 1;
/** The model passage text's form: bump it when modelPassageText changes in a way the taxonomies' content does not show. */
const MODEL_TEXT_FORM = 2;

/** JSON with object keys sorted: the same content, whatever the order its keys were written in, hashes alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
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
