import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { seedDemoPipelines } from '../../subgraphs/talent/demo/application-demo-seed.ts';
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
  viewer,
  type Stage,
  type ApplicationNode,
  type JobNode,
  type Column,
  usePipelineStack,
} from '../support/pipeline-stack.ts';
import { STACK_MODES } from '../support/stack.ts';

describe.each(STACK_MODES)('applications through pipelines ($mode stores)', ({ mode, available }) => {
  usePipelineStack(mode, available);

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
