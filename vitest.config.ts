import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships index.mjs (which Vite picks) and index.js (which Node, and so every
    // dependency, loads). Pointing Vite at index.js keeps one copy; two make graphql-js refuse
    // its own types ("another module or realm").
    alias: { graphql: 'graphql/index.js' },
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
