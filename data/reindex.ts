import type { Logger } from '../platform/logger.ts';
import type { DataLayer } from './data-layer.ts';
import { orgStore } from './records/org-store.ts';
import { toTalentRecord } from './records/talent-record.ts';
import { scanVisibleRelationshipRows } from './records/relationship-store.ts';
import { refreshSkillKeys, scanVisibleTalentRows } from './records/talent-store.ts';
import {
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
  ensureTalentProjectionTargets,
  talentProjection,
  toTalentSnapshot,
  type TalentSnapshot,
} from './projections/talent-projection.ts';
import { relationshipGraphRelation } from './projections/relationship-projection.ts';

export interface ReindexReport {
  orgs: number;
  talents: number;
  relationships: number;
  counts: { graph: number; vector: number; search: number };
  ms: number;
}

const PAGE = 500;

/**
 * Rebuilds every projection from Postgres: the vector collection and search index are dropped and
 * recreated (so a new embedding model or mapping takes effect), each org's graph nodes are cleared,
 * then every talent is projected again in pages. Safe to run while the projector runs: both write
 * by id and version.
 */
export async function reindex(data: DataLayer, logger: Logger): Promise<ReindexReport> {
  const started = performance.now();
  const { stores, embedder } = data;
  await stores.vector.dropCollection(TALENT_VECTOR_COLLECTION);
  await stores.search.dropIndex(TALENT_SEARCH_INDEX.name);
  // Recreated at the embedder's revision now: a start no longer warns that the vectors are stale.
  const { current: revision } = await ensureTalentProjectionTargets(stores, embedder);
  logger.info({ model: embedder.model, revision }, 'talent vectors embedded at this revision');
  const orgIds = await orgStore.allIds(stores.relational);
  for (const orgId of orgIds) await stores.graph.clearOrg(orgId);

  // The source of truth's derived skill keys too (a taxonomy update changes them): no talent event needed.
  const skillKeys = await refreshSkillKeys(stores.relational);
  if (skillKeys > 0) logger.info({ talents: skillKeys }, 'skill keys changed');
  const handler = talentProjection(stores, embedder);
  let after = '00000000-0000-0000-0000-000000000000';
  let talents = 0;
  for (;;) {
    const rows = await scanVisibleTalentRows(stores.relational, after, PAGE);
    if (rows.length === 0) break;
    const snapshots: TalentSnapshot[] = rows.map(toTalentRecord).map(toTalentSnapshot);
    await Promise.all(Object.values(handler.targets).map((target) => target.upsert(snapshots)));
    talents += rows.length;
    after = rows.at(-1)!.id;
    logger.info({ talents }, 'reindexed');
  }
  const relationships = await reprojectRelationships(data, logger);
  await stores.search.refresh(TALENT_SEARCH_INDEX.name);
  const counts = { graph: 0, vector: 0, search: 0 };
  for (const orgId of orgIds) {
    counts.graph += await stores.graph.count(TALENT_GRAPH_LABEL, orgId);
    counts.vector += await stores.vector.count(TALENT_VECTOR_COLLECTION, orgId);
    counts.search += await stores.search.count(TALENT_SEARCH_INDEX.name, orgId);
  }
  return { orgs: orgIds.length, talents, relationships, counts, ms: Math.round(performance.now() - started) };
}

/** Relationship edges between visible talents, after the talents (clearing the graph removed them too). */
async function reprojectRelationships({ stores }: DataLayer, logger: Logger): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  for (;;) {
    const rows = await scanVisibleRelationshipRows(stores.relational, after, PAGE);
    if (rows.length === 0) break;
    await stores.graph.upsertRelations(
      rows.map((r) =>
        relationshipGraphRelation({
          id: r.id,
          orgId: r.org_id,
          fromId: r.from_id,
          toId: r.to_id,
          type: r.type,
          derived: r.derived,
          detail: r.detail,
          version: r.version,
          createdAt: new Date(r.created_at).toISOString(),
        }),
      ),
    );
    count += rows.length;
    after = rows.at(-1)!.id;
    logger.info({ relationships: count }, 'reindexed');
  }
  return count;
}
