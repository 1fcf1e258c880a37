import { createRequire } from 'node:module';

import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, separateOperations, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

import { DEFAULT_PAGE_SIZE } from '../graph/page.js';

// graphql-query-complexity's ESM build imports graphql/index.mjs, while graphql's other users
// (type-graphql, Apollo) load index.js: two copies that refuse each other's schemas. Its CommonJS
// build requires index.js like everyone else.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } =
  createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;

/** A list field costs its page size times what each item costs, so nested pages multiply. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  'first' in args || 'after' in args ? 1 + ((args['first'] as number | undefined) ?? DEFAULT_PAGE_SIZE) * Math.max(childComplexity, 1) : undefined;

export const depthRule = depthLimit(MAX_DEPTH);

/** Rejects, before any Cypher runs, operations that would cost the database too much. */
export function complexityLimit(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const query = request.operationName ? separateOperations(document)[request.operationName] ?? document : document;
          const complexity = getComplexity({
            schema,
            query,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > MAX_COMPLEXITY) {
            throw new GraphQLError(
              `Query is too complex: ${complexity} > ${MAX_COMPLEXITY}. Ask for smaller pages or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximum: MAX_COMPLEXITY } },
            );
          }
        },
      };
    },
  };
}
