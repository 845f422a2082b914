import DataLoader from 'dataloader';
import { z } from 'zod';
import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import type { GraphRelationEnd, GraphStore, RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import {
  RELATIONSHIP_TYPES as STORED_RELATIONSHIP_TYPES,
  appendRelationshipDeletions,
  appendRelationshipUpserts,
  toRelationshipSnapshot,
  isSymmetric,
  type RelationshipType,
} from '../../../data/projections/relationship-projection.ts';
import { TALENT_GRAPH_LABEL, companyNodeId } from '../../../data/projections/talent-projection.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { enumValues } from '../../../platform/enum-values.ts';
import { ErrorCode, LoomaError, badInput, notFound } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { RelationshipAuditView } from '../../../data/audit/audit-events.ts';
import { recordAudit, type AuditEvent } from '../../../data/audit/audit-recorder.ts';
import type { RelationshipDirection, RelationshipType as SchemaRelationshipType } from '../__generated__/resolvers-types.ts';
import { findReferrers, type ReferrerModel } from './referrers.ts';
import {
  deleteRelationship,
  insertRelationship,
  lockRelationship,
  lockRelationshipOfPair,
  markRecorded,
  type RelationshipRow,
} from '../../../data/records/relationship-store.ts';
import { lockVisibleTalentIds } from '../../../data/records/talent-store.ts';

/**
 * The talent graph: relationships are rows of `talent_relationships` (the source of truth, written
 * with their outbox events); every read comes from the graph store through per-request loaders, so
 * a page of talents costs one graph round trip per field, whatever its size. Knows nothing of GraphQL, nor of SQL.
 */

/** The schema's enum, as codegen generates it. */
export type { RelationshipDirection, ReferrerModel };

/** The relationship types the rows and the graph store know, checked against the schema's enum. */
export const RELATIONSHIP_TYPES = enumValues<SchemaRelationshipType>()(STORED_RELATIONSHIP_TYPES);

/** A relationship seen from one talent. */
export interface RelationshipModel {
  id: string;
  type: RelationshipType;
  direction: RelationshipDirection;
  /** The talent at the other end. */
  talentId: string;
  isDerived: boolean;
  company: string | null;
  note: string | null;
  createdAt: Date;
}

export interface NetworkMemberModel {
  talentId: string;
  degree: number;
  viaIds: string[];
  path: RelationshipType[];
}

export interface TalentPathModel {
  talentIds: string[];
  relationships: RelationshipType[];
  length: number;
}

const id = z.string().trim().min(1, 'an id is required');
const typesInput = z.array(z.enum(RELATIONSHIP_TYPES)).nullish();
const addInput = z.object({
  fromTalentId: id,
  toTalentId: id,
  type: z.enum(RELATIONSHIP_TYPES),
  note: z.string().trim().max(500, 'note must be at most 500 characters').nullish(),
});
const bounded = (name: string, max: number) =>
  z
    .number()
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and ${max}`)
    .max(max, `${name} must be between 1 and ${max}`)
    .nullish();
const networkInput = z.object({ depth: bounded('depth', 3), first: bounded('first', 200), types: typesInput });
const pathInput = z.object({ fromId: id, toId: id, maxDepth: bounded('maxDepth', 6) });
const referrersInput = z.object({
  company: z.string().trim().min(1, 'company must not be empty').max(200, 'company must be at most 200 characters'),
  first: bounded('first', 100),
});

export type AddRelationshipInput = z.input<typeof addInput>;
export type NetworkArgs = { depth?: number | null; types?: readonly RelationshipType[] | null; first?: number | null };

/**
 * A relationship to record: ids lowercased, never a talent with itself, and KNOWS and WORKED_WITH
 * stored once per pair (lower id first), whichever way round they were given.
 */
export function parseAddRelationship(input: AddRelationshipInput) {
  const values = parseInput(addInput, input);
  const fromTalentId = values.fromTalentId.toLowerCase();
  const toTalentId = values.toTalentId.toLowerCase();
  if (fromTalentId === toTalentId) throw badInput('A talent cannot have a relationship with itself', { field: 'toTalentId' });
  const [fromId, toId] = isSymmetric(values.type) && toTalentId < fromTalentId ? [toTalentId, fromTalentId] : [fromTalentId, toTalentId];
  const note = values.note || null;
  return { fromTalentId, toTalentId, fromId, toId, type: values.type, detail: note ? { note } : {} };
}

/** `Talent.network`'s arguments with their defaults: 2 hops, every type, 50 talents. */
export function parseNetworkArgs(args: NetworkArgs): { depth: number; types: RelationshipType[]; first: number } {
  const { depth, first, types } = parseInput(networkInput, args);
  return { depth: depth ?? 2, types: types ?? [...RELATIONSHIP_TYPES], first: first ?? 50 };
}

/** `talentPath`'s arguments: ids lowercased, at most 4 hops unless asked otherwise. */
export function parsePathArgs(args: { fromId: string; toId: string; maxDepth?: number | null }) {
  const parsed = parseInput(pathInput, args);
  return { fromId: parsed.fromId.toLowerCase(), toId: parsed.toId.toLowerCase(), maxDepth: parsed.maxDepth ?? 4 };
}

export class Relationships {
  private readonly db: RelationalStore;
  private readonly graph: GraphStore;
  private readonly loaders: Loaders;
  /** Per request, one loader per type filter (and per network shape): keys are talent ids. */
  private readonly relationLoaders = new Map<string, DataLoader<string, GraphRelationEnd[]>>();
  private readonly networkLoaders = new Map<string, DataLoader<string, NetworkMemberModel[]>>();

  constructor(db: RelationalStore, graph: GraphStore, loaders: Loaders) {
    this.db = db;
    this.graph = graph;
    this.loaders = loaders;
  }

  /** First-degree relationships of a talent whose other end is a visible talent. */
  async of(viewerOrNull: Viewer | null, talentId: string, types?: readonly RelationshipType[] | null): Promise<RelationshipModel[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const wanted = parseInput(typesInput, types) ?? [...RELATIONSHIP_TYPES];
    const ends = await this.relationsLoader(viewer, wanted).load(talentId);
    const others = await this.visible(ends.map((e) => e.otherId));
    return ends.filter((e) => others.has(e.otherId)).map(toModel);
  }

  /** Talents within `depth` hops, nearest first, with the path to each. */
  async network(viewerOrNull: Viewer | null, talentId: string, args: NetworkArgs): Promise<NetworkMemberModel[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const { depth, types, first } = parseNetworkArgs(args);
    const members = await this.networkLoader(viewer, depth, types, first).load(talentId);
    const visible = await this.visible(members.flatMap((m) => [m.talentId, ...m.viaIds]));
    return members.filter((m) => visible.has(m.talentId) && m.viaIds.every((via) => visible.has(via)));
  }

  /** The shortest chain between two visible talents, or null; the same talent twice is a path of length 0. */
  async path(
    viewerOrNull: Viewer | null,
    args: { fromId: string; toId: string; maxDepth?: number | null },
  ): Promise<TalentPathModel | null> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const { fromId, toId, maxDepth } = parsePathArgs(args);
    await this.requireTalents([
      [fromId, 'fromId'],
      [toId, 'toId'],
    ]);
    if (fromId === toId) return { talentIds: [fromId], relationships: [], length: 0 };
    const found = await this.graph.shortestPath(TALENT_GRAPH_LABEL, viewer.orgId, fromId, toId, {
      types: [...RELATIONSHIP_TYPES],
      maxDepth,
    });
    if (!found) return null;
    const visible = await this.visible(found.ids);
    if (!found.ids.every((talent) => visible.has(talent))) return null;
    return { talentIds: found.ids, relationships: found.types as RelationshipType[], length: found.types.length };
  }

  /** Who can refer into a company (see referrers.ts): insiders, then talents up to two relationships from one. */
  async referrersInto(viewerOrNull: Viewer | null, args: { company: string; first?: number | null }): Promise<ReferrerModel[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const { company, first } = parseInput(referrersInput, args);
    const companyId = companyNodeId(viewer.orgId, company);
    const insiderIds = ((await this.graph.incoming('Company', viewer.orgId, [companyId], 'WORKED_AT')).get(companyId) ?? []).map(
      (n) => n.id,
    );
    const reads = {
      visible: (ids: readonly string[]) => this.visible(ids),
      relationsOf: (ids: readonly string[], types: readonly RelationshipType[]) => this.relationsLoader(viewer, types).loadMany(ids),
    };
    return findReferrers(reads, company, insiderIds, first ?? 20);
  }

  /**
   * Records a relationship (KNOWS and WORKED_WITH once per pair, whichever way round). Recording
   * it again changes nothing and returns it; recording a WORKED_WITH that was derived makes it a
   * recorded one (it then stays whatever the employments say).
   */
  async add(viewerOrNull: Viewer | null, input: AddRelationshipInput): Promise<RelationshipModel> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { fromTalentId, toTalentId, ...relationship } = parseAddRelationship(input);
    const row = await this.db.transaction(async (tx) => {
      await this.requireTalents(
        [
          [fromTalentId, 'fromTalentId'],
          [toTalentId, 'toTalentId'],
        ],
        tx,
        viewer.orgId,
      );
      const inserted = await insertRelationship(tx, viewer.orgId, relationship, viewer.userId);
      let changed = inserted;
      let before: RelationshipRow | null = null;
      if (!inserted) {
        before = await lockRelationshipOfPair(tx, viewer.orgId, relationship);
        if (!before!.derived) return before!;
        changed = await markRecorded(tx, before!.id, relationship.detail, viewer.userId);
      }
      await appendRelationshipUpserts(tx, [toRelationshipSnapshot(changed!)]);
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        auditBoth(changed!, { action: 'relationship.add', before: before ? auditView(before) : null, after: auditView(changed!) }),
      );
      return changed!;
    });
    return toModel(endOf(row, fromTalentId));
  }

  /** Removes a recorded relationship; derived ones follow the employments (BAD_USER_INPUT). */
  async remove(viewerOrNull: Viewer | null, relationshipId: string): Promise<boolean> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    if (!isUuid(relationshipId)) throw notFound('Relationship', relationshipId);
    return this.db.transaction(async (tx) => {
      const row = await lockRelationship(tx, viewer.orgId, relationshipId);
      if (!row) throw notFound('Relationship', relationshipId);
      if (row.derived) {
        throw badInput('This relationship is derived from overlapping employments; change the employments to remove it', { field: 'id' });
      }
      await deleteRelationship(tx, row.id);
      await appendRelationshipDeletions(tx, [{ id: row.id, orgId: row.org_id, version: row.version }]);
      await recordAudit(tx, viewer.orgId, viewer, auditBoth(row, { action: 'relationship.remove', before: auditView(row), after: null }));
      return true;
    });
  }

  /** A talent of a resolved relationship, path or referrer (filtered to visible ones before). */
  async talent(talentId: string): Promise<TalentRecord> {
    const talent = await this.loaders.talentById.load(talentId);
    if (!talent) throw notFound('Talent', talentId);
    return talent;
  }

  async talents(talentIds: readonly string[]): Promise<TalentRecord[]> {
    return [...(await this.visible(talentIds)).values()];
  }

  /** The visible talents among `ids`, by id (one batched read for the whole request tick). */
  private async visible(ids: readonly string[]): Promise<Map<string, TalentRecord>> {
    const unique = [...new Set(ids)];
    const loaded = await this.loaders.talentById.loadMany(unique);
    const byId = new Map<string, TalentRecord>();
    for (const talent of loaded) if (talent && !(talent instanceof Error)) byId.set(talent.id, talent);
    return byId;
  }

  /** NOT_FOUND (naming the field) unless every id is a visible talent of the org. */
  private async requireTalents(ids: [string, string][], tx?: SqlExecutor, orgId?: string): Promise<void> {
    const unknownTalent = ([talentId, field]: [string, string]) =>
      new LoomaError(ErrorCode.NOT_FOUND, `Talent ${talentId} was not found`, { id: talentId, field });
    const malformed = ids.find(([talentId]) => !isUuid(talentId));
    if (malformed) throw unknownTalent(malformed);
    const talentIds = ids.map(([talentId]) => talentId);
    // Inside a write: locked, so neither talent is merged or erased before the commit.
    const found = tx ? await lockVisibleTalentIds(tx, orgId!, talentIds) : new Set((await this.visible(talentIds)).keys());
    const missing = ids.find(([talentId]) => !found.has(talentId.toLowerCase()));
    if (missing) throw unknownTalent(missing);
  }

  private relationsLoader(viewer: Viewer, types: readonly RelationshipType[]): DataLoader<string, GraphRelationEnd[]> {
    const key = [...types].sort().join('|');
    let loader = this.relationLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, GraphRelationEnd[]>(async (ids) => {
        const found = await this.graph.relationsOf(TALENT_GRAPH_LABEL, viewer.orgId, [...ids], [...types]);
        return ids.map((talentId) => found.get(talentId) ?? []);
      });
      this.relationLoaders.set(key, loader);
    }
    return loader;
  }

  private networkLoader(
    viewer: Viewer,
    depth: number,
    types: readonly RelationshipType[],
    first: number,
  ): DataLoader<string, NetworkMemberModel[]> {
    const key = `${depth}:${first}:${[...types].sort().join('|')}`;
    let loader = this.networkLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, NetworkMemberModel[]>(async (ids) => {
        const found = await this.graph.reach(TALENT_GRAPH_LABEL, viewer.orgId, [...ids], {
          types: [...types],
          maxDepth: depth,
          limit: first,
        });
        return ids.map((talentId) =>
          (found.get(talentId) ?? []).map((r) => ({ talentId: r.id, degree: r.depth, viaIds: r.via, path: r.types as RelationshipType[] })),
        );
      });
      this.networkLoaders.set(key, loader);
    }
    return loader;
  }
}

/** A written row as the graph would show it from `talentId`'s side. */
export function endOf(row: RelationshipRow, talentId: string): GraphRelationEnd {
  const isFrom = row.from_id === talentId;
  const text = (key: string) => (typeof row.detail[key] === 'string' ? (row.detail[key] as string) : null);
  return {
    id: row.id,
    type: row.type,
    direction: isFrom ? 'out' : 'in',
    otherId: isFrom ? row.to_id : row.from_id,
    version: row.version,
    props: { derived: row.derived, note: text('note'), company: text('company'), createdAt: new Date(row.created_at).toISOString() },
  };
}

/** A graph relation as `Relationship` shows it: KNOWS and WORKED_WITH have no direction. */
export function toModel(end: GraphRelationEnd): RelationshipModel {
  const type = end.type as RelationshipType;
  const text = (key: string) => (typeof end.props[key] === 'string' ? (end.props[key] as string) : null);
  return {
    id: end.id,
    type,
    direction: isSymmetric(type) ? 'BOTH' : end.direction === 'out' ? 'OUTGOING' : 'INCOMING',
    talentId: end.otherId,
    isDerived: end.props.derived === true,
    company: text('company'),
    note: text('note'),
    createdAt: new Date(text('createdAt') ?? 0),
  };
}

function auditView(row: RelationshipRow): RelationshipAuditView {
  return { id: row.id, fromId: row.from_id, toId: row.to_id, type: row.type, derived: row.derived, detail: row.detail };
}

/** One entry per talent, so both timelines show the change (the `from` talent's first). */
function auditBoth(
  row: RelationshipRow,
  change:
    | { action: 'relationship.add'; before: RelationshipAuditView | null; after: RelationshipAuditView }
    | { action: 'relationship.remove'; before: RelationshipAuditView; after: null },
): AuditEvent[] {
  return [row.from_id, row.to_id].map((talentId) => ({ ...change, entityType: 'relationship', entityId: row.id, talentId }));
}
