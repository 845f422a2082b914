import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { readSubgraphTypeDefs } from '../../schema/subgraphs.ts';
import { identitySubgraph } from '../../subgraphs/identity/index.ts';
import { opsSubgraph } from '../../subgraphs/ops/index.ts';
import { resumeSubgraph } from '../../subgraphs/resume/index.ts';
import { searchSubgraph } from '../../subgraphs/search/index.ts';
import { matchingSubgraph } from '../../subgraphs/matching/index.ts';
import { chatSubgraph } from '../../subgraphs/chat/index.ts';
import { talentSubgraph } from '../../subgraphs/talent/index.ts';

/**
 * A root field without a resolver answers null (or an error for a non-null type) at run time; the
 * generated types cannot catch it because every resolver is optional. This does.
 */
describe.each(
  [talentSubgraph, opsSubgraph, identitySubgraph, searchSubgraph, resumeSubgraph, matchingSubgraph, chatSubgraph].map((definition) => ({
    definition,
    name: definition.name,
  })),
)('subgraph $name', ({ definition }) => {
  it('has a resolver for every Query and Mutation field', () => {
    const schema = buildSubgraphSchema([{ typeDefs: readSubgraphTypeDefs(fileURLToPath(definition.schemaFile)) }]);
    const resolvers = definition.resolvers as Record<string, Record<string, unknown> | undefined>;
    const missing = (['Query', 'Mutation'] as const).flatMap((root) =>
      Object.keys((root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
        .filter((field) => !field.startsWith('_'))
        .filter((field) => typeof resolvers[root]?.[field] !== 'function')
        .map((field) => `${root}.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
