import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import { decideAccess, describeMissing, readAccessRequirements, type AccessRequirements } from '../platform/access-requirements.ts';
import { ErrorCode } from '../platform/errors.ts';
import type { Viewer } from '../platform/viewer.ts';
import { DocumentCache } from './document-cache.ts';
import { checkPersistedDocument } from './limits.ts';
import type { RateLimiter, RateLimitedUse } from './rate-limit.ts';

/**
 * Directive enforcement at the gateway, before the query plan runs: the operation's fields are
 * checked against the requirements read from the supergraph (`@authenticated`, `@requiresScopes`,
 * `@policy`, `@rateLimit`). A refused operation reaches no subgraph.
 */

const AUTH_SPECS = ['authenticated', 'requiresScopes', 'policy'];

/**
 * @apollo/gateway refuses `for: SECURITY` links it does not implement. The gateway gets a copy of
 * the supergraph without that purpose on the three auth specs: truthful, because this module
 * enforces them. schema/supergraph.graphql itself stays as composed (the Router can run it).
 */
export function supergraphForGateway(supergraphSdl: string): string {
  const specs = AUTH_SPECS.join('|');
  return supergraphSdl.replace(
    new RegExp(`(@link\\(url: "https://specs\\.apollo\\.dev/(?:${specs})/v[\\d.]+"), for: SECURITY\\)`, 'g'),
    '$1)',
  );
}

/** One field an operation selects: the coordinates it may resolve as, and where it lands in the response. */
export interface FieldUse {
  /** `Type.field`; a field selected on an interface also names each implementation's coordinate. */
  coordinates: string[];
  path: string[];
  /** `path` joined with dots, and the same for each enclosing field (outermost first): the refusal bookkeeping's keys. */
  key: string;
  ancestorKeys: string[];
}

/**
 * What the walk of one operation yields whatever the caller and the variables: every field it
 * could resolve, each with the selections carrying `@skip`/`@include` on its way (empty when none),
 * so a request only evaluates those conditions. Computed once per document (gateway/document-cache.ts).
 */
export interface CompiledFieldUses {
  uses: readonly FieldUse[];
  /** Parallel to `uses`; null when the operation has no `@skip`/`@include` at all. */
  conditions: (readonly SelectionNode[])[] | null;
}

const hasCondition = (node: SelectionNode): boolean =>
  node.directives?.some((d) => d.name.value === 'skip' || d.name.value === 'include') ?? false;

/** Walks every selection, through fragments, inline fragments and aliases, keeping `@skip`/`@include` as conditions. */
export function compileFieldUses(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): CompiledFieldUses {
  const uses: FieldUse[] = [];
  const conditions: (readonly SelectionNode[])[] = [];
  let isConditional = false;
  const root = schema.getRootType(operation.operation);
  if (!root) return { uses, conditions: null };

  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    path: string[],
    pathKeys: string[],
    spreads: ReadonlySet<string>,
    on: readonly SelectionNode[],
  ): void => {
    for (const selection of selectionSet.selections) {
      const here = hasCondition(selection) ? [...on, selection] : on;
      if (here !== on) isConditional = true;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const responsePath = [...path, selection.alias?.value ?? name];
        const key = responsePath.join('.');
        const coordinates = [`${parent.name}.${name}`];
        if (isAbstractType(parent)) coordinates.push(...schema.getPossibleTypes(parent).map((type) => `${type.name}.${name}`));
        uses.push({ coordinates, path: responsePath, key, ancestorKeys: pathKeys });
        conditions.push(here);
        if (!selection.selectionSet || name.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        if (type && (isObjectType(type) || isAbstractType(type)))
          walk(selection.selectionSet, type, responsePath, [...pathKeys, key], spreads, here);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && (isObjectType(type) || isAbstractType(type))) walk(selection.selectionSet, type, path, pathKeys, spreads, here);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || spreads.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && (isObjectType(type) || isAbstractType(type)))
          walk(fragment.selectionSet, type, path, pathKeys, new Set([...spreads, name]), here);
      }
    }
  };
  walk(operation.selectionSet, root, [], [], new Set(), []);
  return { uses, conditions: isConditional ? conditions : null };
}

