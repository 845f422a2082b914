// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const SUBGRAPHS = ['identity', 'ops', 'resume', 'search', 'talent'];
/** The composition root: it starts every service in one process, so it sits above all of them. */
const COMPOSITION_ROOT = ['platform/stack.ts', 'platform/cli/start-all.ts'];

/**
 * Layers, each importing only from the ones below it: platform < data < subgraphs < gateway, with the
 * composition root above all; no subgraph imports another. (Still to go, issue 10: platform's imports
 * of data for the key ring, API keys and the runtime.)
 */
const layerZones = [
  ...SUBGRAPHS.map((name) => ({
    target: `./subgraphs/${name}`,
    from: './subgraphs',
    except: [`./${name}`],
    message: 'A subgraph never imports another: what two subgraphs need lives once in data/ or platform/.',
  })),
  { target: './subgraphs', from: './gateway', message: 'Subgraphs sit below the gateway.' },
  { target: './gateway', from: './subgraphs', message: 'The gateway knows subgraphs by their schema and URL, not their code.' },
  { target: './data', from: ['./subgraphs', './gateway'], message: 'data/ sits below the subgraphs and the gateway.' },
  {
    target: './platform',
    from: ['./subgraphs', './gateway'],
    except: [],
    message: 'platform/ is the lowest layer; only the composition root (platform/stack.ts, platform/cli/start-all.ts) starts services.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', '**/__generated__/**', '.looma-data/**', '.looma-test-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['gateway/**/*.ts', 'subgraphs/**/*.ts', 'data/**/*.ts', 'platform/**/*.ts'],
    ignores: COMPOSITION_ROOT,
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['tests/**', 'schema/*.ts', 'data/cli/**', 'platform/cli/**', 'deploy/**'],
    rules: { 'no-console': 'off' },
  },
);
