import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION,
  apply,
  count,
  createJob,
  errorOf,
  JOB,
  manager,
  move,
  ok,
  outsider,
  recruiter,
  sql,
  t,
  talentIds,
  userIds,
  viewer,
  type Stage,
  type ApplicationNode,
  type JobNode,
  type Column,
  usePipelineStack,
} from '../support/pipeline-stack.ts';
import { STACK_MODES } from '../support/stack.ts';

describe.each(STACK_MODES)('jobs and pipelines ($mode stores)', ({ mode, available }) => {
  usePipelineStack(mode, available);

  it.runIf(available)(
    'creates a job with defaults, skills as required then preferred, and a hiring team of org users; audits it',
    async () => {
      const job = await createJob(
        {
          title: '  Backend Engineer ',
          department: 'Platform',
          salary: { min: 30000, max: 50000, currency: 'cny' },
          requiredSkills: ['Go', 'PostgreSQL', 'go'],
          preferredSkills: ['Kubernetes', 'Go'],
          minYearsOfExperience: 3,
          hiringTeam: [
            { userId: userIds[0], role: 'HIRING_MANAGER' },
            { userId: userIds[1], role: 'INTERVIEWER' },
          ],
        },
        manager,
      );
      expect(job).toMatchObject({
        title: 'Backend Engineer',
        department: 'Platform',
        location: null,
        remotePolicy: 'ONSITE',
        employmentType: 'FULL_TIME',
        salary: { min: 30000, max: 50000, currency: 'CNY', period: 'YEAR' },
        requiredSkills: ['Go', 'PostgreSQL'],
        preferredSkills: ['Kubernetes', 'Go'],
        skills: ['Go', 'PostgreSQL', 'Kubernetes'],
        minYearsOfExperience: 3,
        status: 'DRAFT',
        hasCustomStages: false,
        version: 1,
      });
      expect(new Set(job.hiringTeam.map((m) => `${m.user.id}:${m.role}`))).toEqual(
        new Set([`${userIds[0]}:HIRING_MANAGER`, `${userIds[1]}:INTERVIEWER`]),
      );
      expect(job.stages.map((s) => `${s.position}:${s.key}:${s.kind}`)).toEqual([
        '0:applied:ACTIVE',
        '1:screening:ACTIVE',
        '2:interview:ACTIVE',
        '3:offer:ACTIVE',
        '4:hired:HIRED',
        '5:rejected:REJECTED',
      ]);
      const [audit] = await sql<{ action: string; actor_id: string; after: { title: string } }>(
        'SELECT action, actor_id, after FROM audit_log WHERE org_id = $1 AND entity_id = $2',
        [t.orgId, job.id],
      );
      expect(audit).toMatchObject({ action: 'job.create', after: { title: 'Backend Engineer' } });
    },
  );

  it.runIf(available)('updates a job against its version: fields change, null clears, status moves freely, stale is CONFLICT', async () => {
    const job = await createJob({
      title: 'Data Engineer',
      location: 'Hangzhou',
      requiredSkills: ['Spark'],
      hiringTeam: [{ userId: userIds[0], role: 'RECRUITER' }],
    });
    const update = (input: Record<string, unknown>, token = recruiter) =>
      t.request<{ updateJob: JobNode }>(`mutation($input: UpdateJobInput!) { updateJob(input: $input) { ${JOB} } }`, { input }, { token });
    const first = await update(
      {
        id: job.id,
        version: 1,
        status: 'OPEN',
        location: null,
        preferredSkills: ['Airflow'],
        hiringTeam: [{ userId: userIds[2], role: 'COORDINATOR' }],
      },
      manager,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.updateJob).toMatchObject({
      title: 'Data Engineer',
      location: null,
      status: 'OPEN',
      skills: ['Spark', 'Airflow'],
      version: 2,
      hiringTeam: [{ user: { id: userIds[2] }, role: 'COORDINATOR' }],
    });
    for (const status of ['ON_HOLD', 'CLOSED', 'DRAFT', 'OPEN']) {
      const current = await ok<{ job: { version: number } }>('query($id: ID!) { job(id: $id) { version } }', { id: job.id });
      const moved = await update({ id: job.id, version: current.job.version, status });
      expect(moved.body.data?.updateJob.status).toBe(status);
    }
    const stale = await update({ id: job.id, version: 2, title: 'Lost update' });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', version: 6 });
    const cleared = await update({ id: job.id, version: 6, title: null });
    expect(errorOf(cleared)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const foreign = await update({ id: job.id, version: 6, title: 'Mine now' }, outsider);
    expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const unknown = await update({ id: randomUUID(), version: 1, title: 'x' });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND' });
    const after = await ok<{ job: { title: string; version: number } }>('query($id: ID!) { job(id: $id) { title version } }', {
      id: job.id,
    });
    expect(after.job).toEqual({ title: 'Data Engineer', version: 6 });
    const audits = await sql<{ action: string }>('SELECT action FROM audit_log WHERE org_id = $1 AND entity_id = $2 ORDER BY id', [
      t.orgId,
      job.id,
    ]);
    expect(audits.map((a) => a.action)).toEqual(['job.create', ...Array(5).fill('job.update')]);
  });

  it.runIf(available)('refuses bad job input, naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ title: 'Pay', salary: { min: 9, max: 1, currency: 'CNY' } }, 'salary.min'],
      [{ title: 'Pay', salary: { min: 1, max: 9, currency: 'yuan' } }, 'salary.currency'],
      [{ title: 'Skills', requiredSkills: ['x'.repeat(81)] }, 'requiredSkills.0'],
      [{ title: 'Years', minYearsOfExperience: 71 }, 'minYearsOfExperience'],
      [{ title: 'Team', hiringTeam: [{ userId: randomUUID(), role: 'RECRUITER' }] }, 'hiringTeam.0.userId'],
      [
        {
          title: 'Team',
          hiringTeam: [
            { userId: userIds[0], role: 'RECRUITER' },
            { userId: 'nope', role: 'RECRUITER' },
          ],
        },
        'hiringTeam.1.userId',
      ],
      [
        {
          title: 'Team',
          hiringTeam: [
            { userId: userIds[0], role: 'RECRUITER' },
            { userId: userIds[0], role: 'INTERVIEWER' },
          ],
        },
        'hiringTeam.1.userId',
      ],
      [{ title: 'Stages', stages: [{ key: 'Bad Key', name: 'x' }] }, 'stages.0.key'],
    ];
    const [{ n: before }] = await count('SELECT count(*)::int AS n FROM jobs WHERE org_id = $1', [t.orgId]);
    for (const [input, field] of cases) {
      const response = await t.request('mutation($input: CreateJobInput!) { createJob(input: $input) { id } }', { input });
      expect(errorOf(response), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [{ n: after }] = await count('SELECT count(*)::int AS n FROM jobs WHERE org_id = $1', [t.orgId]);
    expect(after).toBe(before);
  });

  it.runIf(available)(
    'guards job and application writes by role: VIEWER is FORBIDDEN (403), HIRING_MANAGER may not set the org pipeline',
    async () => {
      const [job] = (
        await ok<{ jobs: { edges: { node: { id: string } }[] } }>('{ jobs(first: 1) { edges { node { id } } } }')
      ).jobs.edges.map((e) => e.node);
      const attempts = [
        ['mutation { createJob(input: { title: "Nope" }) { id } }', viewer],
        [`mutation { updateJob(input: { id: "${job!.id}", version: 1, title: "Nope" }) { id } }`, viewer],
        [`mutation { createApplication(input: { talentId: "${talentIds[0]}", jobId: "${job!.id}" }) { id } }`, viewer],
        [`mutation { moveApplication(input: { id: "${randomUUID()}", stage: "offer" }) { id } }`, viewer],
        [`mutation { rejectApplication(id: "${randomUUID()}", reason: "no") { id } }`, viewer],
        [`mutation { reopenApplication(id: "${randomUUID()}") { id } }`, viewer],
        ['mutation { setPipelineStages(stages: [{ key: "a", name: "A" }]) { key } }', manager],
        ['mutation { setPipelineStages(stages: [{ key: "a", name: "A" }]) { key } }', recruiter],
      ] as const;
      for (const [query, token] of attempts) {
        const response = await t.request(query, {}, { token });
        expect(response.status, query).toBe(403);
        expect(errorOf(response)).toMatchObject({ code: 'FORBIDDEN' });
      }
      const read = await t.request<{ pipelineStages: Stage[] }>('{ pipelineStages { key } }', {}, { token: viewer });
      expect(read.body.data?.pipelineStages).toHaveLength(6);
    },
  );

  it.runIf(available)('lists jobs filtered and sorted, with cursors that stay stable while jobs are added', async () => {
    const skill = `skill-${randomUUID().slice(0, 6)}`;
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await createJob({
          title: `Paging ${String.fromCharCode(103 - i)}`,
          location: i % 2 ? 'Shanghai' : 'Beijing',
          remotePolicy: i % 3 === 0 ? 'REMOTE' : 'HYBRID',
          preferredSkills: [i < 5 ? skill.toUpperCase() : 'Other'],
          status: 'OPEN',
          hiringTeam: i === 3 ? [{ userId: userIds[2], role: 'HIRING_MANAGER' }] : [],
          description: i === 6 ? 'Work on the ledger' : null,
        }),
      );
    }
    const list = (filter: Record<string, unknown>, sort?: Record<string, unknown>, first = 20, after?: string) =>
      t.request<{
        jobs: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; title: string } }[];
        };
      }>(
        'query($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) { jobs(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }',
        { filter, sort, first, after },
      );
    const titles = async (filter: Record<string, unknown>, sort?: Record<string, unknown>) =>
      (await list(filter, sort)).body.data!.jobs.edges.map((e) => e.node.title);
    expect(await titles({ skillsAny: [skill] })).toEqual(['Paging c', 'Paging d', 'Paging e', 'Paging f', 'Paging g']);
    expect(await titles({ skillsAny: [skill] }, { field: 'TITLE', direction: 'ASC' })).toEqual([
      'Paging c',
      'Paging d',
      'Paging e',
      'Paging f',
      'Paging g',
    ]);
    expect(await titles({ skillsAny: [skill], location: 'shang' })).toEqual(['Paging d', 'Paging f']);
    expect(await titles({ skillsAny: [skill], remotePolicy: ['REMOTE'] })).toEqual(['Paging d', 'Paging g']);
    expect(await titles({ hiringTeamUserId: userIds[2], text: 'paging' })).toEqual(['Paging d']);
    expect(await titles({ text: 'LEDGER' })).toEqual(['Paging a']);
    expect(await titles({ text: 'Paging', createdAfter: made[4]!.createdAt })).toEqual(['Paging a', 'Paging b']);
    expect(await titles({ status: ['CLOSED'], text: 'Paging' })).toEqual([]);

    // Page through by title while new jobs land before, between and after the pages: nothing repeats, nothing is skipped.
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const response = await list({ text: 'Paging' }, { field: 'TITLE', direction: 'ASC' }, 2, after);
      expect(response.body.errors).toBeUndefined();
      const { edges, pageInfo } = response.body.data!.jobs;
      seen.push(...edges.map((e) => e.node.title));
      if (page === 0) await createJob({ title: 'Paging 0 early', status: 'OPEN' }); // sorts before the cursor
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(['Paging a', 'Paging b', 'Paging c', 'Paging d', 'Paging e', 'Paging f', 'Paging g']);

    const newest: string[] = [];
    after = undefined;
    for (let page = 0; page < 10; page++) {
      const response = await list({ text: 'Paging' }, undefined, 3, after);
      const { edges, pageInfo } = response.body.data!.jobs;
      newest.push(...edges.map((e) => e.node.title));
      await createJob({ title: `Paging new ${page}`, status: 'OPEN' });
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(newest).toEqual(['Paging 0 early', 'Paging a', 'Paging b', 'Paging c', 'Paging d', 'Paging e', 'Paging f', 'Paging g']);
    const [{ n }] = await count("SELECT count(*)::int AS n FROM jobs WHERE org_id = $1 AND title LIKE 'Paging%'", [t.orgId]);
    expect((await list({ text: 'Paging' }, undefined, 1)).body.data!.jobs.totalCount).toBe(n);
    const wrongSort = await list({}, { field: 'UPDATED_AT' }, 2, after);
    expect(errorOf(wrongSort)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const foreign = await t.request<{ jobs: { totalCount: number } }>(
      '{ jobs(filter: { text: "Paging" }) { totalCount } }',
      {},
      { token: outsider },
    );
    expect(foreign.body.data?.jobs.totalCount).toBe(0);
  });

  it.runIf(available)('sets job stages: validated, custom per job, stages holding applications cannot go', async () => {
    const stages = [
      { key: 'sourced', name: 'Sourced' },
      { key: 'tech-test', name: 'Tech test' },
      { key: 'hired', name: 'Hired', kind: 'HIRED' },
      { key: 'declined', name: 'Declined', kind: 'REJECTED' },
    ];
    const job = await createJob({ title: 'Custom Pipeline', status: 'OPEN', stages });
    expect(job.hasCustomStages).toBe(true);
    expect(job.stages.map((s) => s.key)).toEqual(['sourced', 'tech-test', 'hired', 'declined']);
    const app = await apply(talentIds[33]!, job.id);
    expect(app.stage).toEqual({ key: 'sourced', name: 'Sourced', kind: 'ACTIVE' });
    await move({ id: app.id, stage: 'tech-test' });
    const update = (input: Record<string, unknown>) =>
      t.request<{ updateJob: JobNode }>(`mutation($input: UpdateJobInput!) { updateJob(input: $input) { ${JOB} } }`, { input });
    const invalid: [unknown[], string][] = [
      [
        [
          { key: 'a', name: 'A' },
          { key: 'a', name: 'B' },
          { key: 'h', name: 'H', kind: 'HIRED' },
          { key: 'r', name: 'R', kind: 'REJECTED' },
        ],
        'stages.1.key',
      ],
      [
        [
          { key: 'h', name: 'H', kind: 'HIRED' },
          { key: 'r', name: 'R', kind: 'REJECTED' },
        ],
        'stages',
      ],
      [
        [
          { key: 'a', name: 'A' },
          { key: 'r', name: 'R', kind: 'REJECTED' },
        ],
        'stages',
      ],
      [
        [
          { key: 'a', name: 'A' },
          { key: 'h', name: 'H', kind: 'HIRED' },
          { key: 'h2', name: 'H2', kind: 'HIRED' },
          { key: 'r', name: 'R', kind: 'REJECTED' },
        ],
        'stages',
      ],
      [[{ key: 'x'.repeat(41), name: 'A' }], 'stages.0.key'],
      [[], 'stages'],
    ];
    for (const [value, field] of invalid)
      expect(errorOf(await update({ id: job.id, version: 1, stages: value })), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const dropInUse = await update({ id: job.id, version: 1, stages: stages.filter((s) => s.key !== 'tech-test') });
    expect(errorOf(dropInUse)).toMatchObject({ code: 'CONFLICT', stage: 'tech-test' });
    const backToOrg = await update({ id: job.id, version: 1, stages: null });
    expect(errorOf(backToOrg)).toMatchObject({ code: 'CONFLICT', stage: 'tech-test' });
    const renamed = await update({ id: job.id, version: 1, stages: [{ key: 'tech-test', name: 'Take-home' }, ...stages.slice(2)] });
    expect(renamed.body.errors).toBeUndefined();
    expect(renamed.body.data!.updateJob.stages.map((s) => `${s.key}:${s.name}`)).toEqual([
      'tech-test:Take-home',
      'hired:Hired',
      'declined:Declined',
    ]);
    const rejected = await t.request<{ rejectApplication: ApplicationNode }>(
      `mutation($id: ID!) { rejectApplication(id: $id, reason: "No") { ${APPLICATION} } }`,
      { id: app.id },
    );
    expect(rejected.body.data?.rejectApplication.stage).toEqual({ key: 'declined', name: 'Declined', kind: 'REJECTED' });
  });

  it.runIf(available)('sets the organisation pipeline (admins only): jobs on it follow, in-use stages cannot go', async () => {
    // An organisation of its own, so the other tests keep Looma's default stages.
    const orgId = randomUUID();
    await sql('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [orgId, `pipeline-${orgId}`, 'Pipeline Org']);
    const [talent] = await sql<{ id: string }>("INSERT INTO talents (org_id, name) VALUES ($1, 'Pipeline Person') RETURNING id", [orgId]);
    const orgAdmin = t.token(['ADMIN'], orgId);
    const orgRecruiter = t.token(['RECRUITER'], orgId);
    const defaults = await ok<{ pipelineStages: Stage[] }>('{ pipelineStages { key name position kind } }', {}, orgRecruiter);
    expect(defaults.pipelineStages.map((s) => s.key)).toEqual(['applied', 'screening', 'interview', 'offer', 'hired', 'rejected']);
    const job = await createJob({ title: 'Org Pipeline Job', status: 'OPEN' }, orgRecruiter);
    const app = (
      await ok<{ createApplication: ApplicationNode }>(
        `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION} } }`,
        { input: { talentId: talent!.id, jobId: job.id, stage: 'screening' } },
        orgRecruiter,
      )
    ).createApplication;
    const set = (stages: unknown[]) =>
      t.request<{ setPipelineStages: Stage[] }>(
        'mutation($stages: [PipelineStageInput!]!) { setPipelineStages(stages: $stages) { key name position kind } }',
        { stages },
        { token: orgAdmin },
      );
    const next = [
      { key: 'applied', name: 'New' },
      { key: 'phone', name: 'Phone screen' },
      { key: 'onsite', name: 'On-site' },
      { key: 'hired', name: 'Hired', kind: 'HIRED' },
      { key: 'rejected', name: 'Rejected', kind: 'REJECTED' },
    ];
    expect(errorOf(await set(next))).toMatchObject({ code: 'CONFLICT', stage: 'screening' });
    expect(errorOf(await set([{ key: 'only', name: 'Only' }]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stages' });
    await ok(
      `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }`,
      { input: { id: app.id, stage: 'applied' } },
      orgRecruiter,
    );
    const done = await set(next);
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.setPipelineStages.map((s) => `${s.position}:${s.key}:${s.kind}`)).toEqual([
      '0:applied:ACTIVE',
      '1:phone:ACTIVE',
      '2:onsite:ACTIVE',
      '3:hired:HIRED',
      '4:rejected:REJECTED',
    ]);
    const board = await ok<{ job: { stages: Stage[]; pipeline: Column[] } }>(
      'query($id: ID!) { job(id: $id) { stages { key } pipeline { stage { key } count } } }',
      { id: job.id },
      orgRecruiter,
    );
    expect(board.job.pipeline.map((c) => `${c.stage.key}=${c.count}`)).toEqual([
      'applied=1',
      'phone=0',
      'onsite=0',
      'hired=0',
      'rejected=0',
    ]);
    const read = await ok<{ pipelineStages: Stage[] }>('{ pipelineStages { name } }', {}, orgRecruiter);
    expect(read.pipelineStages[0]!.name).toBe('New');
    const [audit] = await sql<{ action: string }>("SELECT action FROM audit_log WHERE org_id = $1 AND action = 'pipeline.set'", [orgId]);
    expect(audit).toBeDefined();
    // The stack's own organisation still has Looma's stages.
    expect((await ok<{ pipelineStages: Stage[] }>('{ pipelineStages { key } }')).pipelineStages).toHaveLength(6);
  });
});
