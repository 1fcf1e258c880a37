import { createRequire } from 'node:module';

import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, separateOperations, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/page.js';

// graphql-query-complexity's ESM build imports graphql/index.mjs, while graphql's other users
// (type-graphql, Apollo) load index.js: two copies that refuse each other's schemas. Its CommonJS
// build requires index.js like everyone else.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } =
  createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/** Relay lists take two levels each (edges, node), so analysts' nested questions run about 12 deep. */
export const MAX_DEPTH = 15;
export const MAX_COMPLEXITY = 20_000;

/**
 * A list field costs its page size times what each item costs, so nested pages multiply. An
 * out-of-range size counts as the maximum: the resolver refuses it with a clearer message.
 */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const size = Math.min((args['first'] as number | undefined) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  return 1 + size * Math.max(childComplexity, 1);
};

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
              { extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximum: MAX_COMPLEXITY, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
