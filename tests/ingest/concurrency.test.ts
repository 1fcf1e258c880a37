import { afterAll, describe, expect, it } from 'vitest';

import { createIngestService } from '../../src/ingest/ingest.service.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';

const db = testDb();
afterAll(() => db.close());

describe('parallel ingesters', () => {
  it('8 ingesters of overlapping articles (same entities, names, event) leave no duplicate node or relationship', async () => {
    const base = sampleArticle();
    const documents = Array.from({ length: 8 }, (_, i) => ({ ...base.document, id: uniqueKey(`test-article-parallel-${i}`) }));
    const results = await Promise.allSettled(documents.map((doc) => createIngestService(db).ingestArticle(doc, `parallel ${doc.id}`)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const [row] = await db.read(
      `MATCH (town:Entity {id: $town})
       RETURN COUNT { MATCH (e:Entity) WHERE e.id IN [$town, $mayor] } AS entities,
              COUNT { (town)-[:HAS_NAME]->() } AS names,
              COUNT { MATCH (ev:Event {id: $event}) } AS events,
              COUNT { MATCH (:Entity {id: $mayor})-[r:LOCATED_IN]->(town) } AS relations,
              [(:Entity {id: $mayor})-[r:LOCATED_IN]->(town) | size(r.articleIds)][0] AS sources,
              COUNT { MATCH (:Entity {id: $mayor})-[r:PARTICIPATED_IN]->(:Event {id: $event}) } AS participations,
              COUNT { (town)<-[:REFERS_TO]-() } AS mentions`,
      { town: base.keys.town, mayor: base.keys.mayor, event: base.document.events[0]!.id },
    );
    expect(row).toEqual({ entities: 2, names: 2, events: 1, relations: 1, sources: 8, participations: 1, mentions: 8 });
  });
});
