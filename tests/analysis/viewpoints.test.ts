import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';
import { viewpointRun } from './viewpoint-articles.js';

/**
 * Framing by outlet and contested facts over the test material of tests/fixtures/viewpoints: a
 * control change told by a Russian, a neutral and a Ukrainian outlet in their own words (agreeing
 * on where and when), then denied by a fourth; a strike two outlets place and time differently.
 */
const db = testDb();
const api = await testServer(db);
const run = viewpointRun(db);

const CAPTURE = toGlobalId('Event', run.key('event:test-viewpoints-testohirsk-control-change'));
const STRIKE = toGlobalId('Event', run.key('event:test-viewpoints-strike'));
const TOWN = toGlobalId('Place', run.key('place:test-viewpoints-testohirsk'));

beforeAll(async () => {
  for (const name of ['101_test_ru_liberation', '102_test_neutral_capture', '103_test_neutral_follow_up', '104_test_ua_withdrawal'])
    await run.ingest(name);
});
afterAll(async () => {
  await run.forget();
  await api.server.stop();
  await db.close();
});

const POSITIONS = `kind positions {
  denies outlets side { name } place { id } time { month day partOfDay }
  reports { article { outlet } } claims { quote flags }
}`;

async function ask(query: string, variables: Record<string, unknown>) {
  const result = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  // As a client reads it: dates as their strings.
  return JSON.parse(JSON.stringify(result.data)) as Record<string, any>;
}

const contestedOf = async (id: string) =>
  (await ask(`query($id: ID!) { node(id: $id) { ... on Event { contested { ${POSITIONS} } } } }`, { id }))['node'].contested;

describe('framing by outlet', () => {
  it('gives each outlet its words for the event, with reports and first and last seen, most reports first', async () => {
    const data = await ask(
      `query($id: ID!) { node(id: $id) { ... on Event { framingByOutlet { outlet word reports events firstSeen lastSeen } } } }`,
      {
        id: CAPTURE,
      },
    );
    expect(data['node'].framingByOutlet).toEqual([
      {
        outlet: 'Test Wire',
        word: 'capture',
        reports: 2,
        events: 1,
        firstSeen: '2032-04-05T18:00:00.000Z',
        lastSeen: '2032-04-06T09:00:00.000Z',
      },
      {
        outlet: 'Тест-Вести',
        word: 'освобождении',
        reports: 1,
        events: 1,
        firstSeen: '2032-04-05T12:00:00.000Z',
        lastSeen: '2032-04-05T12:00:00.000Z',
      },
      {
        outlet: 'Test Kyiv Post',
        word: 'withdrawal',
        reports: 1,
        events: 1,
        firstSeen: '2032-04-07T08:00:00.000Z',
        lastSeen: '2032-04-07T08:00:00.000Z',
      },
    ]);
  });

  it("across an entity's events, keeps only the event types and publication days asked for", async () => {
    const FRAMINGS = `query($id: ID!, $types: [EventType!], $from: Date, $to: Date) { entity(id: $id) {
      framingByOutlet(eventTypes: $types, publishedFrom: $from, publishedTo: $to) { outlet word reports firstSeen lastSeen }
    } }`;
    const rows = async (variables: Record<string, unknown>) => (await ask(FRAMINGS, { id: TOWN, ...variables }))['entity'].framingByOutlet;
    expect((await rows({})).map((r: any) => [r.outlet, r.word, r.reports])).toEqual([
      ['Test Wire', 'capture', 2],
      ['Тест-Вести', 'освобождении', 1],
      ['Test Kyiv Post', 'withdrawal', 1],
    ]);
    expect(await rows({ types: ['ATTACK'] })).toEqual([]);
    // Both ends inclusive: the wire's second report and the Ukrainian one.
    expect(await rows({ types: ['CONTROL_CHANGE'], from: '2032-04-06', to: '2032-04-07' })).toEqual([
      { outlet: 'Test Wire', word: 'capture', reports: 1, firstSeen: '2032-04-06T09:00:00.000Z', lastSeen: '2032-04-06T09:00:00.000Z' },
      {
        outlet: 'Test Kyiv Post',
        word: 'withdrawal',
        reports: 1,
        firstSeen: '2032-04-07T08:00:00.000Z',
        lastSeen: '2032-04-07T08:00:00.000Z',
      },
    ]);
    const refused = await api.run(FRAMINGS, { id: TOWN, from: '2032-04-07', to: '2032-04-06' });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publishedTo' });
    const empty = await api.run(FRAMINGS, { id: TOWN, types: [] });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTypes' });
  });
});

