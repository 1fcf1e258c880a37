import { describe, expect, it } from 'vitest';

import { InProcessChanges } from '../../src/graph/change-source.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { createContext } from '../../src/app/context.js';
import { buildGraphSchema } from '../../src/app/schema.js';
import { createApolloServer } from '../../src/app/server.js';
import { silentLog, testDb } from '../support/graph.js';

/** What INTROSPECTION=false and SANDBOX=false turn off for production. */
describe('production settings', () => {
  it('refuse introspection when it is switched off', async () => {
    const server = createApolloServer(await buildGraphSchema(), { INTROSPECTION: false, SANDBOX: 'none' }, silentLog);
    const db = testDb();
    await server.start();
    const contextValue = createContext(db, {}, silentLog, undefined, { ingest: createIngestService(db), changes: new InProcessChanges() });
    const response = await server.executeOperation({ query: '{ __schema { types { name } } }' }, { contextValue });
    await server.stop();
    await db.close();
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0]?.extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
