import { createHash } from 'node:crypto';
import { normalizeSkill, skillTaxonomy } from '../../taxonomy/taxonomy.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import { isOfflineModel, modelPassageText } from '../embeddings/model-text.ts';
import type { TalentRecord } from '../records/talent-record.ts';
import type { GraphUpsert, SearchDocument, SearchIndexSpec, Stores } from '../ports.ts';
import type { ProjectionHandler } from '../projector.ts';

/** Fields added after the first events were written: events from before lack them. */
type LaterField =
  | 'emails'
  | 'phones'
  | 'location'
  | 'currentTitle'
  | 'currentCompany'
  | 'titles'
  | 'companies'
  | 'schools'
  | 'latinName'
  | 'chineseName'
  | 'languages'
  | 'yearsOfExperience'
  | 'employments'
  | 'links'
  | 'source'
  | 'ownerId'
  | 'status'
  | 'consent';

/** What the talent write path puts in its outbox events: the whole row (as JSON), so projections need no read-back. */
export type TalentSnapshot = Omit<TalentRecord, 'createdAt' | 'updatedAt' | 'archivedAt' | LaterField> &
  Partial<Pick<TalentRecord, LaterField>> & { createdAt: string; updatedAt?: string; archivedAt?: string | null };

export function toTalentSnapshot({ createdAt, updatedAt, archivedAt, ...rest }: TalentRecord): TalentSnapshot {
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), archivedAt: archivedAt?.toISOString() ?? null };
}

export const TALENT_AGGREGATE = 'talent';
export const TALENT_GRAPH_LABEL = 'Talent';
export const TALENT_VECTOR_COLLECTION = 'talents';
export const TALENT_SEARCH_INDEX: SearchIndexSpec = {
  name: 'talents',
  textFields: { name: 3, skills: 3, headline: 2, titles: 2, companies: 2, schools: 1 },
  // `skills` as entered (facet values); `skillKeys` the skills' filter keys (skillFilterKey: synonyms, languages and case aside).
  keywordFields: ['skills', 'skillKeys'],
};

/** A text's literal key: trimmed, NFKC, lowercased ("Kubernetes" and "kubernetes " are one; companies, schools, facet values). */
export const skillKey = (skill: string) => skill.normalize('NFKC').trim().toLowerCase();

/** What a taxonomy skill's filter key starts with; a literal key is lowercased, so it never starts with this. */
const TAXONOMY_KEY_PREFIX = 'Skill:';

/**
 * A skill's filter key, what skill filters compare (`skill_keys` in PostgreSQL, `skillKeys` in search documents, the
 * filter's own skills): `Skill:<taxonomy id>` for a skill the taxonomy knows under any name, alias or language ("Go",
 * "golang" and "Go语言" are `Skill:go`; "K8S" is `Skill:kubernetes`), else the literal skillKey ("Foo Bar" is `foo bar`).
 */
export function skillFilterKey(skill: string): string {
  const known = normalizeSkill(skill);
  return known ? `${TAXONOMY_KEY_PREFIX}${known.id}` : skillKey(skill);
}

/** The distinct filter keys of some skills, blanks left out (a filter's skills: each means itself). */
export const skillFilterKeys = (skills: readonly string[]): string[] => [...new Set(skills.map(skillFilterKey).filter(Boolean))];

/**
 * A talent's stored filter keys: each skill's key and, for a skill the taxonomy does not know as a whole, the keys
 * of the taxonomy skills it names more narrowly, so "applied econometrics" satisfies a filter on Econometrics and
 * "HubSpot CRM" one on CRM (the parser keeps such items as written). A filter's own skills keep their one key each
 * (skillFilterKeys): a filter on "applied econometrics" is not one on Econometrics.
 */
export function talentSkillKeys(skills: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const skill of skills) {
    const key = skillFilterKey(skill);
    if (!key) continue;
    keys.add(key);
    if (key.startsWith(TAXONOMY_KEY_PREFIX) || skill.length > 60) continue;
    for (const { skill: inside } of skillTaxonomy().findSkills(skill, { isSkillList: true }))
      keys.add(`${TAXONOMY_KEY_PREFIX}${inside.id}`);
  }
  return [...keys];
}

/**
 * The key form's version: bump it when the keys change in a way the taxonomy's content does not show (the matcher's
 * rules: 5 when an ambiguous alias inside a phrase stopped counting in a list, "unit tests" became a written form; 6
 * when two trait words glued in a list became two traits; 7 when a trait claimed of how one works, "做事细心", one in
 * lower case, "patient", and a platform named with its account or operation, "小红书运营", counted).
 */
const SKILL_KEY_FORM = 7;
let taxonomyFingerprint: string | undefined;

/**
 * Which key form and taxonomy content stored filter keys were computed with: a row whose keys carry another
 * (a taxonomy update, a row from before taxonomy keys, one written by plain SQL) has them recomputed
 * (talent-store.ts refreshSkillKeys).
 */
export function skillKeysFingerprint(): string {
  taxonomyFingerprint ??= `${SKILL_KEY_FORM}:${createHash('sha256')
    .update(JSON.stringify(skillTaxonomy().skills.map((s) => [s.id, s.name, s.nameZh, s.aliases, s.ambiguousAliases])))
    .digest('base64url')
    .slice(0, 16)}`;
  return taxonomyFingerprint;
}

