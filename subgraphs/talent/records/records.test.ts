import { describe, expect, it } from 'vitest';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { parseInput } from '../../../platform/checks.ts';
import type { DuplicateCandidateRow } from '../../../data/records/talent-store.ts';
import { matchCandidate, nameSimilarity } from './duplicates.ts';
import { MAX_MERGE_IDS, mergeInputSchema, planApplicationMoves, planRelationshipMoves, unitedProfile } from './merge.ts';
import type { MergeApplicationRow } from '../applications/application-store.ts';
import { inJsonbKeyOrder } from './privacy.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';
import { talentRecord } from '../../../tests/support/talent-record.ts';

const KEEP = '00000000-0000-4000-8000-000000000001';
const DUP = '00000000-0000-4000-8000-000000000002';
const DUP2 = '00000000-0000-4000-8000-000000000003';
const OTHER = '00000000-0000-4000-8000-000000000009';

function talent(fields: Partial<TalentRecord> = {}): TalentRecord {
  return talentRecord({
    id: KEEP,
    name: 'Wei Zhang',
    ...fields,
  });
}

function candidate(fields: Partial<DuplicateCandidateRow> = {}): DuplicateCandidateRow {
  return {
    id: DUP,
    name: 'Someone Else',
    latin_name: null,
    chinese_name: null,
    emails: [],
    phones: [],
    companies: [],
    current_company: null,
    employment_companies: [],
    ...fields,
  };
}

describe('duplicate scoring', () => {
  it('compares names in any order, initials and near spellings, and Han names by character', () => {
    expect(nameSimilarity('Zhang Wei', 'Wei Zhang')).toBe(1);
    expect(nameSimilarity('ZhangWei', 'Zhang Wei')).toBe(1);
    expect(nameSimilarity('Jon Smith', 'John Smith')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('J. Smith', 'John Smith')).toBeGreaterThan(0.85);
    expect(nameSimilarity('José Núñez', 'Jose Nunez')).toBe(1);
    expect(nameSimilarity('张伟', '张 伟')).toBe(1);
    expect(nameSimilarity('张伟', '张薇')).toBe(0.5);
    // A Han name and a Latin name are not comparable: latinName meets a Latin spelling.
    expect(nameSimilarity('张伟', 'Zhang Wei')).toBe(0);
  });

  it('weighs a shared e-mail and phone as independent evidence', () => {
    const ours = talent({ emails: ['wei@example.com'], phones: ['+8613800000000'] });
    expect(matchCandidate(ours, candidate({ emails: ['wei@example.com'] }))).toEqual({
      id: DUP,
      reasons: ['SAME_EMAIL'],
      confidence: 0.9,
      explanation: 'e-mail wei@example.com',
    });
    const both = matchCandidate(ours, candidate({ emails: ['wei@example.com'], phones: ['+8613800000000'] }))!;
    expect(both.reasons).toEqual(['SAME_EMAIL', 'SAME_PHONE']);
    expect(both.confidence).toBe(0.98);
  });

  it('counts a similar name only at a company in common, the same name more than a near one', () => {
    const ours = talent({ name: 'Wei Zhang', currentCompany: 'ByteDance ' });
    const same = matchCandidate(ours, candidate({ name: 'Zhang Wei', employment_companies: ['bytedance'] }))!;
    expect(same.reasons).toEqual(['SIMILAR_NAME_SAME_COMPANY']);
    expect(same.confidence).toBe(0.75);
    expect(same.explanation).toBe('same name "Zhang Wei" ~ "Wei Zhang" at bytedance');
    const near = matchCandidate(
      talent({ name: 'John Smith', companies: ['Acme'] }),
      candidate({ name: 'Jon Smith', companies: ['ACME'] }),
    )!;
    expect(near.confidence).toBeGreaterThan(0.6);
    expect(near.confidence).toBeLessThan(0.75);
    expect(matchCandidate(ours, candidate({ name: 'Zhang Wei', companies: ['Tencent'] }))).toBeNull();
    expect(matchCandidate(ours, candidate({ name: 'Li Na', current_company: 'ByteDance' }))).toBeNull();
  });
});

