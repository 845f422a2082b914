import { describe, expect, it } from 'vitest';
import type { Plan, PriorTurn } from '../types.ts';
import { offlinePlanner, planQuestion } from './offline-planner.ts';
import { extractJobTitle, extractSlots, extractYears } from './question-slots.ts';

const NOW = new Date('2026-12-02T00:00:00Z');
const plan = (question: string, history: PriorTurn[] = [], language: 'zh' | 'en' | null = null) =>
  planQuestion({ question, language, history, now: NOW });
const shape = (p: Plan) => ({ intent: p.intent, steps: p.steps.map((s) => [s.operation, s.variables, s.dependsOn]) });
const from = (i: number) => ({ $from: i, path: 'ids' });
const prior = (talentIds: string[]): PriorTurn => ({
  question: 'who knows Go?',
  plan: { intent: 'FIND_TALENTS', steps: [], language: 'en' },
  talentIds,
  jobIds: [],
});

describe('the offline planner', () => {
  describe('FIND_TALENTS: skills, employers, schools, places and years in the talent filter', () => {
    it('Chinese', () => {
      expect(shape(plan('谁会Go和Docker，在北京？'))).toEqual({
        intent: 'FIND_TALENTS',
        steps: [['findTalents', { filter: { skillsAll: ['Go', 'Docker'], location: 'Beijing' } }, []]],
      });
      expect(shape(plan('工作五年以上、会Python的北大毕业生')).steps[0]![1]).toEqual({
        filter: { skillsAll: ['Python'], schoolsAny: ['Peking University', '北京大学'], yearsMin: 5 },
      });
    });

    it('English, with an employer in both scripts and a range of years', () => {
      expect(shape(plan('Anyone who worked at Baidu and knows Go, with 2 to 4 years of experience?')).steps).toEqual([
        ['findTalents', { filter: { skillsAll: ['Go'], companiesAny: ['Baidu', '百度'], yearsMin: 2, yearsMax: 4 } }, []],
      ]);
      expect(shape(plan('Find engineers from Stanford with Rust')).steps[0]![1]).toEqual({
        filter: { skillsAll: ['Rust'], schoolsAny: ['Stanford University', '斯坦福大学'] },
      });
    });

    it('mixed, and a skill inside a role is not asked for (数据工程师 is no Data Engineering skill)', () => {
      const p = plan('在小米工作过的数据工程师，会Flink的');
      expect(p.language).toBe('zh');
      expect(shape(p).steps[0]![1]).toEqual({ filter: { skillsAll: ['Apache Flink'], companiesAny: ['Xiaomi', '小米'] } });
    });
  });

  describe('follow-ups filter the previous answer’s talents', () => {
    it('"which of them" and "这些人里" keep the question’s own slots and add the prior ids', () => {
      expect(shape(plan('which of them know Kubernetes?', [prior(['t1', 't2'])])).steps).toEqual([
        ['findTalents', { filter: { ids: ['t1', 't2'], skillsAll: ['Kubernetes'] } }, []],
      ]);
      expect(shape(plan('这些人里谁在深圳？', [prior(['t1'])])).steps).toEqual([
        ['findTalents', { filter: { ids: ['t1'], location: 'Shenzhen' } }, []],
      ]);
    });

    it('"him" is the first talent of the previous answer; with nothing before, the planner asks', () => {
      expect(shape(plan('who knows him?', [prior(['t9', 't2'])]))).toEqual({
        intent: 'WHO_KNOWS',
        steps: [['talentNetwork', { id: 't9' }, []]],
      });
      expect(shape(plan('介绍一下他', [prior(['t9'])]))).toEqual({
        intent: 'SUMMARISE_TALENT',
        steps: [['talentProfile', { id: 't9' }, []]],
      });
      const clarify = plan('他们中谁会Go？');
      expect(clarify).toMatchObject({ intent: 'CLARIFY', steps: [], language: 'zh' });
      expect(clarify.message).toMatch(/哪些人/);
    });
  });

  it('an elliptical follow-up repeats the previous filter with this question’s slots', () => {
    const previous: PriorTurn = {
      question: 'who knows Go in Shanghai?',
      plan: {
        intent: 'FIND_TALENTS',
        steps: [{ operation: 'findTalents', variables: { filter: { skillsAll: ['Go'], location: 'Shanghai' } }, dependsOn: [] }],
        language: 'en',
      },
      talentIds: ['t1'],
      jobIds: [],
    };
    expect(shape(plan('what about Hangzhou?', [previous])).steps[0]![1]).toEqual({ filter: { skillsAll: ['Go'], location: 'Hangzhou' } });
    expect(shape(plan('那杭州呢？', [previous])).steps[0]![1]).toEqual({ filter: { skillsAll: ['Go'], location: 'Hangzhou' } });
    expect(shape(plan('and with Kubernetes?', [previous])).steps[0]![1]).toEqual({
      filter: { skillsAll: ['Go', 'Kubernetes'], location: 'Shanghai' },
    });
    expect(shape(plan('what about Hangzhou?')).steps[0]![1]).toEqual({ filter: { location: 'Hangzhou' } });
  });

  it('a count of the talents is the talent list with no filter; a Java engineer asks for Java', () => {
    expect(shape(plan('我们有多少候选人？'))).toEqual({ intent: 'FIND_TALENTS', steps: [['findTalents', { filter: {} }, []]] });
    expect(shape(plan('北京的Java工程师有哪些')).steps[0]![1]).toEqual({ filter: { skillsAll: ['Java'], location: 'Beijing' } });
  });

  describe('people by name: resolved first, then the dependent step takes their ids', () => {
    it('WHO_KNOWS in Chinese and English, Latin names in either order', () => {
      expect(shape(plan('谁和王小明共事过？'))).toEqual({
        intent: 'WHO_KNOWS',
        steps: [
          ['resolveTalent', { name: '王小明' }, []],
          ['talentNetwork', { id: from(0) }, [0]],
        ],
      });
      expect(shape(plan('who knows Liu Yang?')).steps[0]).toEqual(['resolveTalent', { name: 'Liu Yang' }, []]);
      expect(shape(plan('Is anyone connected to Yang Liu?')).steps[0]).toEqual(['resolveTalent', { name: 'Yang Liu' }, []]);
    });

    it('COMPARE_TALENTS reads both profiles; one name only asks for the other', () => {
      expect(shape(plan('对比王芳和李娜'))).toEqual({
        intent: 'COMPARE_TALENTS',
        steps: [
          ['resolveTalent', { name: '王芳' }, []],
          ['resolveTalent', { name: '李娜' }, []],
          ['talentProfile', { id: from(0) }, [0]],
          ['talentProfile', { id: from(1) }, [1]],
        ],
      });
      expect(plan('Compare Li Lei')).toMatchObject({ intent: 'CLARIFY', steps: [] });
    });

    it('SUMMARISE_TALENT', () => {
      expect(shape(plan('说说刘洋的情况')).steps).toEqual([
        ['resolveTalent', { name: '刘洋' }, []],
        ['talentProfile', { id: from(0) }, [0]],
      ]);
      expect(plan('Give me an overview of Chen Jun')).toMatchObject({ intent: 'SUMMARISE_TALENT', language: 'en' });
    });
  });

  it('REFERRAL_PATHS names the company in English; without one the planner asks which', () => {
    expect(shape(plan('能内推到腾讯的人有哪些？'))).toEqual({
      intent: 'REFERRAL_PATHS',
      steps: [['referrersInto', { company: 'Tencent' }, []]],
    });
    expect(shape(plan('Who could get us into Baidu?')).steps).toEqual([['referrersInto', { company: 'Baidu' }, []]]);
    expect(plan('who can give us a referral?')).toMatchObject({ intent: 'CLARIFY', steps: [] });
    expect(shape(plan('谁认识腾讯的人？')).steps).toEqual([['referrersInto', { company: 'Tencent' }, []]]);
    expect(shape(plan('Who referred Kate Lopez?')).steps[1]).toEqual(['talentNetwork', { id: from(0) }, [0]]);
  });

  describe('jobs: a title resolved, then its board or matches; or jobs by status', () => {
    it('PIPELINE_COUNTS', () => {
      expect(shape(plan('How many applicants does the Data Analyst role have?'))).toEqual({
        intent: 'PIPELINE_COUNTS',
        steps: [
          ['resolveJob', { title: 'Data Analyst' }, []],
          ['pipelineBoard', { jobId: from(0) }, [0]],
        ],
      });
      expect(shape(plan('前端工程师这个岗位有多少人在offer阶段？')).steps[0]).toEqual(['resolveJob', { title: '前端工程师' }, []]);
      // No marker: the role is the title.
      expect(shape(plan('Data Engineer招了多少人')).steps[0]).toEqual(['resolveJob', { title: 'Data Engineer' }, []]);
    });

    it('JOB_MATCHES', () => {
      expect(shape(plan('销售经理这个岗位最适合的人选')).steps).toEqual([
        ['resolveJob', { title: '销售经理' }, []],
        ['jobMatches', { jobId: from(0) }, [0]],
      ]);
      expect(plan('best candidates for the Backend Engineer role').intent).toBe('JOB_MATCHES');
    });

    it('JOB_STATUS', () => {
      expect(shape(plan('Is the Finance Manager position closed?'))).toEqual({
        intent: 'JOB_STATUS',
        steps: [['resolveJob', { title: 'Finance Manager' }, []]],
      });
      expect(shape(plan('我们有哪些暂停的职位？')).steps).toEqual([['findJobs', { filter: { status: ['ON_HOLD'] } }, []]]);
      expect(shape(plan('List open jobs in Beijing')).steps).toEqual([
        ['findJobs', { filter: { status: ['OPEN'], location: 'Beijing' } }, []],
      ]);
    });
  });

  it('UNSUPPORTED: writes and anything outside the CRM, with a message in the question’s language and nothing to run', () => {
    for (const question of ['tell me a joke', 'archive Kate Lopez', 'Move 李娜 to the interview stage', 'hello']) {
      expect(plan(question)).toMatchObject({ intent: 'UNSUPPORTED', steps: [], language: 'en' });
    }
    for (const question of ['把所有人导出成Excel', '给李娜发邮件', '写一首关于招聘的诗']) {
      expect(plan(question)).toMatchObject({ intent: 'UNSUPPORTED', steps: [], language: 'zh' });
    }
    expect(plan('write me a poem').message).toMatch(/only answer questions/);
  });

  it('is deterministic, honours the language argument, and reads hidden characters as nothing', async () => {
    const planner = offlinePlanner();
    expect(planner.name).toBe('offline');
    const input = { question: '谁会Kubernetes并且在字节跳动工作过？', language: null, history: [], now: NOW };
    expect(await planner.plan(input)).toEqual(await planner.plan(input));
    expect(plan('who knows Go?', [], 'zh').language).toBe('zh');
    expect(shape(plan('who knows K\u200Bubernetes?')).steps[0]![1]).toEqual({ filter: { skillsAll: ['Kubernetes'] } });
  });
});

