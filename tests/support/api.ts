import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import { afterAll } from 'vitest';

import type { Config } from '../../src/config/config.js';
import type { GraphDb } from '../../src/db/graph-db.js';
import { InProcessChanges } from '../../src/graph/change-source.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { createContext } from '../../src/app/context.js';
import type { Context } from '../../src/graphql/context.js';
import { buildGraphSchema } from '../../src/app/schema.js';
import { createApolloServer, serve } from '../../src/app/server.js';
import { silentLog, testDb } from './graph.js';

export const TEST_API_KEY = 'test-api-key-0123456789';

export interface OperationResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** Cypher round trips the operation cost. */
  queryCount: number;
}

/** The real server pipeline (validation, limits, errors, resolvers) without HTTP, for most tests. */
export async function testServer(db: GraphDb) {
  const server: ApolloServer<Context> = createApolloServer(await buildGraphSchema(), { INTROSPECTION: true, SANDBOX: 'none' }, silentLog);
  await server.start();
  const changes = new InProcessChanges();
  const ingest = createIngestService(db, changes);
  return {
    server,
    async run<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
      apiKey?: string,
    ): Promise<OperationResult<T>> {
      const contextValue = createContext(db, { API_KEY: TEST_API_KEY }, silentLog, apiKey, { ingest, changes });
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data as T, errors: errors as OperationResult['errors'], queryCount: contextValue.db.queryCount };
    },
  };
}

/** The shared test graph and the server over it, for a test file: both closed after its tests. */
export async function servedTestGraph() {
  const db = testDb();
  const api = await testServer(db);
  afterAll(async () => {
    await api.server.stop();
    await db.close();
  });
  return { db, api };
}

export interface HttpServerOptions {
  /** Where the server logs (e.g. a pino logger into a stream the test reads); silent by default. */
  log?: Logger;
  introspection?: boolean;
  /** CORS_ORIGINS; none by default. */
  corsOrigins?: string[];
  /** SANDBOX: what `/` shows a browser. */
  ui?: Config['SANDBOX'];
}

/** The API over real HTTP on a free port, as apps and Sandbox reach it. */
export async function httpServer(
  db: GraphDb,
  { log = silentLog, introspection = true, corsOrigins = [], ui = 'sandbox' }: HttpServerOptions = {},
) {
  const server = createApolloServer(await buildGraphSchema(), { INTROSPECTION: introspection, SANDBOX: ui }, log);
  const { url, close } = await serve(server, db, { PORT: 0, API_KEY: TEST_API_KEY, CORS_ORIGINS: corsOrigins }, log);
  return {
    url,
    stop: async () => {
      await close();
      await server.stop();
    },
    async post<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as Omit<OperationResult<T>, 'queryCount'>,
      };
    },
  };
}
