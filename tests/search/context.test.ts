import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';
import { place, search } from './search-api.js';

/**
 * Multi-word queries on the seed gazetteer (seeds/gazetteer/homonyms.yaml): Pokrovsk in Donetsk
 * Oblast beside Pokrovsk in Yakutia and Engels (Pokrovsk until 1931), Volchansk in Sverdlovsk
 * Oblast beside Vovchansk, whose Russian name is Volchansk.
 */
const { api } = await servedTestGraph();

const ids = async (query: string, args: Record<string, unknown> = {}) => (await search(api, query, args)).ids;

describe('a name with context words', () => {
  it.each([
    ['Pokrovsk Ukraine', 'place:pokrovsk-donetsk-ua'],
    ['Pokrovsk, Donetsk Oblast', 'place:pokrovsk-donetsk-ua'],
    ['Volchansk Sverdlovsk', 'place:volchansk-sverdlovsk-ru'],
  ])('"%s" finds %s alone, its homonyms left out', async (query, key) => {
    expect(await ids(query)).toEqual([place(key)]);
  });

  it('takes the context as a country code, an adminArea word, or a name of a containing place in any language', async () => {
    const donetsk = [place('place:pokrovsk-donetsk-ua')];
    for (const query of [
      'Pokrovsk UA',
      'Покровськ Україна',
      'Pokrovsk Украина',
      'Pokrovsk Donetsk',
      'Pokrovsk Донеччина',
      'Pokrovsk, Donbas',
    ]) {
      expect(await ids(query), query).toEqual(donetsk);
    }
    // "Sakha Republic (Yakutia)": a word inside the adminArea's brackets counts.
    expect(await ids('Pokrovsk Yakutia')).toEqual([place('place:pokrovsk-sakha-ru')]);
    expect(new Set(await ids('Pokrovsk Russia'))).toEqual(new Set([place('place:pokrovsk-sakha-ru'), place('place:engels-saratov-ru')]));
    expect(await ids('Vovchansk, Kharkiv Oblast')).toEqual([place('place:vovchansk-kharkiv-ua')]);
  });

  it("filters rather than boosts: a context that fits none of the name's places finds nothing", async () => {
    expect(await ids('Pokrovsk Saratov')).toEqual([place('place:engels-saratov-ru')]);
    expect(await ids('Pokrovsk Kharkiv')).toEqual([]);
    expect(await ids('Volchansk Ukraine')).toEqual([place('place:vovchansk-kharkiv-ua')]);
  });

  it('reads the whole query as one name first: multi-word names are not split into name and context', async () => {
    for (const [query, id] of [
      ["Donetsk People's Republic", place('place:donetsk-peoples-republic')],
      ['Armed Forces of Ukraine', toGlobalId('Organization', 'org:armed-forces-of-ukraine')],
      // Not the city of Donetsk, though its adminArea is Donetsk Oblast.
      ['Donetsk Oblast', place('place:donetsk-oblast-ua')],
    ] as const) {
      const { hits } = await search(api, query);
      expect(hits[0]?.node.id, query).toBe(id);
      expect(hits[0]?.matchedName.form, query).toBe(query);
      expect(
        hits.map((hit) => hit.node.id),
        query,
      ).not.toContain(place('place:donetsk-donetsk-ua'));
    }
  });

  it('costs one round trip, and counts what it finds', async () => {
    const result = await search(api, 'Pokrovsk Russia');
    expect(result.errors).toBeUndefined();
    expect(result.totalCount).toBe(2);
    // The page's statement and the count's.
    expect(result.queryCount).toBe(2);
  });

  it('forgives a misspelt name with its context when nothing matches exactly', async () => {
    expect(await ids('Pokrovzk, Donetsk Oblast')).toEqual([place('place:pokrovsk-donetsk-ua')]);
  });
});
