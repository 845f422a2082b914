import {
  defaultFieldResolver,
  isIntrospectionType,
  isObjectType,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import {
  decideAccess,
  describeMissing,
  readAccessRequirements,
  type AccessDecision,
  type FieldRequirements,
} from './access-requirements.ts';
import { forbidden, unauthenticated, type LoomaError } from './errors.ts';
import type { Viewer } from './viewer.ts';

/**
 * A subgraph defends itself, even when called without the gateway: a guard on every declared
 * resolver, from the directives of its own SDL (the same reader and decision as the gateway's),
 * failing closed. It replaced graphql-shield + graphql-middleware (issue 11, point 6): the same
 * rules, decided synchronously and once per request and rule instead of through an async
 * middleware chain (tests/bench/subgraph-path.ts measures both).
 */

/** What a field's guard decides from: open (federation's own fields), or the field's requirements. */
export type FieldRule =
  | { kind: 'open' }
  | {
      kind: 'requirements';
      /** Fields with equal requirements share a rule, so its decision is made once per request. */
      ruleId: number;
      requirements: FieldRequirements;
    };

/** Federation's own fields, handled explicitly (the fallback would otherwise close them). */
const OPEN: FieldRule = { kind: 'open' };
const FEDERATION_RULES: Record<string, FieldRule> = {
  // The SDL is public knowledge for the gateway and tooling; it holds no data.
  'Query._service': OPEN,
  '_Service.sdl': OPEN,
  // Entity fetches pass here; each `__resolveReference` checks the viewer's scope and organisation.
  'Query._entities': OPEN,
};

export type RuleTree = Record<string, Record<string, FieldRule>>;

/**
 * One rule per field of every object type in the schema: from the field's (and its type's)
 * directives, or a federation rule. A field with neither gets no entry, so the fallback denies it.
 */
export function buildRuleTree(schema: GraphQLSchema, typeDefs: DocumentNode): RuleTree {
  const requirements = readAccessRequirements(typeDefs);
  const ruleIds = new Map<string, number>();
  const tree: RuleTree = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      const fieldRequirements = requirements.get(coordinate);
      let fieldRule = FEDERATION_RULES[coordinate];
      if (!fieldRule && fieldRequirements?.ruled) {
        const key = JSON.stringify({ ...fieldRequirements, rateLimit: undefined });
        const ruleId = ruleIds.get(key) ?? ruleIds.size;
        ruleIds.set(key, ruleId);
        fieldRule = { kind: 'requirements', ruleId, requirements: fieldRequirements };
      }
      if (fieldRule) (tree[type.name] ??= {})[field] = fieldRule;
    }
  }
  return tree;
}

interface ViewerContext {
  viewer?: Viewer | null;
}

/** Each request's decisions by rule id: a context is one request, so a rule is decided once per request. */
const decisionsByContext = new WeakMap<object, AccessDecision[]>();

function decisionFor(context: ViewerContext | undefined, ruleId: number, requirements: FieldRequirements): AccessDecision {
  if (typeof context !== 'object' || context === null) return decideAccess(requirements, null);
  let decisions = decisionsByContext.get(context);
  if (!decisions) decisionsByContext.set(context, (decisions = []));
  return (decisions[ruleId] ??= decideAccess(requirements, context.viewer ?? null));
}

/** The refusal for a field, or undefined when the caller may resolve it. */
function refusalFor(coordinate: string, rule: FieldRule | undefined, context: ViewerContext | undefined): LoomaError | undefined {
  if (rule?.kind === 'open') return undefined;
  if (!rule) return context?.viewer ? forbidden('This field is not available') : unauthenticated();
  const decision = decisionFor(context, rule.ruleId, rule.requirements);
  if (decision === 'allowed') return undefined;
  return decision === 'unauthenticated' ? unauthenticated() : forbidden(describeMissing(coordinate, rule.requirements));
}

function guarded<TSource, TContext, TArgs>(
  resolve: GraphQLFieldResolver<TSource, TContext, TArgs>,
  coordinate: string,
  rule: FieldRule | undefined,
): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return (source, args, context, info) => {
    const refusal = refusalFor(coordinate, rule, context as ViewerContext | undefined);
    if (refusal) throw refusal;
    return resolve(source, args, context, info);
  };
}

/**
 * The schema with its rules applied, in place: every declared resolver (root fields, `_entities`,
 * field resolvers such as `Talent.projections`) checks its rule before it runs; one without a rule
 * is refused (fallback deny: UNAUTHENTICATED for anonymous callers, FORBIDDEN otherwise). The
 * scalar fields of a big list keep graphql's default resolver and cost nothing; a resolver's own
 * errors surface unchanged.
 */
export function protectSubgraphSchema(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const tree = buildRuleTree(schema, typeDefs);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const rule = tree[type.name]?.[field.name];
      if (field.resolve && field.resolve !== defaultFieldResolver) field.resolve = guarded(field.resolve, coordinate, rule);
      if (field.subscribe) field.subscribe = guarded(field.subscribe, coordinate, rule);
    }
  }
  return schema;
}
