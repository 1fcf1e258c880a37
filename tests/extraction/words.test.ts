import { describe, expect, it } from 'vitest';

import { words } from '../../src/extraction/text/words.js';

const texts = (text: string, from?: number, to?: number): string[] => words(text, from, to).map((w) => w.text);

describe('words', () => {
  const text = "Russia’s troops left Pokrovs'k — пресс-секретарь said.";

  it('keeps apostrophes and hyphens inside a word, lowercased beside', () => {
    expect(texts(text)).toEqual(['Russia’s', 'troops', 'left', "Pokrovs'k", 'пресс-секретарь', 'said']);
    expect(words(text).map((w) => w.lower)).toContain('пресс-секретарь');
  });

  it('reads a part of a text as one pass over that part would, whatever was read before', () => {
    const left = text.indexOf('left');
    expect(texts(text, left, text.length)).toEqual(['left', "Pokrovs'k", 'пресс-секретарь', 'said']);
    // A range that starts inside a word, or ends inside one, cuts it.
    expect(texts(text, 3, left + 2)).toEqual(['sia’s', 'troops', 'le']);
    expect(texts(text, text.indexOf('’'), left)).toEqual(['s', 'troops']);
    expect(words(text, left, left + 2)[0]).toEqual({ start: left, end: left + 2, text: 'le', lower: 'le' });
    expect(texts('another text', 2, 12)).toEqual(['other', 'text']);
    expect(texts(text, 0, left)).toEqual(['Russia’s', 'troops']);
    expect(texts(text, left, left)).toEqual([]);
  });

  it('gives each reader its own list', () => {
    const first = words(text, 0, 20);
    first.pop();
    expect(texts(text, 0, 20)).toEqual(['Russia’s', 'troops', 'left']);
  });
});
