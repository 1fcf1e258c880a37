// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, with type
// information for the rules that need it; Prettier owns the layout, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // One form, the one the code already used: `import { x, type T }`, `import type { T }` when all are types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A promise nobody awaits loses its error (an unhandled rejection) and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // The explorer page's own scripts: plain ES modules for the browser, outside the TypeScript
    // program (its typed part is src/app/explore/model, compiled), so checked without types.
    files: ['src/app/explore/public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { document: 'readonly', fetch: 'readonly', URL: 'readonly', Blob: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read GraphQL results, whose shape the operation beside them gives: typing each one
      // would restate the schema in every test, and a wrong field fails the assertion anyway.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
