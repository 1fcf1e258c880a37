import { describe, expect, it } from 'vitest';

import { textClauses } from '../../src/search/text-query.js';
import { MAX_SPANS, matchedSpans } from '../../src/search/text-spans.js';

const whole = (text: string) => [{ start: 0, end: text.length, text }];
const spans = (text: string, query: string) => matchedSpans(whole(text), textClauses(query));

describe('matchedSpans', () => {
  it('finds every occurrence of a word whatever its case, and not inside longer words', () => {
    const text = 'Irreversible, he said; irreversibly IRREVERSIBLE.';
    expect(spans(text, 'irreversible')).toEqual([
      { start: 0, end: 12, text: 'Irreversible' },
      { start: 36, end: 48, text: 'IRREVERSIBLE' },
    ]);
  });

  it('spans a phrase whole, only with its words in a row', () => {
    const text = 'an irreversible process; a process irreversible';
    expect(spans(text, '"irreversible process"')).toEqual([{ start: 3, end: 23, text: 'irreversible process' }]);
  });

  it('finds the inflected forms a word start reaches, in Cyrillic', () => {
    const text = 'Процес незворотний. Незворотного не буде, сказав він незворотно';
    expect(spans(text, 'незворотн*').map((s) => s.text)).toEqual(['незворотний', 'Незворотного', 'незворотно']);
  });

  it('gives a claim spans in its article: segment offsets, one span per segment a phrase crosses', () => {
    const article = '‘This is an irreversible process,’ Stepanyan said, ‘leading to the full liberation.’';
    const at = (text: string) => ({ start: article.indexOf(text), end: article.indexOf(text) + text.length, text });
    const segments = [at('This is an irreversible process,'), at('leading to the full liberation.')];
    expect(matchedSpans(segments, textClauses('"process leading"'))).toEqual([at('process'), at('leading')]);
    expect(matchedSpans(segments, textClauses('liberation irreversible'))).toEqual([at('irreversible'), at('liberation')]);
    expect(matchedSpans(segments, textClauses('Stepanyan'))).toEqual([]);
  });

  it('merges overlapping matches of several clauses into one span, in text order', () => {
    expect(spans('a full liberation of the region', 'liberation "full liberation"')).toEqual([
      { start: 2, end: 17, text: 'full liberation' },
    ]);
  });

  it(`reports at most ${MAX_SPANS}`, () => {
    expect(spans('war '.repeat(MAX_SPANS + 10), 'war')).toHaveLength(MAX_SPANS);
  });

  it('finds nothing where the words are not', () => {
    expect(spans('Nothing here.', 'irreversible')).toEqual([]);
  });
});

describe('matchedSpans in a long article', () => {
  const filler = (n: number) => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(n);
  const text = `${filler(40)}An irreversible process, he said. ${filler(40)}An IRREVERSIBLE-process toward war. ${filler(40)}`;

  it('finds what reading the whole finds, reading only the stretches around the first terms', () => {
    expect(text.length).toBeGreaterThan(4_000);
    const found = spans(text, '"irreversible process" war*');
    expect(found.map((s) => s.text)).toEqual(['irreversible process', 'IRREVERSIBLE-process', 'war']);
    for (const span of found) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('finds a phrase across punctuation there, as the index does', () => {
    expect(spans(`${filler(40)}alpha, beta ${filler(40)}`, '"alpha beta"').map((s) => s.text)).toEqual(['alpha, beta']);
  });

  it('reads the whole text when its lower case is not as long, and still places the words', () => {
    const turkish = `${filler(40)}İstanbul said irreversible ${filler(40)}`;
    const [span] = spans(turkish, 'irreversible');
    expect(turkish.slice(span!.start, span!.end)).toBe('irreversible');
  });
});
