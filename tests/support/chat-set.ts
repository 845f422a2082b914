/**
 * The labelled chat question set (tests/fixtures/chat/questions.json): loading it, what a question's citations must
 * satisfy on the demo data, and whether a planner's plan equals the labelled one (intent, the steps' operations and
 * dependencies, and their essential variables). Shared by the set's test, the planner's tests and `npm run bench:chat`.
 */
import { readFileSync } from 'node:fs';
import { generateDemoTalents, type DemoTalent } from '../../data/seed/demo-data.ts';
import type { ChatIntent, ChatOperation, Plan, PriorTurn } from '../../subgraphs/chat/planning/types.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';
import type { Split } from './eval-split.ts';

export type QuestionLanguage = 'zh' | 'en' | 'mixed';

export interface LabelledStep {
  operation: ChatOperation;
  variables: Record<string, unknown>;
  dependsOn: number[];
}

/** What the cited talents must satisfy: a predicate over the demo talents, or a relation read from the data at bench time. */
export interface TalentCites {
  skillsAll?: string[];
  companiesAny?: string[];
  schoolsAny?: string[];
  location?: string;
  yearsMin?: number;
  yearsMax?: number;
  names?: string[];
  /** Talents in this talent's network (by name). */
  networkOf?: string;
  /** Talents who could refer us into this company. */
  referrersInto?: string;
  /** Talents among this job's matches (by title). */
  matchesOf?: string;
  /** Nothing may be cited (an unknown or ambiguous name). */
  none?: boolean;
}

export interface JobCites {
  titles?: string[];
  status?: string[];
  location?: string;
}

export interface LabelledQuestion {
  id: string;
  language: QuestionLanguage;
  question: string;
  /** The previous turn of the same conversation. */
  after?: string;
  answerLanguage: 'zh' | 'en';
  intent: ChatIntent;
  steps: LabelledStep[];
  cites?: { talents?: TalentCites; jobs?: JobCites };
  /** Several demo talents share the name: the plan is the usual one and the answer asks which one. */
  clarifyAtRuntime?: boolean;
  split: Split;
}

const SET_FILE = new URL('../fixtures/chat/questions.json', import.meta.url);

export function loadChatSet(): LabelledQuestion[] {
  return (JSON.parse(readFileSync(SET_FILE, 'utf8')) as { questions: LabelledQuestion[] }).questions;
}

/** The split's strata: language and intent. */
export const chatStratum = (q: LabelledQuestion) => `${q.language}/${q.intent}`;

/** The demo organisation's talents as the seed writes them (DEMO_TALENTS defaults to 300, seed 2026). */
export const DEMO_TALENT_COUNT = 300;
export const demoTalents = (): DemoTalent[] => generateDemoTalents(DEMO_TALENT_COUNT);

const skillId = (name: string) => normalizeSkill(name)?.id ?? name.toLowerCase();

/**
 * Whether a talent (its name, headline and skills) satisfies a static predicate; null when the predicate is a
 * relation only the data answers (networkOf, referrersInto, matchesOf). The demo talents record no location,
 * years or schools, so a predicate on them is satisfied by none.
 */
export function talentSatisfies(talent: DemoTalent, cites: TalentCites): boolean | null {
  if (cites.networkOf !== undefined || cites.referrersInto !== undefined || cites.matchesOf !== undefined) return null;
  if (cites.none) return false;
  if (cites.location !== undefined || cites.yearsMin !== undefined || cites.yearsMax !== undefined || cites.schoolsAny) return false;
  if (cites.names && !cites.names.includes(talent.name)) return false;
  const skills = new Set(talent.skills.map(skillId));
  if (cites.skillsAll && !cites.skillsAll.every((s) => skills.has(skillId(s)))) return false;
  const headline = talent.headline.toLowerCase();
  if (cites.companiesAny && !cites.companiesAny.some((c) => headline.includes(c.toLowerCase()))) return false;
  return true;
}

