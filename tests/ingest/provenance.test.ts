import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * Every fact knows the articles (or gazetteer files) that state it: re-ingesting a source
 * retracts exactly what it no longer states, and what the API shows is derived from what remains.
 */
const db = testDb();
const api = await testServer(db);
const service = createIngestService(db);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

/** An article document as tests vary it: any list may be replaced by one of another shape. */
type Doc = { id: string; text: string; [list: string]: any };

async function ingest(document: Doc): Promise<void> {
  const { errors } = await api.run(`mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`, { d: document }, TEST_API_KEY);
  expect(errors).toBeUndefined();
}

/** A second article about the first one's event, entities and relation, as another outlet writes it. */
function secondReport(first: Doc, changes: Partial<Doc> = {}): Doc {
  return { ...first, id: uniqueKey('test-article-second'), entities: [], mentions: [], claims: [], ...changes };
}

const EVENT = `query($id: ID!) {
  node(id: $id) { ... on Event {
    type
    time { precision day partOfDay }
    place { id }
    participants { role entity { id } articles { id } }
    reports { article { id } type time { precision } place { id } participants { role entity { id } } }
  } }
}`;
const eventOf = async (document: Doc) => (await api.run(EVENT, { id: toGlobalId('Event', document.events[0]!.id) })).data!['node'];

const RELATIONS = `query($id: ID!) {
  entity(id: $id) { relations { edges { node { type role articles { id } statements { role article { id } gazetteerFile } } } } }
}`;
const relationsOf = async (key: string) =>
  (await api.run(RELATIONS, { id: toGlobalId('Person', key) })).data!['entity'].relations.edges.map((e: any) => e.node);

const articleId = (document: Doc) => toGlobalId('Article', document.id);

/**
 * The article no longer states its visit: neither in its annotation nor in its text, where the
 * extractor would find it again ("thanked" is as long as "visited", so the spans stay).
 */
const withoutVisit = (document: Doc): Doc => ({ ...document, events: [], text: document.text.replace('visited', 'thanked') });

