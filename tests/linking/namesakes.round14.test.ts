/**
 * Round 14 of issue 10: namesakes the seen sets set apart — "is not the Kirovske of …", a
 * namesake a warning only describes («не следует путать с портом в Ленинградской области») and
 * the name again in the next sentence. Places are test entries; sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type GazetteerEntry } from '../../src/linking/linker.js';

const place = (entityKey: string, forms: string[], population: number, adminArea: string): GazetteerEntry => ({
  entityKey,
  kind: 'PLACE',
  forms,
  within: [],
  country: entityKey.endsWith('-ru') ? 'RU' : 'UA',
  adminArea,
  featureClass: 'P',
  featureCode: 'PPL',
  population,
});

const index = buildNameIndex([
  place('place:kirovske-east-ua', ['Kirovske', 'Islam-Terek'], 200000, 'Crimea'),
  place('place:kirovske-nw-ua', ['Kirovske'], 20000, 'Crimea'),
  place('place:primorsk-zp-ua', ['Приморск'], 200000, 'Zaporizhzhia Oblast'),
  place('place:primorsk-len-ru', ['Приморск'], 20000, 'Leningrad Oblast'),
]);
const link = (text: string, language: string) =>
  linkMentions(text, index, { language }).map((m) => [m.text, m.entityKey, m.evidence.some((e) => e.startsWith('set against'))]);

describe('namesakes set apart (round 14)', () => {
  it('reads "is not the Kirovske of …" as no longer the Kirovske named before', () => {
    const found = link('A radar near Kirovske was hit. The town, renamed Islam-Terek, is not the Kirovske of the north-west.', 'en');
    expect(found[0]![1]).toBe('place:kirovske-east-ua');
    expect(found.at(-1)![1]).not.toBe('place:kirovske-east-ua');
  });

  it('takes the name in the sentence after a warning that only describes the namesake for that namesake', () => {
    const found = link(
      'Приморск на берегу Азовского моря не следует путать с портом на Балтике. Там ночью в районе порта Приморск сбиты дроны.',
      'ru',
    );
    expect(found.at(-1)![1]).toBe('place:primorsk-len-ru');
  });

  it('leaves the next sentence alone when the warning names the namesake itself', () => {
    const found = link('Приморск не следует путать с Приморском на Балтике. В Приморске сбиты дроны.', 'ru');
    expect(found.at(-1)![1]).not.toBe('place:primorsk-len-ru');
  });
});
