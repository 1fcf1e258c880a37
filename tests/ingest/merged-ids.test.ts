import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * Merges last: loading the removed entity's gazetteer file again, or an article naming the
 * removed id, writes to the kept entity; the removed one never comes back and its names stay.
 */
const db = testDb();
const api = await testServer(db);
const service = createIngestService(db);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

const place = (id: string, form: string) => ({
  id,
  kind: 'PLACE',
  name: form,
  names: [{ form, language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
});

/** Two records of one town from one gazetteer file, the second merged into the first. */
async function mergedTowns() {
  const [keep, remove, file] = [uniqueKey('place:kept-town'), uniqueKey('place:removed-town'), `${uniqueKey('tests/merged')}.yaml`];
  const gazetteer = { entities: [place(keep, 'Keptown'), place(remove, 'Removedtown')] };
  await service.ingestGazetteer(gazetteer, file);
  const { errors } = await api.run(
    `mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { id } }`,
    { k: toGlobalId('Place', keep), r: toGlobalId('Place', remove) },
    TEST_API_KEY,
  );
  expect(errors).toBeUndefined();
  return { keep, remove, file, gazetteer };
}

const entityNodes = async (id: string) => (await db.read('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', { id }))[0]!['n'];
const namesOf = async (id: string) =>
  (await db.read('MATCH (:Entity {id: $id})-[:HAS_NAME]->(n:Name) RETURN n.form AS form ORDER BY form', { id })).map((r) => r['form']);

describe('after a merge', () => {
  it('loading the gazetteer file again keeps the merge and the merged names', async () => {
    const { keep, remove, file, gazetteer } = await mergedTowns();
    await service.ingestGazetteer(gazetteer, file);
    expect(await entityNodes(remove)).toBe(0);
    expect(await namesOf(keep)).toEqual(['Keptown', 'Removedtown']);

    // The file dropping the removed entity's name retracts it from the kept one.
    await service.ingestGazetteer(
      {
        entities: [
          place(keep, 'Keptown'),
          { ...place(remove, 'Removedtown'), names: [{ form: 'Removedgrad', language: 'en', script: 'Latn', kind: 'FORMER' }] },
        ],
      },
      file,
    );
    expect(await namesOf(keep)).toEqual(['Keptown', 'Removedgrad']);
  });

  it('an article naming the removed id writes everything to the kept entity', async () => {
    const { keep, remove } = await mergedTowns();
    const { keys, document } = sampleArticle();
    const text = `${document.text} Removedtown too.`;
    const start = text.lastIndexOf('Removedtown');
    const event = { ...document.events[0]!, place: remove, participants: [...document.events[0]!.participants] };
    const article = {
      ...document,
      text,
      mentions: [...document.mentions, { start, end: start + 'Removedtown'.length, text: 'Removedtown', entity: remove }],
      claims: [{ ...document.claims[0]!, about: [remove] }],
      events: [event],
      relations: [{ type: 'LOCATED_IN', from: keys.mayor, to: remove }],
      entities: [
        ...document.entities,
        { ...place(remove, 'Removedtown'), names: [{ form: 'Removedsk', language: 'en', script: 'Latn', kind: 'COLLOQUIAL' }] },
      ],
    };
    const { errors } = await api.run(
      `mutation($d: JSONObject!) { ingestArticle(document: $d) { mentions } }`,
      { d: article },
      TEST_API_KEY,
    );
    expect(errors).toBeUndefined();

    expect(await entityNodes(remove)).toBe(0);
    const [row] = await db.read(
      `MATCH (kept:Entity {id: $keep})
       RETURN COUNT { (kept)<-[:REFERS_TO]-(:Mention) } AS mentions, COUNT { (kept)<-[:ABOUT]-(:Claim) } AS claims,
              COUNT { (kept)<-[:AT]-(:Event) } AS events, COUNT { (kept)<-[:LOCATED_IN]-(:Entity {id: $mayor}) } AS relations`,
      { keep, mayor: keys.mayor },
    );
    expect(row).toEqual({ mentions: 1, claims: 1, events: 1, relations: 1 });
    expect(await namesOf(keep)).toContain('Removedsk');
  });
});
