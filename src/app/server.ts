import { readFileSync } from 'node:fs';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';

import type { Config } from '../config/config.js';
import { fromRoot } from '../config/project-root.js';
import type { GraphDb } from '../db/graph-db.js';
import { toGlobalId } from '../graph/global-id.js';
import { InProcessChanges } from '../graph/change-source.js';
import { createIngestService } from '../ingest/ingest.service.js';
import { complexityLimit } from '../graphql/complexity.js';
import type { Context } from '../graphql/context.js';
import { createContext } from './context.js';
import { corsPolicy } from './cors.js';
import { formatError } from '../graphql/errors.js';
import { listen } from './http.js';
import { landingPage } from './landing-page.js';
import { requestLogging } from './logging.js';
import { serveSubscriptions } from './subscriptions.js';
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

/** The schema each server was built from: serve() runs subscriptions over it beside Apollo. */
const schemas = new WeakMap<ApolloServer<Context>, GraphQLSchema>();

export function createApolloServer(schema: GraphQLSchema, config: ServerConfig, log: Logger): ApolloServer<Context> {
  const server = new ApolloServer<Context>({
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
      // No field has a cache hint, so no response is cacheable; Apollo's default cache-control plugin
      // would still wrap every resolver of the schema and compute a hint for each field it resolves.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  schemas.set(server, schema);
  return server;
}

/**
 * Serves the API over HTTP, and its subscriptions over graphql-ws on the same port; every request
 * gets its own context (loaders, query counter, auth). What the server's writes change reaches
 * its subscribers through one in-process source (src/graph/change-source.ts).
 */
export async function serve(
  server: ApolloServer<Context>,
  db: GraphDb,
  config: Pick<Config, 'PORT' | 'API_KEY' | 'CORS_ORIGINS'>,
  log: Logger,
) {
  await server.start();
  const changes = new InProcessChanges();
  const ingest = createIngestService(requestScoped(db), changes);
  const context = (apiKey: string | undefined, requestId: string) => createContext(db, config, log, apiKey, { ingest, changes }, requestId);
  return listen(server, {
    port: config.PORT,
    context,
    subscriptions: (http) => serveSubscriptions(http, { schema: schemas.get(server)!, context }),
    healthy: () => db.isHealthy(),
    cors: corsPolicy(config.CORS_ORIGINS),
  });
}
