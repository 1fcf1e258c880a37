import { pino } from 'pino';
import { inject } from 'vitest';

import { loadConfig } from '../../src/config/config.js';
import { GraphDb } from '../../src/db/graph-db.js';

/** Quiet unless TEST_LOG_LEVEL asks otherwise (e.g. to see a masked internal error). */
export const silentLog = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });

export function connect(uri: string): GraphDb {
  const { NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = loadConfig();
  return GraphDb.connect({ uri, username: NEO4J_USERNAME, password: NEO4J_PASSWORD, database: NEO4J_DATABASE, queryTimeoutMs: 10_000 });
}

/** The run's Neo4j (started by tests/global-setup.ts), already holding the schema and the seeds. */
export function testDb(): GraphDb {
  return connect(inject('neo4jUri'));
}

/** Random letters of an alphabet, for names unique to one test in scripts an id cannot give (Cyrillic). */
export const letters = (alphabet: string, n: number): string =>
  Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');

/** Ids unique to one test, so tests that write never meet another's data. */
export const uniqueKey = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Removes test articles with what they alone stated: their mentions and claims, and the events no
 * other article reports. For a test whose article reads like the seed's, whose extracted events
 * would otherwise answer other files' questions about the seed's events.
 */
export async function forgetArticles(db: GraphDb, ids: string[]): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MATCH (a:Article) WHERE a.id IN $ids
       CALL (a) { MATCH (a)-[:HAS_MENTION|HAS_CLAIM]->(x) DETACH DELETE x }
       CALL (a) { MATCH (a)-[:REPORTS]->(e:Event) WHERE NOT EXISTS { (e)<-[:REPORTS]-(o:Article) WHERE NOT o.id IN $ids } DETACH DELETE e }
       DETACH DELETE a`,
      { ids },
    ),
  );
}
