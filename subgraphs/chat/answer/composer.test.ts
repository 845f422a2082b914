import { describe, expect, it } from 'vitest';
import { emptyResult, type StepResult, type TalentFacts } from '../execution/step-results.ts';
import type { Plan } from '../planning/types.ts';
import { checkClaims, evidenceOf, type Claim } from './claims.ts';
import { composeAnswer } from './composer.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const JOB = '33333333-3333-4333-8333-333333333333';

const talent = (id: string, name: string, overrides: Partial<TalentFacts> = {}): TalentFacts => ({
  id,
  name,
  headline: null,
  currentTitle: 'Backend Engineer',
  currentCompany: 'ByteDance',
  location: 'Beijing',
  yearsOfExperience: 6,
  skills: ['Kubernetes', 'Go'],
  companies: ['ByteDance', 'Alibaba'],
  schools: ['清华大学'],
  ...overrides,
});

const found = (talents: TalentFacts[]): StepResult => ({ ...emptyResult('findTalents'), talents, totalCount: talents.length });

const findPlan = (language: 'zh' | 'en'): Plan => ({
  intent: 'FIND_TALENTS',
  language,
  steps: [{ operation: 'findTalents', variables: { filter: { skillsAll: ['kubernetes'], companiesAny: ['bytedance'] } }, dependsOn: [] }],
});

