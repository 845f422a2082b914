import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../schema/composition.ts';
import { classifyChanges } from '../../schema/schema-diff.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';

const FED = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

describe('composed schemas', () => {
  it('are committed up to date: schema/supergraph.graphql and schema/api.graphql equal a fresh composition', () => {
    const outcome = composeSupergraph();
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'), 'run npm run compose').toBe(outcome.supergraphSdl);
    expect(fs.readFileSync(API_SCHEMA_FILE, 'utf8'), 'run npm run compose').toBe(outcome.apiSdl);
  });

  it('keep federation internals out of the client API schema', () => {
    const api = fs.readFileSync(API_SCHEMA_FILE, 'utf8');
    expect(api).not.toMatch(/_entities|_service|join__|link__/);
    expect(api).toMatch(/talents\(first: Int = 20, after: String\): TalentConnection!/);
    expect(api).toMatch(/projections: TalentProjections!/);
  });

  it('report composition errors with the subgraphs and the field at fault', () => {
    const outcome = composeSupergraph([
      {
        name: 'alpha',
        url: 'http://alpha/graphql',
        file: 'alpha',
        typeDefs: parse(`${FED} type Talent @key(fields: "id") { id: ID! score: Int! } type Query { a: Talent }`),
      },
      {
        name: 'beta',
        url: 'http://beta/graphql',
        file: 'beta',
        typeDefs: parse(`${FED} type Talent @key(fields: "id") { id: ID! score: String! } type Query { b: Talent }`),
      },
    ]);
    expect(outcome.ok).toBe(false);
    const text = outcome.ok ? '' : outcome.errors.join('\n');
    expect(text).toContain('Talent.score');
    expect(text).toContain('"alpha"');
    expect(text).toContain('"beta"');
  });
});

describe('schema:check', () => {
  it('classifies a removed field as breaking, a new field as safe, and a new enum value as dangerous', async () => {
    const before =
      'type Query { talent(id: ID!): Talent } type Talent { id: ID! name: String! status: Status } enum Status { ACTIVE ARCHIVED }';
    const after =
      'type Query { talent(id: ID!): Talent } type Talent { id: ID! headline: String status: Status } enum Status { ACTIVE ARCHIVED DELETED }';
    const changes = await classifyChanges(before, after);
    expect(changes.filter((c) => c.level === 'breaking').map((c) => c.path)).toEqual(['Talent.name']);
    expect(changes.find((c) => c.path === 'Talent.headline')?.level).toBe('safe');
    expect(changes.find((c) => c.message.includes('DELETED'))?.level).toBe('dangerous');
  });

  it('runs against the last commit and prints the verdict', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'schema/schema-check.ts'], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/API schema changes, HEAD → working tree/);
    expect([0, 1]).toContain(result.status);
  });
});

describe('generated code', () => {
  it('is up to date: graphql-codegen --check finds nothing to write', () => {
    const result = spawnSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}\nrun npm run codegen`).toBe(0);
  }, 120_000);
});
