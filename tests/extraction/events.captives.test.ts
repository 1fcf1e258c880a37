import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/** Control-change words that report no place changing hands, and a place that holds the town after it (issue 11 §3). */
const ARTEMOVSK = 'place:geonames-713174';
const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);

describe('extractEvents: people taken prisoner are no control change', () => {
  it('reads "captured near X" with nothing taken, "взятые в плен", "взяті в полон" as no event', () => {
    expect(placesOf(`The ministry said the men included soldiers captured in [[Artemovsk|${ARTEMOVSK}]].`)).toEqual([]);
    expect(placesOf(`Her son had been captured near [[Vovchansk|place:vovchansk-kharkiv-ua]] a year ago.`)).toEqual([]);
    expect(placesOf(`Среди них есть взятые в плен в [[Артёмовске|${ARTEMOVSK}]].`, 'ru')).toEqual([]);
    expect(placesOf(`Серед них є взяті в полон в [[Артемівську|${ARTEMOVSK}]].`, 'uk')).toEqual([]);
  });

  it('still reads a place captured in the passive, and one captured as the object', () => {
    expect(placesOf(`[[Artemovsk|${ARTEMOVSK}]] was captured in May.`)).toEqual([['CONTROL_CHANGE', ARTEMOVSK]]);
    expect(placesOf(`Russian forces captured [[Artemovsk|${ARTEMOVSK}]] in May.`)).toEqual([['CONTROL_CHANGE', ARTEMOVSK]]);
  });

  it('reads the freed, carried far from the place, as people: "Освобождённых доставят … в Подмосковье"', () => {
    expect(placesOf(`Освобождённых доставят самолётами в [[Подмосковье|place:moscow-oblast-ru]].`, 'ru')).toEqual([]);
    expect(placesOf(`Освобождён [[Артёмовск|${ARTEMOVSK}]].`, 'ru')).toEqual([['CONTROL_CHANGE', ARTEMOVSK]]);
  });
});

describe('extractEvents: a participle used as an adjective names a state, not a happening', () => {
  it('reads "the occupied part of", "from occupied towns", "на окупованих територіях" as no event', () => {
    expect(placesOf(`They were held in the occupied part of the [[Donetsk region|place:donetsk-oblast-ua]].`)).toEqual([]);
    expect(placesOf(`Civilians were taken to [[Russia|place:russia]] from occupied towns.`)).toEqual([]);
    expect(placesOf(`Люди живуть на окупованих територіях [[Донеччини|place:donetsk-oblast-ua]].`, 'uk')).toEqual([]);
  });
});

describe('extractEvents: a place that holds the town after it', () => {
  it('takes the towns of "по предприятиям Украины в Днепропетровске и Павлограде", not the country', () => {
    const [dnipro, pavlohrad] = ['place:geonames-709930', 'place:geonames-697889'];
    const ru = `ВКС нанесли удар по предприятиям [[Украины|place:ukraine]] в [[Днепропетровске|${dnipro}]] и [[Павлограде|${pavlohrad}]].`;
    expect(placesOf(ru, 'ru')).toEqual([
      ['ATTACK', dnipro],
      ['ATTACK', pavlohrad],
    ]);
    expect(placesOf(`Drones struck plants of [[Ukraine|place:ukraine]] in [[Pavlohrad|${pavlohrad}]].`)).toEqual([['ATTACK', pavlohrad]]);
  });

  it('keeps a town located by "на" and a region: "під Гуляйполем на Запоріжжі"', () => {
    const huliaipole = 'place:geonames-707898';
    expect(placesOf(`Він побував під [[Гуляйполем|${huliaipole}]] на [[Запоріжжі|place:zaporizhzhia-oblast-ua]].`, 'uk')).toEqual([
      ['VISIT', huliaipole],
    ]);
  });
});