describe('question slots', () => {
  it('years: floors, ceilings and ranges in both languages, Chinese numerals included', () => {
    expect(extractYears('至少三年经验')).toMatchObject({ yearsMin: 3, yearsMax: null });
    expect(extractYears('10年以上')).toMatchObject({ yearsMin: 10, yearsMax: null });
    expect(extractYears('less than 2 years')).toMatchObject({ yearsMin: null, yearsMax: 2 });
    expect(extractYears('3-5 years')).toMatchObject({ yearsMin: 3, yearsMax: 5 });
    expect(extractYears('5年以下')).toMatchObject({ yearsMin: null, yearsMax: 5 });
  });

  it('a job title by its markers, never a question about jobs in general', () => {
    expect(extractJobTitle('pipeline for the Senior Go Engineer job')?.title).toBe('Senior Go Engineer');
    expect(extractJobTitle('谁最适合财务分析师这个职位？')?.title).toBe('财务分析师');
    expect(extractJobTitle('上海有哪些在招的职位？')).toBeNull();
  });

  it('a capitalised skill is no person, and a school keeps its city out of the places', () => {
    const slots = extractSlots('Who studied at Peking University and knows Machine Learning?', false);
    expect(slots).toMatchObject({ names: [], places: [], skills: ['Machine Learning'], schools: [['Peking University', '北京大学']] });
  });
});
