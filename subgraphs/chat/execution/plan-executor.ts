import { getVariableValues, Kind, type VariableDefinitionNode } from 'graphql';
import { ErrorCode, LoomaError } from '../../../platform/errors.ts';
import { CHAT_OPERATIONS, type ChatOperation, type Plan, type PlanStep } from '../planning/types.ts';
import { ALLOWED_OPERATIONS, chatApiSchema, type AllowedOperation } from './operations.ts';
import { emptyResult, readStepResult, resultIds, type StepResult } from './step-results.ts';

/** The bounds every plan runs within. */
export interface PlanBounds {
  maxSteps: number;
  /** A step's `first` is at most this (and this when the planner gave none). */
  maxResults: number;
  /** The whole plan's time, every step's HTTP call included. */
  deadlineMs: number;
}

export const DEFAULT_PLAN_BOUNDS: PlanBounds = { maxSteps: 6, maxResults: 50, deadlineMs: 15_000 };

/** One GraphQL request to the gateway: the caller's credential goes with it. */
export type GatewayCall = (
  request: { query: string; operationName: string; variables: Record<string, unknown> },
  signal: AbortSignal,
) => Promise<unknown>;

/** A placeholder for the ids of an earlier step's results: `{ "$from": 0, "path": "ids" }` (`"id"`: the first). */
interface FromPlaceholder {
  $from: number;
  path: 'ids' | 'id';
}

const isPlaceholder = (value: unknown): value is FromPlaceholder =>
  !!value && typeof value === 'object' && !Array.isArray(value) && '$from' in value;

const invalid = (step: number, message: string) => new LoomaError(ErrorCode.INVALID_PLAN, `Plan step ${step}: ${message}`, { step });

/** A valid id-shaped stand-in, so a step's variables type-check before the ids they wait for exist. */
const STAND_IN_ID = '00000000-0000-4000-8000-000000000000';

/** Replaces every placeholder in `value` (`ids` → the list, `id` → the first); `null` when one has no ids to give. */
function substitute(value: unknown, idsOf: (step: number) => string[], asList: boolean): unknown {
  if (isPlaceholder(value)) {
    const ids = idsOf(value.$from);
    if (!ids.length) return null;
    return value.path === 'id' || !asList ? ids[0] : ids;
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, idsOf, true));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, idsOf, true)]));
  }
  return value;
}

/** Whether `value` holds a placeholder whose ids did not come (substitute left a null where one was). */
function placeholders(value: unknown, found: number[] = []): number[] {
  if (isPlaceholder(value)) found.push(value.$from);
  else if (Array.isArray(value)) for (const item of value) placeholders(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) placeholders(item, found);
  return found;
}

function isListVariable(definition: VariableDefinitionNode | undefined): boolean {
  if (!definition) return false;
  const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
  return type.kind === Kind.LIST_TYPE;
}

export interface ValidatedStep {
  step: PlanStep;
  operation: AllowedOperation;
}

/**
 * Checks a whole plan before any step runs: bounds, the allow-list, dependencies on earlier steps
 * only, and each step's variables against its document's variable definitions (graphql-js's
 * coercion, placeholders standing in as ids). Anything else is INVALID_PLAN, and nothing runs.
 */