/**
 * The fields these variables leave in: a use counts unless a selection on its way is dropped by
 * `@skip`/`@include`. The conditions read the coerced variables (defaults applied); when they do
 * not coerce, every selection counts (execution refuses such variables anyway).
 */
export function selectFieldUses(
  compiled: CompiledFieldUses,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): readonly FieldUse[] {
  if (!compiled.conditions) return compiled.uses;
  const values = getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced;
  if (!values) return compiled.uses;
  const verdicts = new Map<SelectionNode, boolean>();
  const included = (node: SelectionNode): boolean => {
    let verdict = verdicts.get(node);
    if (verdict === undefined) {
      verdict =
        getDirectiveValues(GraphQLSkipDirective, node, values)?.if !== true &&
        getDirectiveValues(GraphQLIncludeDirective, node, values)?.if !== false;
      verdicts.set(node, verdict);
    }
    return verdict;
  };
  const conditions = compiled.conditions;
  return compiled.uses.filter((_, i) => conditions[i]!.every(included));
}

/**
 * Every field the operation would resolve, through fragments, inline fragments and aliases,
 * leaving out selections that `@skip`/`@include` drop for these variables. `__typename` is free.
 */
export function collectFieldUses(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): readonly FieldUse[] {
  return selectFieldUses(compileFieldUses(schema, operation, fragments), schema, operation, variables);
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
}

export interface AccessVerdict {
  /** HTTP status of the refusal; undefined when the operation may run. */
  status?: 401 | 403;
  errors: GraphQLError[];
  rateLimited: RateLimitedUse[];
}

/**
 * Checks the fields against the viewer: anonymous on a protected field refuses all (401);
 * otherwise one FORBIDDEN per refused path, its sub-selections left unreported (403). In
 * production only ADMIN viewers may introspect.
 */
export function checkAccess(
  uses: readonly FieldUse[],
  requirements: AccessRequirements,
  viewer: Viewer | null,
  { isProduction }: { isProduction: boolean },
): AccessVerdict {
  const introspection = !isProduction || (viewer?.roles.includes('ADMIN') ?? false);
  const forbidden = new Map<string, GraphQLError>();
  const rateLimited: RateLimitedUse[] = [];
  for (const use of uses) {
    const [coordinate] = use.coordinates;
    if (use.ancestorKeys.some((key) => forbidden.has(key))) continue;
    if (coordinate!.endsWith('.__schema') || coordinate!.endsWith('.__type')) {
      if (!introspection) {
        if (!viewer) return unauthenticatedVerdict();
        forbidden.set(use.key, forbiddenError('Introspection is for administrators only', use.path));
      }
      continue;
    }
    for (const each of use.coordinates) {
      const fieldRequirements = requirements.get(each);
      const decision = decideAccess(fieldRequirements, viewer);
      if (decision === 'unauthenticated') return unauthenticatedVerdict();
      if (decision === 'forbidden') {
        forbidden.set(use.key, forbiddenError(describeMissing(each, fieldRequirements), use.path));
        break;
      }
    }
    const rule = requirements.get(coordinate!)?.rateLimit;
    if (rule) rateLimited.push({ coordinate: coordinate!, rule, path: use.path });
  }
  if (forbidden.size > 0) return { status: 403, errors: [...forbidden.values()], rateLimited: [] };
  return { errors: [], rateLimited };
}

function unauthenticatedVerdict(): AccessVerdict {
  return {
    status: 401,
    errors: [
      new GraphQLError('Authentication required: sign in to run this operation', { extensions: { code: ErrorCode.UNAUTHENTICATED } }),
    ],
    rateLimited: [],
  };
}

function forbiddenError(message: string, path: readonly string[]): GraphQLError {
  return new GraphQLError(message, { path: [...path], extensions: { code: ErrorCode.FORBIDDEN } });
}

/** What the policy plugin needs from the request context. */
export interface PolicyContext {
  viewer: Viewer | null;
  address: string | undefined;
}

