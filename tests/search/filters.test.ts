import { describe, expect, it } from 'vitest';

import { servedTestGraph } from '../support/api.js';
import { place, search } from './search-api.js';

const { api } = await servedTestGraph();

describe('searchEntities filters', () => {
  it('by country, an ISO 3166-1 alpha-2 code in either case', async () => {
    expect((await search(api, 'Pokrovsk', { country: 'UA' })).ids).toEqual([place('place:pokrovsk-donetsk-ua')]);
    const russian = await search(api, 'Pokrovsk', { country: 'ru' });
    expect(new Set(russian.ids)).toEqual(new Set([place('place:pokrovsk-sakha-ru'), place('place:engels-saratov-ru')]));
    expect(russian.totalCount).toBe(2);
  });

  it('by adminArea, ignoring case', async () => {
    expect((await search(api, 'Pokrovsk', { adminArea: 'saratov oblast' })).ids).toEqual([place('place:engels-saratov-ru')]);
    expect((await search(api, 'Donetsk', { adminArea: 'Rostov Oblast', country: 'RU' })).ids).toEqual([place('place:donetsk-rostov-ru')]);
    expect((await search(api, 'Donetsk', { adminArea: 'Rostov Oblast', country: 'UA' })).ids).toEqual([]);
  });

  it('together with context words', async () => {
    expect((await search(api, 'Krasnoarmeysk Russia', { adminArea: 'Moscow Oblast' })).ids).toEqual([
      place('place:krasnoarmeysk-moscow-ru'),
    ]);
  });

  it.each([
    ['country', 'Ukraine', /^country: "Ukraine" is not an ISO 3166-1 alpha-2 code such as "UA"$/],
    ['country', 'ZZ', /^country: "ZZ" is not an ISO 3166-1 alpha-2 code/],
    ['country', '', /^country: "" is not an ISO 3166-1 alpha-2 code/],
    ['adminArea', '  ', /^adminArea: must not be empty/],
    ['adminArea', 'x'.repeat(201), /^adminArea: must be at most 200 characters$/],
  ])('refuses %s %j as BAD_USER_INPUT naming the argument', async (argument, value, message) => {
    const { errors } = await search(api, 'Pokrovsk', { [argument]: value });
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: argument });
    expect(errors?.[0]?.message).toMatch(message);
  });
});
