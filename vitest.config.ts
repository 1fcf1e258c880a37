import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships both ESM and CJS; without this alias vitest can load both copies and
    // graphql-js then refuses its own types ("another module or realm").
    alias: { graphql: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    // One Neo4j for the whole run (2 cores): files run in parallel against it, each with its own ids.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
