/**
 * Round 12: when the article has used one name for two entities (the town of Дмитриев, then
 * Кирилл Дмитриев), a bare mention is the one it used last. Sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type LinkedMention } from '../../src/linking/linker.js';
import { entry, place } from './gazetteer.fixture.js';

const index = buildNameIndex([
  { ...place('place:kursk-oblast-ru', 'RU', 'Kursk Oblast', [], ['Курская область']), featureClass: 'A', featureCode: 'ADM1' },
  place('place:dmitriev-kursk-ru', 'RU', 'Kursk Oblast', ['place:kursk-oblast-ru'], ['Дмитриев']),
  entry('person:kirill-dmitriev', 'PERSON', ['Кирилл Дмитриев']),
]);

const SINCE = /^the article used the name for another entity since/;
const bare = (text: string): LinkedMention[] => linkMentions(text, index, { language: 'ru' }).filter((m) => m.text === 'Дмитриев');
const town = 'Беспилотники атаковали Дмитриев в Курской области. Дмитриев без тепла.';

describe('a name the article used for two entities', () => {
  it('is, bare, the one it used last: the person named in full after the town', () => {
    const found = bare(`${town}\n\nВ Стамбуле Кирилл Дмитриев провел переговоры.\n\nОн опроверг, что Дмитриев привез план.`);
    const last = found.at(-1)!;
    expect(last.entityKey).toBe('person:kirill-dmitriev');
    const placeCandidate = last.candidates.find((c) => c.entityKey === 'place:dmitriev-kursk-ru')!;
    expect(placeCandidate.evidence.some((e) => SINCE.test(e))).toBe(true);
  });

  it('leaves mentions before the later use alone', () => {
    const found = bare(`${town}\n\nВ Стамбуле Кирилл Дмитриев провел переговоры.`);
    expect(found.map((m) => m.entityKey)).toEqual(['place:dmitriev-kursk-ru', 'place:dmitriev-kursk-ru']);
    for (const m of found) for (const c of m.candidates) expect(c.evidence.some((e) => SINCE.test(e))).toBe(false);
  });
});