export function validatePlan(plan: Plan, bounds: PlanBounds = DEFAULT_PLAN_BOUNDS): ValidatedStep[] {
  if (plan.steps.length > bounds.maxSteps) throw invalid(plan.steps.length - 1, `a plan has at most ${bounds.maxSteps} steps`);
  return plan.steps.map((step, index) => {
    if (!(CHAT_OPERATIONS as readonly string[]).includes(step.operation))
      throw invalid(index, `${String(step.operation)} is not an allowed operation`);
    const operation = ALLOWED_OPERATIONS.get(step.operation as ChatOperation)!;
    const dependsOn = step.dependsOn ?? [];
    for (const from of [...dependsOn, ...placeholders(step.variables)]) {
      if (!Number.isInteger(from) || from < 0 || from >= index)
        throw invalid(index, `it may depend on earlier steps only, not ${String(from)}`);
    }
    if (!step.variables || typeof step.variables !== 'object' || Array.isArray(step.variables))
      throw invalid(index, 'variables must be an object');
    const definitions = operation.definition.variableDefinitions ?? [];
    const known = new Set(definitions.map((d) => d.variable.name.value));
    const unknown = Object.keys(step.variables).find((name) => !known.has(name));
    if (unknown) throw invalid(index, `${operation.name} takes no variable ${unknown}`);
    const standIn = Object.fromEntries(
      Object.entries(step.variables).map(([name, value]) => {
        const definition = definitions.find((d) => d.variable.name.value === name);
        return [name, substitute(value, () => [STAND_IN_ID], isListVariable(definition))];
      }),
    );
    const coerced = getVariableValues(chatApiSchema(), definitions, boundedFirst(standIn, bounds));
    if (coerced.errors) throw invalid(index, coerced.errors[0]!.message);
    return { step, operation };
  });
}

function boundedFirst(variables: Record<string, unknown>, bounds: PlanBounds): Record<string, unknown> {
  const first =
    typeof variables.first === 'number' ? Math.min(Math.max(1, Math.trunc(variables.first)), bounds.maxResults) : bounds.maxResults;
  return { ...variables, first };
}

/** The operations whose document takes `first` (bounded on every call). */
const takesFirst = (operation: AllowedOperation) =>
  operation.definition.variableDefinitions?.some((d) => d.variable.name.value === 'first') ?? false;

/**
 * Runs a validated plan step by step through the gateway (`call` carries the caller's own
 * credential: every scope, tenant check and rate limit applies), within the plan's deadline. A step
 * waiting for the ids of a step that found nothing does not run (an empty id list would filter nothing).
 */
export async function executePlan(plan: Plan, call: GatewayCall, bounds: PlanBounds = DEFAULT_PLAN_BOUNDS): Promise<StepResult[]> {
  const steps = validatePlan(plan, bounds);
  const signal = AbortSignal.timeout(bounds.deadlineMs);
  const results: StepResult[] = [];
  for (const { step, operation } of steps) {
    const idsOf = (from: number) => resultIds(results[from]!);
    const upstreamEmpty = (step.dependsOn ?? []).some((from) => results[from]!.skipped || idsOf(from).length === 0);
    const definitions = operation.definition.variableDefinitions ?? [];
    const variables = Object.fromEntries(
      Object.entries(step.variables).map(([name, value]) => [
        name,
        substitute(value, idsOf, isListVariable(definitions.find((d) => d.variable.name.value === name))),
      ]),
    );
    const missing = placeholders(step.variables).some((from) => idsOf(from).length === 0);
    // A person's name several talents answer to: no step runs for "the first" of them (the answer asks which one).
    const ambiguous = Object.entries(step.variables).some(
      ([name, value]) =>
        isPlaceholder(value) &&
        !isListVariable(definitions.find((d) => d.variable.name.value === name)) &&
        results[value.$from]!.operation === 'resolveTalent' &&
        results[value.$from]!.talents.length > 1,
    );
    if (upstreamEmpty || missing || ambiguous) {
      results.push(emptyResult(operation.name, true));
      continue;
    }
    const data = await call(
      {
        query: operation.text,
        operationName: operation.operationName,
        variables: takesFirst(operation) ? boundedFirst(variables, bounds) : variables,
      },
      signal,
    );
    const result = readStepResult(operation.name, data);
    if (operation.name === 'resolveTalent' && typeof variables.name === 'string') preferExactName(result, variables.name);
    results.push(result);
  }
  return results;
}

/** Of several talents whose names contain the asked name, the one whose name is exactly it (when only one is). */
function preferExactName(result: StepResult, asked: string): void {
  if (result.talents.length < 2) return;
  const key = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const exact = result.talents.filter((talent) => key(talent.name) === key(asked));
  if (exact.length === 1) result.talents = exact;
}