describe('re-ingesting a corrected article', () => {
  it('retracts the time, place, participants and relation it no longer states', async () => {
    const { keys, document } = sampleArticle();
    await ingest(document);
    const otherTown = uniqueKey('place:testtown-other');
    await ingest({
      ...document,
      entities: [
        ...document.entities,
        {
          id: otherTown,
          kind: 'PLACE',
          name: 'Othertown',
          names: [{ form: 'Othertown', language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
        },
      ],
      events: [{ id: document.events[0]!.id, type: 'MEETING', place: otherTown, participants: [] }],
      relations: [],
    });

    expect(await eventOf(document)).toMatchObject({
      type: 'MEETING',
      time: { precision: 'UNKNOWN', day: null },
      place: { id: toGlobalId('Place', otherTown) },
      participants: [],
    });
    expect(await relationsOf(keys.mayor)).toEqual([]);
    const [row] = await db.read('MATCH (:Entity {id: $mayor})-[r:PARTICIPATED_IN|LOCATED_IN]->() RETURN count(r) AS n', {
      mayor: keys.mayor,
    });
    expect(row!['n']).toBe(0);
  });

  it('removes the entities it introduced and no longer names, unless something else refers to them', async () => {
    const { keys, document } = sampleArticle();
    await ingest(document);
    const second = secondReport(document, {
      text: document.text.slice(0, 27),
      events: [],
      relations: [],
      mentions: [document.mentions[0]!],
    });
    await ingest(second);
    await ingest({ ...document, text: 'Nothing to report.', entities: [], mentions: [], claims: [], events: [], relations: [] });
    const [row] = await db.read(
      'MATCH (e:Entity) WHERE e.id IN [$town, $mayor] RETURN collect(e.id) AS left, COUNT { (:Entity {id: $mayor})-[:HAS_NAME]->() } AS names',
      keys,
    );
    // The mayor stays, named by the second article's mention, but keeps no name the first one gave.
    expect(row).toEqual({ left: [keys.mayor], names: 0 });
  });

  it('removes an event no article reports any more', async () => {
    const { document } = sampleArticle();
    await ingest(document);
    await ingest(withoutVisit(document));
    expect(await eventOf(document)).toBeNull();
    const [row] = await db.read('MATCH (ev:Event {id: $id}) RETURN count(ev) AS n', { id: document.events[0]!.id });
    expect(row!['n']).toBe(0);
  });
});

describe('an event reported by two articles', () => {
  it('shows what each says, derives the rest from both, and falls back when one withdraws', async () => {
    const { keys, document } = sampleArticle();
    const event = document.events[0]!;
    await ingest(document);
    const second = secondReport(document, {
      events: [
        {
          id: event.id,
          type: 'VISIT',
          time: { text: 'in November', month: 11 },
          place: keys.town,
          participants: [{ entity: keys.mayor, role: 'guest' }],
        },
      ],
      relations: [],
    });
    await ingest(second);

    const both = await eventOf(document);
    // The most telling time wins: the first article gives the day, the second only the month.
    expect(both.time).toEqual({ precision: 'DAY', day: 30, partOfDay: 'EVENING' });
    expect(both.participants).toHaveLength(1);
    expect(both.participants[0].articles.map((a: any) => a.id).sort()).toEqual([articleId(document), articleId(second)].sort());
    const reports = new Map(both.reports.map((r: any) => [r.article.id, r]));
    expect(reports.get(articleId(document))).toMatchObject({
      type: 'VISIT',
      time: { precision: 'DAY' },
      participants: [{ role: 'visitor' }],
    });
    expect(reports.get(articleId(second))).toMatchObject({
      type: 'VISIT',
      time: { precision: 'MONTH' },
      participants: [{ role: 'guest' }],
    });

    await ingest(withoutVisit(document));
    const left = await eventOf(document);
    expect(left.time).toEqual({ precision: 'MONTH', day: null, partOfDay: null });
    expect(left.participants).toEqual([
      { role: 'guest', entity: { id: toGlobalId('Person', keys.mayor) }, articles: [{ id: articleId(second) }] },
    ]);
  });
});

describe('a relation stated by several sources', () => {
  it('keeps every statement with its role and article; the role is the one most sources give', async () => {
    const { keys, document } = sampleArticle({ relations: [] });
    await ingest(document);
    const stating = (role: string) =>
      secondReport(document, { events: [], relations: [{ type: 'AFFILIATED_WITH', from: keys.mayor, to: keys.town, role }] });
    const [a, b, c] = [stating('mayor'), stating('deputy mayor'), stating('mayor')];
    for (const doc of [a, b, c]) await ingest(doc);

    const [relation] = await relationsOf(keys.mayor);
    expect(relation.role).toBe('mayor');
    expect(relation.statements.map((s: any) => [s.role, s.article.id]).sort()).toEqual(
      [
        ['deputy mayor', articleId(b)],
        ['mayor', articleId(a)],
        ['mayor', articleId(c)],
      ].sort(),
    );

    await ingest({ ...a, relations: [] });
    await ingest({ ...c, relations: [] });
    expect(await relationsOf(keys.mayor)).toEqual([
      {
        type: 'AFFILIATED_WITH',
        role: 'deputy mayor',
        articles: [{ id: articleId(b) }],
        statements: [{ role: 'deputy mayor', article: { id: articleId(b) }, gazetteerFile: null }],
      },
    ]);
  });
});

describe('a gazetteer file loaded again', () => {
  const gazetteer = (town: string, mayor: string, names: string[], relations: { type: string; from: string; to: string }[]) => ({
    entities: [
      {
        id: town,
        kind: 'PLACE',
        name: 'Filetown',
        names: names.map((form) => ({ form, language: 'en', script: 'Latn', kind: 'OFFICIAL' })),
      },
      { id: mayor, kind: 'PERSON', name: 'File Mayor', names: [{ form: 'File Mayor', language: 'en', script: 'Latn', kind: 'OFFICIAL' }] },
    ],
    relations,
  });

  it('retracts the names and relations it no longer states, and keeps those other sources state', async () => {
    const [town, mayor, file] = [uniqueKey('place:filetown'), uniqueKey('person:file-mayor'), uniqueKey('tests/gazetteer') + '.yaml'];
    const relation = { type: 'LOCATED_IN', from: mayor, to: town };
    await service.ingestGazetteer(gazetteer(town, mayor, ['Filetown', 'Old Filetown'], [relation]), file);
    const { document } = sampleArticle({ entities: [], mentions: [], claims: [], events: [], relations: [relation] });
    await ingest(document);

    await service.ingestGazetteer(gazetteer(town, mayor, ['Filetown'], []), file);
    const [names] = await db.read('MATCH (:Entity {id: $town})-[:HAS_NAME]->(n:Name) RETURN collect(n.form) AS forms', { town });
    expect(names!['forms']).toEqual(['Filetown']);
    expect(await relationsOf(mayor)).toEqual([
      {
        type: 'LOCATED_IN',
        role: null,
        articles: [{ id: articleId(document) }],
        statements: [{ role: null, article: { id: articleId(document) }, gazetteerFile: null }],
      },
    ]);

    await service.ingestGazetteer(gazetteer(town, mayor, ['Filetown'], [relation]), file);
    expect((await relationsOf(mayor))[0].statements).toContainEqual({ role: null, article: null, gazetteerFile: file });
  });
});

describe('an article naming an entity the graph already has', () => {
  it("adds its names but changes neither the entity's kind nor its properties, and retracts its names when rewritten", async () => {
    const { keys, document } = sampleArticle();
    await ingest(document);
    const town = document.entities[0]!;
    const restating = secondReport(document, {
      events: [],
      relations: [],
      entities: [{ ...town, name: 'Mr Testograd', names: [{ form: 'Testogradsk', language: 'en', script: 'Latn', kind: 'COLLOQUIAL' }] }],
    });
    await ingest(restating);
    const forms = async () =>
      (await api.run(`query($id: ID!) { entity(id: $id) { name names { form } } }`, { id: toGlobalId('Place', keys.town) })).data![
        'entity'
      ];
    expect(await forms()).toEqual({ name: 'Testograd', names: expect.arrayContaining([{ form: 'Testogradsk' }, { form: 'Testograd' }]) });

    const asPerson = { ...restating, id: uniqueKey('test-article-kind'), entities: [{ ...town, kind: 'PERSON', country: undefined }] };
    const { errors } = await api.run(`mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`, { d: asPerson }, TEST_API_KEY);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'document: entities[0].id' });
    expect(errors![0]!.message).toContain(`is a PLACE in the graph; a document cannot change an entity's kind`);
    const [labels] = await db.read('MATCH (e:Entity {id: $town}) RETURN labels(e) AS labels', { town: keys.town });
    expect(labels!['labels']).toEqual(expect.arrayContaining(['Entity', 'Place']));
    expect(labels!['labels']).toHaveLength(2);

    await ingest({ ...restating, entities: [] });
    expect((await forms()).names.map((n: any) => n.form).sort()).toEqual(['Testograd', 'Тестоград']);
  });

  it("may not give an entity an event's id, nor an event an entity's id", async () => {
    const { keys, document } = sampleArticle();
    await ingest(document);
    const eventId = document.events[0]!.id;
    const attempts: [Doc, string][] = [
      [
        secondReport(document, { events: [], relations: [], entities: [{ ...document.entities[1]!, id: eventId }] }),
        'document: entities[0].id',
      ],
      [secondReport(document, { relations: [], events: [{ ...document.events[0]!, id: keys.town }] }), 'document: events[0].id'],
    ];
    for (const [attempt, field] of attempts) {
      const { errors } = await api.run(
        `mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`,
        { d: attempt },
        TEST_API_KEY,
      );
      expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(errors![0]!.message).toContain('entities and events never share an id');
    }
  });
});

describe('a connection through an event', () => {
  it('rests each hop on the articles that state it: a participation on those that name the participant', async () => {
    // No relation and no claim between them: the one path of two hops runs through the event.
    const { keys, document } = sampleArticle({ relations: [], claims: [] });
    await ingest(document);
    const second = secondReport(document, { relations: [], events: [{ ...document.events[0]!, participants: [] }] });
    await ingest(second);
    const { data } = await api.run(
      `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 2) { hops { type articles { id } } } }`,
      {
        from: toGlobalId('Person', keys.mayor),
        to: toGlobalId('Place', keys.town),
      },
    );
    expect(data!['connection']).toHaveLength(1);
    const hops = Object.fromEntries(data!['connection'][0].hops.map((hop: any) => [hop.type, hop.articles.map((a: any) => a.id).sort()]));
    expect(hops).toEqual({ PARTICIPATED_IN: [articleId(document)], AT: [articleId(document), articleId(second)].sort() });
  });
});