describe('merge input rules', () => {
  const merge = (input: unknown) => parseInput(mergeInputSchema, input);

  it('takes a talent to keep and the talents to merge into it', () => {
    expect(merge({ keepId: KEEP, mergeIds: [DUP, DUP2] })).toEqual({ keepId: KEEP, mergeIds: [DUP, DUP2] });
  });

  it('refuses nothing to merge, too many, the kept talent among the merged and a talent named twice', () => {
    expect(refusalOf(() => merge({ keepId: KEEP, mergeIds: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergeIds' });
    const tooMany = Array.from({ length: MAX_MERGE_IDS + 1 }, (_, i) => `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`);
    expect(refusalOf(() => merge({ keepId: KEEP, mergeIds: tooMany }))).toMatchObject({
      field: 'mergeIds',
      message: `at most ${MAX_MERGE_IDS} talents can be merged at once`,
    });
    expect(refusalOf(() => merge({ keepId: KEEP, mergeIds: [DUP, KEEP] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mergeIds.1',
      message: 'the talent kept (keepId) cannot also be merged',
    });
    expect(refusalOf(() => merge({ keepId: KEEP, mergeIds: [DUP, DUP] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mergeIds.1',
      message: `talent ${DUP} is named twice`,
    });
  });

  it('keeps the more advanced of two applications for one job and folds the other into it', () => {
    const application = (id: string, fields: Partial<MergeApplicationRow>): MergeApplicationRow => ({
      id,
      talent_id: KEEP,
      job_id: 'job-1',
      stage: 'applied',
      status: 'ACTIVE',
      stage_position: 1,
      updated_at: '2026-01-01T00:00:00Z',
      ...fields,
    });
    const plan = planApplicationMoves(
      [
        application('a-kept', { stage: 'screen', stage_position: 2 }),
        application('a-merged', { talent_id: DUP, stage: 'offer', stage_position: 4 }),
        application('b-merged', { talent_id: DUP, job_id: 'job-2' }),
        application('c-kept', { job_id: 'job-3', status: 'REJECTED', stage_position: 5 }),
        application('c-merged', { talent_id: DUP2, job_id: 'job-3', status: 'HIRED', stage: 'hired', stage_position: 6 }),
      ],
      KEEP,
    );
    expect(plan.toMove.sort()).toEqual(['a-merged', 'b-merged', 'c-merged']);
    expect(plan.folded).toEqual([
      { applicationId: 'a-kept', into: 'a-merged', jobId: 'job-1', stage: 'screen', status: 'ACTIVE' },
      { applicationId: 'c-kept', into: 'c-merged', jobId: 'job-3', stage: 'applied', status: 'REJECTED' },
    ]);
  });

  it('moves relationships onto the kept talent, dropping one to itself and a repeat of one it has', () => {
    const rel = (id: string, from: string, to: string, type: 'KNOWS' | 'REFERRED_BY') => ({ id, from_id: from, to_id: to, type });
    const { changed, dropped } = planRelationshipMoves(
      [
        rel('r1', KEEP, OTHER, 'KNOWS'),
        rel('r2', DUP, KEEP, 'KNOWS'),
        rel('r3', OTHER, DUP, 'KNOWS'),
        rel('r4', DUP, OTHER, 'REFERRED_BY'),
      ],
      KEEP,
      [DUP],
    );
    expect(changed.map((c) => [c.row.id, c.from, c.to])).toEqual([['r4', KEEP, OTHER]]);
    expect(dropped.map((d) => [d.row.id, d.reason])).toEqual([
      ['r2', 'would relate the talent to itself'],
      ['r3', 'duplicate of a relationship the kept talent has'],
    ]);
  });

  it("unites the profiles: the kept talent's values first, lists without repeats whatever their case", () => {
    const keep = talent({ skills: ['Go', 'Kubernetes'], emails: ['wei@example.com'], headline: null, location: 'Shanghai' });
    const merged = talent({
      id: DUP,
      name: 'W. Zhang',
      skills: ['go', 'Rust'],
      emails: ['WEI@example.com', 'wei@work.example'],
      headline: 'Platform engineer',
      location: 'Beijing',
      links: [{ kind: 'GITHUB', url: 'https://github.com/wei/' }],
    });
    const united = unitedProfile(keep, [merged, talent({ id: DUP2, links: [{ kind: 'GITHUB', url: 'https://GitHub.com/wei' }] })]);
    expect(united).toMatchObject({
      name: 'Wei Zhang',
      skills: ['Go', 'Kubernetes', 'Rust'],
      emails: ['wei@example.com', 'wei@work.example'],
      headline: 'Platform engineer',
      location: 'Shanghai',
      links: [{ kind: 'GITHUB', url: 'https://github.com/wei/' }],
    });
  });
});

describe('the relational export document', () => {
  it('keeps the key order of the one jsonb object it was: shorter keys first, then by their bytes', () => {
    const document = inJsonbKeyOrder({
      talent: 1,
      mergedTalents: 2,
      externalIds: 3,
      applications: 4,
      notes: 5,
      tags: 6,
      pools: 7,
      relationships: 8,
      resumes: 9,
      auditEntries: 10,
    });
    expect(Object.keys(document)).toEqual([
      'tags',
      'notes',
      'pools',
      'talent',
      'resumes',
      'externalIds',
      'applications',
      'auditEntries',
      'mergedTalents',
      'relationships',
    ]);
    expect(document).toEqual({ ...document, talent: 1, auditEntries: 10 });
  });

  it('orders by UTF-8 bytes, not by UTF-16 length', () => {
    expect(Object.keys(inJsonbKeyOrder({ é: 1, ab: 2, b: 3 }))).toEqual(['b', 'ab', 'é']);
  });
});
