import { describe, expect, it } from 'vitest';

import { normalizeName } from '../../src/names/normalize.js';
import { nameQuery } from '../../src/search/lucene.js';
import { contextReadings } from '../../src/search/readings.js';

const shape = (query: string) => contextReadings(query).map((r) => [r.name, r.context.map((w) => w.code ?? w.key)]);

describe('the readings of a query as a name with context', () => {
  it('splits every way into a leading name and trailing context words, longest name first', () => {
    expect(shape('Pokrovsk Donetsk Oblast')).toEqual([
      ['Pokrovsk Donetsk', ['oblast']],
      ['Pokrovsk', ['donetsk', 'oblast']],
    ]);
  });

  it('takes the part before the first comma as the name, as users write it', () => {
    expect(shape('Pokrovsk, Donetsk Oblast, UA')).toEqual([['Pokrovsk', ['donetsk', 'oblast', 'UA']]]);
    expect(shape('Pokrovsk,')).toEqual([]);
  });

  it('folds context words as names are folded, and sees a possible country code', () => {
    expect(contextReadings('Покровськ Україна')[0]!.context).toEqual([{ key: normalizeName('Україна'), loose: 'ukraina', code: null }]);
    expect(contextReadings('Pokrovsk ua')[0]!.context[0]!.code).toBe('UA');
  });

  it('has none for a single word or a sentence', () => {
    expect(contextReadings('Pokrovsk')).toEqual([]);
    expect(contextReadings('one two three four five six seven eight nine')).toEqual([]);
  });
});

describe('the Lucene query of a name', () => {
  it('asks for the last word as a prefix once it has three letters', () => {
    expect(nameQuery('Krasnoarm', false)).toContain('keys:(krasnoarm*)');
    expect(nameQuery('Donetsk Peo', false)).toContain('keys:(donetsk AND peo*)');
    expect(nameQuery('Donetsk Pe', false)).not.toContain('*');
  });
});
