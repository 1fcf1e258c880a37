import { readFileSync } from 'node:fs';

import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';

import type { Config } from '../config/config.js';
import { fromRoot } from '../config/project-root.js';
import type { GraphDb } from '../db/graph-db.js';
import { toGlobalId } from '../graph/global-id.js';
import { createIngestService } from '../ingest/ingest.service.js';
import { complexityLimit } from '../graphql/complexity.js';
import type { Context } from '../graphql/context.js';
import { createContext } from './context.js';
import { corsPolicy } from './cors.js';
import { formatError } from '../graphql/errors.js';
import { listen } from './http.js';
import { landingPage } from './landing-page.js';
import { requestLogging } from './logging.js';
import { parseOptions, validationRules } from '../graphql/limits.js';
import { requestScoped } from '../graphql/request-scope.js';
import { selectedFieldsPlugin } from '../graphql/selected-fields.js';

/** The operations Sandbox and GraphiQL open with: what an analyst asks first. */
export const EXAMPLE_OPERATIONS = readFileSync(fromRoot('src', 'app', 'examples.graphql'), 'utf8');
/** Variables of the examples: the Connection example links two people of the seed article. */
const EXAMPLE_VARIABLES = {
  from: toGlobalId('Person', 'person:alexander-stepanyan'),
  to: toGlobalId('Person', 'person:vladimir-putin'),
};

type ServerConfig = Pick<Config, 'INTROSPECTION' | 'SANDBOX'>;

export function createApolloServer(schema: GraphQLSchema, config: ServerConfig, log: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: config.INTROSPECTION,
    parseOptions,
    validationRules,
    formatError: formatError(log, { hideSuggestions: !config.INTROSPECTION }),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: false, // csrf.ts decides in front of Apollo, letting same-origin and allowed GET queries through
    stopOnTerminationSignals: false, // main.ts drains in-flight requests; Apollo's handler cut them off
    plugins: [
      requestLogging,
      complexityLimit(schema),
      selectedFieldsPlugin,
      landingPage(config.SANDBOX, { document: EXAMPLE_OPERATIONS, variables: EXAMPLE_VARIABLES }),
    ],
  });
}

/** Serves the API over HTTP; every request gets its own context (loaders, query counter, auth). */
export async function serve(
  server: ApolloServer<Context>,
  db: GraphDb,
  config: Pick<Config, 'PORT' | 'API_KEY' | 'CORS_ORIGINS'>,
  log: Logger,
) {
  await server.start();
  const ingest = createIngestService(requestScoped(db));
  return listen(server, {
    port: config.PORT,
    context: (apiKey, requestId) => createContext(db, config, log, apiKey, ingest, requestId),
    healthy: () => db.isHealthy(),
    cors: corsPolicy(config.CORS_ORIGINS),
  });
}
