/**
 * Round 13: an adjective's case form is read from the word as written, not its folded key, which
 * spells й and ї as и and і: a Ukrainian feminine adjective (Канівської, Хмельницькій) takes the
 * capitalised word after it into a longer name (Канівської ГЕС, the plant, not the town of
 * Канівська), as the Russian ones always did. A town named by a noun and a capitalised adjective
 * joined by a hyphen (Переяслав-Хмельницький) is one name, neither half a mention of its own.
 * Sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions } from '../../src/linking/linker.js';
import { place } from './gazetteer.fixture.js';

const index = buildNameIndex([
  place('place:kanevskaya', 'RU', 'Krasnodar Krai', [], ['Каневская', 'Канівська']),
  place('place:khmelnytska', 'UA', 'Khmelnytskyi Oblast', [], ['Хмельницька']),
  place('place:kharkiv', 'UA', 'Kharkiv Oblast', [], ['Харків']),
  place('place:pereiaslav', 'UA', 'Kyiv Oblast', [], ['Переяслав']),
  place('place:khmelnytskyi', 'UA', 'Khmelnytskyi Oblast', [], ['Хмельницький']),
  place('place:kyiv', 'UA', 'Kyiv', [], ['Київ']),
]);
const linked = (text: string): (string | null)[][] => linkMentions(text, index, { language: 'uk' }).map((m) => [m.text, m.entityKey]);

describe('a Ukrainian adjective in -ої or -ій before a capitalised word', () => {
  it('is part of the longer name, not a place of its own', () => {
    expect(linked('Гребля Канівської ГЕС працює, а в Хмельницькій АЕС кажуть інше.')).toEqual([]);
  });

  it('still names the place before a lower-case word', () => {
    expect(linked('Жителі Канівської громади.')).toEqual([['Канівської', 'place:kanevskaya']]);
  });

  it('leaves a noun’s case form ending its own name before a capitalised word (в Харкові Терехов)', () => {
    expect(linked('Учора в Харкові Терехов сказав.')).toEqual([['Харкові', 'place:kharkiv']]);
  });
});

describe('a town named by a noun and a capitalised adjective joined by a hyphen', () => {
  it('is one name: neither half is a mention, though each is a town’s name', () => {
    expect(linked('Колишній Переяслав-Хмельницький перейменували, а Хмельницький ні.')).toEqual([['Хмельницький', 'place:khmelnytskyi']]);
  });

  it('leaves two towns joined as nouns, and an adjective after a dash with spaces', () => {
    expect(linked('Траса Київ-Переяслав; Київ - Хмельницький.')).toEqual([
      ['Київ', 'place:kyiv'],
      ['Переяслав', 'place:pereiaslav'],
      ['Київ', 'place:kyiv'],
      ['Хмельницький', 'place:khmelnytskyi'],
    ]);
  });
});
