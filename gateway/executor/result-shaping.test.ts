import fs from 'node:fs';
import { parse } from 'graphql';
import { computeResponse } from '@apollo/gateway/dist/resultShaping.js';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { supergraphForGateway } from '../policy.ts';
import { compileShape, shapeResponse } from './result-shaping.ts';

/**
 * Looma's result shaping (compiled once per document) gives what @apollo/gateway's `computeResponse`
 * gives for the same operation and merged subgraph data: the same data, nulls bubbled to the same
 * place, the same errors with the same paths, including the data no live subgraph sends (a null
 * in a non-null field, a leaf of the wrong type, an unknown `__typename`).
 */

const apiSchema = Supergraph.build(supergraphForGateway(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'))).apiSchema();

const TALENT = { __typename: 'Talent', id: 't1', name: 'Ada', headline: null, skills: ['ts', 'graphql'], source: 'MANUAL', version: 3 };
const page = (...nodes: unknown[]) => ({ talents: { totalCount: nodes.length, edges: nodes.map((node) => ({ node })) } });

const cases: [string, string, Record<string, unknown>, Record<string, unknown> | null][] = [
  [
    'fields, aliases, lists',
    '{ talents(first: 2) { totalCount edges { node { id n: name headline skills } } } }',
    {},
    page({ ...TALENT, n: 'Ada' }, { ...TALENT, n: 'Bo' }),
  ],
  [
    '__typename, aliased too',
    '{ __typename t: __typename talents(first: 1) { __typename edges { node { __typename x: __typename id } } } }',
    {},
    page(TALENT),
  ],
  [
    'fragments and inline fragments',
    '{ talents(first: 1) { ...C edges { node { ... on Talent { id } ...T } } } } fragment C on TalentConnection { totalCount } fragment T on Talent { name }',
    {},
    page(TALENT),
  ],
  [
    '@skip and @include with variables and defaults',
    'query($s: Boolean!, $i: Boolean = true) { talents(first: 1) { totalCount @skip(if: $s) edges @include(if: $i) { node { id name @skip(if: true) } } } }',
    { s: true },
    page(TALENT),
  ],
  [
    'a null in a non-null field bubbles to the nearest nullable one',
    '{ talents(first: 2) { edges { node { id name } } } }',
    {},
    page(TALENT, { ...TALENT, name: null }),
  ],
  ['a non-null root field missing', '{ talents(first: 1) { totalCount } }', {}, { talents: { edges: [] } }],
  ['a float as an ID', '{ talents(first: 1) { edges { node { id name } } } }', {}, page({ ...TALENT, id: 1.5 })],
  ['a string as an Int', '{ talents(first: 1) { edges { node { id version } } } }', {}, page({ ...TALENT, version: 'three' })],
  [
    'a number as a String, in a nullable field',
    '{ talents(first: 1) { edges { node { id headline name } } } }',
    {},
    page({ ...TALENT, headline: 7 }),
  ],
  ['a boolean in a list of String', '{ talents(first: 1) { edges { node { id skills } } } }', {}, page({ ...TALENT, skills: ['a', true] })],
  ['an unknown enum value', '{ talents(first: 1) { edges { node { id source } } } }', {}, page({ ...TALENT, source: 'NOT_A_SOURCE' })],
  [
    'integers as IDs and as Float',
    '{ talents(first: 1) { totalCount edges { node { id version yearsOfExperience } } } }',
    {},
    page({ ...TALENT, id: 42, yearsOfExperience: 3 }),
  ],
  ['a float as an Int', '{ talents(first: 1) { totalCount } }', {}, { talents: { totalCount: 2.5 } }],
  ['an unknown __typename', '{ talents(first: 1) { edges { node { id } } } }', {}, page({ ...TALENT, __typename: 'Nope' })],
  ['extra fields the operation did not select', '{ talents(first: 1) { edges { node { id } } } }', {}, page({ ...TALENT, secret: 'x' })],
  ['no data', '{ talents(first: 1) { totalCount } }', {}, null],
  ['a nullable field null', '{ me { id email } }', {}, { me: null }],
];

describe('result shaping compiled once per document', () => {
  it.each(cases)('%s: as @apollo/gateway shapes it', (_, query, variables, input) => {
    const operation = operationFromDocument(apiSchema, parse(query), { validate: false });
    const introspectionHandling = () => ({ introspected: true });
    const clone = () => (input === null ? null : (JSON.parse(JSON.stringify(input)) as Record<string, unknown>));
    const stock = computeResponse({ operation, variables, input: clone(), introspectionHandling });
    const looma = shapeResponse(compileShape(operation), variables, clone(), introspectionHandling);
    expect(JSON.stringify(looma.data)).toBe(JSON.stringify(stock.data));
    const errors = (list: typeof stock.errors) => list.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions }));
    expect(errors(looma.errors)).toEqual(errors(stock.errors));
  });

  it('answers every request of a document from one compiled shape', () => {
    const operation = operationFromDocument(apiSchema, parse('query($s: Boolean!) { talents(first: 1) { totalCount @skip(if: $s) } }'), {
      validate: false,
    });
    const shape = compileShape(operation);
    const input = () => ({ talents: { totalCount: 1 } });
    expect(shapeResponse(shape, { s: false }, input(), () => null).data).toEqual({ talents: { totalCount: 1 } });
    expect(shapeResponse(shape, { s: true }, input(), () => null).data).toEqual({ talents: {} });
  });
});
