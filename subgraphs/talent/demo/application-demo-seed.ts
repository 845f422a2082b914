import { VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { APPLICATION_COLUMNS, toApplicationRecord, type ApplicationRow } from '../applications/application-record.ts';
import { recordAudit, type AuditEvent } from '../../../data/audit/audit-recorder.ts';
import { loadOrgStages, withPositions } from '../jobs/pipelines.ts';

/** Where the demo candidates of a job sit, in order of match: a board with something in every column. */
const DEMO_STAGE_PLAN = [
  'offer',
  'interview',
  'interview',
  'screening',
  'screening',
  'screening',
  'applied',
  'applied',
  'applied',
  'applied',
  'hired',
  'rejected',
];

/**
 * Puts demo talents into the demo jobs' pipelines so the Sandbox shows a live board: for each job
 * of the organisation, up to 12 talents sharing one of its skills, spread over the default stages.
 * Writes the applications, their stage moves and audit entries (actor `system`) in one transaction.
 * Returns how many applications it created; an organisation that has applications is left alone.
 */
export async function seedDemoPipelines(db: RelationalStore, orgId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.query('SELECT 1 FROM applications WHERE org_id = $1 LIMIT 1', [orgId]);
    if (existing) return 0;
    const stages = withPositions(await loadOrgStages(tx, orgId));
    const plan = DEMO_STAGE_PLAN.map((key) => stages.find((s) => s.key === key) ?? stages[0]!);
    const candidates = await tx.query<{ job_id: string; job_title: string; talent_id: string; rank: number }>(
      `SELECT j.id AS job_id, j.title AS job_title, c.id AS talent_id, c.rank
       FROM jobs j
       CROSS JOIN LATERAL (
         SELECT t.id, row_number() OVER (ORDER BY t.created_at, t.id)::int - 1 AS rank
         FROM talents t
         WHERE t.org_id = j.org_id AND t.${VISIBLE_TALENT}
           AND t.skill_keys && ARRAY(SELECT lower(s) FROM unnest(j.skills) AS s)
         ORDER BY t.created_at, t.id LIMIT $2
       ) c
       WHERE j.org_id = $1 AND j.status <> 'CLOSED'`,
      [orgId, plan.length],
    );
    if (candidates.length === 0) return 0;
    const rows = await tx.query<ApplicationRow>(
      `INSERT INTO applications (org_id, talent_id, job_id, stage, status, rejection_reason, created_by)
       SELECT $1, talent_id, job_id, stage, status, rejection_reason, 'system'
       FROM jsonb_to_recordset($2::jsonb) AS x(talent_id uuid, job_id uuid, stage text, status text, rejection_reason text)
       RETURNING ${APPLICATION_COLUMNS}`,
      [
        orgId,
        JSON.stringify(
          candidates.map((c) => {
            const stage = plan[c.rank]!;
            return {
              talent_id: c.talent_id,
              job_id: c.job_id,
              stage: stage.key,
              status: stage.kind,
              rejection_reason: stage.kind === 'REJECTED' ? 'Looking for more hands-on experience' : null,
            };
          }),
        ),
      ],
    );
    const applications = rows.map(toApplicationRecord);
    const first = stages.find((s) => s.kind === 'ACTIVE')!;
    const titleOf = new Map(candidates.map((c) => [c.job_id, c.job_title]));
    // Each application is created in the first stage and, unless it stays there, moved once.
    const moves = applications.flatMap((a) => [
      { application_id: a.id, from_stage: null, to_stage: first.key },
      ...(a.stage === first.key ? [] : [{ application_id: a.id, from_stage: first.key, to_stage: a.stage }]),
    ]);
    await tx.query(
      `INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage, actor_id)
       SELECT $1, application_id, from_stage, to_stage, 'system' FROM ROWS FROM (jsonb_to_recordset($2::jsonb)
         AS (application_id uuid, from_stage text, to_stage text)) WITH ORDINALITY AS x(application_id, from_stage, to_stage, n) ORDER BY n`,
      [orgId, JSON.stringify(moves)],
    );
    const name = (key: string) => ({ key, name: stages.find((s) => s.key === key)?.name ?? key });
    await recordAudit(
      tx,
      orgId,
      'system',
      applications.flatMap((a): AuditEvent[] => {
        const jobTitle = titleOf.get(a.jobId) ?? '';
        const created: AuditEvent = {
          action: 'application.create',
          entityType: 'Application',
          entityId: a.id,
          talentId: a.talentId,
          after: { jobId: a.jobId, jobTitle, talentId: a.talentId, to: name(first.key), status: 'ACTIVE' },
        };
        if (a.stage === first.key) return [created];
        const action = a.status === 'REJECTED' ? 'application.reject' : 'application.move';
        const moved: AuditEvent = {
          action,
          entityType: 'Application',
          entityId: a.id,
          talentId: a.talentId,
          after: {
            jobId: a.jobId,
            jobTitle,
            talentId: a.talentId,
            from: name(first.key),
            to: name(a.stage),
            status: a.status,
            reason: a.rejectionReason,
          },
        };
        return [created, moved];
      }),
    );
    return applications.length;
  });
}