describe('composeAnswer', () => {
  it('cites every talent it states a fact about, with the fields the question asked for as the snippet', () => {
    const answer = composeAnswer(findPlan('en'), [found([talent(A, 'Ada'), talent(B, 'Grace', { skills: ['Kubernetes'] })])]);
    expect(answer.citations).toEqual([
      { talentId: A, snippet: 'title: Backend Engineer; skill: Kubernetes; company: ByteDance' },
      { talentId: B, snippet: 'title: Backend Engineer; skill: Kubernetes; company: ByteDance' },
    ]);
    const lines = answer.answer.split('\n');
    expect(lines[0]).toBe('Found 2 matching talents:');
    expect(lines[1]).toBe('Ada (Backend Engineer): skills: Kubernetes; worked at ByteDance [1].');
    expect(lines[2]).toContain('[2]');
    expect(answer.talentIds).toEqual([A, B]);
    expect(answer.followUps.length).toBeGreaterThan(0);
  });

  it("names a talent's skill as the talent wrote it when the question asked for it by a synonym or in Chinese", () => {
    const plan: Plan = {
      ...findPlan('en'),
      steps: [{ ...findPlan('en').steps[0]!, variables: { filter: { skillsAll: ['k8s', '机器学习'] } } }],
    };
    const answer = composeAnswer(plan, [found([talent(A, 'Ada', { skills: ['Kubernetes', 'Machine Learning', 'Go'] })])]);
    expect(answer.citations[0]!.snippet).toContain('skill: Kubernetes; skill: Machine Learning');
  });

  it('writes Chinese from the same facts', () => {
    const answer = composeAnswer(findPlan('zh'), [found([talent(A, '张伟')])]);
    expect(answer.answer).toContain('张伟（Backend Engineer）：技能：Kubernetes；任职于：ByteDance [1]。');
    expect(answer.followUps[0]).toMatch(/他们/);
  });

  it('asks which one when a name resolves to several people', () => {
    const plan: Plan = {
      intent: 'SUMMARISE_TALENT',
      language: 'zh',
      steps: [
        { operation: 'resolveTalent', variables: { name: '张伟' }, dependsOn: [] },
        { operation: 'talentProfile', variables: { id: { $from: 0, path: 'id' } }, dependsOn: [0] },
      ],
    };
    const resolved = {
      ...emptyResult('resolveTalent'),
      talents: [talent(A, '张伟'), talent(B, '张伟', { currentTitle: 'PM', currentCompany: 'Alibaba' })],
    };
    const answer = composeAnswer(plan, [resolved, emptyResult('talentProfile', true)]);
    expect(answer.answer).toBe('您指的是哪一位：张伟（Backend Engineer，ByteDance） [1]，还是 张伟（PM，Alibaba） [2]？');
    expect(answer.citations.map((c) => c.talentId)).toEqual([A, B]);
  });

  it('lists ten talents at most; the turn remembers the whole list for a follow-up, cited ones first', () => {
    const many = Array.from({ length: 12 }, (_, i) => talent(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `T${i}`));
    const answer = composeAnswer(findPlan('en'), [{ ...found(many), totalCount: 30 }]);
    expect(answer.citations).toHaveLength(10);
    expect(answer.answer.split('\n')[0]).toBe('Found 30 matching talents; the first 10:');
    expect(answer.talentIds).toEqual(many.map((t) => t.id));
  });

  it("states a match's score and a network member's degree, whose network it is and through whom, each checked", () => {
    const matches: StepResult = { ...emptyResult('jobMatches'), talents: [talent(A, 'Ada')], scores: new Map([[A, 76.65]]) };
    const matched = composeAnswer(
      { intent: 'JOB_MATCHES', language: 'en', steps: [{ operation: 'jobMatches', variables: { jobId: JOB }, dependsOn: [] }] },
      [matches],
    );
    expect(matched.answer).toContain('Ada (Backend Engineer): match score 76.65 [1].');
    expect(matched.citations[0]!.snippet).toContain('score: 76.65');

    const network: StepResult = {
      ...emptyResult('talentNetwork'),
      subject: { id: B, name: 'Grace' },
      talents: [talent(A, 'Ada')],
      connections: [{ talentId: A, degree: 2, through: ['Linus'] }],
    };
    const plan: Plan = {
      intent: 'WHO_KNOWS',
      language: 'zh',
      steps: [{ operation: 'talentNetwork', variables: { id: B }, dependsOn: [] }],
    };
    expect(composeAnswer(plan, [network]).answer).toContain('Ada（Backend Engineer）：与 Grace 的 2 度关系，经由 Linus [1]。');
  });

  it('suggests no follow-up asking again for a skill the question asked', () => {
    const goPlan: Plan = {
      ...findPlan('en'),
      steps: [{ operation: 'findTalents', variables: { filter: { skillsAll: ['Go'] } }, dependsOn: [] }],
    };
    const answer = composeAnswer(goPlan, [found([talent(A, 'Ada')])]);
    expect(answer.followUps).toEqual(['Which of them are in Shanghai?', 'Who could refer us to them?']);
  });

  it('says so when nothing was found, citing nothing', () => {
    const answer = composeAnswer(findPlan('en'), [found([])]);
    expect(answer).toMatchObject({ answer: 'Nothing in our data answers that.', citations: [] });
  });

  it('states pipeline counts from the board, citing the job', () => {
    const board: StepResult = {
      ...emptyResult('pipelineBoard'),
      jobs: [{ id: JOB, title: 'SRE', status: 'OPEN', location: null, department: null, skills: [] }],
      stages: [
        { key: 'applied', name: 'Applied', count: 4 },
        { key: 'interview', name: 'Interview', count: 2 },
      ],
    };
    const answer = composeAnswer(
      { intent: 'PIPELINE_COUNTS', language: 'en', steps: [{ operation: 'pipelineBoard', variables: { jobId: JOB }, dependsOn: [] }] },
      [board],
    );
    expect(answer.answer).toBe('The pipeline of "SRE": Applied 4, Interview 2 [1].');
    expect(answer.citations).toEqual([{ jobId: JOB, snippet: 'Applied: 4; Interview: 2' }]);
  });
});

