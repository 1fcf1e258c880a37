import { describe, expect, it } from 'vitest';

import { fromGlobalId, toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, servedTestGraph } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';

/**
 * The analyst's questions on the seed article plus the two test-material reports of the same
 * events (tests/fixtures/articles: a Ukrainian and a neutral viewpoint), loaded by global setup.
 */
const { api } = await servedTestGraph();

const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
const CONTROL_CHANGE = toGlobalId('Event', 'event:pokrovsk-control-change-2025');
const STEPANYAN = toGlobalId('Person', 'person:alexander-stepanyan');
const PUTIN = toGlobalId('Person', 'person:vladimir-putin');
const UNIFIED_GROUPING = toGlobalId('Organization', 'org:unified-grouping-of-troops');
const SEED_ARTICLE = toGlobalId('Article', 'c14c6e6254578141');
/** A hop end with the scalar fields of each kind it can be. */
const PATH_NODE =
  '__typename ... on Entity { id name } ... on Event { id type time { precision startsAt } } ... on Claim { id quote speaker { anonymous description } }';

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const result = await api.run(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  // As an HTTP client sees it (dates as ISO strings).
  return JSON.parse(JSON.stringify(result.data)) as Record<string, any>;
}

describe('analyst questions', () => {
  it('name usage: who still says Krasnoarmysk, and who says Pokrovsk', async () => {
    const data = await ask(
      `query($id: ID!) { entity(id: $id) { nameUsage { form mentions outlets { outlet mentions articles firstSeen lastSeen } } } }`,
      { id: POKROVSK },
    );
    const usage = Object.fromEntries(data['entity'].nameUsage.map((u: any) => [u.form, u]));
    expect(usage['Krasnoarmysk'].mentions).toBe(10);
    expect(usage['Krasnoarmysk'].outlets.map((o: any) => o.outlet)).toEqual(['unknown']);
    expect(usage['Pokrovsk'].outlets.map((o: any) => o.outlet).sort()).toEqual(['Test Kyiv Desk', 'Test Wire', 'unknown']);
    expect(usage['Krasnoarmeysk'].outlets).toEqual([
      { outlet: 'Test Wire', mentions: 2, articles: 1, firstSeen: '2025-12-01T18:00:00.000Z', lastSeen: '2025-12-01T18:00:00.000Z' },
    ]);
    const counts = data['entity'].nameUsage.map((u: any) => u.mentions);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('name at a date: Krasnoarmiisk in 2010, Pokrovsk today', async () => {
    const data = await ask(
      `query($id: ID!) { entity(id: $id) { in2010: nameAt(date: "2010-06-01", language: "uk") { form kind } today: nameAt(date: "2025-06-01") { form kind } } }`,
      { id: POKROVSK },
    );
    expect(data['entity'].in2010).toEqual({ form: 'Красноармійськ', kind: 'FORMER' });
    expect(data['entity'].today).toEqual({ form: 'Pokrovsk', kind: 'OFFICIAL' });
  });

  it('timeline: events and claims in time order, each with its precision', async () => {
    const data = await ask(
      `query($id: ID!) { entity(id: $id) { timeline(first: 50) { totalCount edges { node { at precision event { type } claim { quote } } } } } }`,
      { id: POKROVSK },
    );
    const entries = data['entity'].timeline.edges.map((e: any) => e.node);
    expect(entries).toHaveLength(data['entity'].timeline.totalCount);
    const dated = entries.filter((e: any) => e.at !== null).map((e: any) => e.at);
    expect(dated).toEqual([...dated].sort());
    expect(entries.slice(dated.length).every((e: any) => e.at === null)).toBe(true);
    expect(entries.some((e: any) => e.claim && e.precision === 'DAY')).toBe(true);
    expect(entries.some((e: any) => e.event?.type === 'CONTROL_CHANGE')).toBe(true);
  });

  it('timeline pages with keyset cursors without gaps or repeats', async () => {
    const query = `query($id: ID!, $after: String) { entity(id: $id) { timeline(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { at event { id } claim { id } } } } } }`;
    const all = await ask(query.replace('first: 3', 'first: 100'), { id: POKROVSK });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ask(query, { id: POKROVSK, after }))['entity'].timeline;
      seen.push(...page.edges.map((e: any) => e.node.event?.id ?? e.node.claim.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all['entity'].timeline.edges.map((e: any) => e.node.event?.id ?? e.node.claim.id));
  });

  it('who says what: claims about Pokrovsk grouped by named, anonymous and agency-borne speakers', async () => {
    const data = await ask(
      `query($id: ID!) { entity(id: $id) { claimsBySpeaker { count speaker { anonymous description entity { name } } claims { quote via { entity { name } } article { title } } } } }`,
      { id: POKROVSK },
    );
    const groups = data['entity'].claimsBySpeaker;
    const byName = (name: string) => groups.find((g: any) => g.speaker.entity?.name === name);
    expect(byName('Alexander Stepanyan').claims.every((c: any) => c.via?.entity?.name === 'TASS')).toBe(true);
    const anonymous = groups.filter((g: any) => g.speaker.anonymous);
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
    expect(anonymous.every((g: any) => g.speaker.description)).toBe(true);
    expect(groups.map((g: any) => g.count)).toEqual([...groups.map((g: any) => g.count)].sort((a: number, b: number) => b - a));
  });

  it('who says what about Pokrovsk groups the claims about its control change too, unless direct', async () => {
    const query = `query($id: ID!) { entity(id: $id) {
      all: claimsBySpeaker { count claims { id article { id } } }
      direct: claimsBySpeaker(direct: true) { count claims { id article { id } } }
      claimsAbout(first: 100) { totalCount }
      directAbout: claimsAbout(first: 100, direct: true) { totalCount } } }`;
    const data = (await ask(query, { id: POKROVSK }))['entity'];
    const claims = (groups: any[]) => groups.flatMap((g) => g.claims);
    const inSeed = (groups: any[]) => claims(groups).filter((c) => c.article.id === SEED_ARTICLE).length;
    expect([inSeed(data.all), inSeed(data.direct)]).toEqual([7, 5]);
    expect([claims(data.all).length, claims(data.direct).length]).toEqual([data.claimsAbout.totalCount, data.directAbout.totalCount]);
  });

  it('corroboration: three outlets report the control change, each quoting TASS beside sources of its own', async () => {
    const data = await ask(
      `query($id: ID!) { node(id: $id) { ... on Event { corroboration { outlets independentOutlets reports { outlet onlyRepeats via { name } } } } } }`,
      { id: CONTROL_CHANGE },
    );
    const { outlets, independentOutlets, reports } = data['node'].corroboration;
    expect(outlets).toBe(3);
    expect(independentOutlets).toBe(3);
    expect(reports.map((r: any) => r.via.map((v: any) => v.name))).toEqual([['TASS'], ['TASS'], ['TASS']]);
    expect(reports.every((r: any) => !r.onlyRepeats)).toBe(true);
  });

  it('corroboration: a report whose every claim about the event came through another source only repeats it', async () => {
    const original = sampleArticle();
    const eventKey = original.document.events[0]!.id;
    original.document.claims[0]!.about = [eventKey];
    const echo = sampleArticle();
    echo.document.events[0]!.id = eventKey;
    echo.document.claims[0] = {
      ...echo.document.claims[0]!,
      about: [eventKey],
      via: { entity: original.keys.mayor, description: 'according to Ivan Testenko' },
    } as never;
    for (const { document } of [original, echo]) {
      const result = await api.run(`mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`, { d: document }, TEST_API_KEY);
      expect(result.errors).toBeUndefined();
    }
    const data = await ask(
      `query($id: ID!) { node(id: $id) { ... on Event { corroboration { outlets independentOutlets reports { onlyRepeats article { id } } } } } }`,
      { id: toGlobalId('Event', eventKey) },
    );
    const { outlets, independentOutlets, reports } = data['node'].corroboration;
    expect({ outlets, independentOutlets }).toEqual({ outlets: 2, independentOutlets: 1 });
    const repeating = reports.filter((r: any) => r.onlyRepeats).map((r: any) => r.article.id);
    expect(repeating).toEqual([toGlobalId('Article', echo.keys.id)]);
  });

  it('connection: Stepanyan reaches Putin through the events and claims, with the articles behind each hop', async () => {
    const data = await ask(
      `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4) { length hops { type from { __typename } to { __typename } articles { id } } } }`,
      {
        from: toGlobalId('Person', 'person:alexander-stepanyan'),
        to: toGlobalId('Person', 'person:vladimir-putin'),
      },
    );
    const paths = data['connection'];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.hops).toHaveLength(path.length);
      // Hops through events and claims rest on the articles reporting them (gazetteer relations rest on none).
      const factHops = path.hops.filter((hop: any) => ['PARTICIPATED_IN', 'AT', 'SAID_BY', 'ABOUT'].includes(hop.type));
      expect(factHops.every((hop: any) => hop.articles.length > 0)).toBe(true);
    }
    expect(paths.some((path: any) => path.hops.some((hop: any) => hop.to.__typename === 'Event' || hop.to.__typename === 'Claim'))).toBe(
      true,
    );
  });

  it('connection: one round trip brings every hop whole, its ends chained from one entity to the other', async () => {
    const ends: any[] = [];
    for (const [from, to] of [
      [STEPANYAN, PUTIN],
      [PUTIN, UNIFIED_GROUPING],
    ]) {
      const result = await api.run(
        `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4) {
        length hops { type from { ${PATH_NODE} } to { ${PATH_NODE} } articles { id title outlet publishedAt } } } }`,
        { from, to },
      );
      expect(result.errors).toBeUndefined();
      expect(result.queryCount).toBe(1);
      const paths = result.data!['connection'];
      expect(paths.length).toBeGreaterThan(0);
      for (const { hops } of paths) {
        expect(hops[0].from.id).toBe(from);
        expect(hops.at(-1).to.id).toBe(to);
        hops.slice(1).forEach((hop: any, i: number) => expect(hop.from.id).toBe(hops[i].to.id));
        for (const hop of hops) {
          ends.push(hop.from, hop.to);
          expect(hop.articles.every((a: any) => a.title)).toBe(true);
          const keys = hop.articles.map((a: any) => fromGlobalId(a.id).key);
          expect(keys).toEqual([...keys].sort());
        }
      }
    }
    expect(ends.find((node: any) => node.__typename === 'Claim')).toMatchObject({
      quote: expect.any(String),
      speaker: { anonymous: false },
    });
    expect(ends.find((node: any) => node.__typename === 'Event')).toMatchObject({
      type: 'VISIT',
      time: { precision: 'DAY', startsAt: '2025-11-30' },
    });
    expect(ends.find((node: any) => node.__typename === 'Place')).toMatchObject({ name: expect.any(String) });
  });

  it('connection: a bound below the shortest path finds none; a bound at it or above finds the same paths', async () => {
    const query = `query($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) { connection(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length hops { type from { ${PATH_NODE} } to { ${PATH_NODE} } articles { id } } } }`;
    const paths = async (maxHops: number, first = 20) => (await ask(query, { from: STEPANYAN, to: PUTIN, maxHops, first }))['connection'];
    const widest = await paths(6);
    const shortest = widest[0].length;
    expect(shortest).toBeGreaterThan(1);
    expect(await paths(shortest - 1)).toEqual([]);
    expect(await paths(shortest)).toEqual(widest);
    expect(await paths(6, 1)).toEqual(widest.slice(0, 1));
  });

  it('connection: too many hops asked is BAD_USER_INPUT', async () => {
    const result = await api.run(`query($id: ID!) { connection(from: $id, to: $id, maxHops: 9) { length } }`, { id: POKROVSK });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'maxHops' });
  });

  it('search says when a name is ambiguous and gives each candidate its context', async () => {
    const data = await ask(
      `{ searchEntities(query: "Pokrovsk", types: [PLACE], first: 5) { ambiguous edges { score node { name ... on Place { country adminArea } } } } }`,
    );
    const places = data['searchEntities'].edges.map((e: any) => e.node);
    expect(data['searchEntities'].ambiguous).toBe(true);
    expect(places[0]).toMatchObject({ name: 'Pokrovsk', country: 'UA' });
    expect(places.some((p: any) => p.country === 'RU')).toBe(true);
    const clear = await ask(`{ searchEntities(query: "Stepanyan") { ambiguous } }`);
    expect(clear['searchEntities'].ambiguous).toBe(false);
  });
});
