/**
 * The offline planner: deterministic rules, no model, for Chinese, English and questions that mix them. It reads
 * the question (and, for a follow-up, the previous turn's plan and cited ids, never any record's text), decides
 * the intent by keywords in both languages, fills the slots (question-slots.ts) and writes the plan: allow-listed
 * operations whose variables are the persisted documents' (sdk/operations/chat-plan.graphql). A person or a job
 * named in the question is resolved first (`resolveTalent`, `resolveJob`) and the dependent steps take the ids
 * through `{ "$from": i, "path": "ids" }`; several people of one name are the executor's to ask about.
 */
import { normaliseQuestion, questionLanguage } from '../normalise.ts';
import type { Plan, Planner, PlannerInput, PlanStep, PriorTurn } from '../types.ts';
import { extractSlots, type QuestionSlots } from './question-slots.ts';

type Language = Plan['language'];

/** Writes, sends and everything outside the CRM: the planner has nothing to run for them. */
const WRITE_REQUEST =
  /\b(?:delete|remove|erase|update|edit|change|move|send|e-?mail|export|archive|merge|create|add|reject|hire|promote|raise|import|download|upload|tag|assign)\b|删除|删掉|清空|移到|移动到|挪到|更新|修改|发送|发邮件|发消息|导出|下载|归档|合并|创建|新建|添加|拒绝|录用|涨薪|加薪|打标签|分配/iu;
const OUT_OF_SCOPE =
  /\b(?:poem|poetry|joke|story|song|weather|translate|recipe|essay|code|ignore (?:all |the )?(?:previous|prior|above) instructions|system prompt)\b|诗|笑话|故事|天气|翻译|菜谱|作文|写代码|忽略(?:之前|以上|前面)/iu;

const PIPELINE_WORDS =
  /\b(?:pipeline|stages?|how many|breakdown|applied|applicants|funnel|count|progress|going)\b|阶段|流程|多少|几个|几位|申请|进展|漏斗|招了/iu;
const MATCH_WORDS =
  /\b(?:match(?:es|ing)?|best (?:fit|candidates?|people)|top candidates?|suitable|fit for|shortlist|(?:interview|consider) for)\b|适合|匹配|推荐哪些|推荐谁|推荐.{0,2}候选人|人选/iu;
const STATUS_WORDS =
  /\b(?:status|still open|open|opening|openings|on hold|paused|closed|draft|hiring)\b|状态|还在招|在招|招聘中|开放|暂停|搁置|关闭|草稿/iu;
const JOBS_WORDS = /\b(?:jobs?|positions?|roles?|openings?|reqs?|vacancies)\b|职位|岗位|空缺/iu;
const REFERRAL_WORDS =
  /\b(?:refer(?:ral)?s?|referrers?|introduce us|introduction|intro|get us into|in at|knows? (?:anyone|someone|somebody|people) (?:at|in))\b|认识.{1,6}的人|内推|推荐进|介绍进|介绍到|介绍我们|帮我们介绍|引荐|牵线/iu;
const COMPARE_WORDS = /\b(?:compare|comparison|vs\.?|versus|difference|better)\b|比较|对比|区别|差别|谁更|哪个更|哪位更|相比/iu;
const NETWORK_WORDS =
  /\b(?:who knows|knows|know|network|connections?|connected|worked with|colleagues?|referred|managed|reports? to)\b|认识|人脉|关系|一起工作|同事|共事|推荐人|介绍人/iu;
const SUMMARY_WORDS =
  /\b(?:summari[sz]e|summary|tell me about|who is|profile|background|overview|about)\b|介绍|总结|概括|是谁|背景|简介|怎么样|情况|资料/iu;
/** Asking for a summary outright: it wins over network words a profile also mentions ("summarise her background and connections"). */
const STRONG_SUMMARY_WORDS = /\b(?:summari[sz]e|summary|profile|overview)\b|介绍一下|总结|概括|简介|背景/iu;
/** "What about Hangzhou?", "那上海呢？": the previous question again with this one's slots. */
const ELLIPSIS = /^(?:what|how) about\b|^and (?:in|at|with|from)\b|^那.{1,16}呢|呢[？?]?$/iu;
/** How many talents the organisation has, with or without slots. */
const COUNT_TALENTS = /\bhow many (?:talents|candidates|people|engineers|profiles)\b|多少(?:个|位|名)?(?:候选人|人才|人)/iu;
const SEVERAL_PRONOUN =
  /\b(?:of them|of those|among them|among those|those|these|them|they)\b|他们|她们|其中|这些人|这几个人|这几位|上面的人/iu;
const ONE_PRONOUN =
  /\b(?:him|her|he|she|this (?:candidate|person|talent)|that (?:candidate|person))\b|(?<!其)他(?!们)|她(?!们)|这个候选人|这个人|此人|这位/iu;

