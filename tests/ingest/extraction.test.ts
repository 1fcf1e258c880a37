import { describe, expect, it } from 'vitest';

import { EXTRACTOR_VERSION } from '../../src/extraction/version.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, servedTestGraph } from '../support/api.js';
import { letters, uniqueKey } from '../support/graph.js';

/**
 * Plain articles, with no annotations but their entities, yield claims and events through the
 * real ingest path (linker, extractor, Cypher), marked AUTO; several outlets' reports of one
 * happening meet on one Event; re-ingesting and re-extracting leave nothing stale. Each test
 * brings its own town and people, so nothing here touches the seed graph.
 */
const { db, api } = await servedTestGraph();

type Doc = Record<string, any> & { id: string };

async function ingest(document: Doc): Promise<{ claims: number; events: number }> {
  const { data, errors } = await api.run(
    `mutation($d: JSONObject!) { ingestArticle(document: $d) { claims events } }`,
    { d: document },
    TEST_API_KEY,
  );
  expect(errors).toBeUndefined();
  return data!['ingestArticle'];
}

/** A surname no other test uses, so a new speaker's entity is this test's own. */
const surname = (): string => `Test${letters('bdfgklmnprstvz', 5)}enko`;

/** A town of its own, with an English and a Russian name no other test gives a town. */
function town() {
  const key = uniqueKey('place:testtown');
  const name = `Testgrad${letters('bdfgklmnprstvz', 5)}`;
  const russian = `Тестоград${letters('бвгджзклмнпрст', 5)}`;
  const entity = {
    id: key,
    kind: 'PLACE',
    name,
    country: 'UA',
    names: [
      { form: name, language: 'en', script: 'Latn', kind: 'OFFICIAL' },
      { form: russian, language: 'ru', script: 'Cyrl', kind: 'OFFICIAL' },
    ],
  };
  return { key, name, russian, entity };
}

const article = (text: string, overrides: Partial<Doc> = {}): Doc => ({
  id: uniqueKey('test-article-extracted'),
  title: 'Test material: extraction',
  language: 'en',
  outlet: 'Test Wire',
  publishedAt: '2031-03-05T09:00:00Z',
  text,
  ...overrides,
});

const CLAIMS = `query($article: ID!) {
  claims(filter: { article: $article }) { edges { node {
    quote source flags score extractorVersion
    speaker { anonymous description role entity { id name } }
    via { description entity { id } }
    about { __typename ... on Event { id } ... on Place { id } }
  } } }
}`;
const claimsOf = async (doc: Doc) =>
  (await api.run(CLAIMS, { article: toGlobalId('Article', doc.id) })).data!['claims'].edges.map((e: any) => e.node);

const EVENTS = `query($place: ID!) {
  entity(id: $place) { ... on Place { events { edges { node {
    id type time { precision month day }
    reports { source extractorVersion framing framings { text } identity article { id } }
    corroboration { outlets }
  } } } } }
}`;
const eventsAt = async (place: string) =>
  (await api.run(EVENTS, { place: toGlobalId('Place', place) })).data!['entity'].events.edges.map((e: any) => e.node);

describe('a plain article', () => {
  it('yields its quote as an AUTO claim with speaker and channel, and its event with the time the text gives', async () => {
    const place = town();
    const doc = article(
      `TEST MATERIAL.\n\nRussian forces captured ${place.name} on Monday.\n\n“This is an irreversible process,” Alexander Stepanyan told TASS.`,
      { entities: [place.entity] },
    );
    expect(await ingest(doc)).toEqual({ claims: 1, events: 1 });
    const [claim] = await claimsOf(doc);
    expect(claim).toMatchObject({
      quote: 'This is an irreversible process,',
      source: 'AUTO',
      extractorVersion: EXTRACTOR_VERSION,
      flags: [],
      speaker: { anonymous: false, entity: { id: toGlobalId('Person', 'person:alexander-stepanyan') } },
      via: { entity: { id: toGlobalId('Organization', 'org:tass') } },
    });
    const [event] = await eventsAt(place.key);
    // Monday before Wednesday 5 March 2031.
    expect(event).toMatchObject({ type: 'CONTROL_CHANGE', time: { precision: 'DAY', month: 3, day: 3 } });
    expect(event.reports).toEqual([
      {
        source: 'AUTO',
        extractorVersion: EXTRACTOR_VERSION,
        framing: 'captured',
        framings: [{ text: 'captured' }],
        identity: null,
        article: { id: toGlobalId('Article', doc.id) },
      },
    ]);
  });

  it('keeps an unknown speaker as a new AUTO entity with the stated role, and drops it when the article no longer quotes them', async () => {
    const name = `Ostap ${surname()}`;
    const doc = article(`TEST MATERIAL.\n\n“We will hold the line,” said ${name}, a battalion commander.`);
    await ingest(doc);
    const [claim] = await claimsOf(doc);
    expect(claim.speaker).toMatchObject({ anonymous: false, role: 'battalion commander', entity: { name } });
    const [row] = await db.read(`MATCH (e:Person {source: 'AUTO', name: $name}) RETURN e.description AS description`, { name });
    expect(row).toEqual({ description: 'battalion commander' });

    await ingest({ ...doc, text: 'TEST MATERIAL.\n\nNothing was said.' });
    expect(await claimsOf(doc)).toEqual([]);
    const [left] = await db.read(`MATCH (e:Person {name: $name}) RETURN count(e) AS n`, { name });
    expect(left!['n']).toBe(0);
  });

  it('stores an unattributable quote with the speaker unknown, never guessed', async () => {
    const doc = article('TEST MATERIAL.\n\nThe statement ended there.\n\n“Nothing will change,” read a banner.');
    await ingest(doc);
    const claims = await claimsOf(doc);
    for (const claim of claims) if (!claim.speaker.entity) expect(claim.speaker).toMatchObject({ entity: null });
  });

  it('lets hand annotations win: a document that annotates claims gets no AUTO ones', async () => {
    const doc = article('TEST MATERIAL.\n\n“First,” Alexander Stepanyan said. “Second,” he added.', {
      mentions: [{ start: 25, end: 44, text: 'Alexander Stepanyan', entity: 'person:alexander-stepanyan' }],
      claims: [{ key: 'first', segments: [{ start: 17, end: 23, text: 'First,' }], speaker: { entity: 'person:alexander-stepanyan' } }],
    });
    expect((await ingest(doc)).claims).toBe(1);
    expect((await claimsOf(doc)).map((c: any) => [c.quote, c.source])).toEqual([['First,', 'HAND']]);
  });
});

