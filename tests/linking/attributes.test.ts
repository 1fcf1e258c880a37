import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions } from '../../src/linking/linker.js';
import { entry } from './gazetteer.fixture.js';

const village = (key: string, forms: string[]) =>
  entry(key, 'PLACE', forms, { country: 'UA', adminArea: 'Crimea', featureClass: 'P', population: 1_822 });

const index = buildNameIndex([
  village('place:krymske', ['Крымское']),
  village('place:chernoe', ['Чёрное']),
  village('place:pokrovske', ['Покровське']),
]);

const linked = (text: string) => linkMentions(text, index).map((m) => [m.text, m.entityKey]);

describe('linkMentions: an adjectival name as the attribute of a noun', () => {
  it('is no place before a lower-case noun in the same case', () => {
    expect(linked('Движение по Крымскому мосту и у Крымского моста закрыто.')).toEqual([]);
    expect(linked('В северо-восточной части Чёрного моря сбиты катера.')).toEqual([]);
    expect(linked('Бої на Покровському напрямку і в Покровському районі.')).toEqual([]);
  });

  it('stays a place before a verb, a conjunction or a comma', () => {
    const spans = (text: string) => linkMentions(text, index).map((m) => [m.text, m.candidates[0]!.entityKey]);
    expect(spans('В Крымском было тихо, жители Крымского сообщили.')).toEqual([
      ['Крымском', 'place:krymske'],
      ['Крымского', 'place:krymske'],
    ]);
    expect(spans('обстріляли Покровське та Покровського.')).toEqual([
      ['Покровське', 'place:pokrovske'],
      ['Покровського', 'place:pokrovske'],
    ]);
  });

  it('stays a place after a settlement word, whatever noun follows (в посёлке Крымском атаке подвергся)', () => {
    const spans = (text: string) => linkMentions(text, index).map((m) => [m.text, m.candidates[0]!.entityKey]);
    expect(spans('В посёлке Крымском атаке подвергся склад, у селі Покровському вулиці знеструмлені.')).toEqual([
      ['Крымском', 'place:krymske'],
      ['Покровському', 'place:pokrovske'],
    ]);
  });
});
