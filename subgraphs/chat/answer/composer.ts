import { skillFilterKey, skillKey } from '../../../data/projections/talent-projection.ts';
import type { JobFacts, StepResult, TalentFacts } from '../execution/step-results.ts';
import type { ChatIntent, Plan, PlanStep } from '../planning/types.ts';
import { checkClaims, evidenceOf, snippetOf, type Claim, type Fact } from './claims.ts';
import { markdownText } from './markdown-text.ts';

type Language = 'zh' | 'en';

export interface ComposedCitation {
  talentId?: string;
  jobId?: string;
  applicationId?: string;
  snippet: string;
}

export interface ComposedAnswer {
  /** The plan's intent, or CLARIFY when a name it needed one person for named several. */
  intent: ChatIntent;
  answer: string;
  citations: ComposedCitation[];
  followUps: string[];
  /** The cited talents and jobs, in order: the next question's "them". */
  talentIds: string[];
  jobIds: string[];
  /** Claims the checker dropped (their records did not support them): logged, never shown. */
  dropped: number;
}

/** Talents an answer lists at most (the count says how many there were). */
const MAX_LISTED = 10;

/** What a step's filter asked of a talent, so each sentence states the facts that answer it. */
interface Wanted {
  skills: string[];
  companies: string[];
  schools: string[];
  location: string | null;
  years: boolean;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function wantedBy(step: PlanStep | undefined): Wanted {
  const variables = step?.variables ?? {};
  const filter = (variables.filter && typeof variables.filter === 'object' ? variables.filter : {}) as Record<string, unknown>;
  return {
    skills: [...strings(filter.skillsAll), ...strings(filter.skillsAny)],
    companies: [...strings(filter.companiesAny), ...(typeof variables.company === 'string' ? [variables.company] : [])],
    schools: strings(filter.schoolsAny),
    location: typeof filter.location === 'string' ? filter.location : null,
    years: filter.yearsMin != null || filter.yearsMax != null,
  };
}

/** The record's own spelling of each wanted value it has. */
function talentFacts(talent: TalentFacts, wanted: Wanted, summary: boolean): Fact[] {
  const facts: Fact[] = [];
  // The title as entered, else the headline ("Backend Engineer at ByteDance") that stands for it.
  const title = talent.currentTitle ?? talent.headline;
  if (title) facts.push({ field: 'title', value: title });
  const skills = summary
    ? talent.skills.slice(0, 8)
    : talent.skills.filter((s) => wanted.skills.some((w) => skillFilterKey(w) === skillFilterKey(s)));
  for (const skill of skills) facts.push({ field: 'skill', value: skill });
  const companies = [...new Set([...(talent.currentCompany ? [talent.currentCompany] : []), ...talent.companies])];
  const cited = summary ? companies.slice(0, 3) : companies.filter((c) => wanted.companies.some((w) => skillKey(c).includes(skillKey(w))));
  // No company entered that answers: the headline may name it ("Backend Engineer at ByteDance"); the fact is the wanted name.
  const fromHeadline =
    summary || cited.length ? [] : wanted.companies.filter((w) => talent.headline && skillKey(talent.headline).includes(skillKey(w)));
  for (const company of [...cited, ...fromHeadline]) facts.push({ field: 'company', value: company });
  const schools = summary
    ? talent.schools.slice(0, 2)
    : talent.schools.filter((s) => wanted.schools.some((w) => skillKey(s).includes(skillKey(w))));
  for (const school of schools) facts.push({ field: 'school', value: school });
  if (talent.location && (summary || wanted.location)) facts.push({ field: 'location', value: talent.location });
  if (talent.yearsOfExperience != null && (summary || wanted.years)) facts.push({ field: 'years', value: talent.yearsOfExperience });
  return facts;
}

/** A field's values as the answer shows them: record text escaped for Markdown (markdown-text.ts). */
const valuesOf = (facts: Fact[], field: Fact['field']) => facts.filter((f) => f.field === field).map((f) => markdownText(String(f.value)));

/** One sentence about a talent from its facts, in the answer's language (`extra` is Markdown already: its record text escaped). */
function talentSentence(talentName: string, facts: Fact[], language: Language, extra?: string): string {
  const name = markdownText(talentName);
  const title = valuesOf(facts, 'title')[0];
  const skills = valuesOf(facts, 'skill');
  const companies = valuesOf(facts, 'company');
  const schools = valuesOf(facts, 'school');
  const location = valuesOf(facts, 'location')[0];
  const years = valuesOf(facts, 'years')[0];
  const parts: string[] = [];
  if (language === 'zh') {
    if (skills.length) parts.push(`技能：${skills.join('、')}`);
    if (companies.length) parts.push(`任职于：${companies.join('、')}`);
    if (schools.length) parts.push(`毕业于：${schools.join('、')}`);
    if (location) parts.push(`所在地：${location}`);
    if (years) parts.push(`${years} 年经验`);
    if (extra) parts.push(extra);
    return `${name}${title ? `（${title}）` : ''}${parts.length ? `：${parts.join('；')}` : ''}`;
  }
  if (skills.length) parts.push(`skills: ${skills.join(', ')}`);
  if (companies.length) parts.push(`worked at ${companies.join(', ')}`);
  if (schools.length) parts.push(`studied at ${schools.join(', ')}`);
  if (location) parts.push(`based in ${location}`);
  if (years) parts.push(`${years} years of experience`);
  if (extra) parts.push(extra);
  return `${name}${title ? ` (${title})` : ''}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

function jobClaims(jobs: JobFacts[], language: Language): Claim[] {
  return jobs.slice(0, MAX_LISTED).map((job) => {
    const facts: Fact[] = [
      { field: 'status', value: job.status },
      ...(job.location ? [{ field: 'location' as const, value: job.location }] : []),
    ];
    const [title, status, location] = [job.title, job.status, job.location].map((value) => value && markdownText(value));
    const sentence =
      language === 'zh'
        ? `职位「${title}」状态为 ${status}${location ? `，地点 ${location}` : ''}`
        : `The job "${title}" is ${status}${location ? ` (${location})` : ''}`;
    return { sentence, cites: { kind: 'job', id: job.id }, facts };
  });
}

const lastWith = (results: StepResult[], has: (r: StepResult) => boolean) => [...results].reverse().find(has);

/** The claims of an intent, from the results only. */
function claimsFor(plan: Plan, results: StepResult[], language: Language): Claim[] {
  const stepOf = (result: StepResult | undefined) => (result ? plan.steps[results.indexOf(result)] : undefined);
  switch (plan.intent) {
    case 'FIND_TALENTS':
    case 'JOB_MATCHES': {
      const found = lastWith(results, (r) => r.talents.length > 0);
      const wanted = wantedBy(stepOf(found));
      return (found?.talents ?? []).slice(0, MAX_LISTED).map((talent) => {
        const score = found!.scores.get(talent.id);
        const facts: Fact[] = [
          ...talentFacts(talent, wanted, false),
          ...(score === undefined ? [] : [{ field: 'score' as const, value: score }]),
        ];
        const scored = score === undefined ? undefined : language === 'zh' ? `匹配度 ${score}` : `match score ${score}`;
        return { sentence: talentSentence(talent.name, facts, language, scored), cites: { kind: 'talent', id: talent.id }, facts };
      });
    }
    case 'REFERRAL_PATHS':
    case 'WHO_KNOWS': {
      const found = lastWith(results, (r) => r.connections.length > 0);
      const wanted = wantedBy(stepOf(found));
      const byId = new Map((found?.talents ?? []).map((t) => [t.id, t]));
      return (found?.connections ?? []).slice(0, MAX_LISTED).map((connection) => {
        const talent = byId.get(connection.talentId)!;
        const facts: Fact[] = [...talentFacts(talent, wanted, false), { field: 'connection', value: connection.degree }];
        const via = connection.through.map(markdownText).join(language === 'zh' ? '、' : ', ');
        // WHO_KNOWS: whose network it is; REFERRAL_PATHS: the company is the question's.
        const of = found!.subject?.name && markdownText(found!.subject.name);
        const how =
          language === 'zh'
            ? connection.degree === 0
              ? '本人在该公司任职或曾任职'
              : `${of ? `与 ${of} 的 ` : ''}${connection.degree} 度关系${via ? `，经由 ${via}` : ''}`
            : connection.degree === 0
              ? 'works or worked there'
              : `${connection.degree}-degree connection${of ? ` of ${of}` : ''}${via ? ` through ${via}` : ''}`;
        return { sentence: talentSentence(talent.name, facts, language, how), cites: { kind: 'talent', id: talent.id }, facts };
      });
    }
    case 'PIPELINE_COUNTS': {
      return results
        .filter((r) => r.operation === 'pipelineBoard' && r.jobs[0])
        .map((r) => {
          const job = r.jobs[0]!;
          const facts: Fact[] = r.stages.map((s) => ({ field: 'stageCount', stage: s.name, value: s.count }));
          const counts = r.stages.map((s) => `${markdownText(s.name)} ${s.count}`).join(language === 'zh' ? '，' : ', ');
          const title = markdownText(job.title);
          const sentence = language === 'zh' ? `职位「${title}」的流程：${counts}` : `The pipeline of "${title}": ${counts}`;
          return { sentence, cites: { kind: 'job', id: job.id }, facts };
        });
    }
    case 'JOB_STATUS':
      return jobClaims(lastWith(results, (r) => r.jobs.length > 0)?.jobs ?? [], language);
    case 'SUMMARISE_TALENT':
    case 'COMPARE_TALENTS': {
      const claims: Claim[] = [];
      for (const result of results.filter((r) => r.operation === 'talentProfile' && r.talents[0])) {
        const talent = result.talents[0]!;
        const facts = talentFacts(talent, wantedBy(undefined), true);
        claims.push({ sentence: talentSentence(talent.name, facts, language), cites: { kind: 'talent', id: talent.id }, facts });
        for (const application of result.applications.slice(0, 5)) {
          const [name, jobTitle, stage] = [talent.name, application.jobTitle, application.stage].map(markdownText);
          const sentence =
            language === 'zh' ? `${name} 应聘「${jobTitle}」，当前阶段：${stage}` : `${name} applied to "${jobTitle}", now at ${stage}`;
          const appFacts: Fact[] = [
            { field: 'title', value: application.jobTitle },
            { field: 'stage', value: application.stage },
          ];
          claims.push({ sentence, cites: { kind: 'application', id: application.id }, facts: appFacts });
        }
      }
      return claims;
    }
    default:
      return [];
  }
}

/** Intents whose answer is a list of talents: a follow-up's "them" is the whole list found, not only the ten shown. */
const LISTS: readonly ChatIntent[] = ['FIND_TALENTS', 'JOB_MATCHES', 'REFERRAL_PATHS', 'WHO_KNOWS'];

/** The talent ids a follow-up resolves "them" against: the cited ones first, then the rest of the list the answer came from. */
function rememberedTalents(intent: ChatIntent, kept: Claim[], results: StepResult[]): string[] {
  const cited = kept.filter((c) => c.cites.kind === 'talent').map((c) => c.cites.id);
  if (!LISTS.includes(intent) || !cited.length) return cited;
  const listed = lastWith(results, (r) => r.talents.length > 0)?.talents ?? [];
  const evidence = evidenceOf(results);
  // Only talents a step found (the checker's evidence): never an id the answer has no record of.
  return [...new Set([...cited, ...listed.map((t) => t.id).filter((id) => evidence.talents.has(id))])];
}

/** Several people answer to a name the plan needs one of: the answer asks which. */
function clarification(results: StepResult[], language: Language): Claim[] | null {
  const ambiguous = results.find((r) => r.operation === 'resolveTalent' && r.talents.length > 1);
  if (!ambiguous) return null;
  return ambiguous.talents.slice(0, 5).map((talent) => {
    const facts: Fact[] = [
      ...(talent.currentTitle ? [{ field: 'title' as const, value: talent.currentTitle }] : []),
      ...(talent.currentCompany ? [{ field: 'company' as const, value: talent.currentCompany }] : []),
    ];
    const about = [talent.currentTitle, talent.currentCompany]
      .flatMap((value) => (value ? [markdownText(value)] : []))
      .join(language === 'zh' ? '，' : ', ');
    const name = markdownText(talent.name);
    const sentence = language === 'zh' ? `${name}（${about || '无职位信息'}）` : `${name} (${about || 'no title on record'})`;
    return { sentence, cites: { kind: 'talent', id: talent.id }, facts };
  });
}

const FOLLOW_UPS: Record<ChatIntent, Record<Language, string[]>> = {
  FIND_TALENTS: {
    en: ['Which of them also know Go?', 'Which of them are in Shanghai?', 'Who could refer us to them?'],
    zh: ['他们中谁还会 Go？', '他们中谁在上海？', '谁能帮我们内推？'],
  },
  JOB_MATCHES: { en: ['Which of them are in Shanghai?', 'Compare the first two.'], zh: ['他们中谁在上海？', '比较前两位。'] },
  WHO_KNOWS: {
    en: ['Who could refer us into their company?', 'Summarise the first one.'],
    zh: ['谁能内推到他们的公司？', '介绍一下第一位。'],
  },
  REFERRAL_PATHS: { en: ['Summarise the first one.', 'Which of them are in Beijing?'], zh: ['介绍一下第一位。', '他们中谁在北京？'] },
  PIPELINE_COUNTS: {
    en: ['Which jobs are open?', 'Who are the best matches for this job?'],
    zh: ['哪些职位在招？', '这个职位最匹配的人选是谁？'],
  },
  JOB_STATUS: {
    en: ['How many candidates are in its pipeline?', 'Who are its best matches?'],
    zh: ['它的流程里有多少候选人？', '它最匹配的人选是谁？'],
  },
  COMPARE_TALENTS: { en: ['Who knows them?', 'Which jobs fit them?'], zh: ['谁认识他们？', '哪些职位适合他们？'] },
  SUMMARISE_TALENT: { en: ['Who knows this person?', 'Which jobs fit this person?'], zh: ['谁认识这个人？', '哪些职位适合这个人？'] },
  CLARIFY: { en: [], zh: [] },
  UNSUPPORTED: {
    en: ['Who in our pool knows Kubernetes?', 'Who could refer us into Alibaba?'],
    zh: ['我们人才库里谁会 Kubernetes？', '谁能内推我们进阿里巴巴？'],
  },
};

/** The intent's follow-ups, less those asking again for what the question already asked (a skill, a place). */
function followUpsFor(intent: ChatIntent, plan: Plan, language: Language): string[] {
  const asked = plan.steps.map((step) => wantedBy(step)).flatMap((w) => [...w.skills, ...(w.location ? [w.location] : [])]);
  const repeats = (followUp: string) => asked.some((value) => skillKey(followUp).includes(` ${skillKey(value)}`));
  return FOLLOW_UPS[intent][language].filter((followUp) => !repeats(followUp));
}

const NOTHING: Record<Language, string> = { en: 'Nothing in our data answers that.', zh: '我们的数据里没有找到相关结果。' };

function header(plan: Plan, results: StepResult[], kept: number, language: Language): string {
  const found = lastWith(results, (r) => r.talents.length > 0 || r.jobs.length > 0);
  const total = found?.totalCount ?? kept;
  if (plan.intent === 'FIND_TALENTS' || plan.intent === 'JOB_MATCHES') {
    return language === 'zh'
      ? `找到 ${total} 位符合条件的人才${total > kept ? `，列出前 ${kept} 位` : ''}：`
      : `Found ${total} matching talent${total === 1 ? '' : 's'}${total > kept ? `; the first ${kept}` : ''}:`;
  }
  if (plan.intent === 'REFERRAL_PATHS' || plan.intent === 'WHO_KNOWS') {
    return language === 'zh' ? `找到 ${kept} 位相关联系人：` : `Found ${kept} connection${kept === 1 ? '' : 's'}:`;
  }
  return '';
}

/**
 * Writes the answer from the results only: each sentence about a person or a job cites it
 * (`[n]` → citations[n-1]), then the checker re-reads every claim against its record and drops
 * what the record does not support. CLARIFY and UNSUPPORTED say the planner's message (or a template).
 */
export function composeAnswer(plan: Plan, results: StepResult[], language: Language = plan.language): ComposedAnswer {
  const evidence = evidenceOf(results);
  const options = clarification(results, language);
  const intent: ChatIntent = options && plan.intent !== 'FIND_TALENTS' ? 'CLARIFY' : plan.intent;
  const drafted = intent === 'CLARIFY' && options ? options : claimsFor(plan, results, language);
  const { kept, dropped } = checkClaims(drafted, evidence);
  const citations = kept.map((claim) => ({ [`${claim.cites.kind}Id`]: claim.cites.id, snippet: snippetOf(claim) }) as ComposedCitation);
  const numbered = kept.map((claim, index) => `${claim.sentence} [${index + 1}]`);
  let answer: string;
  if (intent === 'CLARIFY') {
    const which = numbered.join(language === 'zh' ? '，还是 ' : ', or ');
    answer = numbered.length
      ? language === 'zh'
        ? `您指的是哪一位：${which}？`
        : `Which one do you mean: ${which}?`
      : (plan.message ?? NOTHING[language]);
  } else if (intent === 'UNSUPPORTED') {
    answer = plan.message ?? (language === 'zh' ? '这个问题我还回答不了。' : 'I cannot answer that question yet.');
  } else if (!numbered.length) {
    answer = NOTHING[language];
  } else {
    const lead = header(plan, results, kept.length, language);
    const end = language === 'zh' ? '。' : '.';
    answer = [lead, ...numbered.map((sentence) => `${sentence}${end}`)].filter(Boolean).join('\n');
  }
  return {
    intent,
    answer,
    citations,
    followUps: followUpsFor(intent, plan, language),
    talentIds: rememberedTalents(intent, kept, results),
    jobIds: kept.filter((c) => c.cites.kind === 'job').map((c) => c.cites.id),
    dropped: dropped.length,
  };
}
