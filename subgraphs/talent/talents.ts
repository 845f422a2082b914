import { z } from 'zod';
import { appendToOutbox } from '../../data/outbox.ts';
import { TALENT_COLUMNS, isUuid, toTalentRecord, type Loaders, type TalentRecord, type TalentRow } from '../../data/loaders.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { TALENT_AGGREGATE, type TalentSnapshot } from '../../data/projections/talent-projection.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { badInput } from '../../platform/errors.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { decodeCursor, encodeCursor, type Connection } from '../../platform/pagination.ts';

const createTalentInput = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters'),
  headline: z.string().trim().max(300, 'headline must be at most 300 characters').nullish(),
  skills: z
    .array(z.string().trim().min(1, 'a skill must not be empty').max(80, 'a skill must be at most 80 characters'))
    .max(100, 'at most 100 skills')
    .nullish(),
});
export type CreateTalentInput = z.input<typeof createTalentInput>;

const MAX_PAGE = 100;

// Shared with the other subgraphs (ops imports them from here).
export { parseInput, requireScope };

export function toSnapshot(talent: TalentRecord): TalentSnapshot {
  return {
    id: talent.id,
    orgId: talent.orgId,
    name: talent.name,
    headline: talent.headline,
    skills: talent.skills,
    version: talent.version,
    createdAt: talent.createdAt.toISOString(),
  };
}

/** The talent domain: validation, tenancy, the write with its outbox event, keyset pages. Knows nothing of GraphQL. */
export class Talents {
  constructor(
    private readonly db: RelationalStore,
    private readonly loaders: Loaders,
  ) {}

  async get(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord | null> {
    requireScope(viewerOrNull, 'talent:read');
    if (!isUuid(id)) return null;
    return this.loaders.talentById.load(id);
  }

  async list(viewerOrNull: Viewer | null, args: { first?: number | null; after?: string | null }): Promise<Connection<TalentRecord>> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { field: 'first' });
    }
    const after = args.after ? decodeCursor(args.after) : null;
    const params: unknown[] = [viewer.orgId, first + 1];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = await this.db.query<TalentRow>(
      `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 ${keyset} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    const page = rows.slice(0, first).map(toTalentRecord);
    for (const talent of page) this.loaders.talentById.prime(talent.id, talent);
    const edges = page.map((node) => ({ node, cursor: encodeCursor({ createdAt: node.createdAt.toISOString(), id: node.id }) }));
    return {
      edges,
      totalCount: async () => {
        const [counted] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM talents WHERE org_id = $1', [viewer.orgId]);
        return counted?.n ?? 0;
      },
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async create(viewerOrNull: Viewer | null, input: CreateTalentInput): Promise<TalentRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(createTalentInput, input);
    const skills = dedupeSkills(values.skills ?? []);
    const talents = await createTalents(this.db, viewer.orgId, [{ name: values.name, headline: values.headline ?? null, skills }]);
    return talents[0]!;
  }
}

/** Inserts talents and their outbox events in one transaction (the demo seed uses the same path). */
export async function createTalents(
  db: RelationalStore,
  orgId: string,
  inputs: { name: string; headline: string | null; skills: string[] }[],
): Promise<TalentRecord[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<TalentRow>(
      `INSERT INTO talents (org_id, name, headline, skills)
       SELECT $1, name, headline, skills
       FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (name text, headline text, skills text[])) WITH ORDINALITY AS x(name, headline, skills, n)
       ORDER BY n
       RETURNING ${TALENT_COLUMNS}`,
      [orgId, JSON.stringify(inputs)],
    );
    const talents = rows.map(toTalentRecord);
    await appendToOutbox(
      tx,
      talents.map((t) => ({
        orgId,
        aggregateType: TALENT_AGGREGATE,
        aggregateId: t.id,
        aggregateVersion: t.version,
        eventType: `${TALENT_AGGREGATE}.upserted`,
        payload: toSnapshot(t) as unknown as Record<string, unknown>,
      })),
    );
    return talents;
  });
}

function dedupeSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skill.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