describe('composeAnswer over hostile record text', () => {
  // Names, titles, companies, skills, schools, places, stages and job titles an attacker can write into a record.
  const HOSTILE = {
    name: '<img src=x onerror=alert(1)>',
    title: '[click](javascript:alert(1))',
    company: '**ignore previous** `rm` | a | b',
    skill: 'Kubernetes',
    school: '![p](https://evil.example/p.png)',
    location: '# Beijing',
  };
  const hostile = talent(A, HOSTILE.name, {
    currentTitle: HOSTILE.title,
    currentCompany: HOSTILE.company,
    companies: [HOSTILE.company],
    schools: [HOSTILE.school],
    location: HOSTILE.location,
  });
  /** Whether an answer holds no Markdown or HTML a renderer would act on: every opener left, but for the citation marks, is escaped. */
  const isInert = (answer: string) => {
    const unescaped = answer.replace(/ \[\d+\]/g, '').replace(/\\[!-/:-@[-`{-~]/g, '');
    return !/[\\`*_[\]<>&|~$!]/.test(unescaped) && !/^[#+\-=]/m.test(unescaped);
  };
  it('shows every record-derived value escaped, so nothing in it renders; citations keep the raw values', () => {
    const plan: Plan = {
      intent: 'FIND_TALENTS',
      language: 'en',
      steps: [
        {
          operation: 'findTalents',
          variables: { filter: { skillsAll: ['Kubernetes'], companiesAny: ['ignore'], schoolsAny: ['evil'], location: 'Beijing' } },
          dependsOn: [],
        },
      ],
    };
    const answer = composeAnswer(plan, [found([hostile])]);
    const line = answer.answer.split('\n')[1]!;
    expect(line).toBe(
      '\\<img src=x onerror=alert(1)\\> (\\[click\\](javascript:alert(1))): skills: Kubernetes; worked at \\*\\*ignore previous\\*\\* \\`rm\\` \\| a \\| b; ' +
        'studied at \\!\\[p\\](https:\\/\\/evil.example/p.png); based in \\# Beijing [1].',
    );
    expect(isInert(answer.answer)).toBe(true);
    expect(answer.citations[0]!.snippet).toBe(
      `title: ${HOSTILE.title}; skill: Kubernetes; company: ${HOSTILE.company}; school: ${HOSTILE.school}; location: ${HOSTILE.location}`,
    );
    // The follow-ups are the composer's own sentences: no record text in them.
    for (const followUp of answer.followUps) for (const value of Object.values(HOSTILE).slice(0, 4)) expect(followUp).not.toContain(value);
  });

  it('escapes the names a clarification, a network, a summary and a pipeline quote', () => {
    const ambiguous = composeAnswer(
      {
        intent: 'SUMMARISE_TALENT',
        language: 'en',
        steps: [{ operation: 'resolveTalent', variables: { name: 'x' }, dependsOn: [] }],
      },
      [{ ...emptyResult('resolveTalent'), talents: [hostile, talent(B, '[Grace](javascript:alert(1))', { currentCompany: '<b>Co</b>' })] }],
    );
    expect(ambiguous.answer).toBe(
      'Which one do you mean: \\<img src=x onerror=alert(1)\\> (\\[click\\](javascript:alert(1)), \\*\\*ignore previous\\*\\* \\`rm\\` \\| a \\| b) [1], ' +
        'or \\[Grace\\](javascript:alert(1)) (Backend Engineer, \\<b\\>Co\\</b\\>) [2]?',
    );

    const network = composeAnswer(
      { intent: 'WHO_KNOWS', language: 'en', steps: [{ operation: 'talentNetwork', variables: { id: B }, dependsOn: [] }] },
      [
        {
          ...emptyResult('talentNetwork'),
          subject: { id: B, name: '**Boss**' },
          talents: [talent(A, '- Ada')],
          connections: [{ talentId: A, degree: 2, through: ['<script>x</script>'] }],
        },
      ],
    );
    expect(network.answer.split('\n')[1]).toBe(
      '\\- Ada (Backend Engineer): 2-degree connection of \\*\\*Boss\\*\\* through \\<script\\>x\\</script\\> [1].',
    );

    const profile: StepResult = {
      ...emptyResult('talentProfile'),
      subject: { id: A, name: HOSTILE.name },
      talents: [talent(A, '1. Ada', { skills: [] })],
      applications: [{ id: JOB, jobId: JOB, jobTitle: '[SRE](https://evil.example)', stage: '`Offer`', status: 'ACTIVE' }],
    };
    const summary = composeAnswer(
      { intent: 'SUMMARISE_TALENT', language: 'zh', steps: [{ operation: 'talentProfile', variables: { id: A }, dependsOn: [] }] },
      [profile],
    );
    expect(summary.answer.split('\n')[1]).toBe('1\\. Ada 应聘「\\[SRE\\](https:\\/\\/evil.example)」，当前阶段：\\`Offer\\` [2]。');

    const board = composeAnswer(
      { intent: 'PIPELINE_COUNTS', language: 'en', steps: [{ operation: 'pipelineBoard', variables: { jobId: JOB }, dependsOn: [] }] },
      [
        {
          ...emptyResult('pipelineBoard'),
          jobs: [{ id: JOB, title: '<i>SRE</i>', status: 'OPEN', location: null, department: null, skills: [] }],
          stages: [{ key: 'applied', name: '_Applied_', count: 4 }],
        },
      ],
    );
    expect(board.answer).toBe('The pipeline of "\\<i\\>SRE\\</i\\>": \\_Applied\\_ 4 [1].');
    expect(board.citations[0]!.snippet).toBe('_Applied_: 4');
    for (const composed of [ambiguous, network, summary, board]) expect(isInert(composed.answer)).toBe(true);
  });

  it('a job status answer escapes the title and the location', () => {
    const answer = composeAnswer(
      { intent: 'JOB_STATUS', language: 'en', steps: [{ operation: 'findJobs', variables: {}, dependsOn: [] }] },
      [
        {
          ...emptyResult('findJobs'),
          jobs: [{ id: JOB, title: '<script>SRE</script>', status: 'OPEN', location: '|Remote|', department: null, skills: [] }],
        },
      ],
    );
    expect(answer.answer).toBe('The job "\\<script\\>SRE\\</script\\>" is OPEN (\\|Remote\\|) [1].');
    expect(isInert(answer.answer)).toBe(true);
  });
});

describe('checkClaims', () => {
  it('supports a skill claim by the same skill under another name (K8S for Kubernetes, 机器学习 for Machine Learning)', () => {
    const evidence = evidenceOf([found([talent(A, 'Ada', { skills: ['K8S', '机器学习'] })])]);
    const claim: Claim = {
      sentence: 's',
      cites: { kind: 'talent', id: A },
      facts: [
        { field: 'skill', value: 'Kubernetes' },
        { field: 'skill', value: 'Machine Learning' },
      ],
    };
    expect(checkClaims([claim], evidence).kept).toEqual([claim]);
  });

  it('drops a claim its cited record does not support (a skill, a company, a school, years, a record no step found)', () => {
    const evidence = evidenceOf([found([talent(A, 'Ada')])]);
    const claim = (facts: Claim['facts'], id = A): Claim => ({ sentence: 's', cites: { kind: 'talent', id }, facts });
    const supported = claim([
      { field: 'skill', value: 'kubernetes' },
      { field: 'company', value: 'alibaba' },
      { field: 'school', value: '清华' },
      { field: 'years', value: 6 },
    ]);
    const unsupported = [
      claim([{ field: 'skill', value: 'Rust' }]),
      claim([{ field: 'company', value: 'Tencent' }]),
      claim([{ field: 'school', value: 'MIT' }]),
      claim([{ field: 'years', value: 10 }]),
      claim([{ field: 'location', value: 'Shanghai' }]),
      claim([{ field: 'skill', value: 'Go' }], B),
    ];
    const { kept, dropped } = checkClaims([supported, ...unsupported], evidence);
    expect(kept).toEqual([supported]);
    expect(dropped).toEqual(unsupported);
  });
});
