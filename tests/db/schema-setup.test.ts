import { afterAll, describe, expect, it } from 'vitest';

import { applySchema, schemaStatements } from '../../src/db/schema-setup.js';
import { testDb } from '../support/graph.js';

const db = testDb();
afterAll(() => db.close());

describe('schema/*.cypher', () => {
  it('makes every id (and change batch) unique and indexes every name form for full-text search', async () => {
    const constraints = await db.read(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    expect(constraints.map((c) => c['label']).sort()).toEqual([
      'Article',
      'ChangeBatch',
      'ChangeLog',
      'Claim',
      'Entity',
      'EntityAlias',
      'Event',
      'GazetteerFile',
      'GazetteerImport',
      'GazetteerVersion',
      'Mention',
      'Name',
    ]);
    // The change log's batches are keyed by their last sequence (src/graph/changes.ts); everything else by id.
    expect(constraints.every((c) => (c['properties'] as string[]).join() === (c['label'] === 'ChangeBatch' ? 'last' : 'id'))).toBe(true);
    const [fulltext] = await db.read(
      "SHOW FULLTEXT INDEXES YIELD name, properties, state WHERE name = 'name_search' RETURN properties, state",
    );
    expect(fulltext).toEqual({ properties: ['form', 'keys', 'loose'], state: 'ONLINE' });
  });

  it('applies again without error or change', async () => {
    const count = async () => (await db.read('SHOW INDEXES YIELD name RETURN count(*) AS n'))[0]!['n'];
    const before = await count();
    await applySchema(db);
    expect(await count()).toBe(before);
    expect(schemaStatements().every((s) => /IF (NOT )?EXISTS/.test(s))).toBe(true);
  });
});
