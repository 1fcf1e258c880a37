import { describe, expect, it } from 'vitest';

import { normalizeName } from '../../src/names/normalize.js';
import { servedTestGraph } from '../support/api.js';
import { place, search } from './search-api.js';

const { api } = await servedTestGraph();

describe('a name given in part', () => {
  it.each(['Pokrov', 'Krasnoarm', 'Покров', 'Красноарм', 'Krasnoarmiys'])(
    '"%s" finds Pokrovsk in one round trip, not through the fuzzy fallback',
    async (prefix) => {
      const { hits, queryCount } = await search(api, prefix, { types: ['PLACE'] });
      expect(hits[0]?.node.id).toBe(place('place:pokrovsk-donetsk-ua'));
      // Only the page's statement (totalCount aside): the exact query found it.
      expect(queryCount).toBe(2);
      expect(normalizeName(hits[0]!.matchedName.form).startsWith(normalizeName(prefix))).toBe(true);
    },
  );

  it('finds the homonyms that share the start too, and ranks a whole name above a part of one', async () => {
    const { ids } = await search(api, 'Krasnoarm', { types: ['PLACE'] });
    expect(ids).toEqual(expect.arrayContaining([place('place:krasnoarmeysk-moscow-ru'), place('place:krasnoarmeysk-saratov-ru')]));
    const exact = (await search(api, 'Pokrovsk', { types: ['PLACE'] })).hits[0]!.score;
    const part = (await search(api, 'Pokrov', { types: ['PLACE'] })).hits[0]!.score;
    expect(exact).toBeGreaterThan(2 * part);
  });

  it('takes the last word of several as the start of a longer one', async () => {
    const { ids } = await search(api, 'Donetsk Peo');
    expect(ids[0]).toBe(place('place:donetsk-peoples-republic'));
  });
});

describe('the matched name', () => {
  // Forms of one key tie in Lucene's score ("Pokrovsk", "Pokrovs'k", and Покровськ rendered), so
  // which one came first was luck: "Pokrovsk" reported "Pokrovs'k".
  const spelt = [
    ['Pokrovsk', 'Pokrovsk'],
    ['pokrovsk', 'Pokrovsk'],
    ["Pokrovs'k", "Pokrovs'k"],
    ['Покровськ', 'Покровськ'],
    ['Покровск', 'Покровск'],
    ['Krasnoarmeysk', 'Krasnoarmeysk'],
    ['KRASNOARMIISK', 'Krasnoarmiisk'],
  ];

  it('is the form the query spelt, among the forms of equal key', async () => {
    for (const [query, form] of spelt) {
      const { hits } = await search(api, query!, { types: ['PLACE'] });
      const pokrovsk = hits.find((hit) => hit.node.id === place('place:pokrovsk-donetsk-ua'));
      expect(pokrovsk?.matchedName.form, query).toBe(form);
    }
  });
});
