/**
 * Round 13: case forms the declension tables lacked, found in seen sets 8–10 — a Russian plural
 * town after a soft consonant (в Грязях), a Russian soft adjective in a two-word name (Нижнего
 * Новгорода), a Ukrainian town in -еве in its nounal locative (у Мукачеві); and a town in the genitive
 * before кілька, which is no noun it agrees with. Sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions } from '../../src/linking/linker.js';
import { caseLemmas } from '../../src/linking/morphology.js';
import { place } from './gazetteer.fixture.js';

const index = buildNameIndex([
  place('place:gryazi', 'RU', 'Lipetsk Oblast', [], ['Грязи']),
  place('place:nizhny-novgorod', 'RU', 'Nizhny Novgorod Oblast', [], ['Нижний Новгород']),
  place('place:mukachevo', 'UA', 'Zakarpattia Oblast', [], ['Мукачево', 'Мукачеве']),
  place('place:orikhiv', 'UA', 'Zaporizhzhia Oblast', [], ['Оріхів']),
  place('place:orikhove', 'UA', 'Crimea', [], ['Оріхове']),
]);
const linked = (text: string): (string | null)[][] => linkMentions(text, index).map((m) => [m.text, m.entityKey]);

describe('a plural town after a soft consonant', () => {
  it('is found in the locative, dative and instrumental in -ях, -ям, -ями', () => {
    expect(linked('Пожар в Грязях; помощь Грязям; над Грязями.')).toEqual([
      ['Грязях', 'place:gryazi'],
      ['Грязям', 'place:gryazi'],
      ['Грязями', 'place:gryazi'],
    ]);
  });
});

describe('a Russian soft adjective in -ний', () => {
  it('declines with -его, -ему, -ем, inside a two-word name', () => {
    expect(linked('Аэропорт Нижнего Новгорода; к Нижнему Новгороду; в Нижнем Новгороде.')).toEqual([
      ['Нижнего Новгорода', 'place:nizhny-novgorod'],
      ['Нижнему Новгороду', 'place:nizhny-novgorod'],
      ['Нижнем Новгороде', 'place:nizhny-novgorod'],
    ]);
  });

  it('keeps the hard endings of a Ukrainian -ний (Південного)', () => {
    expect(caseLemmas('Південного')).toContain('південнии');
    expect(caseLemmas('Нижнего')).toContain('нижнии');
  });
});

describe('a Ukrainian town in -еве', () => {
  it('is found in its nounal locative in -і as well as its adjectival one', () => {
    expect(linked('У Мукачеві та в Мукачевому.')).toEqual([
      ['Мукачеві', 'place:mukachevo'],
      ['Мукачевому', 'place:mukachevo'],
    ]);
  });

  it('leaves -ові to the towns in -ів: Оріхові is Оріхів, not Оріхове', () => {
    expect(linked('В Оріхові.')).toEqual([['Оріхові', 'place:orikhiv']]);
    expect(caseLemmas('Оріхові')).not.toContain('оріхове');
  });
});

describe('a town in the genitive before кілька', () => {
  it('is the town: "a few" is no noun its adjectival ending agrees with', () => {
    const rivne = buildNameIndex([place('place:rivne', 'UA', 'Rivne Oblast', [], ['Рівне'])]);
    const found = linkMentions('У центрі Рівного кілька сотень людей; біля Рівного декілька машин.', rivne);
    expect(found.map((m) => [m.text, m.entityKey])).toEqual([
      ['Рівного', 'place:rivne'],
      ['Рівного', 'place:rivne'],
    ]);
  });
});
