import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/** Places a sentence gives beyond the first: a tally broken down by area, a second target, a meeting during a visit (issue 11). */
const LENINGRAD = 'place:leningrad-oblast-ru';
const NOVGOROD = 'place:novgorod-oblast-ru';
const KRASNODAR = 'place:krasnodar-krai-ru';
const CRIMEA = 'place:crimea-ua';
const KYIV = 'place:geonames-703448';

const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);

describe('extractEvents: a tally broken down by area', () => {
  it('reads every area after "among them", "из них", "з них", however the parts are joined', () => {
    const en = `Air defences destroyed 120 drones over nine regions, among them 20 over the [[Leningrad region|${LENINGRAD}]] and seven over the [[Novgorod region|${NOVGOROD}]].`;
    expect(placesOf(en)).toEqual([
      ['ATTACK', LENINGRAD],
      ['ATTACK', NOVGOROD],
    ]);
    const ru = `ПВО уничтожили 40 беспилотников, из них 25 — над территорией [[Краснодарского края|${KRASNODAR}]], восемь — над морем и семь — над [[Крымом|${CRIMEA}]].`;
    expect(placesOf(ru, 'ru')).toEqual([
      ['ATTACK', KRASNODAR],
      ['ATTACK', CRIMEA],
    ]);
    const uk = `ППО знищили 40 дронів, з них 25 — над [[Кубанню|${KRASNODAR}]] і сім — над [[Кримом|${CRIMEA}]].`;
    expect(placesOf(uk, 'uk')).toEqual([
      ['ATTACK', KRASNODAR],
      ['ATTACK', CRIMEA],
    ]);
  });

  it('keeps to the first place when no breakdown word comes before it', () => {
    const ru = `ПВО уничтожили 40 беспилотников над [[Краснодарским краем|${KRASNODAR}]], ещё одна группа шла к [[Крыму|${CRIMEA}]].`;
    expect(placesOf(ru, 'ru')).toEqual([['ATTACK', KRASNODAR]]);
  });
});

describe('extractEvents: a second target named by what was hit there', () => {
  it('lists the place after "and a terminal at", "и линию в районе", "і склад у"', () => {
    const [a, b] = ['place:primorsk', 'place:ust-luga'];
    expect(placesOf(`Drones struck the port of [[Primorsk|${a}]] and a fuel terminal at [[Ust-Luga|${b}]] overnight.`)).toEqual([
      ['ATTACK', a],
      ['ATTACK', b],
    ]);
    const [c, d] = ['place:balaklava', 'place:inkerman'];
    expect(
      placesOf(`Обломки повредили крышу дома в [[Балаклаве|${c}]] и линию электропередачи в районе [[Инкермана|${d}]].`, 'ru'),
    ).toEqual([
      ['ATTACK', c],
      ['ATTACK', d],
    ]);
    expect(placesOf(`Дрони атакували депо в [[Балаклаві|${c}]] і склад у [[Інкермані|${d}]].`, 'uk')).toEqual([
      ['ATTACK', c],
      ['ATTACK', d],
    ]);
  });
});

describe('extractEvents: a clause after the conjunction is no second target', () => {
  it('stops at a verb between the conjunction and the place', () => {
    const [a, b] = ['place:kostiantynivka', 'place:druzhkivka'];
    expect(placesOf(`Дроны атаковали [[Константиновку|${a}]] и жители собрались в [[Дружковке|${b}]].`, 'ru')).toEqual([['ATTACK', a]]);
    expect(placesOf(`Drones struck [[Kostiantynivka|${a}]] and the residents gathered in [[Druzhkivka|${b}]].`)).toEqual([['ATTACK', a]]);
  });
});

describe('extractEvents: a meeting during a visit', () => {
  it('holds a meeting with no place of its own where the sentence’s visit went', () => {
    const en = `The envoy arrived in [[Kyiv|${KYIV}]] on Tuesday, hours after a drone attack, and met the president.`;
    expect(placesOf(en).filter(([type]) => type !== 'ATTACK')).toEqual([
      ['VISIT', KYIV],
      ['MEETING', KYIV],
    ]);
    const ru = `Посланник прибыл в [[Киев|${KYIV}]] с рабочим визитом и встретился с президентом.`;
    expect(placesOf(ru, 'ru')).toEqual([
      ['VISIT', KYIV],
      ['MEETING', KYIV],
    ]);
  });

  it('leaves a meeting before the visit, or with no visit, unplaced', () => {
    expect(placesOf(`The envoy met the president before he visited [[Kyiv|${KYIV}]].`)).toEqual([['VISIT', KYIV]]);
  });
});

describe('extractEvents: a place a locator introduces, places a meeting is between, talks referred back to', () => {
  const CHERNIHIV = 'place:geonames-710735';
  it('takes "в Чернігові" before a name as the place, not as part of a title', () => {
    expect(placesOf(`Увечері в [[Чернігові|${CHERNIHIV}]] [[Чаус|person:viacheslav-chaus]] провів нараду.`, 'uk')).toEqual([
      ['MEETING', CHERNIHIV],
    ]);
    expect(placesOf(`Губернатор [[Чернігова|${CHERNIHIV}]] [[Чаус|person:viacheslav-chaus]] провів нараду.`, 'uk')).toEqual([
      ['MEETING', null],
    ]);
  });

  it('takes no place after "between" a meeting’s subject runs, and reads "в ходе переговоров" as the talks reported', () => {
    const ru = `Посланник прибыл в [[Киев|${KYIV}]] и встретился с президентом. В ходе переговоров обсуждалось сообщение между [[Москвой|place:moscow-ru]] и [[Киевом|${KYIV}]].`;
    expect(events(ru, 'ru').map((e) => [e.type, e.place, e.framings.map((f) => f.text)])).toEqual([
      ['VISIT', KYIV, ['прибыл']],
      ['MEETING', KYIV, ['встретился', 'переговоров']],
    ]);
  });
});
