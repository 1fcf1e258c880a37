import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, servedTestGraph } from '../support/api.js';

/** Arguments are checked before they reach Cypher: ids name what they say, days exist. */
const { api } = await servedTestGraph();

const POKROVSK = 'place:pokrovsk-donetsk-ua';
const PUTIN = 'person:vladimir-putin';

async function refusal(query: string, variables: Record<string, unknown> = {}, apiKey?: string) {
  const result = await api.run(query, variables, apiKey);
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions?.['code']).toBe('BAD_USER_INPUT');
  return { field: error!.extensions?.['field'], message: error!.message };
}

const claimsAbout = (about: string) =>
  api.run('query($about: ID) { claims(filter: { about: $about }) { totalCount edges { node { quote } } } }', { about });
const eventsOf = (participant: string) =>
  api.run('query($p: ID) { events(filter: { participant: $p }) { totalCount edges { node { type } } } }', { p: participant });

describe('an empty id is refused, not read as "no filter"', () => {
  it.each([
    ['filter.speaker', '{ claims(filter: { speaker: "" }) { totalCount } }'],
    ['filter.about', '{ claims(filter: { about: "" }) { totalCount } }'],
    ['filter.article', '{ claims(filter: { article: "" }) { totalCount } }'],
    ['filter.place', '{ events(filter: { place: "" }) { totalCount } }'],
    ['filter.participant', '{ events(filter: { participant: "" }) { totalCount } }'],
    ['from', 'query($to: ID!) { connection(from: "", to: $to) { length } }'],
    ['id', '{ entity(id: "") { name } }'],
    ['id', '{ article(id: "") { title } }'],
    ['id', '{ node(id: "") { id } }'],
    ['after', '{ claims(after: "") { totalCount } }'],
    ['outlet', '{ articles(outlet: "") { totalCount } }'],
    ['language', '{ articles(language: "") { totalCount } }'],
  ])('%s: %s', async (field, query) => {
    expect((await refusal(query, { to: toGlobalId('Place', POKROVSK) })).field).toBe(field);
  });

  it('mergeEntities with an empty id is refused', async () => {
    const { field } = await refusal(
      'mutation($keep: ID!) { mergeEntities(keep: $keep, remove: "") { id } }',
      { keep: toGlobalId('Person', PUTIN) },
      TEST_API_KEY,
    );
    expect(field).toBe('remove');
  });
});

describe('an id whose label does not match what its key finds names nothing', () => {
  it('entity(id) and node(id) with a Person id of a place are null', async () => {
    const forged = toGlobalId('Person', POKROVSK);
    const result = await api.run('query($id: ID!) { entity(id: $id) { name } node(id: $id) { id } }', { id: forged });
    expect(result).toMatchObject({ data: { entity: null, node: null } });
    expect(result.errors).toBeUndefined();
    const real = await api.run('query($id: ID!) { entity(id: $id) { name } }', { id: toGlobalId('Place', POKROVSK) });
    expect(real.data!['entity']).toEqual({ name: 'Pokrovsk' });
  });

  it('claims about a place asked for with a Person or Event id of it: none', async () => {
    const real = await claimsAbout(toGlobalId('Place', POKROVSK));
    expect(real.data!['claims'].totalCount).toBeGreaterThan(0);
    for (const label of ['Person', 'Event'] as const) {
      const forged = await claimsAbout(toGlobalId(label, POKROVSK));
      expect(forged.errors).toBeUndefined();
      expect(forged.data!['claims']).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it('claims by a person asked for with an Organization id of him, events with him as a Place participant: none', async () => {
    const by = (speaker: string) => api.run('query($s: ID) { claims(filter: { speaker: $s }) { totalCount } }', { s: speaker });
    expect((await by(toGlobalId('Person', PUTIN))).data!['claims'].totalCount).toBeGreaterThan(0);
    expect((await by(toGlobalId('Organization', PUTIN))).data!['claims'].totalCount).toBe(0);
    expect((await eventsOf(toGlobalId('Organization', PUTIN))).data!['events']).toEqual({ totalCount: 0, edges: [] });
  });

  it('events of a person asked for with a Place id of him: none', async () => {
    const real = await eventsOf(toGlobalId('Person', PUTIN));
    expect(real.data!['events'].totalCount).toBeGreaterThan(0);
    const forged = await eventsOf(toGlobalId('Place', PUTIN));
    expect(forged.data!['events']).toEqual({ totalCount: 0, edges: [] });
  });

  it('a filter naming an entity that does not exist matches nothing', async () => {
    const result = await eventsOf(toGlobalId('Person', 'person:nobody-at-all'));
    expect(result.data!['events']).toEqual({ totalCount: 0, edges: [] });
  });

  it('connection between forged ids finds no path', async () => {
    const query = 'query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 3) { length } }';
    const real = await api.run(query, { from: toGlobalId('Person', PUTIN), to: toGlobalId('Place', POKROVSK) });
    expect(real.data!['connection'].length).toBeGreaterThan(0);
    const forged = await api.run(query, { from: toGlobalId('Organization', PUTIN), to: toGlobalId('Place', POKROVSK) });
    expect(forged.errors).toBeUndefined();
    expect(forged.data!['connection']).toEqual([]);
  });

  it('mergeEntities refuses an id that names no entity, before merging anything', async () => {
    const { field, message } = await refusal(
      'mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { id } }',
      { keep: toGlobalId('Person', PUTIN), remove: toGlobalId('Person', POKROVSK) },
      TEST_API_KEY,
    );
    expect({ field, message }).toEqual({ field: 'remove', message: 'remove: no such entity' });
    expect((await api.run('query($id: ID!) { entity(id: $id) { name } }', { id: toGlobalId('Place', POKROVSK) })).data!['entity']).toEqual({
      name: 'Pokrovsk',
    });
  });
});

describe('connection(from: X, to: X)', () => {
  it('is BAD_USER_INPUT on to: a path needs two entities', async () => {
    const id = toGlobalId('Person', PUTIN);
    expect(await refusal('query($id: ID!) { connection(from: $id, to: $id) { length } }', { id })).toEqual({
      field: 'to',
      message: 'to: names the same entity as from',
    });
  });
});

describe('days that cannot be', () => {
  const onDay = (month: number, day: number) => refusal(`{ events(filter: { onDay: { month: ${month}, day: ${day} } }) { totalCount } }`);

  it.each([
    [2, 30, 'filter.onDay: day 30 is not between 1 and 29 for month 2'],
    [13, 1, 'filter.onDay: month 13 is not between 1 and 12'],
    [4, 31, 'filter.onDay: day 31 is not between 1 and 30 for month 4'],
    [0, 0, 'filter.onDay: month 0 is not between 1 and 12'],
  ])('onDay %d/%d is refused', async (month, day, message) => {
    expect(await onDay(month, day)).toEqual({ field: 'filter.onDay', message });
  });

  it('onDay February 29th and November 30th are days', async () => {
    const result = await api.run(
      '{ feb: events(filter: { onDay: { month: 2, day: 29 } }) { totalCount } nov: events(filter: { onDay: { month: 11, day: 30 } }) { totalCount } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['nov'].totalCount).toBeGreaterThan(0);
  });

  it('from: February 30th is refused by the Date scalar itself', async () => {
    const result = await api.run('{ events(filter: { from: "2025-02-30" }) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a range that ends before it starts is refused', async () => {
    expect(await refusal('{ events(filter: { from: "2025-12-01", to: "2025-11-01" }) { totalCount } }')).toEqual({
      field: 'filter.to',
      message: 'filter.to: is before filter.from',
    });
  });
});
