import {
  coerceInputValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { CHAT_INTENTS, CHAT_OPERATIONS, type ChatIntent, type ChatOperation, type Plan, type PlanStep } from '../types.ts';

/**
 * The model's tools: one a ChatOperation, its parameters the JSON schema of the persisted document's
 * variables (read from the document and the API schema, so a tool cannot drift from what the executor
 * runs), plus `answer_clarify` and `answer_unsupported`. The model's tool calls become the Plan only
 * after each is checked as the executor would check it: a known tool, arguments the document's
 * variable types accept, ids taken from the conversation or the question (or an earlier step's
 * results, by placeholder), at most MAX_PLAN_STEPS steps. Anything else refuses the whole plan.
 */

/** More steps than a comparison of two named people needs (two resolves, two profiles) is not a plan we run. */
export const MAX_PLAN_STEPS = 6;

/** The intents a plan with steps may carry; CLARIFY and UNSUPPORTED are the two answer_ tools. */
const STEP_INTENTS: readonly ChatIntent[] = CHAT_INTENTS.filter((intent) => intent !== 'CLARIFY' && intent !== 'UNSUPPORTED');

const CLARIFY_TOOL = 'answer_clarify';
const UNSUPPORTED_TOOL = 'answer_unsupported';
const MAX_MESSAGE_CHARS = 500;

/** What each operation is for, as the model reads it in the tool's description. */
const DESCRIPTIONS: Record<ChatOperation, string> = {
  findTalents: 'Talents of the organisation by skills, location, years of experience, stage, or a text in name, title or company.',
  searchTalents: 'Full-text and semantic search over talents (names, headlines, skills), Chinese or English.',
  talentProfile: "One talent's profile: for summaries and comparisons. Needs the talent's id.",
  talentNetwork: "A talent's relationships within a few hops: who knows whom. Needs the talent's id.",
  referrersInto: 'Talents of the organisation who could refer us into a company (worked there, or know someone who does).',
  findJobs: "The organisation's jobs, by status or text.",
  pipelineBoard: "A job's pipeline: its stages with counts. Needs the job's id.",
  jobMatches: "A job's best matching talents. Needs the job's id.",
  resolveTalent: "Finds talents by a person's name (several found: the answer asks which one).",
  resolveJob: "Finds jobs by a job's title.",
};

export type JsonSchema = { [key: string]: unknown };

export interface ChatTool {
  type: 'function';
  function: { name: string; description: string; parameters: JsonSchema };
}

interface OperationVariable {
  name: string;
  type: GraphQLInputType;
  required: boolean;
}

/** The allow-listed operations as the planner knows them: each one's variables, typed by the API schema. */
export type ChatOperationVariables = ReadonlyMap<ChatOperation, readonly OperationVariable[]>;

/**
 * Each ChatOperation's document among `documents`: the query named `Chat<Operation>`
 * (sdk/operations/chat-plan.graphql). A ChatOperation without one is left out of the tools.
 */
export function chatOperationVariables(documents: Iterable<DocumentNode>, schema: GraphQLSchema): ChatOperationVariables {
  const queries = new Map<string, OperationDefinitionNode>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query' && definition.name) {
        queries.set(definition.name.value.toLowerCase(), definition);
      }
    }
  }
  const found = new Map<ChatOperation, OperationVariable[]>();
  for (const operation of CHAT_OPERATIONS) {
    const definition = queries.get(`chat${operation.toLowerCase()}`);
    if (!definition) continue;
    const variables = (definition.variableDefinitions ?? []).map((variable) => {
      const type = typeFromAST(schema, variable.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType | undefined;
      if (!type) throw new Error(`The ${operation} document's variable $${variable.variable.name.value} has a type the API schema lacks`);
      return { name: variable.variable.name.value, type, required: isNonNullType(type) && !variable.defaultValue };
    });
    found.set(operation, variables);
  }
  return found;
}

/** A result of an earlier step, by index: the executor puts that step's ids here (never any text of them). */
const PLACEHOLDER_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'The ids found by an earlier step of this plan (its index, from 0).',
  properties: { $from: { type: 'integer', minimum: 0 }, path: { type: 'string', enum: ['ids'] } },
  required: ['$from', 'path'],
  additionalProperties: false,
};

