import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/** Where an event happened, from the constructions news uses for a place (issue 11 §5). */
const KUPIANSK = 'place:geonames-703656';
const KHERSON = 'place:geonames-706448';
const MINSK = 'place:minsk';

const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);
const framingsOf = (source: string, language = 'en') => events(source, language).map((e) => [e.place, e.framings.map((f) => f.text)]);

describe('extractEvents: places that are no event place', () => {
  it('does not take a country in a title as the place', () => {
    const putin = 'person:vladimir-putin';
    expect(placesOf(`Президент [[России|place:russia]] [[Владимир Путин|${putin}]] провёл совещание.`, 'ru')).toEqual([['MEETING', null]]);
    expect(placesOf(`Президент [[Росії|place:russia]] [[Володимир Путін|${putin}]] провів нараду.`, 'uk')).toEqual([['MEETING', null]]);
    expect(placesOf(`[[Russia|place:russia]]’s [[Vladimir Putin|${putin}]] held a meeting.`)).toEqual([['MEETING', null]]);
  });

  it('does not take the place an attack came from', () => {
    expect(placesOf(`Shelling from [[Belgorod|place:belgorod]] went on.`)).toEqual([]);
    expect(placesOf(`Обстрел из [[Белгорода|place:belgorod]] продолжался.`, 'ru')).toEqual([]);
    expect(placesOf(`Окупанти з [[Олешок|place:oleshky]] атакували [[Херсон|${KHERSON}]].`, 'uk')).toEqual([['ATTACK', KHERSON]]);
  });
});

describe('extractEvents: a later sentence referring back', () => {
  it('reads "the town" and its Russian and Ukrainian forms as the place last reported', () => {
    const en = `Russian forces captured [[Kupiansk|${KUPIANSK}]]. Kyiv denies that the town has fallen. The fall of the town was announced.`;
    expect(framingsOf(en)).toEqual([[KUPIANSK, ['captured', 'fallen', 'fall']]]);
    expect(framingsOf(`Войска взяли [[Купянск|${KUPIANSK}]]. Подразделения отходили из города.`, 'ru')).toEqual([
      [KUPIANSK, ['взяли', 'отходили']],
    ]);
    expect(framingsOf(`Дрони атакували [[Херсон|${KHERSON}]]. Вночі окупанти знову атакували місто.`, 'uk')).toEqual([
      [KHERSON, ['атакували', 'атакували']],
    ]);
  });

  it('reads a bare noun of the same type as the article’s first such event', () => {
    expect(framingsOf(`Talks were held in [[Minsk|${MINSK}]]. The talks lasted four hours.`)).toEqual([[MINSK, ['Talks', 'talks']]]);
    expect(framingsOf(`Переговоры прошли в [[Минске|${MINSK}]]. Встреча продолжалась четыре часа.`, 'ru')).toEqual([
      [MINSK, ['Переговоры', 'Встреча']],
    ]);
    expect(framingsOf(`Переговори пройшли в [[Мінську|${MINSK}]]. Зустріч тривала чотири години.`, 'uk')).toEqual([
      [MINSK, ['Переговори', 'Зустріч']],
    ]);
  });
});

