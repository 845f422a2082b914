import { parse, valueFromASTUntyped, type DirectiveNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../platform/viewer.ts';
import { readSubgraphSources } from '../../schema/subgraphs.ts';

/**
 * Scopes are a union type in TypeScript, so `requireScope(viewer, 'talent:wirte')` fails `tsc`; in the
 * SDL they are strings. This holds every scope a subgraph's `@requiresScopes` names to the same list,
 * so a misspelt scope there (which would lock a field for everyone) fails here.
 */

/** Every scope named by a `@requiresScopes` in the document, with the type or field that carries it. */
function scopesNamedIn(document: DocumentNode): { scope: string; at: string }[] {
  const found: { scope: string; at: string }[] = [];
  const read = (directives: readonly DirectiveNode[] | undefined, at: string) => {
    for (const directive of directives ?? []) {
      if (directive.name.value !== 'requiresScopes') continue;
      const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
      const value: unknown = argument ? valueFromASTUntyped(argument.value) : undefined;
      for (const scope of Array.isArray(value) ? value.flat() : []) found.push({ scope: String(scope), at });
    }
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    read(definition.directives, typeName);
    if ('fields' in definition) for (const field of definition.fields ?? []) read(field.directives, `${typeName}.${field.name.value}`);
  }
  return found;
}

const unknownScopes = (document: DocumentNode) =>
  scopesNamedIn(document).filter(({ scope }) => !(SCOPES as readonly string[]).includes(scope));

describe('the scopes the SDL names', () => {
  const sources = readSubgraphSources();

  it('reads every subgraph and finds scopes in them', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['identity', 'ops', 'resume', 'search', 'talent']));
    const named = new Set(sources.flatMap((s) => scopesNamedIn(s.typeDefs).map((n) => n.scope)));
    expect([...named]).toEqual(expect.arrayContaining(['talent:read', 'talent:write', 'job:read', 'job:write', 'admin']));
  });

  it.each(sources.map((s) => [s.name, s] as const))('subgraph %s names only scopes of SCOPES', (_name, source) => {
    expect(unknownScopes(source.typeDefs)).toEqual([]);
  });

  it('catches a misspelt scope', () => {
    const typo = parse('type Query { talents: [String] @requiresScopes(scopes: [["talent:read"], ["talent:wirte", "admin"]]) }');
    expect(unknownScopes(typo)).toEqual([{ scope: 'talent:wirte', at: 'Query.talents' }]);
  });
});
