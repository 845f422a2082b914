import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { DEFAULT_MATCHING_WEIGHTS } from '../../data/config/settings.ts';
import { migrate } from '../../data/migrate.ts';
import { talentEmbeddingText, talentSearchDocument, toTalentSnapshot } from '../../data/projections/talent-projection.ts';
import type { TalentRecord } from '../../data/records/talent-record.ts';
import { readVisibleTalents } from '../../data/records/talent-store.ts';
import { ensureDemoOrg } from '../../data/seed/demo-org.ts';
import { matchTalentOf } from '../../subgraphs/matching/ranking/match-reads.ts';
import { scoreMatch } from '../../subgraphs/matching/scoring/score.ts';
import type { MatchContext, MatchJob, MatchTalent } from '../../subgraphs/matching/scoring/types.ts';
import { ingestResume } from '../../subgraphs/resume/intake/resume-intake.ts';

/**
 * Issue 14, point 5: two resumes that differ ONLY in protected lines (gender, age and date of birth,
 * marital and family status, ethnicity, native place and 户口, religion, political affiliation,
 * photo, health) go through the real resume intake (parser, profile merge, talent write) into two
 * organisations; the talents matching reads from the store are the same, and so is every score,
 * factor, knock-out and gap `scoreMatch` gives them, in both languages.
 */

const ORG_A = 'a1111111-1111-4111-8111-111111111111';
const ORG_B = 'b2222222-2222-4222-8222-222222222222';

const ZH_RESUME = (personal: string[]) =>
  [
    '李静',
    '电话：13912345678 | 邮箱：lijing@example.com',
    '现居：上海',
    ...personal,
    '求职意向：高级后端工程师',
    '',
    '工作经历',
    '2019.03 - 至今  字节跳动  高级后端工程师',
    '负责推荐系统后端，使用 Go、Kubernetes、PostgreSQL 与 Kafka。',
    '2015.07 - 2019.02  阿里巴巴  后端工程师',
    '使用 Java 和 MySQL 开发交易系统。',
    '',
    '教育背景',
    '2011.09 - 2015.06  浙江大学  计算机科学与技术  本科',
    '',
    '专业技能',
    'Go, Kubernetes, PostgreSQL, Kafka, Java, MySQL',
    '语言：普通话（母语），英语（流利）',
  ].join('\n');

const ZH_PERSONAL = {
  a: [
    '性别：女 | 年龄：29 | 出生日期：1996年3月',
    '婚姻状况：已婚已育 | 民族：回族',
    '籍贯：河南郑州 | 户口所在地：河南',
    '宗教信仰：伊斯兰教 | 政治面貌：群众',
    '健康状况：良好 | 照片：[附照片]',
  ],
  b: [
    '性别：男 | 年龄：41 | 出生日期：1984年7月',
    '婚姻状况：未婚 | 民族：汉族',
    '籍贯：黑龙江哈尔滨 | 户口所在地：黑龙江',
    '宗教信仰：无 | 政治面貌：中共党员',
    '健康状况：一般 | 照片：无',
  ],
};

const EN_RESUME = (personal: string[]) =>
  [
    'Emily Carter',
    'emily.carter@example.com | +86 139 8765 4321',
    'Shanghai',
    ...personal,
    'Senior Data Engineer',
    '',
    'Experience',
    'Acme Analytics Inc. | Mar 2019 – Present',
    'Senior Data Engineer: built the lakehouse on Spark and Airflow.',
    'Globex Corp | Jun 2015 – Feb 2019',
    'Data Engineer: ETL pipelines in Python and SQL.',
    '',
    'Education',
    'University of California, Berkeley | B.S. Computer Science | 2011 – 2015',
    '',
    'Skills',
    'Spark, Airflow, Python, SQL, Kafka',
    'Languages: English (native), Mandarin (fluent)',
  ].join('\n');

const EN_PERSONAL = {
  a: [
    'Gender: female | Date of birth: 1994-05-02 | Age: 31',
    'Marital status: married, two children',
    'Ethnicity: Hispanic | Native place: Guadalajara',
    'Religion: Catholic | Political affiliation: Democrat',
    'Health: good | Photo: attached',
  ],
  b: [
    'Gender: male | DOB: 1979-11-23 | Age: 46',
    'Marital status: single',
    'Ethnicity: White | Native place: Ohio',
    'Religion: none | Political affiliation: Republican',
    'Health: diabetic | Photo: none',
  ],
};

