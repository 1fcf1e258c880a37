import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { wordsOf } from '../../src/search/words.js';

/** What Intl.Segmenter (ICU's UAX #29, the rules Lucene's StandardTokenizer follows) calls words. */
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const byIcu = (text: string) =>
  [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map(({ segment, index }) => ({ start: index, end: index + segment.length, term: segment.toLowerCase() }));

/** Every article text the project holds: the seed, the test material, the gold sets in three languages. */
function corpus(): string[] {
  const texts = [readFileSync(fromRoot('seeds', 'articles', '000_c14c6e6254578141.txt'), 'utf8')];
  for (const dir of ['articles', 'gold', 'gold-heldout', 'gold-heldout-3', 'plain-news']) {
    const folder = fromRoot('tests', 'fixtures', dir);
    for (const file of readdirSync(folder)) if (/\.(txt|md)$/.test(file)) texts.push(readFileSync(`${folder}/${file}`, 'utf8'));
  }
  return texts;
}

describe('wordsOf', () => {
  it('cuts the words of every article the project holds as ICU does, in English, Russian and Ukrainian', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.some((text) => /[єїі]/.test(text)) && texts.some((text) => /[ыэъ]/.test(text))).toBe(true);
    for (const text of texts) expect(wordsOf(text)).toEqual(byIcu(text));
  });

  it.each([
    [
      "city’s fall, U.S. 3.5 1,000 п'ять Vovchansʼk a:b x_y",
      ['city’s', 'fall', 'u.s', '3.5', '1,000', "п'ять", 'vovchansʼk', 'a:b', 'x_y'],
    ],
    ['Sloviansk-Kramatorsk — «Это необратимо», 2025-12-01', ['sloviansk', 'kramatorsk', 'это', 'необратимо', '2025', '12', '01']],
    ["'quoted' ‘single’ end. start, 3,a a,3", ['quoted', 'single', 'end', 'start', '3', 'a', 'a', '3']],
  ])('cuts %j as UAX #29 does', (text, terms) => {
    expect(wordsOf(text).map((w) => w.term)).toEqual(terms);
    expect(wordsOf(text)).toEqual(byIcu(text));
  });

  it('leaves scripts written without spaces to the segmenter, which cuts them by dictionary', () => {
    expect(wordsOf('我们在北京大学学习 said').map((w) => w.term)).toEqual(['我们', '在', '北京', '大学', '学习', 'said']);
    expect(wordsOf('ภาษาไทยง่าย').map((w) => w.term)).toEqual(['ภาษา', 'ไทย', 'ง่าย']);
  });
});
