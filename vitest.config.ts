import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds; libraries loaded by Node get the CommonJS one, so the
    // tests must too, or two copies of graphql meet ("Cannot use GraphQLSchema from another module").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Integration and end-to-end tests under tests/; unit tests of domain rules beside their code.
    include: ['tests/**/*.test.ts', '{subgraphs,data,platform,gateway,taxonomy,app}/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // Store URLs come from the environment (deploy/local/up.sh prints them); nothing else leaks in.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', LOOMA_ENV: 'test' },
    reporters: ['default'],
  },
});