const from = (index: number) => ({ $from: index, path: 'ids' });
const step = (operation: PlanStep['operation'], variables: Record<string, unknown>, dependsOn: number[] = []): PlanStep => ({
  operation,
  variables,
  dependsOn,
});

const MESSAGES = {
  unsupported: {
    en: 'I can only answer questions about the talents, jobs and pipelines in Looma; I cannot change or send anything.',
    zh: '我只能回答关于 Looma 中人才、职位和招聘流程的问题，不能修改或发送任何内容。',
  },
  whoDoYouMean: {
    en: 'Who do you mean? Please give the person’s name.',
    zh: '请问您指的是谁？请告诉我这个人的名字。',
  },
  whichOfThem: {
    en: 'There is no earlier answer to refer to. Which talents do you mean?',
    zh: '没有可以参照的上一个回答。请问您指的是哪些人？',
  },
  compareWho: {
    en: 'Which two people should I compare? Please give both names.',
    zh: '请问要比较哪两位？请告诉我两个人的名字。',
  },
  whichCompany: {
    en: 'Which company do you want a referral into?',
    zh: '请问想内推到哪家公司？',
  },
  whichJob: {
    en: 'Which job do you mean? Please give its title.',
    zh: '请问是哪个职位？请告诉我职位名称。',
  },
} as const;

function answerOnly(intent: 'CLARIFY' | 'UNSUPPORTED', language: Language, message: keyof typeof MESSAGES): Plan {
  return { intent, steps: [], language, message: MESSAGES[message][language] };
}

/** The talent filter from the slots: only what the question names. */
function talentFilter(slots: QuestionSlots): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (slots.skills.length) filter.skillsAll = slots.skills;
  if (slots.companies.length) filter.companiesAny = slots.companies.flat();
  if (slots.schools.length) filter.schoolsAny = slots.schools.flat();
  if (slots.places.length) filter.location = slots.places[0];
  if (slots.yearsMin !== null) filter.yearsMin = slots.yearsMin;
  if (slots.yearsMax !== null) filter.yearsMax = slots.yearsMax;
  return filter;
}

const hasTalentSlots = (slots: QuestionSlots) => Object.keys(talentFilter(slots)).length > 0;

/** The job statuses a question asks about ("open jobs", "暂停的职位"). */
function jobStatuses(question: string): string[] {
  const statuses: string[] = [];
  if (/\b(?:on hold|paused)\b|暂停|搁置/iu.test(question)) statuses.push('ON_HOLD');
  if (/\bclosed\b|关闭|已结束/iu.test(question)) statuses.push('CLOSED');
  if (/\bdrafts?\b|草稿/iu.test(question)) statuses.push('DRAFT');
  if (/\b(?:open|opening|openings|hiring)\b|在招|开放|招聘中|还在招/iu.test(question) && statuses.length === 0) statuses.push('OPEN');
  return statuses;
}

function jobPlan(question: string, slots: QuestionSlots, language: Language): Plan | null {
  const title = slots.jobTitle;
  const isPipeline = PIPELINE_WORDS.test(question);
  const isMatch = MATCH_WORDS.test(question);
  const isStatus = STATUS_WORDS.test(question);
  if (title && (isPipeline || isMatch || isStatus || JOBS_WORDS.test(question))) {
    const resolve = step('resolveJob', { title });
    if (isPipeline) return { intent: 'PIPELINE_COUNTS', steps: [resolve, step('pipelineBoard', { jobId: from(0) }, [0])], language };
    if (isMatch) return { intent: 'JOB_MATCHES', steps: [resolve, step('jobMatches', { jobId: from(0) }, [0])], language };
    return { intent: 'JOB_STATUS', steps: [resolve], language };
  }
  if (
    JOBS_WORDS.test(question) &&
    slots.names.length === 0 &&
    (isStatus || /哪些|什么|\bwhich\b|\bwhat\b|\blist\b|\bshow\b/iu.test(question))
  ) {
    const filter: Record<string, unknown> = {};
    const statuses = jobStatuses(question);
    if (statuses.length) filter.status = statuses;
    if (slots.places.length) filter.location = slots.places[0];
    if (slots.skills.length) filter.skillsAny = slots.skills;
    return { intent: 'JOB_STATUS', steps: [step('findJobs', { filter })], language };
  }
  if ((isPipeline || isMatch) && JOBS_WORDS.test(question) && slots.names.length === 0 && !hasTalentSlots(slots)) {
    return answerOnly('CLARIFY', language, 'whichJob');
  }
  return null;
}

