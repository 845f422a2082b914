import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, isInterfaceType, isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readAccessRequirements } from '../../platform/access-requirements.ts';
import { buildRuleTree } from '../../platform/permissions.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE, readSubgraphSources, readSubgraphTypeDefs } from '../../schema/subgraphs.ts';

/** Every field coordinate of the object and interface types of a schema. */
function fieldCoordinates(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !isIntrospectionType(type))
    .flatMap((type) => Object.keys((type as { getFields(): object }).getFields()).map((field) => `${type.name}.${field}`));
}

describe('every field has an explicit access rule', () => {
  it('in the supergraph: each field of schema/api.graphql carries a directive on itself or its type', () => {
    const api = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
    const requirements = readAccessRequirements(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
    const coordinates = fieldCoordinates(api);
    expect(coordinates.length).toBeGreaterThan(20);
    const unruled = coordinates.filter((coordinate) => !requirements.get(coordinate)?.ruled);
    expect(unruled, 'fields without @authenticated, @requiresScopes or @policy (on the field or its type)').toEqual([]);
  });

  it('names the rate limits the gateway enforces (createTalent among them)', () => {
    const requirements = readAccessRequirements(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
    expect(requirements.get('Mutation.createTalent')?.rateLimit).toEqual({ limit: 60, window: '1m', windowMs: 60_000, by: 'VIEWER' });
    expect(requirements.get('Mutation.createTalent')?.scopes).toEqual([['talent:write']]);
  });

  describe.each(readSubgraphSources().map((source) => ({ name: source.name, file: source.file })))('subgraph $name', ({ file }) => {
    it('has a shield rule for every field of every object type (federation fields included)', () => {
      const typeDefs = readSubgraphTypeDefs(file);
      const schema = buildSubgraphSchema([{ typeDefs }]);
      const tree = buildRuleTree(schema, typeDefs);
      const missing = fieldCoordinates(schema)
        .filter((coordinate) => !isInterfaceType(schema.getType(coordinate.split('.')[0]!)))
        .filter((coordinate) => {
          const [type, field] = coordinate.split('.') as [string, string];
          return !tree[type]?.[field];
        });
      expect(missing, `${path.relative(process.cwd(), file)}: fields the fallback rule would deny`).toEqual([]);
      expect(tree.Query?._entities).toBeDefined();
      expect(tree.Query?._service).toBeDefined();
    });
  });
});