function jsonSchemaOf(type: GraphQLInputType, seen: Set<string>): JsonSchema {
  if (isNonNullType(type)) return jsonSchemaOf(type.ofType, seen);
  if (isListType(type)) {
    const list = { type: 'array', items: jsonSchemaOf(type.ofType, seen) };
    return getNamedType(type).name === 'ID' ? { anyOf: [list, PLACEHOLDER_SCHEMA] } : list;
  }
  if (isEnumType(type)) return { type: 'string', enum: type.getValues().map((value) => value.name) };
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return { type: 'object' };
    const inner = new Set(seen).add(type.name);
    const fields = Object.values(type.getFields()).filter((field) => !field.deprecationReason);
    const schema: JsonSchema = {
      type: 'object',
      properties: Object.fromEntries(
        fields.map((field) => [
          field.name,
          { ...jsonSchemaOf(field.type, inner), ...(field.description ? { description: field.description } : {}) },
        ]),
      ),
      additionalProperties: false,
    };
    const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    return required.length > 0 ? { ...schema, required } : schema;
  }
  switch (type.name) {
    case 'ID':
      return { anyOf: [{ type: 'string' }, PLACEHOLDER_SCHEMA] };
    case 'Int':
      return { type: 'integer' };
    case 'Float':
      return { type: 'number' };
    case 'Boolean':
      return { type: 'boolean' };
    case 'DateTime':
      return { type: 'string', format: 'date-time' };
    default:
      return { type: 'string' };
  }
}

export function chatTools(operations: ChatOperationVariables): ChatTool[] {
  const tools: ChatTool[] = [...operations].map(([operation, variables]) => ({
    type: 'function',
    function: {
      name: operation,
      description: DESCRIPTIONS[operation],
      parameters: {
        type: 'object',
        properties: {
          intent: { type: 'string', enum: STEP_INTENTS, description: 'What the whole question asks for (the same in every call).' },
          ...Object.fromEntries(variables.map((variable) => [variable.name, jsonSchemaOf(variable.type, new Set())])),
        },
        required: ['intent', ...variables.filter((variable) => variable.required).map((variable) => variable.name)],
        additionalProperties: false,
      },
    },
  }));
  const message = (what: string): JsonSchema => ({
    type: 'object',
    properties: { message: { type: 'string', description: what } },
    required: ['message'],
    additionalProperties: false,
  });
  tools.push(
    {
      type: 'function',
      function: {
        name: CLARIFY_TOOL,
        description: 'Ask the user what they mean, when the question is ambiguous. Call no other tool with it.',
        parameters: message("The question to ask, in the user's language."),
      },
    },
    {
      type: 'function',
      function: {
        name: UNSUPPORTED_TOOL,
        description:
          'Say that the question cannot be answered from the CRM with these tools (or asks for a change). Call no other tool with it.',
        parameters: message("What to tell the user, in the user's language."),
      },
    },
  );
  return tools;
}

/** Why the model's answer is not a plan we run; the planner answers UNSUPPORTED with it. */
export class PlanRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRefused';
  }
}

export interface ToolCall {
  name: string;
  /** The JSON text of the arguments, as the model wrote it. */
  arguments: string;
}

export interface PlanContext {
  language: 'zh' | 'en';
  /** The ids a step may name literally: the conversation's results, and ids written in the question. */
  knownIds: ReadonlySet<string>;
}

