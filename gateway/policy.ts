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
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import { decideAccess, describeMissing, readAccessRequirements, type AccessRequirements } from '../platform/access-requirements.ts';
import { ErrorCode } from '../platform/errors.ts';
import type { Viewer } from '../platform/viewer.ts';
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
): FieldUse[] {
  const uses: FieldUse[] = [];
  const root = schema.getRootType(operation.operation);
  if (!root) return uses;

  // @skip/@include read the coerced variables (defaults applied); when they do not coerce, every
  // selection counts (execution refuses such variables anyway).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const values = coerced.coerced;
  const included = (node: { directives?: readonly unknown[] }): boolean => {
    if (!node.directives?.length || !values) return true;
    const n = node as Parameters<typeof getDirectiveValues>[1];
    if (getDirectiveValues(GraphQLSkipDirective, n, values)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, n, values)?.if !== false;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, path: string[], spreads: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const responsePath = [...path, selection.alias?.value ?? name];
        const coordinates = [`${parent.name}.${name}`];
        if (isAbstractType(parent)) coordinates.push(...schema.getPossibleTypes(parent).map((type) => `${type.name}.${name}`));
        uses.push({ coordinates, path: responsePath });
        if (!selection.selectionSet || name.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        if (type && (isObjectType(type) || isAbstractType(type))) walk(selection.selectionSet, type, responsePath, spreads);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && (isObjectType(type) || isAbstractType(type))) walk(selection.selectionSet, type, path, spreads);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || spreads.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && (isObjectType(type) || isAbstractType(type))) walk(fragment.selectionSet, type, path, new Set([...spreads, name]));
      }
    }
  };
  walk(operation.selectionSet, root, [], new Set());
  return uses;
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
    if (use.path.some((_, i) => i > 0 && forbidden.has(use.path.slice(0, i).join('.')))) continue;
    if (coordinate!.endsWith('.__schema') || coordinate!.endsWith('.__type')) {
      if (!introspection) {
        if (!viewer) return unauthenticatedVerdict();
        forbidden.set(use.path.join('.'), forbiddenError('Introspection is for administrators only', use.path));
      }
      continue;
    }
    for (const each of use.coordinates) {
      const fieldRequirements = requirements.get(each);
      const decision = decideAccess(fieldRequirements, viewer);
      if (decision === 'unauthenticated') return unauthenticatedVerdict();
      if (decision === 'forbidden') {
        forbidden.set(use.path.join('.'), forbiddenError(describeMissing(each, fieldRequirements), use.path));
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
  /** The supergraph the gateway serves (its directives are read once per load). */
  supergraphSdl: string;
  rateLimiter: RateLimiter;
  /** Outside production everyone may introspect; in production only ADMIN viewers. */
  isProduction: boolean;
  /** When set, only these documents (by SHA-256) are accepted. */
  persistedDocuments?: Map<string, string>;
  /** Formats errors of a multi-error refusal the way the server formats every error. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
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
  const requirements = readAccessRequirements(options.supergraphSdl);
  const refusals = new WeakMap<object, GraphQLResponse>();
  return {
    async requestDidStart() {
      if (options.enabled === false) return;
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<TContext>) {
          const { document, operation, contextValue, request, schema } = requestContext;
          if (options.persistedDocuments) checkPersistedDocument(options.persistedDocuments, requestContext.queryHash);
          if (!document || !operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const uses = collectFieldUses(schema, operation, fragments, request.variables ?? {});
          const viewer = contextValue.viewer;
          const verdict = checkAccess(uses, requirements, viewer, { isProduction: options.isProduction });
          if (verdict.status) return refuse(requestContext, verdict.status, new HeaderMap(), verdict.errors);
          const outcome = await options.rateLimiter.consume(verdict.rateLimited, { viewer, address: contextValue.address });
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
      throw new GraphQLError(error!.message, { path: error!.path, extensions: { ...error!.extensions, http: { status, headers } } });
    }
    // Several errors: Apollo takes one thrown error, so answer before execution instead.
    refusals.set(requestContext, {
      http: { status, headers },
      body: { kind: 'single', singleResult: { errors: errors.map((error) => options.formatError(error.toJSON(), error)) } },
    });
  }
}