const BACKEND_JOB: MatchJob = {
  id: 'c3333333-3333-4333-8333-333333333333',
  title: '高级后端工程师',
  description: '推荐系统后端',
  location: '上海',
  remotePolicy: 'HYBRID',
  requiredSkills: ['Go', 'Kubernetes', 'PostgreSQL'],
  preferredSkills: ['Kafka', 'gRPC'],
  minYearsOfExperience: 5,
  maxYearsOfExperience: 12,
  languages: ['Mandarin', 'English'],
  knockouts: { mustHaveSkills: ['Go'], minYearsOfExperience: 3, workLocation: true, languages: ['Mandarin'] },
};

const DATA_JOB: MatchJob = {
  id: 'd4444444-4444-4444-8444-444444444444',
  title: 'Senior Data Engineer',
  description: 'Lakehouse and streaming pipelines',
  location: 'Shanghai',
  remotePolicy: 'ONSITE',
  requiredSkills: ['Spark', 'Airflow', 'SQL'],
  preferredSkills: ['Kafka', 'dbt'],
  minYearsOfExperience: 4,
  maxYearsOfExperience: 10,
  languages: ['English'],
  knockouts: { mustHaveSkills: ['Spark'], minYearsOfExperience: null, workLocation: true, languages: ['English'] },
};

const context = (language: MatchContext['language']): MatchContext => ({
  weights: DEFAULT_MATCHING_WEIGHTS,
  language,
  similarity: 0.62,
  warmPaths: [],
  now: new Date('2026-12-01T00:00:00.000Z'),
});

/** When the rows were written differs by milliseconds: the snapshots compare the rest. */
const WRITTEN_AT = new Date('2026-12-01T08:00:00.000Z');

/** A talent with its id replaced: the two organisations' rows differ in nothing else. */
const sameId = <T extends { id: string }>(value: T): T => ({ ...value, id: 'the-talent' });

describe('two resumes differing only in protected lines score identically (issue 14, point 5)', () => {
  let db: PGliteRelationalStore;

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    await ensureDemoOrg(db, ORG_A);
    await ensureDemoOrg(db, ORG_B);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  /** The resume through the real intake into the organisation, and the talent as matching reads it from the store. */
  async function ingest(orgId: string, text: string): Promise<{ record: TalentRecord; talent: MatchTalent }> {
    const { talent } = await ingestResume(db, { text, filename: 'resume.txt' }, { orgId, createdBy: 'fairness-test', limits: {} });
    const [record] = await readVisibleTalents(db, orgId, [talent.id]);
    return { record: record!, talent: matchTalentOf(record!) };
  }

  it.each([
    ['Chinese', ZH_RESUME, ZH_PERSONAL, BACKEND_JOB, 'zh'],
    ['English', EN_RESUME, EN_PERSONAL, DATA_JOB, 'en'],
  ] as const)('%s: the same profile, projections and match', async (_language, resume, personal, job, language) => {
    const a = await ingest(ORG_A, resume(personal.a));
    const b = await ingest(ORG_B, resume(personal.b));

    // The profile matching reads is the person's, not empty: the comparison below compares something.
    expect(a.talent.skills.length).toBeGreaterThanOrEqual(4);
    expect(a.talent.employments.length).toBe(2);
    expect(sameId(a.talent)).toEqual(sameId(b.talent));
    // What the vector and search stores are fed (embeddings, keyword hits: the candidates) is the same too.
    const snapshot = (record: TalentRecord) =>
      toTalentSnapshot({ ...record, id: 'the-talent', orgId: 'the-org', createdAt: WRITTEN_AT, updatedAt: WRITTEN_AT });
    expect(talentEmbeddingText(snapshot(a.record))).toBe(talentEmbeddingText(snapshot(b.record)));
    expect(talentSearchDocument(snapshot(a.record))).toEqual(talentSearchDocument(snapshot(b.record)));

    const scoreA = scoreMatch(sameId(a.talent), job, context(language));
    const scoreB = scoreMatch(sameId(b.talent), job, context(language));
    expect(scoreA.factors.length).toBe(9);
    expect(scoreA).toEqual(scoreB);

    // And no protected value reached any field of the stored profile.
    const stored = JSON.stringify(snapshot(a.record)) + JSON.stringify(snapshot(b.record));
    for (const value of ['回族', '汉族', '伊斯兰', '党员', '群众', '已婚', '未婚', '郑州', '哈尔滨', '1996', '1984'])
      expect(stored).not.toContain(value);
    for (const value of ['female', 'Hispanic', 'Guadalajara', 'Catholic', 'Democrat', 'Republican', 'diabetic', '1994', '1979'])
      expect(stored.toLowerCase()).not.toContain(value.toLowerCase());
  });
});
