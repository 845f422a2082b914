import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DocumentNode, type InputObjectTypeDefinitionNode, type InputValueDefinitionNode } from 'graphql';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SUPERGRAPH_FILE = path.join(ROOT, 'schema', 'supergraph.graphql');
export const API_SCHEMA_FILE = path.join(ROOT, 'schema', 'api.graphql');
/** Looma's own directive definitions (`@rateLimit`), appended to every subgraph schema. */
export const LOOMA_DIRECTIVES_FILE = path.join(ROOT, 'schema', 'looma-directives.graphql');

/**
 * A subgraph's schema as composition and the subgraph serve it: its root `schema.graphql` (the
 * federation links and what its domains share), then every domain's `.graphql` beside its code
 * (`talents/talents.graphql`, ... in path order; they `extend type Query`), then Looma's shared
 * directive definitions (`@rateLimit`).
 */
export function readSubgraphTypeDefs(file: string): DocumentNode {
  const parts = [file, ...subgraphSchemaParts(path.dirname(file))].map((part) => fs.readFileSync(part, 'utf8'));
  return withSharedFields(parse([...parts, fs.readFileSync(LOOMA_DIRECTIVES_FILE, 'utf8')].join('\n'), { noLocation: false }));
}

/** The directive that includes a shared field list into an input: `input X @sharedFields(from: "<file from the repo root>")`. */
export const SHARED_FIELDS_DIRECTIVE = 'sharedFields';

/**
 * Input fields written once for several subgraphs (the talent filter's: the talent list's
 * `TalentFilter` and search's `TalentSearchFilter`): an input marked `@sharedFields(from: "<file>")`
 * gets, after its own fields, the fields of the one input type that file defines, and loses the
 * marker. Every reader of a subgraph schema (the subgraph at load, composition, codegen) goes
 * through here, so the list is derived in each, never copied.
 */
export function withSharedFields(document: DocumentNode): DocumentNode {
  return visit(document, {
    InputObjectTypeDefinition(node) {
      const marker = node.directives?.find((directive) => directive.name.value === SHARED_FIELDS_DIRECTIVE);
      if (!marker) return undefined;
      const from = marker.arguments?.find((argument) => argument.name.value === 'from')?.value;
      if (from?.kind !== Kind.STRING) throw new Error(`input ${node.name.value}: @${SHARED_FIELDS_DIRECTIVE} needs from: "<file>"`);
      return {
        ...node,
        directives: node.directives?.filter((directive) => directive !== marker),
        fields: [...(node.fields ?? []), ...sharedFields(from.value)],
      };
    },
  });
}

function sharedFields(file: string): readonly InputValueDefinitionNode[] {
  const inputs = parse(fs.readFileSync(path.join(ROOT, file), 'utf8')).definitions.filter(
    (definition): definition is InputObjectTypeDefinitionNode => definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION,
  );
  if (inputs.length !== 1) throw new Error(`${file} must define exactly one input (the shared fields), not ${inputs.length}`);
  return inputs[0]!.fields ?? [];
}

/** A subgraph's schema as SDL text, shared fields included (codegen reads this, not the files). */
export function printSubgraphTypeDefs(file: string): string {
  return print(readSubgraphTypeDefs(file));
}

/** The `.graphql` files of a subgraph's domain folders (not its root schema.graphql), in path order. */
export function subgraphSchemaParts(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => path.dirname(file) !== dir && !file.includes(`${path.sep}__generated__${path.sep}`))
    .sort();
}

/** The default port of each subgraph (the supergraph records these URLs; deployments override them). */
export const SUBGRAPH_DEFAULT_PORTS: Record<string, number> = {
  talent: 8888,
  resume: 8207,
  matching: 8208,
  chat: 8209,
  search: 8210,
  identity: 8211,
  ops: 8212,
};

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: DocumentNode;
  file: string;
}

/** Every subgraphs/<name>/schema.graphql, in name order. */
export function readSubgraphSources(): SubgraphSource[] {
  const dir = path.join(ROOT, 'subgraphs');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'schema.graphql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'schema.graphql');
      const port = SUBGRAPH_DEFAULT_PORTS[name];
      if (!port) throw new Error(`subgraphs/${name} has no default port in schema/subgraphs.ts`);
      return { name, file, url: `http://127.0.0.1:${port}/graphql`, typeDefs: readSubgraphTypeDefs(file) };
    });
}
