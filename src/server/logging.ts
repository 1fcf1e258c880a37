import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from './context.js';

/**
 * One structured log line per operation, under the request's id: what was asked, how long it
 * took and how many Cypher round trips it cost.
 */
export const requestLogging: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const started = performance.now();
    return {
      async willSendResponse({ contextValue, errors, operationName }) {
        contextValue.log.info(
          {
            operation: operationName ?? request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            cypherQueries: contextValue.db.queryCount,
            errors: errors?.map((e) => e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
          },
          'graphql request',
        );
      },
    };
  },
};