export interface PolicyPluginOptions {
  /** The supergraph the gateway starts with (its directives are read once per load, and again at each reload). */
  supergraphSdl: string;
  rateLimiter: RateLimiter;
  /** Outside production everyone may introspect; in production only ADMIN viewers. */
  isProduction: boolean;
  /** When set, only these documents (by SHA-256) are accepted. */
  persistedDocuments?: Map<string, string>;
  /** Formats errors of a multi-error refusal the way the server formats every error. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Bound of the per-document walk cache (gateway/document-cache.ts). */
  documentCacheEntries?: number;
  /** Benchmarks turn the checks off to measure a baseline. */
  enabled?: boolean;
}

/**
 * The Apollo Server plugin: in `didResolveOperation` (after validation, before the query plan
 * executes) it checks persisted documents, access and rate limits. A single refusal is thrown as a
 * GraphQLError carrying `extensions.http`; several (one per forbidden path) are answered by
 * `responseForOperation`, which also stops execution. Either way no subgraph is called.
 */
export function policyPlugin<TContext extends PolicyContext>(options: PolicyPluginOptions): ApolloServerPlugin<TContext> {
  // The requirements follow the supergraph (a hot reload brings new ones); a request keeps those of the schema it started on.
  let requirements = readAccessRequirements(options.supergraphSdl);
  const requirementsBySchema = new WeakMap<GraphQLSchema, AccessRequirements>();
  const refusals = new WeakMap<object, GraphQLResponse>();
  // A supergraph reload brings a new schema, and with it a fresh cache.
  const walks = new WeakMap<GraphQLSchema, DocumentCache<CompiledFieldUses>>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          if (coreSupergraphSdl === undefined) return;
          requirements = readAccessRequirements(coreSupergraphSdl);
          requirementsBySchema.set(apiSchema, requirements);
        },
      };
    },
    async requestDidStart() {
      if (options.enabled === false) return;
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<TContext>) {
          const { document, operation, contextValue, request, schema } = requestContext;
          if (options.persistedDocuments) checkPersistedDocument(options.persistedDocuments, requestContext.queryHash);
          if (!document || !operation) return;
          // The walk depends on the document and the schema only; the decision below stays per request.
          let documents = walks.get(schema);
          if (!documents) walks.set(schema, (documents = new DocumentCache<CompiledFieldUses>(options.documentCacheEntries)));
          const compiled = documents.get({ document, operation, queryHash: requestContext.queryHash }, () =>
            compileFieldUses(schema, operation, fragmentsOf(document)),
          );
          const uses = selectFieldUses(compiled, schema, operation, request.variables ?? {});
          const viewer = contextValue.viewer;
          const verdict = checkAccess(uses, requirementsBySchema.get(schema) ?? requirements, viewer, {
            isProduction: options.isProduction,
          });
          if (verdict.status) return refuse(requestContext, verdict.status, new HeaderMap(), verdict.errors);
          const outcome = await options.rateLimiter.consume(verdict.rateLimited, {
            viewer,
            address: contextValue.address,
            operationName: operation.name?.value,
          });
          for (const [name, value] of outcome.headers) requestContext.response.http.headers.set(name, value);
          if (outcome.errors.length > 0) return refuse(requestContext, 429, outcome.headers, outcome.errors);
        },
        async responseForOperation(requestContext: GraphQLRequestContext<TContext>) {
          return refusals.get(requestContext) ?? null;
        },
      };
    },
  };

  function refuse(requestContext: GraphQLRequestContext<TContext>, status: number, headers: HeaderMap, errors: GraphQLError[]): void {
    if (errors.length === 1) {
      const [error] = errors;
      // Apollo reads `http.headers` as its HeaderMap (graphql-yoga's typings, present with Hive Gateway, declare another shape).
      const extensions: Record<string, unknown> = { ...error!.extensions, http: { status, headers } };
      throw new GraphQLError(error!.message, { path: error!.path, extensions });
    }
    // Several errors: Apollo takes one thrown error, so answer before execution instead.
    refusals.set(requestContext, {
      http: { status, headers },
      body: { kind: 'single', singleResult: { errors: errors.map((error) => options.formatError(error.toJSON(), error)) } },
    });
  }
}