/** The model's tool calls as a Plan, each checked; throws PlanRefused for anything not runnable as it stands. */
export function planFromToolCalls(calls: readonly ToolCall[], operations: ChatOperationVariables, context: PlanContext): Plan {
  if (calls.length === 0) throw new PlanRefused('the model called no tool');
  const answer = calls.find((call) => call.name === CLARIFY_TOOL || call.name === UNSUPPORTED_TOOL);
  if (answer) {
    if (calls.length > 1) throw new PlanRefused(`${answer.name} came with other tool calls`);
    const message = parseArguments(answer).message;
    if (typeof message !== 'string' || message.trim() === '') throw new PlanRefused(`${answer.name} without a message`);
    return {
      intent: answer.name === CLARIFY_TOOL ? 'CLARIFY' : 'UNSUPPORTED',
      steps: [],
      language: context.language,
      message: message
        .replace(/\p{Cc}/gu, ' ')
        .trim()
        .slice(0, MAX_MESSAGE_CHARS),
    };
  }
  if (calls.length > MAX_PLAN_STEPS) throw new PlanRefused(`${calls.length} steps, more than ${MAX_PLAN_STEPS}`);
  let intent: ChatIntent | undefined;
  const steps = calls.map((call, index): PlanStep => {
    const operation = CHAT_OPERATIONS.find((name) => name === call.name);
    const variables = operation && operations.get(operation);
    if (!operation || !variables) throw new PlanRefused(`unknown tool ${JSON.stringify(call.name.slice(0, 60))}`);
    const { intent: stepIntent, ...given } = parseArguments(call);
    if (!STEP_INTENTS.includes(stepIntent as ChatIntent)) throw new PlanRefused(`${operation}: intent ${JSON.stringify(stepIntent)}`);
    if (intent !== undefined && stepIntent !== intent) throw new PlanRefused('the steps disagree on the intent');
    intent = stepIntent as ChatIntent;
    return { operation, variables: given, dependsOn: checkVariables(operation, given, variables, index, context) };
  });
  return { intent: intent!, steps, language: context.language };
}

function parseArguments(call: ToolCall): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(call.arguments || '{}');
  } catch {
    throw new PlanRefused(`${call.name}: arguments that are not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new PlanRefused(`${call.name}: arguments that are not an object`);
  return parsed as Record<string, unknown>;
}

/** Checks a step's variables as the document types them; returns the earlier steps it reads from. */
function checkVariables(
  operation: ChatOperation,
  given: Record<string, unknown>,
  variables: readonly OperationVariable[],
  index: number,
  context: PlanContext,
): number[] {
  const scan: Scan = { refs: new Set(), ids: [], problems: [] };
  for (const name of Object.keys(given)) {
    if (!variables.some((variable) => variable.name === name)) scan.problems.push(`no variable ${name}`);
  }
  for (const variable of variables) {
    const value = given[variable.name];
    if (value === undefined || value === null) {
      if (variable.required) scan.problems.push(`$${variable.name} is required`);
      continue;
    }
    const substituted = substitutePlaceholders(value, variable.type, scan);
    coerceInputValue(substituted, variable.type, (path, _invalid, error) => {
      scan.problems.push(`$${[variable.name, ...path].join('.')}: ${error.message}`);
    });
  }
  for (const ref of scan.refs) {
    if (ref >= index) scan.problems.push(`step ${index} reads step ${ref}, which is not an earlier one`);
  }
  for (const id of scan.ids) {
    if (!context.knownIds.has(id))
      scan.problems.push(`the id ${JSON.stringify(id.slice(0, 60))} is neither in the conversation nor in the question`);
  }
  if (scan.problems.length > 0) throw new PlanRefused(`${operation}: ${scan.problems.slice(0, 3).join('; ')}`);
  return [...scan.refs].sort((a, b) => a - b);
}

interface Scan {
  refs: Set<number>;
  ids: string[];
  problems: string[];
}

function isPlaceholder(value: unknown): value is { $from: number; path: 'ids' } {
  return typeof value === 'object' && value !== null && '$from' in value;
}

/**
 * The value with each `{ $from, path: 'ids' }` at an ID (or ID list) position replaced by a stand-in id,
 * so the document's types can check the rest; records the placeholders and the literal ids.
 */
function substitutePlaceholders(value: unknown, type: GraphQLInputType, scan: Scan): unknown {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return value;
  if (isPlaceholder(value) && getNamedType(nullable).name === 'ID') {
    const { $from, path, ...rest } = value as { $from: unknown; path: unknown };
    if (!Number.isInteger($from) || ($from as number) < 0 || path !== 'ids' || Object.keys(rest).length > 0) {
      scan.problems.push('a placeholder must be { "$from": <an earlier step>, "path": "ids" }');
    } else {
      scan.refs.add($from as number);
    }
    return isListType(nullable) ? ['placeholder'] : 'placeholder';
  }
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? value.map((item) => substitutePlaceholders(item, nullable.ofType, scan))
      : substitutePlaceholders(value, nullable.ofType, scan);
  }
  if (isInputObjectType(nullable) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, fields[key] ? substitutePlaceholders(field, fields[key].type, scan) : field]),
    );
  }
  if (getNamedType(nullable).name === 'ID' && typeof value === 'string') scan.ids.push(value);
  return value;
}
