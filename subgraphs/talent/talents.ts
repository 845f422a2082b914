import { z } from 'zod';
import { appendToOutbox } from '../../data/outbox.ts';
import { TALENT_COLUMNS, isUuid, toTalentRecord, type Loaders, type TalentRecord, type TalentRow } from '../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { TALENT_AGGREGATE, toTalentSnapshot } from '../../data/projections/talent-projection.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../platform/errors.ts';
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

/** A new talent: name, headline and skills; the profile fields a resume fills are optional. */
export interface NewTalent {
  name: string;
  headline: string | null;
  skills: string[];
  emails?: string[];
  phones?: string[];
  location?: string | null;
  currentTitle?: string | null;
  currentCompany?: string | null;
  titles?: string[];
  companies?: string[];
  schools?: string[];
}

/** The profile of an existing talent after a change; `version` is the one it was read at (optimistic concurrency). */
export type TalentProfileUpdate = Required<Omit<NewTalent, 'name'>> & { name: string };

/** Inserts talents and their outbox events in one transaction (the demo seed uses the same path). */
export async function createTalents(db: RelationalStore, orgId: string, inputs: NewTalent[]): Promise<TalentRecord[]> {
  return db.transaction((tx) => insertTalents(tx, orgId, inputs));
}

/** Inserts talents with their outbox events inside the caller's transaction. */
export async function insertTalents(tx: SqlExecutor, orgId: string, inputs: NewTalent[]): Promise<TalentRecord[]> {
  const rows = await tx.query<TalentRow>(
    `INSERT INTO talents (org_id, name, headline, skills, emails, phones, location, current_title, current_company, titles, companies, schools)
     SELECT $1, name, headline, skills, coalesce(emails, '{}'), coalesce(phones, '{}'), location, current_title, current_company,
            coalesce(titles, '{}'), coalesce(companies, '{}'), coalesce(schools, '{}')
     FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (
       name text, headline text, skills text[], emails text[], phones text[], location text, current_title text,
       current_company text, titles text[], companies text[], schools text[]
     )) WITH ORDINALITY AS x(name, headline, skills, emails, phones, location, current_title, current_company, titles, companies, schools, n)
     ORDER BY n
     RETURNING ${TALENT_COLUMNS}`,
    [
      orgId,
      JSON.stringify(
        inputs.map((t) => ({
          name: t.name,
          headline: t.headline,
          skills: t.skills,
          emails: t.emails,
          phones: t.phones,
          location: t.location,
          current_title: t.currentTitle,
          current_company: t.currentCompany,
          titles: t.titles,
          companies: t.companies,
          schools: t.schools,
        })),
      ),
    ],
  );
  const talents = rows.map(toTalentRecord);
  await appendTalentEvents(tx, talents);
  return talents;
}

/**
 * Writes a talent's new profile inside the caller's transaction, version + 1, with its outbox event.
 * The row must still be at `expectedVersion`: a change committed in between is a CONFLICT.
 */
export async function updateTalentProfile(
  tx: SqlExecutor,
  orgId: string,
  id: string,
  expectedVersion: number,
  profile: TalentProfileUpdate,
): Promise<TalentRecord> {
  const [row] = await tx.query<TalentRow>(
    `UPDATE talents SET name = $4, headline = $5, skills = $6::text[], emails = $7::text[], phones = $8::text[], location = $9,
            current_title = $10, current_company = $11, titles = $12::text[], companies = $13::text[], schools = $14::text[],
            version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = $2 AND version = $3
     RETURNING ${TALENT_COLUMNS}`,
    [
      orgId,
      id,
      expectedVersion,
      profile.name,
      profile.headline,
      profile.skills,
      profile.emails,
      profile.phones,
      profile.location,
      profile.currentTitle,
      profile.currentCompany,
      profile.titles,
      profile.companies,
      profile.schools,
    ],
  );
  if (!row) throw new LoomaError(ErrorCode.CONFLICT, `Talent ${id} changed meanwhile; try again`, { id });
  const talent = toTalentRecord(row);
  await appendTalentEvents(tx, [talent]);
  return talent;
}

/** The `talent.upserted` events (full snapshots) of talents just written, in the writer's transaction. */
async function appendTalentEvents(tx: SqlExecutor, talents: TalentRecord[]): Promise<void> {
  await appendToOutbox(
    tx,
    talents.map((t) => ({
      orgId: t.orgId,
      aggregateType: TALENT_AGGREGATE,
      aggregateId: t.id,
      aggregateVersion: t.version,
      eventType: `${TALENT_AGGREGATE}.upserted`,
      payload: toTalentSnapshot(t) as unknown as Record<string, unknown>,
    })),
  );
}

export function dedupeSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skill.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
