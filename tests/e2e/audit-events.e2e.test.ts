import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, isAuditAction } from '../../data/audit/audit-events.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Audit events are one discriminated union (data/audit/audit-events.ts): every row the code writes
 * names an action of it, and the timeline reads each by its typed fields. Rows it does not know (an
 * action no code writes, payloads an erasure scrubbed) still read as a sentence, never an error.
 */

const TIMELINE = `query($id: ID!) { talent(id: $id) { timeline(first: 100) { edges { node { kind summary } } } } }`;
type Timeline = { talent: { timeline: { edges: { node: { kind: string; summary: string } }[] } } };

describe.each(STACK_MODES)('audit events as one union ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let talentId: string;
  let otherId: string;
  const sql = <Row>(text: string, params: unknown[] = []) => t.stack.runtime.data.stores.relational.query<Row>(text, params);
  const as = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await t.request<T>(query, variables, { token: t.token(['ADMIN']) });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const timeline = async (id: string) => (await as<Timeline>(TIMELINE, { id })).talent.timeline.edges.map((e) => e.node);

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 2 });
    const created = await as<{ a: { id: string }; b: { id: string } }>(
      `mutation { a: createTalent(input: { name: "Li Na", skills: ["Go"] }) { id } b: createTalent(input: { name: "Wang Fang", skills: ["Rust"] }) { id } }`,
    );
    talentId = created.a.id;
    otherId = created.b.id;
    // Actions whose payloads the first timeline test does not cover: archive, restore, relationships, a rejection and a reopening.
    await as('mutation($id: ID!) { archiveTalent(id: $id) { id } }', { id: talentId });
    await as('mutation($id: ID!) { restoreTalent(id: $id) { id } }', { id: talentId });
    const relationship = await as<{ addRelationship: { id: string } }>(
      'mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }',
      { input: { fromTalentId: talentId, toTalentId: otherId, type: 'REFERRED_BY' } },
    );
    await as('mutation($id: ID!) { removeRelationship(id: $id) }', { id: relationship.addRelationship.id });
    const jobs = await as<{ jobs: { edges: { node: { id: string } }[] } }>('{ jobs(first: 1) { edges { node { id } } } }');
    const application = await as<{ createApplication: { id: string } }>(
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
      { input: { talentId, jobId: jobs.jobs.edges[0]!.node.id } },
    );
    await as('mutation($id: ID!) { rejectApplication(id: $id, reason: "Wants a remote role") { id } }', {
      id: application.createApplication.id,
    });
    await as('mutation($id: ID!) { reopenApplication(id: $id) { id } }', { id: application.createApplication.id });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)('writes only actions of the union, the demo seed included', async () => {
    const rows = await sql<{ action: string }>('SELECT DISTINCT action FROM audit_log WHERE org_id = $1', [t.orgId]);
    const actions = rows.map((r) => r.action);
    expect(actions.filter((action) => !isAuditAction(action))).toEqual([]);
    expect(actions).toEqual(
      expect.arrayContaining(['talent.create', 'talent.archive', 'relationship.add', 'relationship.remove', 'application.reject']),
    );
    expect(AUDIT_ACTIONS.length).toBe(new Set(AUDIT_ACTIONS).size);
  });

  it.runIf(available)('reads each action by its typed fields', async () => {
    const events = await timeline(talentId);
    expect(events.map((e) => [e.kind, e.summary])).toEqual(
      expect.arrayContaining([
        ['TALENT_CREATED', 'Created Li Na'],
        ['TALENT_ARCHIVED', 'Archived'],
        ['TALENT_RESTORED', 'Restored'],
        ['RELATIONSHIP_ADDED', 'Relationship added: referred by Wang Fang'],
        ['RELATIONSHIP_REMOVED', 'Relationship removed: referred by Wang Fang'],
        ['APPLICATION_REJECTED', expect.stringMatching(/^Rejected for .+: Wants a remote role$/)],
        ['APPLICATION_REOPENED', expect.stringMatching(/^Reopened for .+ at .+$/)],
      ]),
    );
    // The other end sees the same relationship from its side.
    expect(await timeline(otherId)).toEqual(
      expect.arrayContaining([{ kind: 'RELATIONSHIP_ADDED', summary: 'Relationship added: referred Li Na' }]),
    );
  });

  it.runIf(available)('reads an action no code writes as OTHER with its name, and scrubbed payloads as plain sentences', async () => {
    await sql(
      `INSERT INTO audit_log (org_id, actor_id, actor_kind, action, entity_type, entity_id, talent_id, before, after)
       VALUES ($1, 'system', 'SYSTEM', 'talent.legacyThing', 'talent', $2::text, $2::uuid, NULL, '{"fromTalentId": "x"}')`,
      [t.orgId, otherId],
    );
    // What an erasure leaves of the entries of a talent it touched: the rows, without their payloads.
    await sql('UPDATE audit_log SET before = NULL, after = NULL WHERE org_id = $1 AND talent_id = $2', [t.orgId, talentId]);
    expect(await timeline(otherId)).toEqual(expect.arrayContaining([{ kind: 'OTHER', summary: 'talent.legacyThing' }]));
    const scrubbed = await timeline(talentId);
    expect(scrubbed.map((e) => [e.kind, e.summary])).toEqual(
      expect.arrayContaining([
        ['TALENT_CREATED', 'Created'],
        ['RELATIONSHIP_ADDED', 'Relationship added: knows another talent'],
        ['APPLICATION_REJECTED', expect.stringMatching(/^Rejected for .+$/)],
      ]),
    );
  });
});
