import { z } from 'zod';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { lockVisibleTalentIds } from '../../../data/records/talent-store.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput, notFound } from '../../../platform/errors.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { MatchJob, MatchResult } from '../scoring/types.ts';
import {
  auditAttributesOf,
  auditAttributeValues,
  erasedAuditAttributeNames,
  writeAuditAttributes,
  type AuditAttributeRecord,
} from './audit-attribute-store.ts';
import { FOUR_FIFTHS, selectionReport, type SelectionReport } from './selection-rates.ts';

/**
 * Matching's fairness audit (issue 14, point 5): the attributes an organisation records about a
 * talent for audits only (voluntary self-identification), and the selection rates of a job's
 * ranking by any of them with the four-fifths rule. Admins only. The attributes live in their own
 * table, apart from the profile: the ranking and the scorer never read it (audit-isolation.test.ts).
 */

/** How the audit reads a job's ranking: matching's own (subgraphs/matching/ranking/), the one `Job.matches` pages. */
export interface AuditRanking {
  /** A job of the viewer's organisation, or null (another organisation's job is no job). */
  job(id: string): Promise<MatchJob | null>;
  /** The job's candidates in `Job.matches`'s order: best first, knocked-out talents after. */
  ranking(job: MatchJob): Promise<MatchResult[]>;
}

export interface MatchingAuditReport extends SelectionReport {
  job: MatchJob;
  attribute: string;
  top: number;
  threshold: number;
}

export const MAX_AUDIT_TOP = 1000;
const MAX_ATTRIBUTES = 20;

const attributeName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'an attribute name is 1 to 40 characters of a-z, 0-9 and _, starting with a letter');

const attributesInput = z
  .array(
    z.object({
      name: attributeName,
      value: z.string().trim().min(1, 'a value must not be empty').max(100, 'a value must be at most 100 characters').nullish(),
    }),
  )
  .min(1, 'give at least one attribute')
  .max(MAX_ATTRIBUTES, `at most ${MAX_ATTRIBUTES} attributes`)
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((attribute, i) => {
      if (seen.has(attribute.name))
        ctx.issues.push({ code: 'custom', input: attribute, path: [i, 'name'], message: `${attribute.name} is given twice` });
      seen.add(attribute.name);
    });
  });

/** `top`: 20 by default, 1 to MAX_AUDIT_TOP (BAD_USER_INPUT on `top` otherwise). */
export function auditTop(top: number | null | undefined): number {
  const value = top ?? 20;
  if (!Number.isInteger(value) || value < 1 || value > MAX_AUDIT_TOP) {
    throw badInput(`top must be between 1 and ${MAX_AUDIT_TOP}`, { field: 'top' });
  }
  return value;
}

export class MatchingAudit {
  private readonly db: RelationalStore;
  private readonly viewerOrNull: Viewer | null;
  private readonly ranking: AuditRanking;

  constructor(db: RelationalStore, viewer: Viewer | null, ranking: AuditRanking) {
    this.db = db;
    this.viewerOrNull = viewer;
    this.ranking = ranking;
  }

  /**
   * Sets (a value) or removes (null) the talent's audit attributes, with an audit entry naming them
   * (never their values); the talent's attributes after. NOT_FOUND for a talent the organisation
   * does not hold (or no longer: merged, erased).
   */
  async record(talentId: string, input: { name: string; value?: string | null }[]): Promise<AuditAttributeRecord[]> {
    const viewer = requireScope(this.viewerOrNull, 'admin');
    const { attributes } = parseInput(z.object({ attributes: attributesInput }), { attributes: input });
    if (!isUuid(talentId)) throw notFound('Talent', talentId);
    const set = attributes.flatMap((a) => (a.value ? [{ name: a.name, value: a.value }] : []));
    const removed = attributes.filter((a) => !a.value).map((a) => a.name);
    return this.db.transaction(async (tx) => {
      // FOR SHARE: an erasure or a merge (FOR UPDATE) waits, or has happened and the talent is gone.
      if (!(await lockVisibleTalentIds(tx, viewer.orgId, [talentId])).has(talentId)) throw notFound('Talent', talentId);
      await writeAuditAttributes(tx, viewer.orgId, talentId, set, removed);
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'auditAttributes.record', entityType: 'talent', entityId: talentId, after: { set: set.map((a) => a.name), removed } },
      ]);
      return auditAttributesOf(tx, viewer.orgId, talentId);
    });
  }

  /**
   * The key of a talent's data-subject export (the talent subgraph's `exportTalentData` starts it) as
   * this subgraph resolves it: an admin's, for a talent the organisation holds (`held`: the
   * request's talent loader, which reads neither another organisation's, merged nor erased talents);
   * null otherwise. A representation is a claim, not a proof.
   */
  async exportOf(talentId: string, held: (id: string) => Promise<unknown>): Promise<{ talentId: string } | null> {
    requireScope(this.viewerOrNull, 'admin');
    return isUuid(talentId) && (await held(talentId)) ? { talentId } : null;
  }

  /** The talent's audit attributes, by name, for its data-subject export (admins; the viewer's organisation only). */
  async exportedAttributes(talentId: string): Promise<AuditAttributeRecord[]> {
    const viewer = requireScope(this.viewerOrNull, 'admin');
    return isUuid(talentId) ? auditAttributesOf(this.db, viewer.orgId, talentId) : [];
  }

  /**
   * The key of an erasure's report (the talent subgraph's `eraseTalent` returns it) as this subgraph resolves it:
   * an admin's, for any talent id (the talent is a tombstone by then); what it reads is confined to the viewer's
   * organisation, so another organisation's id reads as an erasure that removed nothing.
   */
  erasureOf(talentId: string): { talentId: string } | null {
    requireScope(this.viewerOrNull, 'admin');
    return isUuid(talentId) ? { talentId } : null;
  }

  /** The names of the audit attributes the talent's erasure removed (admins; the viewer's organisation only). */
  async erasedAttributes(talentId: string): Promise<string[]> {
    const viewer = requireScope(this.viewerOrNull, 'admin');
    return isUuid(talentId) ? erasedAuditAttributeNames(this.db, viewer.orgId, talentId) : [];
  }

  /**
   * The selection rates of the job's ranking by the attribute: a talent is selected when among the
   * first `top` and not knocked out. NOT_FOUND for a job the organisation does not hold.
   */
  async report(jobId: string, attributeInput: string, topInput: number | null | undefined): Promise<MatchingAuditReport> {
    const viewer = requireScope(this.viewerOrNull, 'admin');
    const { attribute } = parseInput(z.object({ attribute: attributeName }), { attribute: attributeInput });
    const top = auditTop(topInput);
    const job = await this.ranking.job(jobId);
    if (!job) throw notFound('Job', jobId);
    const ranked = await this.ranking.ranking(job);
    const values = await auditAttributeValues(
      this.db,
      viewer.orgId,
      attribute,
      ranked.map((m) => m.talentId),
    );
    const report = selectionReport(ranked, (id) => values.get(id), top);
    return { ...report, job, attribute, top, threshold: FOUR_FIFTHS };
  }
}
