import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSubgraphTypeDefs } from './schema/subgraphs.ts';

/**
 * Resolver types for every subgraph (federation aware: __resolveReference and @requires fields)
 * and the typed SDK from the client API schema and sdk/operations. `npm run codegen` writes them;
 * `npm run codegen:check` fails when they are stale. Generated files are never edited by hand.
 */
const subgraphs = fs
  .readdirSync('subgraphs', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(`subgraphs/${entry.name}/schema.graphql`))
  .map((entry) => entry.name);

const resolverTypes = Object.fromEntries(
  subgraphs.map((name) => [
    `subgraphs/${name}/__generated__/resolvers-types.ts`,
    {
      // The subgraph's schema as the subgraph and composition read it (domain parts, shared fields, Looma's directives).
      schema: [printSubgraphTypeDefs(`subgraphs/${name}/schema.graphql`), 'schema/federation-codegen.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: `../context.ts#${contextTypeName(name)}`,
        mappers: mappers(name),
        scalars: {
          DateTime: { input: 'string', output: 'Date | string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  ]),
);

function contextTypeName(name: string): string {
  return `${name[0]!.toUpperCase()}${name.slice(1)}Context`;
}

/** Where a resolver returns a domain object rather than the GraphQL shape. */
function mappers(name: string): Record<string, string> {
  const path = `subgraphs/${name}/mappers.ts`;
  if (!fs.existsSync(path)) return {};
  const exported = [...fs.readFileSync(path, 'utf8').matchAll(/export (?:interface|type) (\w+)Model\b/g)].map((m) => m[1]!);
  return Object.fromEntries(exported.map((type) => [type, `../mappers.ts#${type}Model`]));
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...resolverTypes,
    'sdk/__generated__/graphql.ts': {
      schema: 'schema/api.graphql',
      documents: ['sdk/operations/**/*.graphql'],
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        avoidOptionals: { field: true },
        skipTypename: false,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