/** A question about "them" or "him": the previous answer's talents, or a question back when there is none. */
function followUpPlan(question: string, slots: QuestionSlots, language: Language, prior: PriorTurn | null): Plan | null {
  const several = SEVERAL_PRONOUN.test(question);
  const one = !several && ONE_PRONOUN.test(question);
  if ((!several && !one) || slots.names.length > 0) return null;
  const ids = prior?.talentIds ?? [];
  if (several) {
    if (COMPARE_WORDS.test(question)) {
      if (ids.length < 2) return answerOnly('CLARIFY', language, 'compareWho');
      const steps = [step('talentProfile', { id: ids[0] }), step('talentProfile', { id: ids[1] })];
      return { intent: 'COMPARE_TALENTS', steps, language };
    }
    if (ids.length === 0) return answerOnly('CLARIFY', language, 'whichOfThem');
    return { intent: 'FIND_TALENTS', steps: [step('findTalents', { filter: { ids, ...talentFilter(slots) } })], language };
  }
  if (ids.length === 0) return answerOnly('CLARIFY', language, 'whoDoYouMean');
  if (REFERRAL_WORDS.test(question) || (NETWORK_WORDS.test(question) && !SUMMARY_WORDS.test(question))) {
    return { intent: 'WHO_KNOWS', steps: [step('talentNetwork', { id: ids[0] })], language };
  }
  return { intent: 'SUMMARISE_TALENT', steps: [step('talentProfile', { id: ids[0] })], language };
}

function peoplePlan(question: string, slots: QuestionSlots, language: Language): Plan | null {
  const names = slots.names;
  if (COMPARE_WORDS.test(question) && (names.length >= 2 || /比较|对比|compare/iu.test(question))) {
    if (names.length < 2) return answerOnly('CLARIFY', language, 'compareWho');
    const [a, b] = names as [string, string];
    const steps = [
      step('resolveTalent', { name: a }),
      step('resolveTalent', { name: b }),
      step('talentProfile', { id: from(0) }, [0]),
      step('talentProfile', { id: from(1) }, [1]),
    ];
    return { intent: 'COMPARE_TALENTS', steps, language };
  }
  if (names.length === 0) return null;
  const resolve = step('resolveTalent', { name: names[0]! });
  if (NETWORK_WORDS.test(question) && !STRONG_SUMMARY_WORDS.test(question)) {
    return { intent: 'WHO_KNOWS', steps: [resolve, step('talentNetwork', { id: from(0) }, [0])], language };
  }
  if (SUMMARY_WORDS.test(question) || !hasTalentSlots(slots)) {
    return { intent: 'SUMMARISE_TALENT', steps: [resolve, step('talentProfile', { id: from(0) }, [0])], language };
  }
  return null;
}

/** Plans one question. Pure: the same input gives the same plan. */
export function planQuestion(input: PlannerInput): Plan {
  const question = normaliseQuestion(input.question);
  const language: Language = input.language ?? questionLanguage(question);
  if (question === '') return answerOnly('CLARIFY', language, 'whoDoYouMean');
  if (OUT_OF_SCOPE.test(question) || WRITE_REQUEST.test(question)) return answerOnly('UNSUPPORTED', language, 'unsupported');

  const prior = input.history.at(-1) ?? null;
  const wantsJob = PIPELINE_WORDS.test(question) || MATCH_WORDS.test(question) || STATUS_WORDS.test(question) || JOBS_WORDS.test(question);
  const slots = extractSlots(question, wantsJob);

  const job = wantsJob ? jobPlan(question, slots, language) : null;
  if (job) return job;

  if (REFERRAL_WORDS.test(question) && slots.names.length === 0) {
    const company = slots.companies[0]?.[0];
    if (!company) return answerOnly('CLARIFY', language, 'whichCompany');
    return { intent: 'REFERRAL_PATHS', steps: [step('referrersInto', { company })], language };
  }

  const previousFilter =
    prior?.plan.steps.length === 1 && prior.plan.steps[0]!.operation === 'findTalents' ? prior.plan.steps[0]!.variables.filter : null;
  if (ELLIPSIS.test(question) && previousFilter && typeof previousFilter === 'object' && hasTalentSlots(slots)) {
    const previous = previousFilter as Record<string, unknown>;
    const filter = { ...previous, ...talentFilter(slots) };
    // "And with Kubernetes?", "还要会Go呢？" add a skill; "what about Hangzhou?" replaces the place.
    if (/^(?:and|also)\b|^(?:还|也)/iu.test(question) && Array.isArray(previous.skillsAll) && slots.skills.length) {
      filter.skillsAll = [...new Set([...(previous.skillsAll as string[]), ...slots.skills])];
    }
    return { intent: 'FIND_TALENTS', steps: [step('findTalents', { filter })], language };
  }

  const followUp = followUpPlan(question, slots, language, prior);
  if (followUp) return followUp;

  const people = peoplePlan(question, slots, language);
  if (people) return people;

  if (hasTalentSlots(slots) || COUNT_TALENTS.test(question))
    return { intent: 'FIND_TALENTS', steps: [step('findTalents', { filter: talentFilter(slots) })], language };
  return answerOnly('UNSUPPORTED', language, 'unsupported');
}

/** The default planner: offline and deterministic. */
export function offlinePlanner(): Planner {
  return {
    name: 'offline',
    plan: async (input) => planQuestion(input),
  };
}
