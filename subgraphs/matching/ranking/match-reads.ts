import type { DataLayer } from '../../../data/data-layer.ts';
import { jobEmbeddingText } from '../../../data/embeddings/job-embedding-text.ts';
import type { GraphRelationEnd } from '../../../data/ports.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../data/projections/relationship-projection.ts';
import { TALENT_GRAPH_LABEL, TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../../data/projections/talent-projection.ts';
import { jobForMatching, jobPage, jobsForMatching, toJob, type JobFilter } from '../../../data/records/job-store.ts';
import type { ParsedTalentFilter } from '../../../data/records/talent-filter.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { readVisibleTalents, talentIdsMatching } from '../../../data/records/talent-store.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { MatchJob, MatchTalent, WarmPath } from '../scoring/types.ts';

/** The stores matching reads: talents and jobs in PostgreSQL, vectors, keyword hits, the relationship graph (and the cache, for its score cache). */
export type MatchingData = DataLayer<'relational' | 'vector' | 'search' | 'graph'>;

/** Warm paths kept per talent: the scorer reads the best; the rest are evidence. */
export const WARM_PATHS_PER_TALENT = 3;
/** The most open jobs `Talent.matchingJobs` scores. */
export const MAX_OPEN_JOBS = 200;

/** What the connector is to the talent, from the talent's end of a relationship. */
function relationOf(end: Pick<GraphRelationEnd, 'type' | 'direction'>): string {
  // `out`: the talent is the relationship's `from` (REFERRED_BY: the talent was referred by the connector).
  switch (end.type as RelationshipType) {
    case 'REFERRED_BY':
      return end.direction === 'out' ? 'REFERRED' : 'REFERRED_BY';
    case 'MANAGED':
      return end.direction === 'out' ? 'MANAGED_BY' : 'MANAGED';
    default:
      return end.type;
  }
}

/** Closer ties first: worked with, managed, referred, knows. */
const RELATION_RANK: Record<string, number> = { WORKED_WITH: 0, MANAGED: 1, MANAGED_BY: 1, REFERRED: 2, REFERRED_BY: 2, KNOWS: 3 };

/** A talent record as the scorer reads it: profile fields only (no protected attribute has a field here). */
export function matchTalentOf(record: TalentRecord): MatchTalent {
  return {
    id: record.id,
    headline: record.headline,
    skills: record.skills,
    languages: record.languages,
    location: record.location,
    currentTitle: record.currentTitle,
    yearsOfExperience: record.yearsOfExperience,
    titles: record.titles,
    employments: record.employments.map((e) => ({ company: e.company, title: e.title, start: e.start, end: e.end })),
  };
}

/** Cosine similarity of two vectors (0 when either is empty or zero). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The text a job is embedded from: its title, then its required and preferred skills. */
export const matchJobText = (job: Pick<MatchJob, 'title' | 'requiredSkills' | 'preferredSkills'>) =>
  jobEmbeddingText({ title: job.title, skills: [...job.requiredSkills, ...job.preferredSkills] });

/**
 * What matching reads, store by store, for one organisation; it writes nothing. Talents and jobs
 * through their owners (data/records/talent-store.ts, job-store.ts), each method one round trip
 * (an embedding costs none on a store).
 */
export class MatchReads {
  readonly data: MatchingData;

  constructor(data: MatchingData) {
    this.data = data;
  }

  /** The model the vectors come from (the semantic factor's scale depends on it). */
  get embeddingModel(): string {
    return this.data.embedder.model;
  }

  /** The embeddings of job texts, as passages (like a talent's profile); an EmbeddingsError when the model fails. */
  embedJobs(jobs: readonly MatchJob[]): Promise<number[][]> {
    return jobs.length ? this.data.embedder.embed(jobs.map(matchJobText), 'passage') : Promise.resolve([]);
  }

  /** The org's `k` talents nearest to the vector (ids). */
  async nearestTalents(orgId: string, vector: number[], k: number): Promise<string[]> {
    return (await this.data.stores.vector.nearest(TALENT_VECTOR_COLLECTION, orgId, vector, k)).map((m) => m.id);
  }

  /** The org's talents (up to `first`) whose name, headline or skills hold any word of the skills, most matching first. */
  async talentsWithAnySkill(orgId: string, skills: readonly string[], first: number): Promise<string[]> {
    if (skills.length === 0) return [];
    const { hits } = await this.data.stores.search.search(TALENT_SEARCH_INDEX.name, orgId, { text: skills.join(' '), first, match: 'any' });
    return hits.map((h) => h.id);
  }

  /** The visible talents of the org among `ids` that pass the filter (ACTIVE only without one), as the scorer reads them. */
  async talents(orgId: string, ids: readonly string[], filter: ParsedTalentFilter | null): Promise<MatchTalent[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const db = this.data.stores.relational;
    // Without a filter the records say it all (ACTIVE only): one round trip instead of two.
    const [records, passing] = await Promise.all([
      readVisibleTalents(db, orgId, valid),
      filter ? talentIdsMatching(db, orgId, filter, valid) : null,
    ]);
    const passes = (record: TalentRecord) => (passing ? passing.has(record.id) : record.status === 'ACTIVE');
    const byId = new Map(records.filter(passes).map((r) => [r.id, r]));
    return valid.flatMap((id) => {
      const record = byId.get(id);
      return record ? [matchTalentOf(record)] : [];
    });
  }

  /** One visible talent of the org (any status), or null. */
  async talent(orgId: string, id: string): Promise<MatchTalent | null> {
    if (!isUuid(id)) return null;
    const [record] = await readVisibleTalents(this.data.stores.relational, orgId, [id]);
    return record ? matchTalentOf(record) : null;
  }

  /** The org's jobs among `ids` (any status), in the order of `ids`; others' and unknown ones left out. */
  jobs(orgId: string, ids: readonly string[]): Promise<MatchJob[]> {
    return jobsForMatching(this.data.stores.relational, orgId, ids);
  }

  /** The org's OPEN jobs passing the filter, newest first, at most MAX_OPEN_JOBS. */
  async openJobs(orgId: string, filter: Omit<JobFilter, 'status'>): Promise<MatchJob[]> {
    const rows = await jobPage(
      this.data.stores.relational,
      orgId,
      { ...filter, status: ['OPEN'] },
      { column: 'created_at', direction: 'DESC', after: null, limit: MAX_OPEN_JOBS },
    );
    return rows.map((row) => jobForMatching(toJob(row)));
  }

  /** The stored vectors of the org's talents among `ids`, in one round trip (a talent not yet projected is absent). */
  async vectors(orgId: string, ids: readonly string[]): Promise<Map<string, number[]>> {
    if (ids.length === 0) return new Map();
    const stored = await this.data.stores.vector.get(TALENT_VECTOR_COLLECTION, orgId, [...ids], { vectors: true });
    return new Map([...stored].map(([id, { vector }]) => [id, vector]));
  }

  /**
   * Each talent's warm paths: the talents of the organisation it has a relationship with (who worked
   * with, managed, referred or knows the person), closest ties first, at most WARM_PATHS_PER_TALENT;
   * one batched graph read for the relationships and one for the connectors' names. Two hops add no
   * one here: the middle of a two-hop chain is itself a talent of the organisation, a direct path.
   */
  async warmPaths(orgId: string, ids: readonly string[]): Promise<Map<string, WarmPath[]>> {
    if (ids.length === 0) return new Map();
    const graph = this.data.stores.graph;
    const relations = await graph.relationsOf(TALENT_GRAPH_LABEL, orgId, [...ids], [...RELATIONSHIP_TYPES]);
    const chosen = new Map<string, GraphRelationEnd[]>();
    for (const [id, ends] of relations) {
      const best = [...ends]
        .filter((end) => end.otherId !== id)
        .sort((a, b) => (RELATION_RANK[relationOf(a)] ?? 9) - (RELATION_RANK[relationOf(b)] ?? 9) || (a.otherId < b.otherId ? -1 : 1))
        .slice(0, WARM_PATHS_PER_TALENT);
      if (best.length) chosen.set(id, best);
    }
    const connectorIds = [...new Set([...chosen.values()].flat().map((end) => end.otherId))];
    const nodes = connectorIds.length ? await graph.getNodes(TALENT_GRAPH_LABEL, orgId, connectorIds) : new Map();
    const paths = new Map<string, WarmPath[]>();
    for (const [id, ends] of chosen) {
      const found = ends.flatMap((end): WarmPath[] => {
        const name = nodes.get(end.otherId)?.props.name;
        // A connector the graph no longer holds (merged, erased) is no path.
        if (typeof name !== 'string') return [];
        const company = typeof end.props.company === 'string' && end.props.company ? end.props.company : null;
        return [{ viaId: end.otherId, viaName: name, relation: relationOf(end), company, hops: 1 }];
      });
      if (found.length) paths.set(id, found);
    }
    return paths;
  }
}
