import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { BulkIngest } from '../../src/ingest/bulk-ingest.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { testDb, uniqueKey } from '../support/graph.js';
import { autoMentions, inventedName, place } from '../support/linking.js';

/**
 * A running linker sees the gazetteer as it is now: entities another process seeded, and merges,
 * show in its next ingest without a restart (the version stamp, src/graph/gazetteer-version.ts).
 */
const db = testDb();
const otherDb = testDb();
const api = await testServer(db);
afterAll(async () => {
  await api.server.stop();
  await Promise.all([db.close(), otherDb.close()]);
});

const INGEST = `mutation($d: JSONObject!) { ingestArticle(document: $d) { mentions } }`;
const MERGE = `mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { id } }`;

const textOnly = (text: string) => ({ id: uniqueKey('test-article-fresh'), title: 'Test material: freshness', language: 'en', text });

describe('the linker of a running process', () => {
  it('links an entity another process seeded after its index was built', async () => {
    const service = createIngestService(db);
    const name = inventedName();
    const before = textOnly(`Travellers reached ${name} on Monday.`);
    await service.ingestArticle(before, 'test');
    expect(await autoMentions(db, before.id)).toEqual([]);

    const town = uniqueKey('place:test-fresh');
    await createIngestService(otherDb).ingestGazetteer({ entities: [place(town, name)] }, 'test gazetteer (other process)');

    const after = textOnly(`Travellers reached ${name} on Tuesday.`);
    await service.ingestArticle(after, 'test');
    expect(await autoMentions(db, after.id)).toEqual([{ text: name, entity: town, candidates: [] }]);
  });

  it('links the name of two records merged into one to the kept one, no longer unsettled between them', async () => {
    const name = inventedName();
    const [keep, remove] = [uniqueKey('place:test-fresh-keep'), uniqueKey('place:test-fresh-remove')];
    await createIngestService(db).ingestGazetteer({ entities: [place(keep, name), place(remove, name)] }, 'test gazetteer (duplicates)');

    const before = textOnly(`The road to ${name} was closed.`);
    expect((await api.run(INGEST, { d: before }, TEST_API_KEY)).errors).toBeUndefined();
    expect(await autoMentions(db, before.id)).toEqual([{ text: name, entity: null, candidates: [keep, remove].sort() }]);

    const merged = await api.run(MERGE, { keep: toGlobalId('Place', keep), remove: toGlobalId('Place', remove) }, TEST_API_KEY);
    expect(merged.errors).toBeUndefined();

    const after = textOnly(`The road to ${name} was opened.`);
    expect((await api.run(INGEST, { d: after }, TEST_API_KEY)).errors).toBeUndefined();
    expect(await autoMentions(db, after.id)).toEqual([{ text: name, entity: keep, candidates: [] }]);
  });

  it('in bulk ingest, links from the next batch on an entity another process seeded meanwhile', async () => {
    const name = inventedName();
    const town = uniqueKey('place:test-fresh-bulk');
    const [before, after] = [textOnly(`Buses left ${name} at dawn.`), textOnly(`Buses reached ${name} at noon.`)];
    async function* documents() {
      yield before;
      await createIngestService(otherDb).ingestGazetteer({ entities: [place(town, name)] }, 'test gazetteer (bulk, other process)');
      yield after;
    }
    const result = await new BulkIngest(db).ingest(documents(), 1, 'test');
    expect(result).toMatchObject({ articles: 2, failed: [] });
    expect(await autoMentions(db, before.id)).toEqual([]);
    expect(await autoMentions(db, after.id)).toEqual([{ text: name, entity: town, candidates: [] }]);
  });
});