describe('several outlets reporting one happening', () => {
  it('meet on one Event, each report keeping its own framing, and a report two days later joins it', async () => {
    const place = town();
    const first = article(`TEST MATERIAL.\n\nRussian forces captured ${place.name} on Monday.`, { entities: [place.entity] });
    const second = article(`ТЕСТОВЫЙ МАТЕРИАЛ.\n\nРоссийские войска освободили ${place.russian} в понедельник.`, {
      language: 'ru',
      outlet: 'Тест-Агентство',
    });
    const later = article(`TEST MATERIAL.\n\nThe fall of ${place.name} changed little.`, {
      outlet: 'Other Test Wire',
      publishedAt: '2031-03-06T09:00:00Z',
    });
    for (const doc of [first, second, later]) await ingest(doc);

    const events = await eventsAt(place.key);
    expect(events).toHaveLength(1);
    const [event] = events;
    const framings = new Map(event.reports.map((r: any) => [r.article.id, r.framing]));
    expect(framings).toEqual(
      new Map([
        [toGlobalId('Article', first.id), 'captured'],
        [toGlobalId('Article', second.id), 'освободили'],
        [toGlobalId('Article', later.id), 'fall'],
      ]),
    );
    expect(event.corroboration.outlets).toBe(3);
    // The first two met by id (both date it Monday); the third, undated, published three days after, was tied to them and says so.
    const identities = new Map(event.reports.map((r: any) => [r.article.id, r.identity]));
    expect(identities.get(toGlobalId('Article', first.id))).toBeNull();
    expect(identities.get(toGlobalId('Article', later.id))).toMatch(/same type and place as .*, 3 days apart/);
  });

  it('treat a denial as a claim about the event, not as a second report of it', async () => {
    const place = town();
    const report = article(`TEST MATERIAL.\n\nRussian forces captured ${place.name} on Monday.`, { entities: [place.entity] });
    const denial = article(`TEST MATERIAL.\n\nUkraine denied that Russian forces had captured ${place.name}.`, {
      outlet: 'Denial Test Wire',
    });
    await ingest(report);
    await ingest(denial);
    const [event] = await eventsAt(place.key);
    expect(event.reports.map((r: any) => r.article.id)).toEqual([toGlobalId('Article', report.id)]);
    const [claim] = await claimsOf(denial);
    expect(claim.flags).toEqual(['INDIRECT', 'DENIAL']);
    expect(claim.about.map((s: any) => s.id)).toContain(event.id);
  });
});

describe('re-extraction', () => {
  it('changes nothing when nothing changed, and replaces only what the extractor wrote once the gazetteer knows the speaker', async () => {
    const name = `Taras ${surname()}`;
    const doc = article(`TEST MATERIAL.\n\n“The bridge stands,” said ${name}, a local engineer.`);
    await ingest(doc);
    const run = async () =>
      (
        await api.run(
          `mutation($ids: [ID!]) { reextractArticles(ids: $ids) { articles extractionsChanged } }`,
          { ids: [toGlobalId('Article', doc.id)] },
          TEST_API_KEY,
        )
      ).data!['reextractArticles'];
    expect(await run()).toEqual({ articles: 1, extractionsChanged: 0 });

    const known = uniqueKey('person:test-engineer');
    const { errors } = await api.run(
      `mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`,
      {
        d: article('TEST MATERIAL.\n\nNo quotes here.', {
          entities: [{ id: known, kind: 'PERSON', name, names: [{ form: name, language: 'en', script: 'Latn', kind: 'OFFICIAL' }] }],
        }),
      },
      TEST_API_KEY,
    );
    expect(errors).toBeUndefined();
    expect(await run()).toEqual({ articles: 1, extractionsChanged: 1 });
    const [claim] = await claimsOf(doc);
    expect(claim.speaker.entity.id).toBe(toGlobalId('Person', known));
    const [row] = await db.read(`MATCH (e:Person {source: 'AUTO', name: $name}) RETURN count(e) AS n`, { name });
    expect(row!['n']).toBe(0);
  });
});
