import { readFileSync } from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { forgetArticles, testDb, uniqueKey } from '../support/graph.js';
import { loadArticle } from '../support/seed-data.js';

/** The seed article ingested as text only links itself through the gazetteer in Neo4j. */
const db = testDb();
const api = await testServer(db);
const written: string[] = [];
afterAll(async () => {
  await forgetArticles(db, written);
  await api.server.stop();
  await db.close();
});

const { doc: hand, text } = loadArticle(fromRoot('seeds', 'articles', '000_c14c6e6254578141.yaml'));
const placeKeys = new Set(readFileSync(fromRoot('seeds/gazetteer/places.yaml'), 'utf8').match(/place:[a-z0-9-]+/g));

describe('an article without annotations', () => {
  it('finds every place mention of the hand-annotated seed, and nearly every other one', async () => {
    const id = uniqueKey('test-article-autolink');
    written.push(id);
    const ingested = await api.run(
      `mutation($d: JSONObject!) { ingestArticle(document: $d) { mentions } }`,
      { d: { id, title: hand.title, language: 'en', text } },
      TEST_API_KEY,
    );
    expect(ingested.errors).toBeUndefined();

    const result = await api.run(
      `query($id: ID!) { article(id: $id) { mentions(first: 100) { edges { node { field start end text source score evidence entity { id } } } } } }`,
      { id: toGlobalId('Article', id) },
    );
    const mentions = result.data!['article'].mentions.edges.map((e: any) => e.node);
    const found = mentions.filter((m: any) => m.field === 'TEXT');
    expect(found.every((m: any) => m.source === 'AUTO' && text.slice(m.start, m.end) === m.text && m.evidence.length > 0)).toBe(true);

    const key = (start: number, end: number, entity: string) => `${start}-${end}-${entity}`;
    const foundKeys = new Set(found.filter((m: any) => m.entity).map((m: any) => key(m.start, m.end, m.entity.id)));
    const handKeys = hand.mentions.map((m) =>
      key(
        m.start,
        m.end,
        toGlobalId(placeKeys.has(m.entity) ? 'Place' : m.entity.startsWith('person:') ? 'Person' : 'Organization', m.entity),
      ),
    );
    const correct = handKeys.filter((k) => foundKeys.has(k)).length;
    const precision = correct / foundKeys.size;
    const recall = correct / handKeys.length;
    console.log(
      `auto-linking the seed article: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${correct}/${handKeys.length})`,
    );

    const handPlaces = hand.mentions.filter((m) => placeKeys.has(m.entity)).map((m) => key(m.start, m.end, toGlobalId('Place', m.entity)));
    expect(handPlaces.length).toBeGreaterThan(15);
    expect(handPlaces.filter((k) => !foundKeys.has(k))).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('hand annotations win: an annotated article gets auto mentions only where no hand mention stands', async () => {
    const result = await api.run(
      `query($id: ID!) { article(id: $id) { mentions(first: 100) { edges { node { field start end source } } } } }`,
      { id: toGlobalId('Article', 'c14c6e6254578141') },
    );
    const mentions = result.data!['article'].mentions.edges.map((e: any) => e.node);
    const handMentions = mentions.filter((m: any) => m.source === 'HAND');
    expect(handMentions).toHaveLength(hand.mentions.length);
    for (const auto of mentions.filter((m: any) => m.source === 'AUTO' && m.field === 'TEXT')) {
      expect(handMentions.some((h: any) => h.start < auto.end && auto.start < h.end)).toBe(false);
    }
    // Its text opens with its title: the first line, linked once, gives the title's mentions too.
    expect(text.startsWith(hand.title)).toBe(true);
    const title = mentions.filter((m: any) => m.field === 'TITLE');
    expect(title.length).toBeGreaterThan(0);
    expect(title.every((m: any) => m.source === 'AUTO' && m.end <= hand.title.length)).toBe(true);
    expect(title[0]).toMatchObject({ start: 0, end: 'Pokrovsk'.length });
  });

  it('links the title too, its spans marked as title spans in the title’s own offsets, first in the list', async () => {
    const id = uniqueKey('test-article-title');
    written.push(id);
    const title = 'Test material: Kramatorsk braces as Pokrovsk, Donetsk Oblast falls';
    const ingested = await api.run(
      `mutation($d: JSONObject!) { ingestArticle(document: $d) { mentions } }`,
      { d: { id, title, language: 'en', text: 'Officials in Kramatorsk said so on Monday.' } },
      TEST_API_KEY,
    );
    expect(ingested.errors).toBeUndefined();
    const result = await api.run(
      `query($id: ID!) { article(id: $id) { mentions(first: 10) { edges { node { field start end text entity { id } } } } } }`,
      { id: toGlobalId('Article', id) },
    );
    const mentions = result.data!['article'].mentions.edges.map((e: any) => e.node);
    expect(mentions.map((m: any) => [m.field, m.text, m.entity?.id])).toEqual([
      ['TITLE', 'Kramatorsk', toGlobalId('Place', 'place:kramatorsk-donetsk-ua')],
      ['TITLE', 'Pokrovsk', toGlobalId('Place', 'place:pokrovsk-donetsk-ua')],
      ['TITLE', 'Donetsk Oblast', toGlobalId('Place', 'place:donetsk-oblast-ua')],
      ['TEXT', 'Kramatorsk', toGlobalId('Place', 'place:kramatorsk-donetsk-ua')],
    ]);
    for (const m of mentions)
      expect((m.field === 'TITLE' ? title : 'Officials in Kramatorsk said so on Monday.').slice(m.start, m.end)).toBe(m.text);
  });
});
