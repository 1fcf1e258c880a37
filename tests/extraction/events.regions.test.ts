import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/** Regions and the towns in them as news names them (issue 11 §5). */
const VOVCHANSK = 'place:vovchansk-kharkiv-ua';
const KHARKIV_OBLAST = 'place:kharkiv-oblast-ua';
const KUPIANSK = 'place:geonames-703656';

const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);

describe('extractEvents: a region locating a town', () => {
  it('takes the town a region locates, in three languages', () => {
    expect(placesOf(`[[Vovchansk|${VOVCHANSK}]] in [[Kharkiv Oblast|${KHARKIV_OBLAST}]] stayed under shelling.`)).toEqual([
      ['ATTACK', VOVCHANSK],
    ]);
    expect(placesOf(`Идут бои под [[Купянском|${KUPIANSK}]] в [[Харьковской области|${KHARKIV_OBLAST}]].`, 'ru')).toEqual([
      ['ATTACK', KUPIANSK],
    ]);
    expect(placesOf(`У [[Вовчанську|${VOVCHANSK}]] на [[Харківщині|${KHARKIV_OBLAST}]] тривають обстріли.`, 'uk')).toEqual([
      ['ATTACK', VOVCHANSK],
    ]);
  });

  it('keeps a city after a country, which does not locate it', () => {
    const source = `У посольства [[России|place:russia]] в [[Вильнюсе|place:vilnius]] прошла акция протеста.`;
    expect(placesOf(source, 'ru')).toEqual([['PROTEST', 'place:vilnius']]);
  });

  it('reads a Ukrainian or Russian place before a noun as locating it, so the towns named after it win', () => {
    const source = `На [[Дніпропетровщині|place:dnipropetrovsk-oblast-ua]] під вогнем опинилися [[Нікополь|place:nikopol]] і [[Марганець|place:marhanets]].`;
    expect(placesOf(source, 'uk')).toEqual([
      ['ATTACK', 'place:nikopol'],
      ['ATTACK', 'place:marhanets'],
    ]);
  });
});

describe('extractEvents: areas and the towns of a region', () => {
  it('reaches further for a place an area word introduces', () => {
    const [rodynske, bilytske] = ['place:geonames-695581', 'place:geonames-712613'];
    const ru = `Удары нанесены по пунктам временной дислокации в районах [[Родинского|${rodynske}]] и [[Белицкого|${bilytske}]].`;
    expect(placesOf(ru, 'ru')).toEqual([
      ['ATTACK', rodynske],
      ['ATTACK', bilytske],
    ]);
    const uk = `Удари завдано по пунктах тимчасової дислокації ворога в районі [[Родинського|${rodynske}]].`;
    expect(placesOf(uk, 'uk')).toEqual([['ATTACK', rodynske]]);
    const en = `Shelling hit two schools and a hospital in the town centre near [[Rodynske|${rodynske}]].`;
    expect(placesOf(en)).toEqual([['ATTACK', rodynske]]);
  });

  it('lists a region after "and the towns of"', () => {
    const kharkiv = 'place:geonames-706483';
    const en = `Drones struck [[Kharkiv|${kharkiv}]] and several towns of the [[Kharkiv region|${KHARKIV_OBLAST}]].`;
    expect(placesOf(en)).toEqual([
      ['ATTACK', kharkiv],
      ['ATTACK', KHARKIV_OBLAST],
    ]);
    const ru = `Дроны атаковали [[Харьков|${kharkiv}]] и сёла [[Харьковской области|${KHARKIV_OBLAST}]].`;
    expect(placesOf(ru, 'ru')).toEqual([
      ['ATTACK', kharkiv],
      ['ATTACK', KHARKIV_OBLAST],
    ]);
    const uk = `Дрони атакували [[Харків|${kharkiv}]] та села [[Харківської області|${KHARKIV_OBLAST}]].`;
    expect(placesOf(uk, 'uk')).toEqual([
      ['ATTACK', kharkiv],
      ['ATTACK', KHARKIV_OBLAST],
    ]);
  });
});

describe('extractEvents: a region only when none of its towns is named', () => {
  it('takes the town named in the clause after its region', () => {
    const [oblast, kostiantynivka] = ['place:donetsk-oblast-ua', 'place:geonames-705104'];
    const uk = `Унаслідок обстрілів на [[Донеччині|${oblast}]] загинули двоє цивільних у [[Костянтинівці|${kostiantynivka}]].`;
    expect(placesOf(uk, 'uk')).toEqual([['ATTACK', kostiantynivka]]);
    const ru = `В результате обстрелов в [[Донецкой области|${oblast}]] погибли двое мирных жителей в [[Константиновке|${kostiantynivka}]].`;
    expect(placesOf(ru, 'ru')).toEqual([['ATTACK', kostiantynivka]]);
    const en = `Shelling across the [[Donetsk region|${oblast}]] killed two civilians in [[Kostiantynivka|${kostiantynivka}]].`;
    expect(placesOf(en)).toEqual([['ATTACK', kostiantynivka]]);
    expect(placesOf(`Shelling went on across the [[Donetsk region|${oblast}]].`)).toEqual([['ATTACK', oblast]]);
  });
});
