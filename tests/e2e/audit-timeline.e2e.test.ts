import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const firstError = (errors: Errors) => errors?.[0]?.extensions;

interface TimelineNode {
  id: string;
  kind: string;
  summary: string;
  actor: { id: string } | null;
  at: string;
  note: { id: string; body: string } | null;
  application: { id: string } | null;
}
const TIMELINE = `query($id: ID!, $first: Int, $after: String) {
  talent(id: $id) {
    timeline(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id kind summary actor { id } at note { id body } application { id } } }
    }
  }
}`;
interface AuditNode {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  talentId: string | null;
  actor: { id: string } | null;
  actorId: string;
  actorKind: string;
  before: string | null;
  after: string | null;
  at: string;
}
const AUDIT = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action entityType entityId talentId actor { id } actorId actorKind before after at } }
  }
}`;
type AuditPage = {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AuditNode }[] };
};

const LONG_NOTE =
  'Met at the Shanghai Go meetup: deep experience with Kubernetes operators, wants a hybrid role, available from September.';

describe.each(STACK_MODES)('timeline and audit log ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let recruiter: { id: string; token: string };
  let admin: { id: string; token: string };
  let talentId: string;
  let applicationId: string;
  let keptNoteId: string;
  let jobTitle: string;
  let startedAt: string;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 3 });
    const issue = (role: 'RECRUITER' | 'ADMIN') => {
      const id = randomUUID();
      return { id, token: t.stack.runtime.authenticator.issueAccessToken({ userId: id, orgId: t.orgId, roles: [role] }) };
    };
    recruiter = issue('RECRUITER');
    admin = issue('ADMIN');
    startedAt = new Date().toISOString();

    // A sequence of operations on one talent, each recorded in the audit log by its own area.
    const as = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const response = await t.request<T>(query, variables, { token: recruiter.token });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
    const created = await as<{ createTalent: { id: string; version: number } }>(
      'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id version } }',
      { input: { name: 'Wei Zhang', skills: ['Go'], tags: ['go'] } },
    );
    talentId = created.createTalent.id;
    await as('mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { id } }', {
      input: { id: talentId, version: created.createTalent.version, skills: ['Go', 'Kubernetes'], location: 'Shanghai' },
    });
    await as('mutation($ids: [ID!]!) { tagTalents(talentIds: $ids, tags: ["shanghai", "Remote"]) { changed } }', { ids: [talentId] });
    const pool = await as<{ createTalentPool: { id: string } }>(
      'mutation { createTalentPool(input: { name: "Go engineers" }) { id } }',
      {},
    );
    await as('mutation($pool: ID!, $ids: [ID!]!) { addToTalentPool(poolId: $pool, talentIds: $ids) { changed } }', {
      pool: pool.createTalentPool.id,
      ids: [talentId],
    });
    const kept = await as<{ addNote: { id: string } }>('mutation($input: AddNoteInput!) { addNote(input: $input) { id } }', {
      input: { talentId, body: LONG_NOTE },
    });
    keptNoteId = kept.addNote.id;
    const jobs = await as<{ jobs: { edges: { node: { id: string; title: string } }[] } }>(
      '{ jobs(first: 1) { edges { node { id title } } } }',
      {},
    );
    jobTitle = jobs.jobs.edges[0]!.node.title;
    const application = await as<{ createApplication: { id: string } }>(
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
      { input: { talentId, jobId: jobs.jobs.edges[0]!.node.id } },
    );
    applicationId = application.createApplication.id;
    await as('mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }', {
      input: { id: applicationId, stage: 'interview' },
    });
    const deleted = await as<{ addNote: { id: string } }>('mutation($input: AddNoteInput!) { addNote(input: $input) { id } }', {
      input: { talentId, body: 'Typo, ignore' },
    });
    await as('mutation($id: ID!) { deleteNote(id: $id) }', { id: deleted.addNote.id });
    await as('mutation($ids: [ID!]!) { untagTalents(talentIds: $ids, tags: ["remote"]) { changed } }', { ids: [talentId] });
    await as('mutation($input: UploadResumeInput!) { uploadResume(input: $input) { resume { id } } }', {
      input: {
        talentId,
        filename: 'wei-zhang.md',
        text: '# Wei Zhang\n\nwei.zhang@example.com\n\n## Skills\n\nGo, Kubernetes, PostgreSQL\n',
      },
    });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)('tells what happened to a talent, newest first, in sentences', async () => {
    const response = await t.request<{ talent: { timeline: { totalCount: number; edges: { node: TimelineNode }[] } } }>(TIMELINE, {
      id: talentId,
      first: 50,
    });
    expect(response.body.errors).toBeUndefined();
    const events = response.body.data!.talent.timeline.edges.map((e) => e.node);
    // The resume upload may update the profile (recorded by Looma's resume pipeline) before it records the upload.
    const withoutResumeUpdate = events.filter((e, i) => !(i === 1 && e.kind === 'TALENT_UPDATED'));
    expect(withoutResumeUpdate.map((e) => [e.kind, e.summary])).toEqual([
      ['RESUME_UPLOADED', 'Uploaded wei-zhang.md'],
      ['UNTAGGED', 'Untagged Remote'],
      ['NOTE_DELETED', 'Deleted a note'],
      ['NOTE_ADDED', 'Note: Typo, ignore'],
      ['STAGE_MOVED', `Moved from Applied to Interview for ${jobTitle}`],
      ['APPLICATION_CREATED', `Added to the pipeline for ${jobTitle} at Applied`],
      ['NOTE_ADDED', `Note: ${LONG_NOTE.slice(0, 80).trimEnd()}…`],
      ['ADDED_TO_POOL', 'Added to pool Go engineers'],
      ['TAGGED', 'Tagged Remote, shanghai'],
      ['TALENT_UPDATED', 'Updated skills, location'],
      ['TAGGED', 'Tagged go'],
      ['TALENT_CREATED', 'Created Wei Zhang'],
    ]);
    expect(response.body.data!.talent.timeline.totalCount).toBe(events.length);
    expect(events.every((e, i) => i === 0 || e.at <= events[i - 1]!.at)).toBe(true);
    const byKind = (kind: string) => withoutResumeUpdate.filter((e) => e.kind === kind);
    // The kept note resolves; the deleted one is gone.
    expect(byKind('NOTE_ADDED').map((e) => e.note?.id ?? null)).toEqual([null, keptNoteId]);
    expect(byKind('STAGE_MOVED')[0]!.application).toEqual({ id: applicationId });
    expect(byKind('TAGGED')[0]!.actor).toEqual({ id: recruiter.id });
    expect(byKind('TAGGED')[0]!.application).toBeNull();
  });

  it.runIf(available)('pages the timeline with keyset cursors', async () => {
    type Page = {
      talent: { timeline: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: TimelineNode }[] } };
    };
    const all = (await t.request<Page>(TIMELINE, { id: talentId, first: 100 })).body.data!.talent.timeline.edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { body: { data?: Page | null } } = await t.request<Page>(TIMELINE, { id: talentId, first: 5, after });
      const timeline = response.body.data!.talent.timeline;
      seen.push(...timeline.edges.map((e) => e.node.id));
      if (!timeline.pageInfo.hasNextPage) break;
      after = timeline.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const bad = await t.request(TIMELINE, { id: talentId, first: 101 });
    expect(firstError(bad.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await t.request(TIMELINE, { id: talentId, first: 5, after: 'bm9wZQ' });
    expect(firstError(badCursor.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.runIf(available)('gives admins the audit log, filtered and paged newest first', async () => {
    const request = (variables: Record<string, unknown>, token = admin.token) => t.request<AuditPage>(AUDIT, variables, { token });
    const ofTalent = await request({ filter: { talentId }, first: 100 });
    expect(ofTalent.body.errors).toBeUndefined();
    const entries = ofTalent.body.data!.auditLog.edges.map((e) => e.node);
    expect(ofTalent.body.data!.auditLog.totalCount).toBe(entries.length);
    const timeline = await t.request<{ talent: { timeline: { totalCount: number } } }>(TIMELINE, { id: talentId, first: 1 });
    expect(entries.length).toBe(timeline.body.data!.talent.timeline.totalCount);

    const tagAdd = entries.find((e) => e.action === 'tag.add' && JSON.parse(e.after!).tags.includes('shanghai'))!;
    expect(tagAdd).toMatchObject({
      entityType: 'talent',
      entityId: talentId,
      talentId,
      actor: { id: recruiter.id },
      actorId: recruiter.id,
      actorKind: 'USER',
      before: null,
    });
    expect(JSON.parse(tagAdd.after!)).toEqual({ tags: ['Remote', 'shanghai'] });
    const noteAdd = entries.find((e) => e.action === 'note.add' && e.entityId === keptNoteId)!;
    expect(JSON.parse(noteAdd.after!)).toMatchObject({ id: keptNoteId, talentId, excerpt: LONG_NOTE, length: LONG_NOTE.length });

    const tagsOnly = await request({ filter: { actions: ['tag.add', 'tag.remove'], talentId } });
    expect(tagsOnly.body.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['tag.remove', 'tag.add', 'tag.add']);
    const pools = await request({ filter: { entityType: 'talent_pool' } });
    expect(pools.body.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['pool.add', 'pool.create']);
    const byActor = await request({ filter: { actorId: recruiter.id, talentId, actions: ['note.add'] } });
    expect(byActor.body.data!.auditLog.totalCount).toBe(2);
    const later = await request({ filter: { after: new Date(Date.now() + 60_000).toISOString() } });
    expect(later.body.data!.auditLog.totalCount).toBe(0);
    const window = await request({ filter: { after: startedAt, before: new Date(Date.now() + 60_000).toISOString(), talentId } });
    expect(window.body.data!.auditLog.totalCount).toBe(entries.length);

    // Pages of 4 walk the whole log without gaps or repeats.
    const everything = (await request({ first: 100 })).body.data!.auditLog;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AuditPage['auditLog'] = (await request({ first: 4, after })).body.data!.auditLog;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything.edges.map((e) => e.node.id));
    expect(seen).toHaveLength(everything.totalCount);
  });

  it.runIf(available)('keeps the audit log to admins of the organisation', async () => {
    const asRecruiter = await t.request(AUDIT, { first: 5 }, { token: recruiter.token });
    expect(asRecruiter.status).toBe(403);
    expect(firstError(asRecruiter.body.errors)).toMatchObject({ code: 'FORBIDDEN' });
    const outsider = await t.request<AuditPage>(AUDIT, { filter: { talentId } }, { token: t.token(['ADMIN'], randomUUID()) });
    expect(outsider.body.data!.auditLog.totalCount).toBe(0);
    const badTalent = await t.request(AUDIT, { filter: { talentId: 'nope' } }, { token: admin.token });
    expect(firstError(badTalent.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'talentId' });
    const badFirst = await t.request(AUDIT, { first: 0 }, { token: admin.token });
    expect(firstError(badFirst.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // Another talent's timeline shares nothing with this one.
    const otherTimeline = await t.request<{ talent: { timeline: { edges: { node: TimelineNode }[] } } }>(
      TIMELINE,
      { id: talentId, first: 5 },
      { token: t.token(['RECRUITER'], randomUUID()) },
    );
    expect(otherTimeline.body.data?.talent).toBeNull();
  });
});
