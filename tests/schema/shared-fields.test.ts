import path from 'node:path';
import { Kind, parse, print, type InputObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSubgraphTypeDefs, withSharedFields } from '../../schema/subgraphs.ts';

const SHARED = 'data/records/talent-filter.graphql';

function input(file: string, name: string): InputObjectTypeDefinitionNode {
  const found = readSubgraphTypeDefs(path.resolve(file)).definitions.find(
    (d): d is InputObjectTypeDefinitionNode => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === name,
  );
  if (!found) throw new Error(`${name} not in ${file}`);
  return found;
}

const fieldsOf = (node: InputObjectTypeDefinitionNode) => (node.fields ?? []).map((field) => print(field));

describe('the talent filter, written once', () => {
  it("is the talent list's TalentFilter and, after its deprecated skills, search's TalentSearchFilter", () => {
    const talentFilter = input('subgraphs/talent/schema.graphql', 'TalentFilter');
    const searchFilter = input('subgraphs/search/schema.graphql', 'TalentSearchFilter');
    expect(fieldsOf(talentFilter).length).toBeGreaterThan(10);
    expect(fieldsOf(searchFilter)).toEqual([expect.stringContaining('skills: [String!] @deprecated'), ...fieldsOf(talentFilter)]);
    // The marker is the loader's, no directive of any schema.
    for (const node of [talentFilter, searchFilter]) expect(node.directives?.map((d) => d.name.value)).toEqual([]);
  });

  it('leaves inputs without the marker as they are, and refuses a marker without a file', () => {
    const plain = parse('input A { a: Int }');
    expect(print(withSharedFields(plain))).toBe(print(plain));
    expect(print(withSharedFields(parse(`input A @sharedFields(from: "${SHARED}") { own: Int }`)))).toMatch(/own: Int\n.*skillsAll/s);
    expect(() => withSharedFields(parse('input A @sharedFields { a: Int }'))).toThrow(/needs from/);
    expect(() => withSharedFields(parse('input A @sharedFields(from: "schema/looma-directives.graphql")'))).toThrow(/exactly one input/);
  });
});
