// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const SUBGRAPHS = ['chat', 'identity', 'matching', 'ops', 'resume', 'search', 'talent'];
/** Every folder of Looma's code, lowest layer first. */
const LAYERS = ['./platform', './data', './subgraphs', './gateway', './app'];
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);

/**
 * Layers, each importing only from the ones below it: platform < data < subgraphs < gateway < app (the
 * composition root that starts everything); no subgraph imports another, the gateway imports no
 * subgraph code, and taxonomy/ (a domain package of its own) imports nothing of Looma's.
 */
const layerZones = [
  ...SUBGRAPHS.map((name) => ({
    target: `./subgraphs/${name}`,
    from: './subgraphs',
    except: [`./${name}`],
    message: 'A subgraph never imports another: what two subgraphs need lives once in data/ or platform/.',
  })),
  {
    target: './platform',
    from: above('./platform'),
    message:
      'platform/ is the lowest layer: it defines the small ports it needs (SigningKeyStore, ApiKeyLookup) and data/ implements them.',
  },
  { target: './data', from: above('./data'), message: 'data/ sits below the subgraphs, the gateway and app/.' },
  { target: './subgraphs', from: above('./subgraphs'), message: 'Subgraphs sit below the gateway and app/.' },
  {
    target: './gateway',
    from: ['./subgraphs', ...above('./gateway')],
    message: 'The gateway knows subgraphs by their schema and URL, not their code; app/ starts it.',
  },
  {
    target: './taxonomy',
    from: [...LAYERS, './schema', './sdk'],
    message: "taxonomy/ is a domain package of its own: it imports nothing of Looma's.",
  },
];

/** Hand-written source only: generated code (ignored above) may be as long as it needs. */
/** @type {import('eslint').Linter.RuleEntry} */
const MAX_LINES = ['error', { max: 500, skipBlankLines: false, skipComments: false }];

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
    files: ['app/**/*.ts', 'gateway/**/*.ts', 'subgraphs/**/*.ts', 'data/**/*.ts', 'platform/**/*.ts', 'taxonomy/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: { 'max-lines': MAX_LINES },
  },
  {
    files: ['tests/**', 'schema/*.ts', 'data/cli/**', 'app/cli/**', 'deploy/**'],
    rules: { 'no-console': 'off' },
  },
);
