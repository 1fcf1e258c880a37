import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';

/** Browsing: every person, the places of an oblast by how often they are named, page by page. */
const { api } = await servedTestGraph();

const LIST = `query($kinds: [EntityKind!], $country: String, $adminArea: String, $sort: EntitySort, $first: Int, $after: String) {
  entities(kinds: $kinds, country: $country, adminArea: $adminArea, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind ... on Place { country } mentions { totalCount } } } } }`;

async function list(variables: Record<string, unknown>) {
  const result = await api.run(LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data!['entities'];
}

describe('entities', () => {
  it('lists people by name, A to Z, every page following on from the last', async () => {
    const whole = await list({ kinds: ['PERSON'], first: 6 });
    const first = await list({ kinds: ['PERSON'], first: 3 });
    const next = await list({ kinds: ['PERSON'], first: 3, after: first.pageInfo.endCursor });
    const names = (page: any) => page.edges.map((e: any) => e.node.name);
    expect([...names(first), ...names(next)]).toEqual(names(whole));
    expect(names(whole)).toEqual([...names(whole)].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(whole.edges.every((e: any) => e.node.kind === 'PERSON')).toBe(true);
    expect(whole.totalCount).toBeGreaterThan(6);
  });

  it("lists an oblast's places by how often articles name them, Pokrovsk among the first", async () => {
    const places = await list({ kinds: ['PLACE'], country: 'ua', adminArea: 'donetsk oblast', sort: 'MENTIONS', first: 5 });
    const counts = places.edges.map((e: any) => e.node.mentions.totalCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(places.edges.map((e: any) => e.node.id)).toContain(toGlobalId('Place', 'place:pokrovsk-donetsk-ua'));
    expect(places.edges.every((e: any) => e.node.country === 'UA')).toBe(true);
    const next = await list({
      kinds: ['PLACE'],
      country: 'UA',
      adminArea: 'Donetsk Oblast',
      sort: 'MENTIONS',
      first: 5,
      after: places.pageInfo.endCursor,
    });
    const ids = new Set(places.edges.map((e: any) => e.node.id));
    expect(next.edges.some((e: any) => ids.has(e.node.id))).toBe(false);
    expect(next.edges.every((e: any) => e.node.mentions.totalCount <= counts.at(-1))).toBe(true);
  });

  it('refuses a cursor of another order, and a country that is not one, naming the argument', async () => {
    const byName = await list({ kinds: ['PLACE'], first: 1 });
    const wrong = await api.run(LIST, { kinds: ['PLACE'], sort: 'MENTIONS', after: byName.pageInfo.endCursor });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const country = await api.run(LIST, { country: 'Ukraine' });
    expect(country.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
  });
});
