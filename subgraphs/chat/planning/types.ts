/**
 * The chat subgraph's contract between its planners and its executor. A planner turns a question
 * (and the conversation so far) into a typed `Plan`: steps over an allow-list of read-only
 * operations, each a persisted document of the SDK (sdk/operations/*.graphql) with typed
 * variables. The executor runs the steps through the gateway with the caller's own credential;
 * the composer writes the answer from the results only, citing every record it states a fact about.
 *
 * Untrusted text (resume text, notes, profile fields) never reaches a planner: `PlannerInput` holds
 * the question, the conversation's previous plans and the ids (never the text) of their results.
 */

/** What a plan step may run: each an SDK query document, read-only. Nothing else can be planned. */
export const CHAT_OPERATIONS = [
  /** Talents by skills, company, school, location, years (the talent list's filter). */
  'findTalents',
  /** Full-text and semantic search over talents. */
  'searchTalents',
  /** One talent's profile (summaries, comparisons). */
  'talentProfile',
  /** A talent's relationships within a few hops (who knows whom). */
  'talentNetwork',
  /** Talents of the org who could refer us into a company. */
  'referrersInto',
  /** The org's jobs, by status or text. */
  'findJobs',
  /** A job's pipeline: stages with counts. */
  'pipelineBoard',
  /** A job's best matching talents. */
  'jobMatches',
  /** Resolve a person's name to talents (several → the answer asks which one). */
  'resolveTalent',
  /** Resolve a job's title to jobs. */
  'resolveJob',
] as const;
export type ChatOperation = (typeof CHAT_OPERATIONS)[number];

/** What the question asks for, so the composer knows what to say. */
export const CHAT_INTENTS = [
  'FIND_TALENTS',
  'WHO_KNOWS',
  'REFERRAL_PATHS',
  'PIPELINE_COUNTS',
  'JOB_STATUS',
  'COMPARE_TALENTS',
  'SUMMARISE_TALENT',
  'JOB_MATCHES',
  'CLARIFY',
  'UNSUPPORTED',
] as const;
export type ChatIntent = (typeof CHAT_INTENTS)[number];

/** One step: an allow-listed operation and its variables (validated against the document before it runs). */
export interface PlanStep {
  operation: ChatOperation;
  variables: Record<string, unknown>;
  /**
   * Steps whose results feed this one, by index (e.g. `resolveTalent` then `talentNetwork`). The
   * executor substitutes `{ "$from": index, "path": "ids" }` placeholders in variables with the
   * ids of that step's results, never any text of them.
   */
  dependsOn: number[];
}

export interface Plan {
  intent: ChatIntent;
  steps: PlanStep[];
  /** The question's language for the answer: zh, en (a mixed question answers in its main language). */
  language: 'zh' | 'en';
  /** For CLARIFY and UNSUPPORTED: what to ask or say (written by the planner from the question, never from data). */
  message?: string;
}

/** A previous turn as a planner may see it: the question, its plan, and the ids of what it found. */
export interface PriorTurn {
  question: string;
  plan: Plan;
  /** Talent and job ids the answer cited, in order (follow-ups like "which of them…" resolve against them). */
  talentIds: string[];
  jobIds: string[];
}

export interface PlannerInput {
  question: string;
  /** The `language` argument, if the caller set one. */
  language: 'zh' | 'en' | null;
  history: PriorTurn[];
  /** Today, for relative dates ("hired this year"). */
  now: Date;
}

/** Both planners (the offline one and the OpenAI-compatible one) implement this. */
export interface Planner {
  readonly name: 'offline' | 'openai';
  plan(input: PlannerInput): Promise<Plan>;
}