/** The demo talents a question's citations may name (`name | headline` keys), or null when only the data can tell. */
export function expectedTalentKeys(question: LabelledQuestion, talents: DemoTalent[] = demoTalents()): string[] | null {
  const cites = question.cites?.talents;
  if (!cites) return [];
  if (talentSatisfies(talents[0]!, cites) === null) return null;
  return talents.filter((t) => talentSatisfies(t, cites)).map(talentKey);
}

export const talentKey = (t: { name: string; headline: string | null }) => `${t.name} | ${t.headline ?? ''}`;

/** Variables a label leaves out: page sizes and depths are the planner's choice. */
const NON_ESSENTIAL = new Set(['first', 'after', 'depth', 'sort', 'applicationsPerStage', 'mode', 'knockOuts', 'top']);

const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** `$prior.talentIds` and `$prior.talentIds[0]` become the previous turn's ids. */
function substitutePrior(value: unknown, prior: PriorTurn | null): unknown {
  if (value === '$prior.talentIds') return prior?.talentIds ?? [];
  if (value === '$prior.talentIds[0]') return prior?.talentIds[0] ?? null;
  if (Array.isArray(value)) return value.map((v) => substitutePrior(v, prior));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitutePrior(v, prior)]));
  }
  return value;
}

/** Equal as a label means: strings case-insensitively, arrays as sets, objects key by key without empty values. */
function essentialEqual(expected: unknown, actual: unknown, top: boolean): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') return expected.toLowerCase() === actual.toLowerCase();
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return false;
    return (
      expected.every((e) => actual.some((a) => essentialEqual(e, a, false))) &&
      actual.every((a) => expected.some((e) => essentialEqual(e, a, false)))
    );
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = (o: object) =>
      Object.entries(o)
        .filter(([k, v]) => !isEmpty(v) && !(top && NON_ESSENTIAL.has(k)))
        .map(([k]) => k)
        .sort();
    const [ek, ak] = [keys(expected), keys(actual)];
    if (ek.join() !== ak.join()) return false;
    return ek.every((k) => essentialEqual((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], false));
  }
  return expected === actual;
}

export interface PlanVerdict {
  intent: boolean;
  operations: boolean;
  variables: boolean;
  language: boolean;
  /** Intent, operations with their dependencies, and essential variables: what plan accuracy counts. */
  correct: boolean;
}

/** Compares a plan with the question's label; `prior` is the turn the question follows (its ids fill `$prior`). */
export function judgePlan(question: LabelledQuestion, plan: Plan, prior: PriorTurn | null = null): PlanVerdict {
  const intent = plan.intent === question.intent;
  const operations =
    plan.steps.length === question.steps.length &&
    question.steps.every(
      (s, i) => plan.steps[i]!.operation === s.operation && [...plan.steps[i]!.dependsOn].sort().join() === [...s.dependsOn].sort().join(),
    );
  const variables =
    operations && question.steps.every((s, i) => essentialEqual(substitutePrior(s.variables, prior), plan.steps[i]!.variables, true));
  const language = plan.language === question.answerLanguage;
  return { intent, operations, variables, language, correct: intent && operations && variables };
}

/**
 * The turn a follow-up sees at plan level: the labelled previous question with its labelled plan and stand-in ids
 * (`prior-1` ...), so a follow-up is judged on its own and not on how its predecessor was planned.
 */
export function labelledPrior(question: LabelledQuestion, set: LabelledQuestion[]): PriorTurn | null {
  if (!question.after) return null;
  const previous = set.find((q) => q.id === question.after);
  if (!previous) throw new Error(`${question.id}: no question ${question.after}`);
  return {
    question: previous.question,
    plan: { intent: previous.intent, steps: previous.steps, language: previous.answerLanguage },
    talentIds: ['prior-1', 'prior-2', 'prior-3'],
    jobIds: [],
  };
}
