import { describe, expect, it } from 'vitest';

import { findQuotes } from '../../src/extraction/quotes/quotes.js';

/** The words of each quote found, one array of segments per quote. */
const quoted = (text: string): string[][] => findQuotes(text).map((q) => q.segments.map((s) => s.text));

describe('findQuotes', () => {
  it('finds English double and single curly quotes, keeping the trailing comma or stop inside', () => {
    expect(quoted('He said: “We will win.” Then he left.')).toEqual([['We will win.']]);
    expect(quoted('‘This is an irreversible process,’ Stepanyan said, ‘leading to liberation.’')).toEqual([
      ['This is an irreversible process,'],
      ['leading to liberation.'],
    ]);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(quoted('‘Russia’s industry gains,’ he said. ‘They’ve endured years.’')).toEqual([
      ['Russia’s industry gains,'],
      ['They’ve endured years.'],
    ]);
    expect(quoted("Pokrovs'k lies west of Donetsk; the officials’ report and Russia’s claim differ.")).toEqual([]);
    expect(quoted("Діти грали в м'яч у Слов'янську. 'Тут тихо,' сказала вона.")).toEqual([['Тут тихо,']]);
    expect(quoted('‘The soldiers’ families are safe,’ he said, calling them ‘heroes’ and ‘patriots’.')).toEqual([
      ['The soldiers’ families are safe,'],
      ['heroes'],
      ['patriots'],
    ]);
  });

  it('pairs straight double quotes by position, and a straight single quote inside them stays inside', () => {
    expect(quoted('"It is over," he said, "finally." Then "another" came.')).toEqual([['It is over,'], ['finally.'], ['another']]);
    expect(quoted(`"He told me 'no' twice," she said.`)).toEqual([["He told me 'no' twice,"]]);
  });

  it('reads guillemets and low-high quotes, with a quote inside a quote kept in the outer one', () => {
    expect(quoted('«Это „наш“ город», — сказал он.')).toEqual([['Это „наш“ город']]);
    expect(quoted('Він сказав: „Ми не відступимо“.')).toEqual([['Ми не відступимо']]);
    expect(quoted('“He called it ‘a trap’ and left,” she said.')).toEqual([['He called it ‘a trap’ and left,']]);
    expect(quoted('"Мы готовы", - отметил министр.')).toEqual([['Мы готовы']]);
  });

  it('continues a quote into the next paragraph when that paragraph opens with a quote mark', () => {
    const text = '“The first part goes on.\n\n“And the second part,” he said.\n\n“Unclosed and not continued.\n\nPlain text.';
    expect(quoted(text)).toEqual([['The first part goes on.', 'And the second part,']]);
    const [quote] = findQuotes(text);
    expect(quote!.open).toBe(0);
  });

  it('reads a paragraph opening with a dash as a reply, its pieces between dashes alternating with the attribution', () => {
    expect(quoted('Он замолчал.\n— Это неправда, — сказал он. — Мы не отступим.')).toEqual([['Это неправда,'], ['Мы не отступим.']]);
    expect(quoted('– Ми тримаємо позиції, – наголосив речник.')).toEqual([['Ми тримаємо позиції,']]);
  });

  it('keeps a dash inside a reply, not after a comma, as the reply’s own (test sentences)', () => {
    expect(quoted('— План на зиму — удержать рубеж. Темп важнее, — сказал генерал. — Мы готовы.')).toEqual([
      ['План на зиму — удержать рубеж. Темп важнее,'],
      ['Мы готовы.'],
    ]);
    expect(quoted('— Кожен дрон — це загроза, — заявив речник.')).toEqual([['Кожен дрон — це загроза,']]);
  });

  it('gives spans equal to their slices and never the marks themselves', () => {
    const text = 'A «b» c “d” e ‘f’ g "h" i „j“.\n— k, — l.';
    for (const quote of findQuotes(text)) {
      for (const s of quote.segments) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).not.toMatch(/^[«“‘"„—]|[»”’"“]$/u);
      }
    }
    expect(quoted(text)).toEqual([['b'], ['d'], ['f'], ['h'], ['j'], ['k,']]);
  });
});