export const skillNodeId = (orgId: string, skill: string) => `${orgId}:${skill.trim().toLowerCase()}`;
/** Companies and schools are one node per org and name, whatever the case or width of the spelling. */
export const companyNodeId = (orgId: string, company: string) => `${orgId}:${skillKey(company)}`;
export const schoolNodeId = companyNodeId;

/** Trimmed and distinct by `key` (by default the skill key: case, width and spaces aside), first spelling kept. */
export function distinctBy(values: readonly string[], key: (value: string) => string = skillKey): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed && !seen.has(key(trimmed))) seen.set(key(trimmed), trimmed);
  }
  return [...seen.values()];
}

export function talentGraphUpsert(t: TalentSnapshot): GraphUpsert {
  return {
    node: { label: TALENT_GRAPH_LABEL, id: t.id, orgId: t.orgId, version: t.version, props: { name: t.name, headline: t.headline } },
    edges: [
      {
        type: 'HAS_SKILL',
        to: [...new Set(t.skills.map((s) => s.trim().toLowerCase()))].map((skill) => ({
          label: 'Skill',
          id: skillNodeId(t.orgId, skill),
          props: { name: skill },
        })),
      },
      {
        type: 'WORKED_AT',
        to: distinctBy(t.companies ?? [], skillKey).map((company) => ({
          label: 'Company',
          id: companyNodeId(t.orgId, company),
          props: { name: company },
        })),
      },
      {
        type: 'STUDIED_AT',
        to: distinctBy(t.schools ?? [], skillKey).map((school) => ({
          label: 'School',
          id: schoolNodeId(t.orgId, school),
          props: { name: school },
        })),
      },
    ],
  };
}

export function talentSearchDocument(t: TalentSnapshot): SearchDocument {
  return {
    id: t.id,
    orgId: t.orgId,
    version: t.version,
    fields: {
      name: t.name,
      headline: t.headline,
      skills: t.skills,
      skillKeys: talentSkillKeys(t.skills),
      titles: t.titles ?? [],
      companies: t.companies ?? [],
      schools: t.schools ?? [],
      // Stored, not indexed: search facets and filters read them from the candidates' documents.
      location: t.location ?? null,
      yearsOfExperience: t.yearsOfExperience ?? null,
      status: t.status ?? 'ACTIVE',
      createdAt: t.createdAt,
    },
  };
}

/**
 * The text a talent is embedded from (its vector in the store; matching's quality benchmark embeds its labelled
 * profiles alike), per embedder: the offline one's (`model` omitted or looma-hash-*) has every line of the
 * profile; a real model's says what the person does, in both languages (modelPassageText).
 */
export const talentEmbeddingText = (
  t: Pick<TalentSnapshot, 'name' | 'headline' | 'skills' | 'titles' | 'companies' | 'schools' | 'currentTitle'>,
  model?: string,
) =>
  model !== undefined && !isOfflineModel(model)
    ? modelPassageText(t)
    : [
        t.name,
        t.headline ?? '',
        t.skills.join(', '),
        (t.titles ?? []).join(', '),
        (t.companies ?? []).join(', '),
        (t.schools ?? []).join(', '),
      ]
        .filter(Boolean)
        .join('\n');

/**
 * The talent vectors' embedder revision: the stored one (null: stored before revisions were recorded) and the
 * embedder's now. `isStale`: the taxonomies changed since they were embedded; queries read the new ones.
 */
export interface TalentVectorRevision {
  stored: string | null;
  current: string;
  isStale: boolean;
}

/** Creates the talent collection and index if missing (and checks the vector model; reports the stored revision). */
export async function ensureTalentProjectionTargets(
  stores: Pick<Stores, 'vector' | 'search'>,
  embedder: Embedder,
): Promise<TalentVectorRevision> {
  const current = embedder.revision;
  const { storedRevision } = await stores.vector.ensureCollection({
    name: TALENT_VECTOR_COLLECTION,
    model: embedder.model,
    dimensions: embedder.dimensions,
    revision: current,
  });
  await stores.search.ensureIndex(TALENT_SEARCH_INDEX);
  return { stored: storedRevision, current, isStale: storedRevision !== current };
}

/** Applies talent events to graph, vector and search; each target handles a whole batch in one write. */
export function talentProjection(
  stores: Pick<Stores, 'graph' | 'vector' | 'search'>,
  embedder: Embedder,
): ProjectionHandler<TalentSnapshot> {
  return {
    aggregateType: TALENT_AGGREGATE,
    targets: {
      graph: {
        upsert: async (snapshots) => void (await stores.graph.upsert(snapshots.map(talentGraphUpsert))),
        remove: (orgId, ids) => stores.graph.remove(TALENT_GRAPH_LABEL, orgId, ids),
      },
      vector: {
        upsert: async (snapshots) => {
          const vectors = await embedder.embed(
            snapshots.map((t) => talentEmbeddingText(t, embedder.model)),
            'passage',
          );
          await stores.vector.upsert(
            TALENT_VECTOR_COLLECTION,
            snapshots.map((t, i) => ({ id: t.id, orgId: t.orgId, version: t.version, vector: vectors[i]!, props: { name: t.name } })),
          );
        },
        remove: (orgId, ids) => stores.vector.remove(TALENT_VECTOR_COLLECTION, orgId, ids),
      },
      search: {
        upsert: async (snapshots) => void (await stores.search.upsert(TALENT_SEARCH_INDEX.name, snapshots.map(talentSearchDocument))),
        remove: (orgId, ids) => stores.search.remove(TALENT_SEARCH_INDEX.name, orgId, ids),
      },
    },
  };
}
