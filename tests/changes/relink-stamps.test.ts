import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { RelinkService } from '../../src/ingest/relink.service.js';
import { httpServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';
import { autoMentions, inventedName, place } from '../support/linking.js';
import { endOfLog, entriesAbout, ingest } from './support.js';

const db = testDb();
const api = await httpServer(db);
const service = createIngestService(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const articleStamps = async (id: string) => {
  const [row] = await db.read(
    'MATCH (a:Article {id: $id}) RETURN toString(a.ingestedAt) AS ingestedAt, toString(a.updatedAt) AS updatedAt',
    { id },
  );
  return row!;
};

const articleEntries = (cursor: string, id: string) => entriesAbout(api, cursor, toGlobalId('Article', id));

describe('relinking stamps the articles it rewrites', () => {
  it('logs an article UPDATED when relinking changed its mentions, and a later unchanged re-ingest logs nothing', async () => {
    const name = inventedName();
    const { document } = sampleArticle();
    const article = { ...document, text: `${document.text} Later he went to ${name}.` };
    await ingest(api, article);
    const ingested = await articleStamps(article.id);
    expect(await autoMentions(db, article.id)).toEqual([]);

    const town = uniqueKey('place:test-relink-stamp');
    await service.ingestGazetteer({ entities: [place(town, name)] }, 'test gazetteer (relink stamps)');
    const beforeRelink = await endOfLog(db);
    const relinked = await new RelinkService(db, service).relink([article.id]);
    expect(relinked.mentionsAdded).toBe(1);
    expect(await autoMentions(db, article.id)).toEqual([{ text: name, entity: town, candidates: [] }]);
    const stamped = await articleStamps(article.id);
    expect(stamped.ingestedAt).toBe(ingested.ingestedAt);
    expect(Date.parse(stamped.updatedAt as string)).toBeGreaterThan(Date.parse(ingested.updatedAt as string));
    expect(await articleEntries(beforeRelink, article.id)).toEqual(['UPDATED ARTICLE']);

    // Relinking again finds nothing new: no write, no entry.
    const beforeSecond = await endOfLog(db);
    await new RelinkService(db, service).relink([article.id]);
    expect(await articleEntries(beforeSecond, article.id)).toEqual([]);

    // The same document again states what relinking wrote: found unchanged.
    const beforeReingest = await endOfLog(db);
    await ingest(api, article);
    expect(await articleStamps(article.id)).toEqual(stamped);
    expect(await articleEntries(beforeReingest, article.id)).toEqual([]);
  });

  it('logs an article UPDATED when re-extraction found it otherwise, and a later unchanged re-ingest logs nothing', async () => {
    const name = `Taras Test${inventedName().slice(6)}enko`;
    const article = {
      id: uniqueKey('test-article-reextract-stamp'),
      title: 'Test material: re-extraction stamps',
      language: 'en',
      publishedAt: '2031-05-07',
      text: `TEST MATERIAL.\n\n“The bridge stands,” said ${name}, a local engineer.`,
    };
    await ingest(api, article);
    const ingested = await articleStamps(article.id);

    const engineer = uniqueKey('person:test-reextract-stamp');
    const names = [{ form: name, language: 'en', script: 'Latn', kind: 'OFFICIAL' }];
    await service.ingestGazetteer({ entities: [{ id: engineer, kind: 'PERSON', name, names }] }, `test gazetteer (${engineer})`);
    const beforeExtract = await endOfLog(db);
    const extracted = await new RelinkService(db, service, { extract: true }).relink([article.id]);
    expect(extracted.extractionsChanged).toBe(1);
    const stamped = await articleStamps(article.id);
    expect(Date.parse(stamped.updatedAt as string)).toBeGreaterThan(Date.parse(ingested.updatedAt as string));
    expect(await articleEntries(beforeExtract, article.id)).toEqual(['UPDATED ARTICLE']);

    const beforeReingest = await endOfLog(db);
    await ingest(api, article);
    expect(await articleStamps(article.id)).toEqual(stamped);
    expect(await articleEntries(beforeReingest, article.id)).toEqual([]);
  });
});
