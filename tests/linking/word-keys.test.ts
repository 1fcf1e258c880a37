import { describe, expect, it } from 'vitest';

import { looseKey, normalizeName } from '../../src/names/normalize.js';
import { caseLemmas } from '../../src/linking/morphology.js';
import { looseLemmasOf, wordKeys } from '../../src/linking/word-keys.js';

describe('wordKeys', () => {
  it('gives the folded keys of the word, its case lemmas with and without the two-letter ones', () => {
    const keys = wordKeys('Покровська');
    expect(keys.exact).toBe(normalizeName('Покровська'));
    expect(keys.loose).toBe(looseKey('Покровська'));
    expect(keys.lemmas).toContain('покровськ');
    expect(wordKeys('Яра').innerLemmas).toEqual(caseLemmas('Яра', 2));
    expect(wordKeys('Яра').innerLemmas).toContain('яр');
    expect(wordKeys('Яра').lemmas).not.toContain('яр');
  });

  it('keeps the keys of a word it has folded, and tells words apart by their spelling', () => {
    expect(wordKeys('Kharkiv’s')).toBe(wordKeys('Kharkiv’s'));
    expect(wordKeys('Харкові').exact).not.toBe(wordKeys('Харків').exact);
    expect(wordKeys('Yar').lemmas).toEqual([]);
  });

  it('stays right past the number of words it keeps', () => {
    for (let i = 0; i < 50_001; i++) wordKeys(`Слово${i}`);
    expect(wordKeys('Слово7').exact).toBe('слово7');
    expect(wordKeys('Покровська').lemmas).toContain('покровськ');
  });

  it('folds the loose keys of its lemmas once, in the lemmas’ order', () => {
    const keys = wordKeys('Рильську');
    expect(looseLemmasOf(keys)).toEqual(keys.lemmas.map(looseKey));
    expect(looseLemmasOf(keys)).toBe(looseLemmasOf(wordKeys('Рильську')));
  });
});
