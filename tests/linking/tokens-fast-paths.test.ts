import { describe, expect, it } from 'vitest';

import { isCapitalised, joinsName, tokenize } from '../../src/linking/tokens.js';

const pair = (text: string) => {
  const [left, right] = tokenize(text);
  return joinsName(text, left!, right!);
};

describe('tokens: the quick answers agree with the full tests', () => {
  it('tells capitals in ASCII and beyond it', () => {
    const text = 'Kyiv kyiv 9 Київ київ Éclair éclair';
    expect(tokenize(text).map((t) => isCapitalised(text, t))).toEqual([true, false, false, true, false, true, false]);
  });

  it('joins words one space apart, and still weighs every other gap', () => {
    expect(pair('Donetsk Oblast')).toBe(true);
    expect(pair('Donetsk  Oblast')).toBe(true);
    expect(pair('Donetsk, Oblast')).toBe(false);
    expect(pair('Donetsk. Oblast')).toBe(false);
    expect(pair('St. Petersburg')).toBe(true);
    expect(pair('Donetsk\nOblast')).toBe(false);
  });

  it('cuts a possessive off a word ending in s, and keeps a plain final s', () => {
    expect(tokenize('Kharkiv’s Sumy’S Zaporizhzhias').map((t) => t.exact)).toEqual(['kharkiv', 'sumy', 'zaporizhzhias']);
  });
});
