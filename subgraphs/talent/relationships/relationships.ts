import DataLoader from 'dataloader';
import { z } from 'zod';
import { VISIBLE_TALENT, isUuid, type Loaders, type TalentRecord } from '../../../data/loaders.ts';
import type { GraphRelationEnd, GraphStore, RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import {
  RELATIONSHIP_TYPES,
  appendRelationshipDeletions,
  appendRelationshipUpserts,
  toRelationshipSnapshot,
  type RelationshipRow,
  isSymmetric,
  type RelationshipType,
} from '../../../data/projections/relationship-projection.ts';
import { TALENT_GRAPH_LABEL, companyNodeId, skillKey } from '../../../data/projections/talent-projection.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput, notFound } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { RelationshipAuditView } from '../../../data/audit/audit-events.ts';
import { recordAudit, type AuditEvent } from '../../../data/audit/audit-recorder.ts';

/**
 * The talent graph: relationships are rows of `talent_relationships` (the source of truth, written
 * with their outbox events); every read comes from the graph store through per-request loaders, so
 * a page of talents costs one graph round trip per field, whatever its size. Knows nothing of GraphQL.
 */

import type { RelationshipDirection } from '../__generated__/resolvers-types.ts';

/** The schema's enum, as codegen generates it. */
export type { RelationshipDirection };

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

export interface ReferrerModel {
  talentId: string;
  degree: number;
  isCurrentEmployee: boolean;
  throughIds: string[];
  reason: string;
}

const id = z.string().trim().min(1, 'an id is required');
const typesInput = z.array(z.enum(RELATIONSHIP_TYPES)).nullish();
const addInput = z.object({
  fromTalentId: id,
  toTalentId: id,
  type: z.enum(RELATIONSHIP_TYPES),
  note: z.string().trim().max(500, 'note must be at most 500 characters').nullish(),
});
const networkInput = z.object({
  depth: z
    .number()
    .int('depth must be a whole number')
    .min(1, 'depth must be between 1 and 3')
    .max(3, 'depth must be between 1 and 3')
    .nullish(),
  first: z
    .number()
    .int('first must be a whole number')
    .min(1, 'first must be between 1 and 200')
    .max(200, 'first must be between 1 and 200')
    .nullish(),
  types: typesInput,
});
const pathInput = z.object({
  fromId: id,
  toId: id,
  maxDepth: z
    .number()
    .int('maxDepth must be a whole number')
    .min(1, 'maxDepth must be between 1 and 6')
    .max(6, 'maxDepth must be between 1 and 6')
    .nullish(),
});
const referrersInput = z.object({
  company: z.string().trim().min(1, 'company must not be empty').max(200, 'company must be at most 200 characters'),
  first: z
    .number()
    .int('first must be a whole number')
    .min(1, 'first must be between 1 and 100')
    .max(100, 'first must be between 1 and 100')
    .nullish(),
});

export type AddRelationshipInput = z.input<typeof addInput>;

/** How far `referrersInto` looks from an insider (the schema's "two hops"). */
const REFERRER_HOPS = 2;

const ROW_COLUMNS = 'id, org_id, from_id, to_id, type, derived, detail, version, created_at';

export class Relationships {
  /** Per request, one loader per type filter (and per network shape): keys are talent ids. */
  private readonly relationLoaders = new Map<string, DataLoader<string, GraphRelationEnd[]>>();
  private readonly networkLoaders = new Map<string, DataLoader<string, NetworkMemberModel[]>>();

  constructor(
    private readonly db: RelationalStore,
    private readonly graph: GraphStore,
    private readonly loaders: Loaders,
  ) {}

  /** First-degree relationships of a talent whose other end is a visible talent. */
  async of(viewerOrNull: Viewer | null, talentId: string, types?: readonly RelationshipType[] | null): Promise<RelationshipModel[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const wanted = parseInput(typesInput, types) ?? [...RELATIONSHIP_TYPES];
    const ends = await this.relationsLoader(viewer, wanted).load(talentId);
    const others = await this.visible(ends.map((e) => e.otherId));
    return ends.filter((e) => others.has(e.otherId)).map(toModel);
  }

  /** Talents within `depth` hops, nearest first, with the path to each. */
  async network(
    viewerOrNull: Viewer | null,
    talentId: string,
    args: { depth?: number | null; types?: readonly RelationshipType[] | null; first?: number | null },
  ): Promise<NetworkMemberModel[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const { depth, first, types } = parseInput(networkInput, args);
    const members = await this.networkLoader(viewer, depth ?? 2, types ?? [...RELATIONSHIP_TYPES], first ?? 50).load(talentId);
    const visible = await this.visible(members.flatMap((m) => [m.talentId, ...m.viaIds]));
    return members.filter((m) => visible.has(m.talentId) && m.viaIds.every((via) => visible.has(via)));
  }

  /** The shortest chain between two visible talents, or null; the same talent twice is a path of length 0. */
  async path(
    viewerOrNull: Viewer | null,
    args: { fromId: string; toId: string; maxDepth?: number | null },
  ): Promise<TalentPathModel | null> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const parsed = parseInput(pathInput, args);
    const [fromId, toId, maxDepth] = [parsed.fromId.toLowerCase(), parsed.toId.toLowerCase(), parsed.maxDepth];
    await this.requireTalents([
      [fromId, 'fromId'],
      [toId, 'toId'],
    ]);
    if (fromId === toId) return { talentIds: [fromId], relationships: [], length: 0 };
    const found = await this.graph.shortestPath(TALENT_GRAPH_LABEL, viewer.orgId, fromId, toId, {
      types: [...RELATIONSHIP_TYPES],
      maxDepth: maxDepth ?? 4,
    });
    if (!found) return null;
    const visible = await this.visible(found.ids);
    if (!found.ids.every((talent) => visible.has(talent))) return null;
    return { talentIds: found.ids, relationships: found.types as RelationshipType[], length: found.types.length };
  }

  /**
   * Who can refer into a company: insiders (talents with a WORKED_AT edge to the company's node;
   * current when one of their positions there is open, or, without positions there, when it is
   * their current company), then talents one and two relationships from an
   * insider, each with the insiders they connect through. Archived talents are not suggested as
   * referrers, but an archived insider still connects others. Order: degree; then current
   * employees first (degree 0) or the most insiders reached (degree 1 and 2); then name.
   */
  async referrersInto(viewerOrNull: Viewer | null, args: { company: string; first?: number | null }): Promise<ReferrerModel[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const { company, first } = parseInput(referrersInput, args);
    const companyId = companyNodeId(viewer.orgId, company);
    const insiderIds = ((await this.graph.incoming('Company', viewer.orgId, [companyId], 'WORKED_AT')).get(companyId) ?? []).map(
      (n) => n.id,
    );
    const insiders = await this.visible(insiderIds);

    const key = skillKey(company);
    // Dated positions at the company say it best (an open one is current); without any, the current company.
    const isCurrent = (t: TalentRecord) => {
      const there = t.employments.filter((e) => skillKey(e.company) === key);
      return there.length ? there.some((e) => !e.end) : t.currentCompany !== null && skillKey(t.currentCompany) === key;
    };

    // Breadth-first from the insiders, one batched graph read per hop.
    const seen = new Set(insiders.keys());
    type Reached = { degree: number; through: Set<string>; link: { end: GraphRelationEnd; from: string } };
    const reached = new Map<string, Reached>();
    let frontier = [...insiders.keys()];
    for (let hop = 1; hop <= REFERRER_HOPS && frontier.length > 0; hop++) {
      const relations = await this.relationsLoader(viewer, [...RELATIONSHIP_TYPES]).loadMany(frontier);
      const next = new Map<string, Reached>();
      frontier.forEach((from, i) => {
        const ends = relations[i];
        if (!Array.isArray(ends)) return;
        const through = hop === 1 ? new Set([from]) : reached.get(from)!.through;
        for (const end of ends) {
          if (seen.has(end.otherId)) continue;
          const entry = next.get(end.otherId) ?? { degree: hop, through: new Set<string>(), link: { end, from } };
          for (const insider of through) entry.through.add(insider);
          next.set(end.otherId, entry);
        }
      });
      for (const [talentId, entry] of next) {
        seen.add(talentId);
        reached.set(talentId, entry);
      }
      frontier = [...next.keys()];
    }
    const talents = await this.visible([...reached.keys(), ...[...reached.values()].map((r) => r.link.from)]);
    for (const [talentId, insider] of insiders) talents.set(talentId, insider);

    const referrers: (ReferrerModel & { name: string })[] = [];
    for (const insider of insiders.values()) {
      if (insider.status === 'ARCHIVED') continue;
      const current = isCurrent(insider);
      referrers.push({
        talentId: insider.id,
        degree: 0,
        isCurrentEmployee: current,
        throughIds: [],
        reason: current ? `Works at ${company} now` : `Worked at ${company}`,
        name: insider.name,
      });
    }
    for (const [talentId, entry] of reached) {
      const talent = talents.get(talentId);
      const middle = talents.get(entry.link.from);
      if (!talent || !middle || talent.status === 'ARCHIVED') continue;
      const throughIds = [...entry.through].filter((insider) => insiders.has(insider));
      if (throughIds.length === 0) continue;
      const atCompany = (t: TalentRecord) => `${t.name} (${isCurrent(t) ? `at ${company} now` : `formerly at ${company}`})`;
      const phrase = linkPhrase(entry.link.end);
      const reason =
        entry.degree === 1
          ? `${capitalise(phrase)} ${atCompany(middle)}${throughIds.length > 1 ? ` and ${throughIds.length - 1} more there` : ''}`
          : `${capitalise(phrase)} ${middle.name}, who is connected to ${joinNames(
              throughIds.map((i) => insiders.get(i)!),
              atCompany,
            )}`;
      referrers.push({ talentId, degree: entry.degree, isCurrentEmployee: false, throughIds, reason, name: talent.name });
    }
    referrers.sort(
      (a, b) =>
        a.degree - b.degree ||
        Number(b.isCurrentEmployee) - Number(a.isCurrentEmployee) ||
        b.throughIds.length - a.throughIds.length ||
        a.name.localeCompare(b.name) ||
        (a.talentId < b.talentId ? -1 : 1),
    );
    return referrers.slice(0, first ?? 20).map(({ name: _name, ...referrer }) => referrer);
  }

  /**
   * Records a relationship (KNOWS and WORKED_WITH once per pair, whichever way round). Recording
   * it again changes nothing and returns it; recording a WORKED_WITH that was derived makes it a
   * recorded one (it then stays whatever the employments say).
   */
  async add(viewerOrNull: Viewer | null, input: AddRelationshipInput): Promise<RelationshipModel> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(addInput, input);
    const fromTalentId = values.fromTalentId.toLowerCase();
    const toTalentId = values.toTalentId.toLowerCase();
    if (fromTalentId === toTalentId) throw badInput('A talent cannot have a relationship with itself', { field: 'toTalentId' });
    const note = values.note || null;
    const [fromId, toId] = isSymmetric(values.type) && toTalentId < fromTalentId ? [toTalentId, fromTalentId] : [fromTalentId, toTalentId];
    const row = await this.db.transaction(async (tx) => {
      await this.requireTalents(
        [
          [fromTalentId, 'fromTalentId'],
          [toTalentId, 'toTalentId'],
        ],
        tx,
        viewer.orgId,
      );
      const [inserted] = await tx.query<RelationshipRow>(
        `INSERT INTO talent_relationships (org_id, from_id, to_id, type, detail, created_by)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6)
         ON CONFLICT (org_id, from_id, to_id, type) DO NOTHING
         RETURNING ${ROW_COLUMNS}`,
        [viewer.orgId, fromId, toId, values.type, JSON.stringify(note ? { note } : {}), viewer.userId],
      );
      let changed = inserted;
      let before: RelationshipRow | undefined;
      if (!inserted) {
        [before] = await tx.query<RelationshipRow>(
          `SELECT ${ROW_COLUMNS} FROM talent_relationships WHERE org_id = $1 AND from_id = $2 AND to_id = $3 AND type = $4 FOR UPDATE`,
          [viewer.orgId, fromId, toId, values.type],
        );
        if (!before!.derived) return before!;
        [changed] = await tx.query<RelationshipRow>(
          `UPDATE talent_relationships SET derived = false, detail = detail || $2::jsonb, version = version + 1, created_by = $3
           WHERE id = $1 RETURNING ${ROW_COLUMNS}`,
          [before!.id, JSON.stringify(note ? { note } : {}), viewer.userId],
        );
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
      const [row] = await tx.query<RelationshipRow>(
        `SELECT ${ROW_COLUMNS} FROM talent_relationships WHERE org_id = $1 AND id = $2 FOR UPDATE`,
        [viewer.orgId, relationshipId],
      );
      if (!row) throw notFound('Relationship', relationshipId);
      if (row.derived) {
        throw badInput('This relationship is derived from overlapping employments; change the employments to remove it', { field: 'id' });
      }
      await tx.query('DELETE FROM talent_relationships WHERE id = $1', [row.id]);
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
    let found: Set<string>;
    if (tx) {
      // Inside a write: locked, so neither talent is merged or erased before the commit.
      const rows = await tx.query<{ id: string }>(
        `SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) AND ${VISIBLE_TALENT} FOR SHARE`,
        [orgId, ids.map(([talentId]) => talentId)],
      );
      found = new Set(rows.map((r) => r.id));
    } else {
      found = new Set((await this.visible(ids.map(([talentId]) => talentId))).keys());
    }
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
function endOf(row: RelationshipRow, talentId: string): GraphRelationEnd {
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

function toModel(end: GraphRelationEnd): RelationshipModel {
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

/** What the other end is to the talent whose relation this is, e.g. `worked with`, `was managed by`. */
function linkPhrase(end: GraphRelationEnd): string {
  // `end` is seen from the nearer insider's side (or the middle talent's): flip it to the referrer's.
  const referrerIsFrom = end.direction === 'in';
  switch (end.type as RelationshipType) {
    case 'KNOWS':
      return 'knows';
    case 'WORKED_WITH':
      return 'worked with';
    case 'MANAGED':
      return referrerIsFrom ? 'managed' : 'was managed by';
    case 'REFERRED_BY':
      return referrerIsFrom ? 'was referred by' : 'referred';
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function joinNames(talents: TalentRecord[], describe: (t: TalentRecord) => string): string {
  const [first, ...rest] = talents;
  return rest.length ? `${describe(first!)} and ${rest.length} more there` : describe(first!);
}
