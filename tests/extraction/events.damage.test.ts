import { describe, expect, it } from 'vitest';

import { events, family } from '../support/events.js';

/** Attacks named by what they leave, by the present and reflexive forms, and lists that repeat their preposition (issue 11 §3). */
const KHARKIV = 'place:geonames-706483';
const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);

describe('extractEvents: an attack named by the damage or the explosions it left', () => {
  it('reads damaged, explosions and fire in English', () => {
    family('ATTACK', 'en', `Kharkiv|${KHARKIV}`, {
      'Debris from a drone damaged grain silos near P.': 'damaged',
      'Residents reported explosions in P.': 'explosions',
      'A fire at an oil terminal in P was put out.': 'fire',
    });
  });

  it('reads повредили, повреждена, взрывы, возгорание in Russian', () => {
    family('ATTACK', 'ru', `Харькове|${KHARKIV}`, {
      'В P обломки беспилотника повредили крышу школы.': 'повредили',
      'В P повреждена котельная.': 'повреждена',
      'В P ночью прогремели взрывы.': 'взрывы',
      'Губернатор сообщил о возгорании в P.': 'возгорании',
    });
  });

  it('reads пошкоджено, уражено, вибухи, постраждали in Ukrainian', () => {
    family('ATTACK', 'uk', `Харкові|${KHARKIV}`, {
      'У P пошкоджено приватні будинки.': 'пошкоджено',
      'У P уражено дві підстанції.': 'уражено',
      'У P уночі лунали вибухи.': 'вибухи',
      'Найбільше постраждали P.': 'постраждали',
    });
  });
});

describe('extractEvents: what an attack leaves names no attacker', () => {
  it('reads no event in a fire put out with no place: "Рятувальники ДСНС ліквідували пожежу", "Rescuers put out a fire"', () => {
    expect(events(`Рятувальники [[ДСНС|org:state-emergency-service-ua]] ліквідували пожежу.`, 'uk')).toEqual([]);
    expect(events(`Спасатели [[МЧС|org:emergencies-ministry-ru]] потушили пожар.`, 'ru')).toEqual([]);
    expect(events(`Rescuers of the [[State Emergency Service|org:state-emergency-service-ua]] put out a fire.`)).toEqual([]);
  });
});

describe('extractEvents: phrases news frames attacks with', () => {
  it('reads "під ударом", "под ударом", "under attack" whole, and "випустили по", "fired at" by the verb', () => {
    family('ATTACK', 'uk', `Балаклія|place:geonames-712926`, {
      'Під ударом також опинилася P.': 'Під ударом',
      'Війська випустили по P 500 снарядів.': 'випустили',
    });
    family('ATTACK', 'ru', `Балаклея|place:geonames-712926`, {
      'Под ударом оказалась P.': 'Под ударом',
      'Войска выпустили по P 500 снарядов.': 'выпустили',
    });
    family('ATTACK', 'en', `Balakliia|place:geonames-712926`, { 'P came under attack.': 'under attack', 'Troops fired at P.': 'fired' });
  });
});

describe('extractEvents: attacks in the present, reflexive and pressing forms', () => {
  it('reads атакує, тисне, намагаються просунутися in Ukrainian and обстреливаются, продвинулись in Russian', () => {
    family('ATTACK', 'uk', `Харкова|${KHARKIV}`, {
      'Ворог атакує в напрямку P.': 'атакує',
      'Окупанти намагаються просунутися до P.': 'просунутися',
    });
    family('ATTACK', 'uk', `Харків|${KHARKIV}`, { 'Противник тисне на P.': 'тисне' });
    family('ATTACK', 'ru', `Харькову|${KHARKIV}`, { 'Войска продвинулись к P.': 'продвинулись' });
    family('ATTACK', 'ru', `Харьков|${KHARKIV}`, { 'P по-прежнему обстреливаются.': 'обстреливаются' });
  });

  it('reads drones destroyed over a place as the attack on it: уничтожены над …', () => {
    family('ATTACK', 'ru', `Крымом|place:crimea-ua`, { 'Над P уничтожены 52 беспилотника.': 'уничтожены' });
    family('ATTACK', 'uk', `Одещиною|place:odesa-oblast-ua`, { 'Над P знищено 20 дронів.': 'знищено' });
  });
});

describe('extractEvents: a list of places that repeats its preposition', () => {
  it('takes every place of "у X та поблизу Y", "над X и Y областями, а также над Z", "on X and near Y"', () => {
    const [kupiansk, borova] = ['place:geonames-703656', 'place:geonames-711623'];
    expect(placesOf(`Окупанти штурмували позиції у [[Куп’янську|${kupiansk}]] та поблизу [[Борової|${borova}]].`, 'uk')).toEqual([
      ['ATTACK', kupiansk],
      ['ATTACK', borova],
    ]);
    const [lipetsk, tambov, tatarstan] = ['place:lipetsk-oblast-ru', 'place:tambov-oblast-ru', 'place:tatarstan-republic-ru'];
    expect(
      placesOf(
        `Над [[Липецкой|${lipetsk}]] и [[Тамбовской|${tambov}]] областями, а также над [[Татарстаном|${tatarstan}]] сбиты 77 беспилотников.`,
        'ru',
      ).sort(),
    ).toEqual([
      ['ATTACK', lipetsk],
      ['ATTACK', tambov],
      ['ATTACK', tatarstan],
    ]);
    expect(placesOf(`Artillery shelled [[Kupiansk|${kupiansk}]] and also near [[Borova|${borova}]].`)).toEqual([
      ['ATTACK', kupiansk],
      ['ATTACK', borova],
    ]);
  });

  it('reaches the places before a framing past the region locating them: "Nikopol and Marhanets in the Dnipropetrovsk region came under fire"', () => {
    const [nikopol, marhanets] = ['place:geonames-700051', 'place:geonames-701855'];
    const source = `[[Nikopol|${nikopol}]] and [[Marhanets|${marhanets}]] in the [[Dnipropetrovsk region|place:dnipropetrovsk-oblast-ua]] came under artillery and drone fire.`;
    expect(placesOf(source).sort()).toEqual([
      ['ATTACK', nikopol],
      ['ATTACK', marhanets],
    ]);
  });

  it('reads "both cities", "обоих городов", "обох міст" as the two places named before', () => {
    const [kramatorsk, sloviansk] = ['place:kramatorsk-donetsk-ua', 'place:sloviansk-donetsk-ua'];
    const cases: [string, string][] = [
      [
        'en',
        `Families left [[Kramatorsk|${kramatorsk}]] and [[Sloviansk|${sloviansk}]] after glide bombs hit residential areas of both cities.`,
      ],
      [
        'ru',
        `Семьи уехали из [[Краматорска|${kramatorsk}]] и [[Славянска|${sloviansk}]] после того, как авиабомбы поразили кварталы обоих городов.`,
      ],
      ['uk', `Родини виїхали з [[Краматорська|${kramatorsk}]] і [[Слов’янська|${sloviansk}]], бо авіабомби уразили квартали обох міст.`],
    ];
    for (const [language, source] of cases)
      expect(placesOf(source, language), source).toEqual([
        ['ATTACK', kramatorsk],
        ['ATTACK', sloviansk],
      ]);
  });

  it('keeps a place after a preposition without a conjunction out of the list: "Kupiansk near Kharkiv"', () => {
    expect(placesOf(`Artillery shelled [[Kupiansk|place:geonames-703656]] near [[Kharkiv|${KHARKIV}]].`)).toEqual([
      ['ATTACK', 'place:geonames-703656'],
    ]);
  });
});
