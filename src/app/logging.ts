import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';

import type { Context } from '../graphql/context.js';

/**
 * One structured log line per operation, under the request's id: what was asked, how long it
 * took, how many Cypher round trips it cost, and the HTTP status and error codes the client got.
 * It runs when the response is complete, so the codes are those formatError gave the client.
 */
export const requestLogging: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const started = performance.now();
    return {
      async willSendResponse({ contextValue, response, operationName }) {
        contextValue.log.info(
          {
            operation: operationName ?? request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            cypherQueries: contextValue.db.queryCount,
            status: response.http.status ?? 200,
            errors: sentErrors(response)?.map((e) => e.extensions?.['code']),
          },
          'graphql request',
        );
      },
    };
  },
};

const sentErrors = ({ body }: GraphQLResponse) => (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors);
