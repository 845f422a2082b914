/**
 * `npm run compose`: writes schema/supergraph.graphql and schema/api.graphql from the subgraphs.
 * `npm run compose -- --check`: fails when either committed file differs from a fresh composition.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from './composition.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './subgraphs.ts';

const check = process.argv.includes('--check');
const outcome = composeSupergraph();
if (!outcome.ok) {
  console.error(`Composition failed with ${outcome.errors.length} error(s):`);
  for (const error of outcome.errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of outcome.hints) console.log(`hint: ${hint}`);

const outputs: [string, string][] = [
  [SUPERGRAPH_FILE, outcome.supergraphSdl],
  [API_SCHEMA_FILE, outcome.apiSdl],
];
let stale = 0;
for (const [file, content] of outputs) {
  const relative = path.relative(process.cwd(), file);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (check) {
    if (current !== content) {
      stale++;
      console.error(`${relative} is stale: run npm run compose and commit the result`);
    }
  } else if (current !== content) {
    fs.writeFileSync(file, content);
    console.log(`wrote ${relative}`);
  } else {
    console.log(`${relative} is up to date`);
  }
}
if (stale) process.exit(1);