describe('contested facts', () => {
  it('finds none where the reports agree, however often they repeat it', async () => {
    // Four reports, three outlets: one place, and April 5 given three times (once as its morning).
    expect(await contestedOf(CAPTURE)).toEqual([]);
  });

  it('sets two times and two places given for one strike against each other, with the reports behind each', async () => {
    const [time, place, ...more] = await contestedOf(STRIKE);
    expect(more).toEqual([]);
    const behind = (outlet: string) => ({ denies: false, outlets: [outlet], side: null, reports: [{ article: { outlet } }], claims: [] });
    expect(time).toEqual({
      kind: 'TIME',
      positions: [
        { ...behind('Test Kyiv Post'), place: null, time: { month: 4, day: 2, partOfDay: null } },
        { ...behind('Test Wire'), place: null, time: { month: 4, day: 3, partOfDay: 'EVENING' } },
      ],
    });
    expect(place).toEqual({
      kind: 'PLACE',
      positions: [
        { ...behind('Test Kyiv Post'), time: null, place: { id: toGlobalId('Place', run.key('place:test-viewpoints-prykladne')) } },
        { ...behind('Test Wire'), time: null, place: { id: toGlobalId('Place', run.key('place:test-viewpoints-testivka')) } },
      ],
    });
  });

  it('sets a denial against the reports, the denial by its side and outlet', async () => {
    await run.ingest('105_test_ua_denial');
    const [occurrence, ...more] = await contestedOf(CAPTURE);
    expect(more).toEqual([]);
    expect(occurrence.kind).toBe('OCCURRENCE');
    const [stated, denied, ...others] = occurrence.positions;
    expect(others).toEqual([]);
    expect(stated).toMatchObject({ denies: false, side: null, outlets: ['Test Kyiv Post', 'Test Wire', 'Тест-Вести'], claims: [] });
    expect(stated.reports.map((r: any) => r.article.outlet)).toEqual(['Тест-Вести', 'Test Wire', 'Test Wire', 'Test Kyiv Post']);
    expect(denied).toMatchObject({ denies: true, side: { name: 'Ukraine' }, outlets: ['Тест-Новини'], reports: [] });
    expect(denied.claims).toEqual([{ quote: expect.stringContaining('захопили Тестогірськ'), flags: expect.arrayContaining(['DENIAL']) }]);
  });

  it("gives an entity its events' contentions, with the event each is about", async () => {
    const data = await ask(`query($id: ID!) { entity(id: $id) { contested { kind event { id } } } }`, { id: TOWN });
    expect(data['entity'].contested).toEqual([{ kind: 'OCCURRENCE', event: { id: CAPTURE } }]);
  });

  it('lists contested events page by page, each once, and nothing uncontested', async () => {
    const PAGE = `query($after: String) { contestedEvents(first: 2, after: $after) {
      edges { node { id contested { kind } } } pageInfo { hasNextPage endCursor }
    } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ask(PAGE, { after }))['contestedEvents'];
      for (const { node } of page.edges) {
        expect(node.contested.length).toBeGreaterThan(0);
        seen.push(node.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...new Set(seen)]);
    expect(seen).toEqual(expect.arrayContaining([CAPTURE, STRIKE]));
    expect(seen).not.toContain(toGlobalId('Event', 'event:putin-visit-ugt-command-post-2025-11-30'));
  });

  it('costs one statement per field however many events it is under', async () => {
    // Both events of the test material began in these days; other files' events may too.
    const EVENTS = `query($first: Int) { events(first: $first, filter: { from: "2032-04-02", to: "2032-04-05" }) { edges { node {
      id contested { kind } framingByOutlet { word }
    } } } }`;
    const one = await api.run(EVENTS, { first: 1 });
    const many = await api.run(EVENTS, { first: 100 });
    expect(many.errors).toBeUndefined();
    const kinds = new Map(many.data!['events'].edges.map(({ node }: any) => [node.id, node.contested.map((c: any) => c.kind)]));
    expect(kinds.get(STRIKE)).toEqual(['TIME', 'PLACE']);
    expect(kinds.get(CAPTURE)).toEqual(['OCCURRENCE']);
    expect(many.queryCount).toBe(one.queryCount);
  });

  // Last: it changes the test material's places.
  it('reads a place as it is now: once the two villages are found to be one, only the times disagree', async () => {
    const [testivka, prykladne] = ['testivka', 'prykladne'].map((v) => toGlobalId('Place', run.key(`place:test-viewpoints-${v}`)));
    const merged = await api.run(
      `mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { id } }`,
      { keep: prykladne, remove: testivka },
      TEST_API_KEY,
    );
    expect(merged.errors).toBeUndefined();
    expect((await contestedOf(STRIKE)).map((c: any) => c.kind)).toEqual(['TIME']);
  });
});
