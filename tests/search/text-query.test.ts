import { describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { textClauses, textLucene } from '../../src/search/text-query.js';

describe('textClauses', () => {
  it('reads words, quoted phrases and word starts, in lower case as the index holds them', () => {
    expect(textClauses('Irreversible "Full LIBERATION" незворотн*')).toEqual([
      { terms: ['irreversible'], prefix: false },
      { terms: ['full', 'liberation'], prefix: false },
      { terms: ['незворотн'], prefix: true },
    ]);
  });

  it('takes typographic quotes for phrases and reads a word the tokenizer splits as a phrase', () => {
    expect(textClauses('«необратимый процесс» Sloviansk-Kramatorsk')).toEqual([
      { terms: ['необратимый', 'процесс'], prefix: false },
      { terms: ['sloviansk', 'kramatorsk'], prefix: false },
    ]);
  });

  it("keeps apostrophes inside words, as UAX #29 does: city’s, п'ять, Vovchansʼk", () => {
    expect(textClauses("city’s п'ять Vovchansʼk").map((c) => c.terms)).toEqual([['city’s'], ["п'ять"], ['vovchansʼk']]);
  });

  it('drops punctuation between words, and Lucene operators are words like any other', () => {
    expect(textClauses('irreversible , — OR (process)!').map((c) => c.terms)).toEqual([['irreversible'], ['or'], ['process']]);
  });

  it.each([
    ['"unclosed', 'not closed'],
    ['a*b', 'only end a word'],
    ['ab*', 'at least 3 letters'],
    ['well-kno*', 'single word'],
    ['… ! ?', 'no word'],
    ['1 2 3 4 5 6 7 8 9', 'at most 8'],
  ])('refuses %j', (query, message) => {
    expect(() => textClauses(query)).toThrow(InputError);
    expect(() => textClauses(query)).toThrow(message);
  });
});

describe('textLucene', () => {
  it('requires every clause in each field searched, escaping what Lucene would read as syntax', () => {
    const clauses = textClauses('"full liberation" irrevers* a:b');
    expect(textLucene(clauses, ['quote'])).toBe('quote:("full liberation" AND irrevers* AND a\\:b)');
    expect(textLucene(clauses, ['quote', 'text'])).toBe(
      'quote:("full liberation" AND irrevers* AND a\\:b) OR text:("full liberation" AND irrevers* AND a\\:b)',
    );
  });
});
