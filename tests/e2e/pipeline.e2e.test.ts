import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { seedDemoPipelines } from '../../subgraphs/talent/demo/application-demo-seed.ts';
import { STACK_MODES, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack.ts';

const APPLICATION = 'id version status rejectionReason stage { key name kind } talent { id } job { id title }';
const JOB = `id title department location remotePolicy employmentType salary { min max currency period } description
  requiredSkills preferredSkills skills minYearsOfExperience status hiringTeam { user { id } role } hasCustomStages
  stages { key name position kind } version createdAt updatedAt`;

interface Stage {
  key: string;
  name: string;
  kind: string;
  position?: number;
}
interface ApplicationNode {
  id: string;
  version: number;
  status: string;
  rejectionReason: string | null;
  stage: Stage;
  talent: { id: string };
  job: { id: string; title: string };
}
interface JobNode {
  id: string;
  title: string;
  skills: string[];
  status: string;
  version: number;
  hasCustomStages: boolean;
  stages: Stage[];
  hiringTeam: { user: { id: string }; role: string }[];
  [field: string]: unknown;
}
interface Column {
  stage: { key: string };
  count: number;
  applications: { id: string }[];
}

const errorOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions;

describe.each(STACK_MODES)('jobs, pipelines and applications ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let talentIds: string[];
  let userIds: string[];
  let recruiter: string;
  let manager: string;
  let viewer: string;
  let outsider: string;

  /** Runs an operation as `token` (default: a recruiter) and returns its data, failing on any error. */
  async function ok<T>(query: string, variables: Record<string, unknown> = {}, token = recruiter): Promise<T> {
    const response = await t.request<T>(query, variables, { token });
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  }
  const createJob = async (input: Record<string, unknown>, token = recruiter) =>
    (await ok<{ createJob: JobNode }>(`mutation($input: CreateJobInput!) { createJob(input: $input) { ${JOB} } }`, { input }, token))
      .createJob;
  const apply = async (talentId: string, jobId: string, stage?: string) =>
    (
      await ok<{ createApplication: ApplicationNode }>(
        `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION} } }`,
        { input: { talentId, jobId, stage } },
      )
    ).createApplication;
  const move = (input: Record<string, unknown>, token = recruiter) =>
    t.request<{ moveApplication: ApplicationNode }>(
      `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { ${APPLICATION} } }`,
      { input },
      { token },
    );
  const sql = <Row>(text: string, params: unknown[] = []) => t.stack.runtime.data.stores.relational.query<Row>(text, params);
  const count = (text: string, params: unknown[]) => sql<{ n: number }>(text, params) as Promise<[{ n: number }]>;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 40 });
    recruiter = t.token(['RECRUITER']);
    manager = t.token(['HIRING_MANAGER']);
    viewer = t.token(['VIEWER']);
    const otherOrg = randomUUID();
    await sql('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [otherOrg, `other-${otherOrg}`, 'Other']);
    outsider = t.token(['ADMIN'], otherOrg);
    const users = await sql<{ id: string }>(
      `INSERT INTO users (org_id, email, name, role, password_hash)
       SELECT $1, 'u' || n || '-' || $2 || '@pipeline.test', 'User ' || n, 'HIRING_MANAGER', 'x' FROM generate_series(1, 3) AS n RETURNING id`,
      [t.orgId, t.orgId],
    );
    userIds = users.map((u) => u.id);
    const talents = await ok<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 40) { edges { node { id } } } }');
    talentIds = talents.talents.edges.map((e) => e.node.id);
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

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

  it.runIf(available)('applies talents to a job; a second application, a closed job, unknown and foreign ids are refused', async () => {
    const job = await createJob({ title: 'Application Rules', status: 'OPEN' });
    const application = await apply(talentIds[0]!, job.id);
    expect(application).toMatchObject({
      status: 'ACTIVE',
      version: 1,
      stage: { key: 'applied', name: 'Applied', kind: 'ACTIVE' },
      talent: { id: talentIds[0] },
    });
    const create = (input: Record<string, unknown>, token = recruiter) =>
      t.request('mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }', { input }, { token });
    expect(errorOf(await create({ talentId: talentIds[0], jobId: job.id }))).toMatchObject({
      code: 'CONFLICT',
      applicationId: application.id,
    });
    expect(errorOf(await create({ talentId: randomUUID(), jobId: job.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'talentId' });
    expect(errorOf(await create({ talentId: talentIds[1], jobId: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', field: 'jobId' });
    expect(errorOf(await create({ talentId: talentIds[1], jobId: 'not-an-id' }))).toMatchObject({ code: 'NOT_FOUND', field: 'jobId' });
    expect(errorOf(await create({ talentId: talentIds[1], jobId: job.id }, outsider))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'talentId',
    });
    expect(errorOf(await create({ talentId: talentIds[1], jobId: job.id, stage: 'nowhere' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stage',
    });
    const closed = await createJob({ title: 'Closed Job', status: 'CLOSED' });
    expect(errorOf(await create({ talentId: talentIds[1], jobId: closed.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobId' });
    const direct = await apply(talentIds[1]!, job.id, 'interview');
    expect(direct.stage.key).toBe('interview');
    const foreignRead = await t.request<{ application: unknown }>(
      'query($id: ID!) { application(id: $id) { id } }',
      { id: application.id },
      { token: outsider },
    );
    expect(foreignRead.body.data).toEqual({ application: null });
    const [{ n }] = await count('SELECT count(*)::int AS n FROM applications WHERE org_id = $1 AND job_id = $2', [t.orgId, job.id]);
    expect(n).toBe(2);
  });

  it.runIf(available)('moves, rejects and reopens by the pipeline rules, with history, versions and audit entries', async () => {
    const job = await createJob({ title: 'Backend Engineer', status: 'OPEN' }, manager);
    const created = await apply(talentIds[2]!, job.id);
    const screening = await move({ id: created.id, stage: 'screening', version: 1 });
    expect(screening.body.data?.moveApplication).toMatchObject({ stage: { key: 'screening' }, version: 2, status: 'ACTIVE' });
    expect(errorOf(await move({ id: created.id, stage: 'interview', version: 1 }))).toMatchObject({ code: 'CONFLICT', version: 2 });
    expect(errorOf(await move({ id: created.id, stage: 'nowhere' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    expect(errorOf(await move({ id: randomUUID(), stage: 'offer' }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await move({ id: created.id, stage: 'offer' }, outsider))).toMatchObject({ code: 'NOT_FOUND' });
    const interview = await move({ id: created.id, stage: 'interview', reason: 'Strong screen' }, manager);
    expect(interview.body.data?.moveApplication.stage.key).toBe('interview');

    const reject = (id: string, reason: string) =>
      t.request<{ rejectApplication: ApplicationNode }>(
        `mutation($id: ID!, $reason: String!) { rejectApplication(id: $id, reason: $reason) { ${APPLICATION} } }`,
        { id, reason },
      );
    expect(errorOf(await reject(created.id, '   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await reject(created.id, 'x'.repeat(501)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await reject(created.id, 'Went with another candidate');
    expect(rejected.body.data?.rejectApplication).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Went with another candidate',
      stage: { key: 'rejected', kind: 'REJECTED' },
    });
    expect(errorOf(await move({ id: created.id, stage: 'offer' }))).toMatchObject({ code: 'INVALID_STAGE_MOVE', stage: 'rejected' });
    expect(errorOf(await reject(created.id, 'again'))).toMatchObject({ code: 'INVALID_STAGE_MOVE' });
    const reopen = (id: string, stage?: string) =>
      t.request<{ reopenApplication: ApplicationNode }>(
        `mutation($id: ID!, $stage: String) { reopenApplication(id: $id, stage: $stage) { ${APPLICATION} } }`,
        { id, stage },
      );
    expect(errorOf(await reopen(created.id, 'hired'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    const reopened = await reopen(created.id, 'interview');
    expect(reopened.body.data?.reopenApplication).toMatchObject({ status: 'ACTIVE', rejectionReason: null, stage: { key: 'interview' } });
    expect(errorOf(await reopen(created.id))).toMatchObject({ code: 'INVALID_STAGE_MOVE' });
    const hired = await move({ id: created.id, stage: 'hired' });
    expect(hired.body.data?.moveApplication).toMatchObject({ status: 'HIRED', stage: { kind: 'HIRED' } });
    expect(errorOf(await move({ id: created.id, stage: 'offer' }))).toMatchObject({ code: 'INVALID_STAGE_MOVE', stage: 'hired' });
    expect(errorOf(await reject(created.id, 'changed our mind'))).toMatchObject({ code: 'INVALID_STAGE_MOVE' });
    const back = await reopen(created.id);
    expect(back.body.data?.reopenApplication.stage.key).toBe('applied');

    const history = await ok<{
      application: {
        version: number;
        history: { from: Stage | null; to: Stage; reason: string | null; by: { id: string } | null; at: string }[];
      };
    }>('query($id: ID!) { application(id: $id) { version history { from { key } to { key name } reason by { id } at } } }', {
      id: created.id,
    });
    expect(history.application.history.map((m) => `${m.from?.key ?? '-'}>${m.to.key}`)).toEqual([
      '->applied',
      'applied>screening',
      'screening>interview',
      'interview>rejected',
      'rejected>interview',
      'interview>hired',
      'hired>applied',
    ]);
    expect(history.application.history[2]!.reason).toBe('Strong screen');
    expect(history.application.history[3]!.reason).toBe('Went with another candidate');
    expect(history.application.history.every((m) => m.by !== null && !Number.isNaN(Date.parse(m.at)))).toBe(true);
    expect(history.application.version).toBe(7);

    const audits = await sql<{ action: string; talent_id: string; after: Record<string, unknown> }>(
      'SELECT action, talent_id, after FROM audit_log WHERE org_id = $1 AND entity_id = $2 ORDER BY id',
      [t.orgId, created.id],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'application.create',
      'application.move',
      'application.move',
      'application.reject',
      'application.reopen',
      'application.move',
      'application.reopen',
    ]);
    expect(audits.every((a) => a.talent_id === talentIds[2])).toBe(true);
    expect(audits[2]!.after).toMatchObject({
      jobTitle: 'Backend Engineer',
      from: { key: 'screening', name: 'Screening' },
      to: { key: 'interview', name: 'Interview' },
    });
  });

  it.runIf(available)('shows the board: counts and the most recently moved applications per stage, after moves', async () => {
    const job = await createJob({ title: 'Board Job', status: 'OPEN' });
    const apps = [];
    for (const talentId of talentIds.slice(3, 9)) apps.push(await apply(talentId, job.id));
    await move({ id: apps[0]!.id, stage: 'screening' });
    await move({ id: apps[1]!.id, stage: 'screening' });
    await move({ id: apps[2]!.id, stage: 'offer' });
    await move({ id: apps[1]!.id, stage: 'interview' });
    await t.request('mutation($id: ID!) { rejectApplication(id: $id, reason: "Not now") { id } }', { id: apps[3]!.id });
    const board = await ok<{ job: { pipeline: Column[] } }>(
      'query($id: ID!) { job(id: $id) { pipeline(applicationsPerStage: 1) { stage { key } count applications { id } } } }',
      { id: job.id },
    );
    expect(board.job.pipeline.map((c) => [c.stage.key, c.count, c.applications.length])).toEqual([
      ['applied', 2, 1],
      ['screening', 1, 1],
      ['interview', 1, 1],
      ['offer', 1, 1],
      ['hired', 0, 0],
      ['rejected', 1, 1],
    ]);
    expect(board.job.pipeline[1]!.applications[0]!.id).toBe(apps[0]!.id);
    const bad = await t.request('query($id: ID!) { job(id: $id) { pipeline(applicationsPerStage: 101) { count } } }', { id: job.id });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationsPerStage' });
    const listed = await ok<{ job: { applications: { totalCount: number; edges: { node: { id: string } }[] } } }>(
      'query($id: ID!) { job(id: $id) { applications(filter: { stages: ["applied", "offer"] }) { totalCount edges { node { id } } } } }',
      { id: job.id },
    );
    expect(listed.job.applications.totalCount).toBe(3);
    expect(new Set(listed.job.applications.edges.map((e) => e.node.id))).toEqual(new Set([apps[2]!.id, apps[4]!.id, apps[5]!.id]));
  });

  it.runIf(available)('reads Talent.applications and Job.pipeline for many items at a fixed number of relational round trips', async () => {
    const jobs = [];
    for (let i = 0; i < 6; i++) jobs.push(await createJob({ title: `Round Trip ${i}`, status: 'OPEN' }));
    for (const [i, job] of jobs.entries()) {
      for (const talentId of talentIds.slice(10 + i, 20 + i)) await apply(talentId, job.id, i % 2 ? 'screening' : undefined);
    }
    const talentQuery = `query($first: Int) { talents(first: $first) { edges { node { id applications { id status stage { key name } job { title } history { to { key } } } } } } }`;
    const jobQuery = `query($first: Int) { jobs(first: $first, filter: { text: "Round Trip" }) {
      edges { node { id stages { key } pipeline(applicationsPerStage: 3) { count stage { key } applications { id talent { name } } } } } } }`;
    const measure = async (query: string, first: number) => {
      const before = roundTripTotals();
      await ok(query, { first });
      return diffRoundTrips(roundTripTotals(), before).relational;
    };
    await measure(talentQuery, 2);
    const few = await measure(talentQuery, 5);
    const many = await measure(talentQuery, 40);
    await measure(jobQuery, 1);
    const oneJob = await measure(jobQuery, 1);
    const sixJobs = await measure(jobQuery, 6);
    console.log(
      `[${mode}] relational round trips: Talent.applications 5 → ${few}, 40 → ${many}; Job.pipeline 1 → ${oneJob}, 6 → ${sixJobs}`,
    );
    expect(many).toBe(few);
    expect(sixJobs).toBe(oneJob);
    // talents page + applications by talent + jobs by id + org stages + history = 5
    expect(few).toBe(5);
    // jobs page + org stages + counts + window + talents by id = 5
    expect(oneJob).toBe(5);
    const talent = await ok<{ talent: { applications: { job: { title: string } }[] } }>(
      'query($id: ID!) { talent(id: $id) { applications { job { title } } } }',
      { id: talentIds[15] },
    );
    // Newest first.
    expect(talent.talent.applications.map((a) => a.job.title)).toEqual([
      'Round Trip 5',
      'Round Trip 4',
      'Round Trip 3',
      'Round Trip 2',
      'Round Trip 1',
      'Round Trip 0',
    ]);
  });

  it.runIf(available)('pages Job.applications for many jobs at a fixed number of relational round trips, each page right', async () => {
    const jobs = [];
    for (let i = 0; i < 6; i++) jobs.push(await createJob({ title: `Batched Page ${i}`, status: 'OPEN' }));
    // Job i holds i applications (0 to 5), oldest first; a page of 3 shows the newest 3.
    const applied = new Map<string, string[]>();
    for (const [i, job] of jobs.entries()) {
      const ids = [];
      for (const talentId of talentIds.slice(i, i + i)) ids.push((await apply(talentId, job.id)).id);
      applied.set(job.id, ids.reverse());
    }
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
    const query = `query($first: Int, $after: String, $filter: ApplicationFilter) { jobs(first: $first, filter: { text: "Batched Page" }) {
      edges { node { id applications(first: 3, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } } }`;
    const read = (variables: Record<string, unknown>) =>
      ok<{ jobs: { edges: { node: { id: string; applications: Page } }[] } }>(query, variables);
    const measure = async (first: number) => {
      const before = roundTripTotals();
      const data = await read({ first });
      return { trips: diffRoundTrips(roundTripTotals(), before).relational, nodes: data.jobs.edges.map((e) => e.node) };
    };
    await measure(2);
    const two = await measure(2);
    const six = await measure(6);
    console.log(
      `[${mode}] relational round trips: Job.applications(first: 3) { totalCount } for 2 jobs → ${two.trips}, 6 jobs → ${six.trips}`,
    );
    // jobs page + one window over every job's page + one grouped count
    expect(two.trips).toBe(3);
    expect(six.trips).toBe(two.trips);
    expect(six.nodes.map((n) => n.id)).toEqual(jobs.map((j) => j.id).reverse());
    for (const node of six.nodes) {
      const ids = applied.get(node.id)!;
      expect(node.applications.totalCount).toBe(ids.length);
      expect(node.applications.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 3));
      expect(node.applications.pageInfo.hasNextPage).toBe(ids.length > 3);
    }
    // The cursor of one job's page pages on through the batched read, the same cursor as `applications` gives.
    const five = six.nodes[0]!;
    const direct = await ok<{ applications: Page }>(
      'query($jobId: ID) { applications(filter: { jobId: $jobId }, first: 3) { pageInfo { endCursor } } }',
      { jobId: five.id },
    );
    expect(five.applications.pageInfo.endCursor).toBe(direct.applications.pageInfo.endCursor);
    const next = await read({ first: 6, after: five.applications.pageInfo.endCursor });
    expect(next.jobs.edges[0]!.node.applications.edges.map((e) => e.node.id)).toEqual(applied.get(five.id)!.slice(3));
    expect(next.jobs.edges[0]!.node.applications.pageInfo.hasNextPage).toBe(false);
    // A filter applies per job; a bad cursor or page size is refused as before.
    await move({ id: applied.get(jobs[4]!.id)![3]!, stage: 'offer' });
    const filtered = await read({ first: 6, filter: { stages: ['offer'] } });
    expect(filtered.jobs.edges.map((e) => [e.node.applications.totalCount, e.node.applications.edges.map((x) => x.node.id)])).toEqual([
      [0, []],
      [1, [applied.get(jobs[4]!.id)![3]]],
      [0, []],
      [0, []],
      [0, []],
      [0, []],
    ]);
    const badCursor = await t.request(query, { first: 2, after: 'nope' });
    expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const badFirst = await t.request('{ jobs(first: 2) { edges { node { applications(first: 101) { totalCount } } } } }');
    expect(errorOf(badFirst)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.runIf(available)('audits each application whose status follows a stage kind changed by updateJob or setPipelineStages', async () => {
    const stages = [
      { key: 'sourced', name: 'Sourced' },
      { key: 'final', name: 'Final round' },
      { key: 'hired', name: 'Hired', kind: 'HIRED' },
      { key: 'declined', name: 'Declined', kind: 'REJECTED' },
    ];
    const job = await createJob({ title: 'Kind Change', status: 'OPEN', stages });
    const finals = [await apply(talentIds[35]!, job.id, 'final'), await apply(talentIds[36]!, job.id, 'final')];
    const sourced = await apply(talentIds[37]!, job.id);
    const updated = await t.request<{ updateJob: JobNode }>(`mutation($input: UpdateJobInput!) { updateJob(input: $input) { ${JOB} } }`, {
      input: {
        id: job.id,
        version: 1,
        title: 'Kind Changed',
        stages: [{ key: 'sourced', name: 'Sourced' }, { key: 'final', name: 'Not this time', kind: 'REJECTED' }, stages[2]],
      },
    });
    expect(updated.body.errors).toBeUndefined();
    const audits = async (orgId: string, ids: string[]) =>
      sql<{ entity_id: string; entity_type: string; talent_id: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
        "SELECT entity_id, entity_type, talent_id, before, after FROM audit_log WHERE org_id = $1 AND action = 'application.status' AND entity_id = ANY ($2::text[]) ORDER BY entity_id",
        [orgId, ids],
      );
    const rows = await audits(
      t.orgId,
      [...finals, sourced].map((a) => a.id),
    );
    expect(rows).toEqual(
      finals
        .map((app) => ({
          entity_id: app.id,
          entity_type: 'Application',
          talent_id: app.talent.id,
          before: { status: 'ACTIVE', stage: { key: 'final', name: 'Final round' }, jobId: job.id, jobTitle: 'Kind Change', version: 1 },
          after: {
            status: 'REJECTED',
            stage: { key: 'final', name: 'Not this time' },
            jobId: job.id,
            jobTitle: 'Kind Changed',
            talentId: app.talent.id,
            version: 2,
          },
        }))
        .sort((a, b) => a.entity_id.localeCompare(b.entity_id)),
    );
    const statuses = await sql<{ id: string; status: string; version: number }>(
      'SELECT id, status, version FROM applications WHERE job_id = $1 ORDER BY id',
      [job.id],
    );
    expect(
      statuses
        .filter((r) => r.status === 'REJECTED')
        .map((r) => r.id)
        .sort(),
    ).toEqual(finals.map((a) => a.id).sort());

    // The organisation's pipeline: a stage turned HIRED re-statuses its application on every job using it.
    const orgId = randomUUID();
    await sql('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [orgId, `kinds-${orgId}`, 'Kinds Org']);
    const [talent] = await sql<{ id: string }>("INSERT INTO talents (org_id, name) VALUES ($1, 'Kind Person') RETURNING id", [orgId]);
    const orgRecruiter = t.token(['RECRUITER'], orgId);
    const orgJob = await createJob({ title: 'Org Kind Job', status: 'OPEN' }, orgRecruiter);
    const offer = (
      await ok<{ createApplication: ApplicationNode }>(
        'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
        { input: { talentId: talent!.id, jobId: orgJob.id, stage: 'offer' } },
        orgRecruiter,
      )
    ).createApplication;
    const set = await t.request(
      'mutation($stages: [PipelineStageInput!]!) { setPipelineStages(stages: $stages) { key } }',
      {
        stages: [
          { key: 'applied', name: 'Applied' },
          { key: 'offer', name: 'Offer accepted', kind: 'HIRED' },
          { key: 'rejected', name: 'Rejected', kind: 'REJECTED' },
        ],
      },
      { token: t.token(['ADMIN'], orgId) },
    );
    expect(set.body.errors).toBeUndefined();
    const [orgAudit, ...more] = await audits(orgId, [offer.id]);
    expect(more).toEqual([]);
    expect(orgAudit).toMatchObject({
      talent_id: talent!.id,
      before: { status: 'ACTIVE', stage: { key: 'offer', name: 'Offer' }, jobId: orgJob.id, jobTitle: 'Org Kind Job' },
      after: { status: 'HIRED', stage: { key: 'offer', name: 'Offer accepted' }, jobId: orgJob.id, jobTitle: 'Org Kind Job' },
    });
  });

  it.runIf(available)('lets one of two concurrent writes win: the same application twice, two moves from one version', async () => {
    const job = await createJob({ title: 'Race Job', status: 'OPEN' });
    const create = () =>
      t.request<{ createApplication: { id: string } }>(
        'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
        {
          input: { talentId: talentIds[34], jobId: job.id },
        },
      );
    const created = await Promise.all([create(), create()]);
    expect(created.map((r) => errorOf(r)?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const id = created.find((r) => !r.body.errors)!.body.data!.createApplication.id;
    const moves = await Promise.all([move({ id, stage: 'screening', version: 1 }), move({ id, stage: 'offer', version: 1 })]);
    expect(moves.map((r) => errorOf(r)?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await count('SELECT count(*)::int AS n FROM application_stage_moves WHERE org_id = $1 AND application_id = $2', [
      t.orgId,
      id,
    ]);
    expect(n).toBe(2);
  });

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

  it.runIf(available)('lists applications by job, talent, stage and status, newest first, across pages', async () => {
    const job = await createJob({ title: 'Listing Job', status: 'OPEN' });
    const apps = [];
    for (const talentId of talentIds.slice(25, 32)) apps.push(await apply(talentId, job.id));
    await move({ id: apps[0]!.id, stage: 'offer' });
    const page = (filter: Record<string, unknown>, first = 3, after?: string) =>
      ok<{
        applications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
      }>(
        'query($filter: ApplicationFilter, $first: Int, $after: String) { applications(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { filter, first, after },
      );
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const result = await page({ jobId: job.id }, 3, after);
      expect(result.applications.totalCount).toBe(7);
      ids.push(...result.applications.edges.map((e) => e.node.id));
      if (!result.applications.pageInfo.hasNextPage) break;
      after = result.applications.pageInfo.endCursor;
    }
    expect(ids).toEqual(apps.map((a) => a.id).reverse());
    expect((await page({ jobId: job.id, stages: ['offer'] })).applications.edges.map((e) => e.node.id)).toEqual([apps[0]!.id]);
    expect((await page({ jobId: job.id, talentId: talentIds[26] })).applications.edges.map((e) => e.node.id)).toEqual([apps[1]!.id]);
    expect((await page({ jobId: job.id, status: ['HIRED'] })).applications.totalCount).toBe(0);
    const viewerRead = await t.request<{ applications: { totalCount: number } }>(
      'query($id: ID) { applications(filter: { jobId: $id }) { totalCount } }',
      { id: job.id },
      { token: viewer },
    );
    expect(viewerRead.body.data?.applications.totalCount).toBe(7);
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

  it.runIf(available)('seeds demo pipelines so a board has applications in several stages', async () => {
    const orgId = randomUUID();
    await sql('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [orgId, `seed-${orgId}`, 'Seed Org']);
    await sql(
      "INSERT INTO talents (org_id, name, skills) SELECT $1, 'Go Person ' || n, ARRAY['Go', 'Redis'] FROM generate_series(1, 14) AS n",
      [orgId],
    );
    await sql("INSERT INTO jobs (org_id, title, skills, required_skills, status) VALUES ($1, 'Go Job', ARRAY['go'], ARRAY['go'], 'OPEN')", [
      orgId,
    ]);
    const relational = t.stack.runtime.data.stores.relational;
    expect(await seedDemoPipelines(relational, orgId)).toBe(12);
    expect(await seedDemoPipelines(relational, orgId)).toBe(0);
    const token = t.token(['VIEWER'], orgId);
    const jobs = await ok<{ jobs: { edges: { node: { pipeline: Column[] } }[] } }>(
      '{ jobs { edges { node { pipeline { stage { key } count } } } } }',
      {},
      token,
    );
    expect(jobs.jobs.edges[0]!.node.pipeline.map((c) => `${c.stage.key}=${c.count}`)).toEqual([
      'applied=4',
      'screening=3',
      'interview=2',
      'offer=1',
      'hired=1',
      'rejected=1',
    ]);
  });
});
