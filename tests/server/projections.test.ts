import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';

/**
 * Statements read only what the operation selects (src/graph/projections.ts), and every row of a
 * kind in one request is read alike, so a row one field put in a loader serves all the others.
 */
const { db, api } = await servedTestGraph();

const PUTIN = toGlobalId('Person', 'person:vladimir-putin');
const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');

/** Every read statement the request ran, through the request's query-counting view. */
async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const read = db.read.bind(db);
  db.read = async (cypher, params) => {
    statements.push(cypher);
    return read(cypher, params);
  };
  try {
    return { result: await run(), statements };
  } finally {
    db.read = read;
  }
}

describe('projections follow the selection', () => {
  it('reads the properties asked for and no others', async () => {
    const { result, statements } = await recorded(() => api.run('query($id: ID!) { entity(id: $id) { name } }', { id: PUTIN }));
    expect(result.errors).toBeUndefined();
    expect(result.data!['entity']).toEqual({ name: expect.any(String) });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('.id, .name }');
    expect(statements[0]).not.toMatch(/description|wikidata|\.\*/);
  });

  it('serves a row read ahead for one field to another field that needs more of it', async () => {
    // The place is read ahead under events (name only there) and again as the root entity
    // (description, country), loaded through the same Entity loader: both see every field.
    const query = `query($id: ID!) {
      events(filter: { place: $id }, first: 5) { edges { node { place { name } } } }
      entity(id: $id) { ... on Place { description country name } } }`;
    const { data, errors } = await api.run(query, { id: POKROVSK });
    expect(errors).toBeUndefined();
    const whole = await api.run('query($id: ID!) { entity(id: $id) { ... on Place { description country name } } }', { id: POKROVSK });
    expect(data!['entity']).toEqual(whole.data!['entity']);
    expect(data!['entity'].country).toEqual(expect.any(String));
    const places = data!['events'].edges.map((edge: { node: { place: { name: string } } }) => edge.node.place.name);
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places)).toEqual(new Set([whole.data!['entity'].name]));
  });

  it('reads an event label whose place no other field selected', async () => {
    const { data, errors } = await api.run('query($id: ID!) { events(filter: { place: $id }, first: 1) { edges { node { label } } } }', {
      id: POKROVSK,
    });
    expect(errors).toBeUndefined();
    expect(data!['events'].edges[0].node.label).toMatch(/Pokrovsk/);
  });
});

describe('paged reports and hop articles', () => {
  it('Event.reports(first) reads at most that many, read ahead or loaded', async () => {
    const query = `query($id: ID!) { events(filter: { place: $id }, first: 5) { edges { node { all: reports(first: 100) { article { id } } one: reports(first: 1) { article { id } } } } } }`;
    const { data, errors } = await api.run(query, { id: POKROVSK });
    expect(errors).toBeUndefined();
    const events = data!['events'].edges.map((edge: { node: { all: unknown[]; one: unknown[] } }) => edge.node);
    const reported = events.find((event: { all: unknown[] }) => event.all.length > 1);
    expect(reported).toBeDefined();
    expect(reported.one).toEqual(reported.all.slice(0, 1));
    const refused = await api.run(
      'query($id: ID!) { events(filter: { place: $id }) { edges { node { reports(first: 101) { framing } } } } }',
      {
        id: POKROVSK,
      },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('PathHop.articles(first) cuts each hop to that many, by id', async () => {
    // The seed's hops have an article or two: first 0 shows the cut, first 1 the order.
    const query = `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 3) {
      hops { all: articles(first: 100) { id } one: articles(first: 1) { id title } none: articles(first: 0) { id } } } }`;
    const { data, errors } = await api.run(query, { from: PUTIN, to: POKROVSK });
    expect(errors).toBeUndefined();
    const hops = data!['connection'].flatMap((path: { hops: unknown[] }) => path.hops);
    expect(hops.some((hop: { all: unknown[] }) => hop.all.length > 0)).toBe(true);
    for (const hop of hops) {
      const ids = hop.all.map((a: { id: string }) => a.id);
      expect(ids).toEqual([...ids].sort());
      expect(hop.one.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 1));
      expect(hop.none).toEqual([]);
    }
  });
});
