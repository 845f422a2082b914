import type { RelationalStore } from '../../../data/ports.ts';
import { hasApplications, insertSeedApplications } from '../applications/application-store.ts';
import { insertSeedStageMoves } from '../applications/stage-move-store.ts';
import { jobSkillCandidates } from '../../../data/records/job-store.ts';
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
    if (await hasApplications(tx, orgId)) return 0;
    const stages = withPositions(await loadOrgStages(tx, orgId));
    const plan = DEMO_STAGE_PLAN.map((key) => stages.find((s) => s.key === key) ?? stages[0]!);
    const candidates = await jobSkillCandidates(tx, orgId, plan.length);
    if (candidates.length === 0) return 0;
    const applications = await insertSeedApplications(
      tx,
      orgId,
      candidates.map((c) => {
        const stage = plan[c.rank]!;
        return {
          talentId: c.talent_id,
          jobId: c.job_id,
          stage: stage.key,
          status: stage.kind,
          rejectionReason: stage.kind === 'REJECTED' ? 'Looking for more hands-on experience' : null,
        };
      }),
    );
    const first = stages.find((s) => s.kind === 'ACTIVE')!;
    const titleOf = new Map(candidates.map((c) => [c.job_id, c.job_title]));
    // Each application is created in the first stage and, unless it stays there, moved once.
    const moves = applications.flatMap((a) => [
      { application_id: a.id, from_stage: null, to_stage: first.key },
      ...(a.stage === first.key ? [] : [{ application_id: a.id, from_stage: first.key, to_stage: a.stage }]),
    ]);
    await insertSeedStageMoves(tx, orgId, moves);
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
