import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { httpServer } from '../support/api.js';
import { testDb, uniqueKey } from '../support/graph.js';
import { inventedName, place } from '../support/linking.js';
import { endOfLog, entriesAbout } from './support.js';

const db = testDb();
const api = await httpServer(db);
const service = createIngestService(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const entityStamps = async (id: string) => {
  const [row] = await db.read(
    'MATCH (e:Entity {id: $id}) RETURN toString(e.ingestedAt) AS ingestedAt, toString(e.updatedAt) AS updatedAt, COLLECT { MATCH (e)-[:HAS_NAME]->(n) RETURN n.form ORDER BY n.form } AS names',
    { id },
  );
  return row!;
};

const entries = (cursor: string, id: string) => entriesAbout(api, cursor, toGlobalId('Place', id));

describe('an entity’s names are among its facts', () => {
  it('logs an entity UPDATED when its file gives it a new name or no longer gives one, and nothing when reloaded unchanged', async () => {
    const [name, other] = [inventedName(), inventedName()];
    const town = uniqueKey('place:test-name-stamp');
    const file = `test gazetteer (name stamps ${town})`;
    const plain = place(town, name);
    await service.ingestGazetteer({ entities: [plain] }, file);
    const loaded = await entityStamps(town);
    expect(loaded.names).toEqual([name]);

    const beforeSame = await endOfLog(db);
    await service.ingestGazetteer({ entities: [plain] }, file);
    expect(await entityStamps(town)).toEqual(loaded);
    expect(await entries(beforeSame, town)).toEqual([]);

    const renamed = { ...plain, names: [...plain.names, { form: other, language: 'en', script: 'Latn', kind: 'COLLOQUIAL' }] };
    const beforeAdded = await endOfLog(db);
    await service.ingestGazetteer({ entities: [renamed] }, file);
    const added = await entityStamps(town);
    expect(added.names).toEqual([name, other].sort());
    expect(added.ingestedAt).toBe(loaded.ingestedAt);
    expect(Date.parse(added.updatedAt as string)).toBeGreaterThan(Date.parse(loaded.updatedAt as string));
    expect(await entries(beforeAdded, town)).toEqual(['UPDATED ENTITY']);

    const beforeRemoved = await endOfLog(db);
    await service.ingestGazetteer({ entities: [plain] }, file);
    const removed = await entityStamps(town);
    expect(removed.names).toEqual([name]);
    expect(Date.parse(removed.updatedAt as string)).toBeGreaterThan(Date.parse(added.updatedAt as string));
    expect(await entries(beforeRemoved, town)).toEqual(['UPDATED ENTITY']);
  });
});