describe('extractEvents: drones shot down over a place, nouns that give a time', () => {
  it('reaches further for a place after "over"', () => {
    const odesa = 'place:odesa-oblast-ua';
    expect(placesOf(`The Air Force shot down 41 of 55 drones launched overnight over the [[Odesa region|${odesa}]].`)).toEqual([
      ['ATTACK', odesa],
    ]);
    expect(placesOf(`ПВО сбили 41 из 55 украинских ударных беспилотников этой ночью над [[Одесской областью|${odesa}]].`, 'ru')).toEqual([
      ['ATTACK', odesa],
    ]);
    expect(placesOf(`Сили ППО збили 41 з 55 російських ударних дронів цієї ночі над [[Одещиною|${odesa}]].`, 'uk')).toEqual([
      ['ATTACK', odesa],
    ]);
  });

  it('reads "during the visit" as the visit already reported, not one to the place before it', () => {
    const [huliaipole, orikhiv] = ['place:geonames-707898', 'place:geonames-698428'];
    const en = `Zelensky visited [[Huliaipole|${huliaipole}]]. Bombs hit [[Orikhiv|${orikhiv}]] during the visit.`;
    expect(framingsOf(en)).toEqual([
      [huliaipole, ['visited', 'visit']],
      [orikhiv, ['hit']],
    ]);
    const ru = `Зеленский посетил [[Гуляйполе|${huliaipole}]]. Бомбы попали в [[Орехов|${orikhiv}]] после визита.`;
    expect(framingsOf(ru, 'ru')).toEqual([[huliaipole, ['посетил', 'визита']]]);
    const uk = `Зеленський відвідав [[Гуляйполе|${huliaipole}]]. Ракети вдарили по [[Оріхову|${orikhiv}]] під час візиту.`;
    // "вдарили" is a strike verb since round 8, read as English "hit" is.
    expect(framingsOf(uk, 'uk')).toEqual([
      [huliaipole, ['відвідав', 'візиту']],
      [orikhiv, ['вдарили']],
    ]);
  });

  it('reads "the town" as the last place of any event, but not "the village of" a place', () => {
    const [siversk, kostiantynivka] = ['place:geonames-694403', 'place:geonames-705104'];
    const refers = `Russian troops captured [[Siversk|${siversk}]]. Images showed fighting in the town centre.`;
    expect(placesOf(refers)).toEqual([
      ['CONTROL_CHANGE', siversk],
      ['ATTACK', siversk],
    ]);
    const further = `Russian troops captured [[Siversk|${siversk}]]. Fighting spread to villages north of the town.`;
    expect(placesOf(further)).toEqual([
      ['CONTROL_CHANGE', siversk],
      ['ATTACK', siversk],
    ]);
    const names = `Shelling hit [[Kostiantynivka|${kostiantynivka}]]. Russian units captured the village of Novoekonomichne.`;
    expect(placesOf(names)).toEqual([['ATTACK', kostiantynivka]]);
  });

  it('takes an English noun back to the first event only when "the" makes it definite', () => {
    const kharkiv = 'place:geonames-706483';
    expect(placesOf(`Drones struck [[Kharkiv|${kharkiv}]]. The village came under artillery fire.`)).toEqual([['ATTACK', kharkiv]]);
    expect(framingsOf(`Drones struck [[Kharkiv|${kharkiv}]]. Officials said the attacks went on.`)).toEqual([
      [kharkiv, ['struck', 'attacks']],
    ]);
  });
});

describe('extractEvents: a toll counted place by place', () => {
  const KOSTIANTYNIVKA = 'place:geonames-705104';
  const DRUZHKIVKA = 'place:geonames-616743';

  it('takes each place of coordinated clauses with a number, in three languages', () => {
    const en = `Shelling killed two civilians in [[Kostiantynivka|${KOSTIANTYNIVKA}]] and wounded four in [[Druzhkivka|${DRUZHKIVKA}]].`;
    expect(placesOf(en)).toEqual([
      ['ATTACK', KOSTIANTYNIVKA],
      ['ATTACK', DRUZHKIVKA],
    ]);
    const ru = `В результате обстрела погибли двое в [[Константиновке|${KOSTIANTYNIVKA}]], еще трое ранены в [[Дружковке|${DRUZHKIVKA}]].`;
    expect(placesOf(ru, 'ru')).toEqual([
      ['ATTACK', KOSTIANTYNIVKA],
      ['ATTACK', DRUZHKIVKA],
    ]);
    const uk = `Унаслідок обстрілу загинули двоє у [[Костянтинівці|${KOSTIANTYNIVKA}]], ще четверо поранені в [[Дружківці|${DRUZHKIVKA}]].`;
    expect(placesOf(uk, 'uk')).toEqual([
      ['ATTACK', KOSTIANTYNIVKA],
      ['ATTACK', DRUZHKIVKA],
    ]);
  });

  it('does not go on to a place of a clause that counts nothing', () => {
    const en = `Shelling hit [[Kostiantynivka|${KOSTIANTYNIVKA}]], and residents gathered in [[Druzhkivka|${DRUZHKIVKA}]].`;
    expect(placesOf(en)).toEqual([['ATTACK', KOSTIANTYNIVKA]]);
  });
});
