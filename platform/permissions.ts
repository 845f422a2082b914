import { isIntrospectionType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';
/** A rule or a logic rule (allow, deny), as shield's rule tree takes them. */
type ShieldRule = ReturnType<ReturnType<typeof rule>> | typeof allow;
import { decideAccess, describeMissing, readAccessRequirements, type FieldRequirements } from './access-requirements.ts';
import { forbidden, unauthenticated } from './errors.ts';
import type { Viewer } from './viewer.ts';

/**
 * A subgraph defends itself, even when called without the gateway: graphql-shield rules generated
 * from the directives of its own SDL (the same reader as the gateway's), failing closed.
 */

/** Federation's own fields, handled explicitly (fallback deny would otherwise close them). */
const FEDERATION_RULES: Record<string, ShieldRule> = {
  // The SDL is public knowledge for the gateway and tooling; it holds no data.
  'Query._service': allow,
  '_Service.sdl': allow,
  // Entity fetches pass here; each `__resolveReference` checks the viewer's scope and organisation.
  'Query._entities': allow,
};

export type RuleTree = Record<string, Record<string, ShieldRule>>;

/**
 * One rule per field of every object type in the schema: from the field's (and its type's)
 * directives, or a federation rule. A field with neither gets no entry, so the fallback denies it.
 */
export function buildRuleTree(schema: GraphQLSchema, typeDefs: DocumentNode): RuleTree {
  const requirements = readAccessRequirements(typeDefs);
  const rulesByRequirement = new Map<string, ShieldRule>();
  const tree: RuleTree = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      const federation = FEDERATION_RULES[coordinate];
      const fieldRequirements = requirements.get(coordinate);
      let fieldRule: ShieldRule | undefined = federation;
      if (!fieldRule && fieldRequirements?.ruled) {
        const key = JSON.stringify({ ...fieldRequirements, rateLimit: undefined });
        fieldRule = rulesByRequirement.get(key) ?? requirementRule(coordinate, fieldRequirements);
        rulesByRequirement.set(key, fieldRule);
      }
      if (fieldRule) (tree[type.name] ??= {})[field] = fieldRule;
    }
  }
  return tree;
}

interface ViewerContext {
  viewer?: Viewer | null;
}

function requirementRule(coordinate: string, requirements: FieldRequirements): ShieldRule {
  return rule({ cache: 'contextual' })((_parent, _args, context: ViewerContext) => {
    const decision = decideAccess(requirements, context.viewer ?? null);
    if (decision === 'allowed') return true;
    // Returned, not thrown: shield hands a returned error to the client as the field's error.
    return decision === 'unauthenticated' ? unauthenticated() : forbidden(describeMissing(coordinate, requirements));
  });
}

/**
 * The schema with its rules applied: `fallbackRule: deny`, real resolver errors surface
 * (`allowExternalErrors`), and only declared resolvers are wrapped (root fields, `_entities`,
 * field resolvers such as `Talent.projections`): the scalar fields of a big list cost nothing.
 */
export function protectSubgraphSchema(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const permissions = shield(buildRuleTree(schema, typeDefs), {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (_error, _parent, _args, context) =>
      (context as ViewerContext | undefined)?.viewer ? forbidden('This field is not available') : unauthenticated(),
  });
  return applyMiddlewareToDeclaredResolvers(schema, permissions);
}
