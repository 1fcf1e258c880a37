import { describe, expect, it } from 'vitest';

import { highlight } from '../../src/app/explore/model/highlight.js';

const render = (text: string, spans: { start: number; end: number }[]) =>
  highlight(text, spans)
    .map(({ text: piece, marked }) => (marked ? `[${piece}]` : piece))
    .join('');

describe('highlight', () => {
  it('marks each span, in text order whatever order they come in', () => {
    expect(
      render('Putin visited Pokrovsk', [
        { start: 14, end: 22 },
        { start: 0, end: 5 },
      ]),
    ).toBe('[Putin] visited [Pokrovsk]');
  });

  it('marks overlapping and touching spans as one', () => {
    expect(
      render('the capture of Krasnoarmysk', [
        { start: 4, end: 27 },
        { start: 15, end: 27 },
      ]),
    ).toBe('the [capture of Krasnoarmysk]');
    expect(
      render('abcdef', [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ]),
    ).toBe('[abcd]ef');
  });

  it('counts UTF-16 code units, as the API does, and cuts spans past the text', () => {
    expect(render('Покровськ 🇺🇦 x', [{ start: 10, end: 14 }])).toBe('Покровськ [🇺🇦] x');
    expect(
      render('short', [
        { start: 3, end: 99 },
        { start: 7, end: 9 },
        { start: 2, end: 2 },
      ]),
    ).toBe('sho[rt]');
  });

  it('leaves a text without spans whole', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});
