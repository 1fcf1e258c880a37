import { describe, expect, it } from 'vitest';

import { byFirstWord, phraseOpeningAt } from '../../src/extraction/text/first-words.js';
import { words } from '../../src/extraction/text/words.js';

describe('byFirstWord', () => {
  it('groups phrases under their first word, keeping their order', () => {
    const index = byFirstWord(['according to', 'in an interview', 'according to sources'], (p) => p.split(' '));
    expect(index.get('according')).toEqual(['according to', 'according to sources']);
    expect(index.get('in')).toEqual(['in an interview']);
    expect(index.get('to')).toBeUndefined();
  });
});

describe('phraseOpeningAt', () => {
  const phrases = ['по словам', 'по данным', 'по его словам', 'со ссылкой на'];
  const tokens = words('Как сообщили, по его словам, всё идёт со ссылкой на источники');

  it('finds the first phrase of the list the words from `at` on read', () => {
    expect(phraseOpeningAt(phrases, tokens, 2)).toBe('по его словам');
    expect(phraseOpeningAt(phrases, tokens, 7)).toBe('со ссылкой на');
    expect(phraseOpeningAt(['по', 'по его словам'], tokens, 2)).toBe('по');
  });

  it('finds none where the words go on differently, or past the last word', () => {
    expect(phraseOpeningAt(phrases, tokens, 3)).toBeUndefined();
    expect(phraseOpeningAt(['источники сказали'], tokens, tokens.length - 1)).toBeUndefined();
    expect(phraseOpeningAt(phrases, tokens, tokens.length)).toBeUndefined();
  });
});
