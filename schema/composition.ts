import { composeServices } from '@apollo/composition';
import { printSchema } from 'graphql';
import { readSubgraphSources, type SubgraphSource } from './subgraphs.ts';

export type ComposeOutcome = { ok: true; supergraphSdl: string; apiSdl: string; hints: string[] } | { ok: false; errors: string[] };

/** Composes the subgraph schemas into the supergraph and the client-facing API schema. */
export function composeSupergraph(sources: SubgraphSource[] = readSubgraphSources()): ComposeOutcome {
  const result = composeServices(sources.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
  if (result.errors) {
    return {
      ok: false,
      // Composition messages name the subgraphs and the coordinate (Type.field) at fault.
      errors: result.errors.map((error) => {
        const code = (error.extensions?.code as string | undefined) ?? 'COMPOSITION_ERROR';
        const where = error.nodes?.map((n) => n.loc?.source.name).filter((n) => n && n !== 'GraphQL request');
        return `[${code}] ${error.message}${where?.length ? ` (in ${[...new Set(where)].join(', ')})` : ''}`;
      }),
    };
  }
  const api = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    ok: true,
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    apiSdl: `${printSchema(api).trim()}\n`,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
