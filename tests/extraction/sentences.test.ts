import { describe, expect, it } from 'vitest';

import { paragraphs, sentences } from '../../src/extraction/text/sentences.js';

const texts = (text: string): string[] => sentences(text).map((s) => s.text);

describe('sentences', () => {
  it('splits at a stop before a capital and keeps closing quotes with their sentence', () => {
    expect(texts('“This is irreversible.” He said so. Then he left!')).toEqual(['“This is irreversible.”', 'He said so.', 'Then he left!']);
  });

  it('does not split after an initial or an abbreviation, in three languages', () => {
    expect(texts('Gen. Valery Gerasimov met V. Putin. They spoke.')).toEqual(['Gen. Valery Gerasimov met V. Putin.', 'They spoke.']);
    expect(texts('Он живет в г. Покровск. Это рядом.')).toEqual(['Он живет в г. Покровск.', 'Это рядом.']);
    expect(texts('На вул. Шевченка влучив дрон. Постраждалих немає.')).toEqual(['На вул. Шевченка влучив дрон.', 'Постраждалих немає.']);
  });

  it('does not split inside a number or before a lowercase word', () => {
    expect(texts('It rose 2.5 percent. e.g. not here. Next.')).toEqual(['It rose 2.5 percent. e.g. not here.', 'Next.']);
  });

  it('never runs a sentence across a paragraph, and gives spans equal to their slices', () => {
    const text = 'First line without stop\n\n  Second paragraph. And more  \nThird';
    const spans = sentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First line without stop', 'Second paragraph.', 'And more', 'Third']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(paragraphs(text).map((p) => p.text)).toEqual(['First line without stop', 'Second paragraph. And more', 'Third']);
  });

  it('takes a dash-opened reply as its own sentence', () => {
    expect(texts('Он замолчал. — Это неправда, — сказал он.')).toEqual(['Он замолчал.', '— Это неправда, — сказал он.']);
  });

  it('gives each reader its own list, of the text it asks about', () => {
    const text = 'One sentence. Another one.';
    texts(text).pop();
    expect(texts(text)).toEqual(['One sentence.', 'Another one.']);
    expect(texts('Something else.')).toEqual(['Something else.']);
    expect(texts(text)).toEqual(['One sentence.', 'Another one.']);
  });
});
