import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/**
 * Kinds of event miss found in round 9 on seen set 7 and seen sets 2–6, each a rule of grammar
 * in the three languages, with a sentence it must leave alone (test material, not news).
 */
const summary = (source: string, language = 'en') =>
  events(source, language).map((e) => ({ type: e.type, place: e.place, framings: e.framings.map((f) => f.text) }));
const places = (source: string, language = 'en') => events(source, language).map((e) => e.place);

const KURSK = 'place:kursk-oblast-ru';
const BELGOROD = 'place:belgorod-oblast-ru';
const ORYOL = 'place:oryol-oblast-ru';
const MOSCOW = 'place:moscow-ru';

describe('extractEvents: a tally broken into its parts after a colon', () => {
  it('names every area the parts count, with or without a dash for the verb', () => {
    const ru = `Ночью средства ПВО перехватили 40 беспилотников: 25 над территорией [[Курской области|${KURSK}]], 15 — над [[Белгородской областью|${BELGOROD}]].`;
    expect(places(ru, 'ru')).toEqual([KURSK, BELGOROD]);
    const uk = `Уночі сили ППО знищили 40 дронів: 25 — над [[Курською областю|${KURSK}]], 15 — над [[Бєлгородською областю|${BELGOROD}]].`;
    expect(places(uk, 'uk')).toEqual([KURSK, BELGOROD]);
    const en = `Air defences destroyed 40 drones overnight: 25 over the [[Kursk region|${KURSK}]] and 15 over the [[Belgorod region|${BELGOROD}]].`;
    expect(places(en)).toEqual([KURSK, BELGOROD]);
  });

  it('leaves a colon before words, not a count, a clause break', () => {
    const ru = `Ночью средства ПВО перехватили беспилотники, сообщили в штабе: обломки упали в [[Орловской области|${ORYOL}]].`;
    expect(places(ru, 'ru')).not.toContain(ORYOL);
  });
});

describe('extractEvents: participles of a report of downed drones', () => {
  it('reads "перехвачены", "перехоплені" as the verbs are read', () => {
    const ru = `Над [[Курской областью|${KURSK}]] ночью перехвачены 12 беспилотников.`;
    expect(summary(ru, 'ru')).toEqual([{ type: 'ATTACK', place: KURSK, framings: ['перехвачены'] }]);
    const uk = `Над [[Курською областю|${KURSK}]] вночі перехоплені 12 дронів.`;
    expect(summary(uk, 'uk')).toEqual([{ type: 'ATTACK', place: KURSK, framings: ['перехоплені'] }]);
  });
});

describe('extractEvents: the goal of what attacked, in a participle phrase', () => {
  it('places the attack where the drones were heading', () => {
    const ru = `Силы ПВО отразили атаку 20 беспилотников, летевших на [[Москву|${MOSCOW}]].`;
    expect(summary(ru, 'ru')).toEqual([{ type: 'ATTACK', place: MOSCOW, framings: ['отразили', 'атаку'] }]);
    const en = `Air defences shot down 20 drones, heading for [[Moscow|${MOSCOW}]].`;
    expect(summary(en)).toEqual([{ type: 'ATTACK', place: MOSCOW, framings: ['shot down'] }]);
  });

  it('leaves a participle of another kind a clause of its own', () => {
    const ru = `Силы ПВО отразили атаку беспилотников, живущих в [[Москве|${MOSCOW}]] экспертов это не удивило.`;
    expect(places(ru, 'ru')).not.toContain(MOSCOW);
  });
});

const TIRASPOL = 'place:geonames-617239';
const MOLDOVA = 'place:country-md';

describe('extractEvents: a meeting held where a locator puts it before the noun', () => {
  it('is held there, not in a partner’s title after it', () => {
    const ru = `Глава региона провел в [[Тирасполе|${TIRASPOL}]] встречу с послом [[России|place:russia]] в [[Молдавии|${MOLDOVA}]] [[Олегом Петровым|person:oleg-petrov]].`;
    expect(places(ru, 'ru')).toEqual([TIRASPOL]);
    const uk = `Голова регіону провів у [[Тирасполі|${TIRASPOL}]] зустріч з послом [[Росії|place:russia]] в [[Молдові|${MOLDOVA}]] [[Олегом Петровим|person:oleg-petrov]].`;
    expect(places(uk, 'uk')).toEqual([TIRASPOL]);
  });

  it('leaves a region before an attack noun to the towns after it', () => {
    const uk = `На [[Одещині|place:odesa-oblast-ua]] під вогнем опинилися [[Ізмаїл|place:geonames-707308]] та [[Рені|place:geonames-695990]].`;
    expect(places(uk, 'uk')).toEqual(['place:geonames-707308', 'place:geonames-695990']);
  });
});

describe('extractEvents: a place right after a verb is its object, not the noun’s place', () => {
  it('gives a briefing no place from whom the briefer accused', () => {
    const ru = `[[Мария Петрова|person:maria-petrova]] на брифинге в четверг упрекнула [[Кишинев|place:geonames-618426]] в срыве поставок.`;
    expect(summary(ru, 'ru')).toEqual([{ type: 'BRIEFING', place: null, framings: ['брифинге'] }]);
    const uk = `[[Марія Петрова|person:maria-petrova]] на брифінгу в четвер дорікнула [[Кишиневу|place:geonames-618426]] зрив постачання.`;
    expect(summary(uk, 'uk')).toEqual([{ type: 'BRIEFING', place: null, framings: ['брифінгу'] }]);
  });

  it('keeps the place after a verb with no subject before the noun: it is the subject', () => {
    const uk = `Під обстрілами також перебували [[Ізмаїл|place:geonames-707308]] і [[Рені|place:geonames-695990]].`;
    expect(places(uk, 'uk')).toEqual(['place:geonames-707308', 'place:geonames-695990']);
  });
});

describe('extractEvents: the day before yesterday in Russian and Ukrainian', () => {
  it('dates a happening two days before publication', () => {
    const day = (source: string, language: string) => events(source, language)[0]?.time?.day;
    expect(day(`Позавчера дроны атаковали [[Курскую область|${KURSK}]].`, 'ru')).toBe(29);
    expect(day(`Позавчора дрони атакували [[Курську область|${KURSK}]].`, 'uk')).toBe(29);
    expect(day(`Вчера дроны атаковали [[Курскую область|${KURSK}]].`, 'ru')).toBe(30);
  });
});

const SUMY = 'place:geonames-692194';
const LUBNY = 'place:geonames-702723';

describe('extractEvents: where drones came from, and the places listed with it', () => {
  it('is no place of the attack, with "the" or a list between', () => {
    const en = `Drones launched from the [[Kursk|${KURSK}]] and [[Belgorod|${BELGOROD}]] regions struck [[Sumy|${SUMY}]].`;
    expect(places(en)).toEqual([SUMY]);
    const uk = `Дрони з [[Курської|${KURSK}]] та [[Бєлгородської|${BELGOROD}]] областей атакували [[Суми|${SUMY}]].`;
    expect(places(uk, 'uk')).toEqual([SUMY]);
  });
});

describe('extractEvents: a town named by what it is', () => {
  it('places the attack in "the … city of X" further off than a bare place', () => {
    const en = `Drones struck a fuel depot in the small northern Ukrainian city of [[Sumy|${SUMY}]] overnight.`;
    expect(places(en)).toEqual([SUMY]);
    // Without the locator the town is no setting of the attack: it names who owns the depot.
    expect(places(`Drones struck a fuel depot owned by a large firm from the city of [[Sumy|${SUMY}]].`)).toEqual([]);
  });
});

describe('extractEvents: a line headed by a place and a colon', () => {
  it('sets the line’s events there', () => {
    const en = `Damage overnight:\n\n- [[Lubny|${LUBNY}]]: debris of a downed drone damaged two houses.\n- [[Sumy|${SUMY}]]: a strike cut power to a district.`;
    expect(summary(en)).toEqual([
      { type: 'ATTACK', place: LUBNY, framings: ['downed', 'damaged'] },
      { type: 'ATTACK', place: SUMY, framings: ['strike'] },
    ]);
    const ru = `• [[Сумы|${SUMY}]]: ночью беспилотник атаковал подстанцию.`;
    expect(places(ru, 'ru')).toEqual([SUMY]);
  });

  it('leaves a place after opening words before a colon alone', () => {
    expect(places(`Officials in [[Sumy|${SUMY}]]: the strike was the third this week.`)).toEqual([]);
  });
});

const MINSK = 'place:geonames-625144';

describe('extractEvents: a meeting verb’s partner named with a title, then where', () => {
  it('is held where the locator after the partner says, not in the partner’s country', () => {
    const en = `The president met [[Russia|place:russia]]'s Foreign Minister [[Sergei Lavrov|person:sergei-lavrov]] in [[Minsk|${MINSK}]] on Monday.`;
    expect(summary(en)).toEqual([{ type: 'MEETING', place: MINSK, framings: ['met'] }]);
  });

  it('leaves a place the partner is from, with no locator after, out', () => {
    const en = `The president met [[Russia|place:russia]]'s Foreign Minister [[Sergei Lavrov|person:sergei-lavrov]] on Monday.`;
    expect(places(en)).toEqual([null]);
  });
});

const KYIV = 'place:geonames-703448';
const SIVERSK = 'place:geonames-694403';

describe('extractEvents: who names a happening is not where it happened', () => {
  it('takes no place from the subject of a naming verb', () => {
    expect(places(`What [[Kyiv|${KYIV}]] calls a withdrawal is a rout.`)).toEqual([]);
    expect(places(`То, что [[Киев|${KYIV}]] называет отходом, — бегство.`, 'ru')).toEqual([]);
    expect(places(`Те, що [[Київ|${KYIV}]] називає відходом, — втеча.`, 'uk')).toEqual([]);
  });

  it('still places what the same sentence names after the naming verb', () => {
    expect(places(`What [[Kyiv|${KYIV}]] calls a withdrawal from [[Siversk|${SIVERSK}]] is a rout.`)).toEqual([SIVERSK]);
  });
});

describe('extractEvents: what talks discussed, with its own locative', () => {
  it('is the topic, and the talks stay where they were held', () => {
    const ru = `Переговоры прошли в [[Минске|${MINSK}]]. На переговорах обсуждалась и ситуация на [[Украине|place:ukraine]].`;
    expect(summary(ru, 'ru')).toEqual([{ type: 'MEETING', place: MINSK, framings: ['Переговоры', 'переговорах'] }]);
    const uk = `Переговори відбулися в [[Мінську|${MINSK}]]. На переговорах обговорювали ситуацію в [[Україні|place:ukraine]].`;
    expect(summary(uk, 'uk')).toEqual([{ type: 'MEETING', place: MINSK, framings: ['Переговори', 'переговорах'] }]);
  });

  it('leaves English "talks on Tuesday in Minsk" held in Minsk', () => {
    expect(places(`The two leaders held talks on Tuesday in [[Minsk|${MINSK}]].`)).toEqual([MINSK]);
  });
});

const SEMENIVKA = 'place:geonames-694590';
const NOVHOROD = 'place:geonames-699753';

describe('extractEvents: a second count of a tally in words, and the outskirts of a town', () => {
  it('lists the area of "and nine more over …" with the first', () => {
    const uk = `Сили ППО знищили 30 дронів над [[Курською областю|${KURSK}]] і ще дев'ять над [[Бєлгородською областю|${BELGOROD}]].`;
    expect(places(uk, 'uk')).toEqual([KURSK, BELGOROD]);
    const ru = `ПВО уничтожили 30 беспилотников над [[Курской областью|${KURSK}]] и еще девять над [[Белгородской областью|${BELGOROD}]].`;
    expect(places(ru, 'ru')).toEqual([KURSK, BELGOROD]);
  });

  it('lists the town whose outskirts were hit beside the first', () => {
    const uk = `Ворог обстріляв [[Семенівку|${SEMENIVKA}]] та околиці [[Новгорода-Сіверського|${NOVHOROD}]].`;
    expect(places(uk, 'uk')).toEqual([SEMENIVKA, NOVHOROD]);
    const en = `Artillery shelled [[Semenivka|${SEMENIVKA}]] and the outskirts of [[Novhorod-Siverskyi|${NOVHOROD}]].`;
    expect(places(en)).toEqual([SEMENIVKA, NOVHOROD]);
  });

  it('leaves a town named after other words of the clause out', () => {
    const uk = `Ворог обстріляв [[Семенівку|${SEMENIVKA}]] та мешканців [[Новгорода-Сіверського|${NOVHOROD}]] це налякало.`;
    expect(places(uk, 'uk')).toEqual([SEMENIVKA]);
  });
});

const KRAMATORSK = 'place:kramatorsk-donetsk-ua';
const DNIPRO = 'place:geonames-709930';

describe('extractEvents: an evacuation is an event at the place evacuated', () => {
  it('reads the noun in the three languages', () => {
    const en = `Authorities ordered the evacuation of families from [[Kramatorsk|${KRAMATORSK}]] on Tuesday.`;
    expect(summary(en)).toEqual([{ type: 'OTHER', place: KRAMATORSK, framings: ['evacuation'] }]);
    const ru = `Власти объявили эвакуацию семей с детьми из [[Краматорска|${KRAMATORSK}]].`;
    expect(summary(ru, 'ru')).toEqual([{ type: 'OTHER', place: KRAMATORSK, framings: ['эвакуацию'] }]);
    const uk = `Влада оголосила евакуацію родин із дітьми з [[Краматорська|${KRAMATORSK}]].`;
    expect(summary(uk, 'uk')).toEqual([{ type: 'OTHER', place: KRAMATORSK, framings: ['евакуацію'] }]);
  });

  it('leaves a noun or adjective of the means of evacuation alone', () => {
    expect(summary(`An evacuation train was waiting to leave for [[Dnipro|${DNIPRO}]].`)).toEqual([]);
    expect(summary(`Эвакуационный поезд ушел в [[Днепр|${DNIPRO}]].`, 'ru')).toEqual([]);
    expect(summary(`Евакуаційний потяг вирушив до [[Дніпра|${DNIPRO}]].`, 'uk')).toEqual([]);
  });
});

describe('extractEvents: "the same night" after a night stated', () => {
  const NIZHYN = 'place:geonames-699942';
  const PRYLUKY = 'place:geonames-696108';
  const times = (source: string, language: string) => events(source, language).map((e) => [e.place, e.time?.day, e.time?.partOfDay]);

  it('is that night, in the three languages', () => {
    const uk = `У ніч на 28 листопада дрони атакували [[Ніжин|${NIZHYN}]]. Тієї ж ночі дрон атакував [[Прилуки|${PRYLUKY}]].`;
    expect(times(uk, 'uk')).toEqual([
      [NIZHYN, 28, 'NIGHT'],
      [PRYLUKY, 28, 'NIGHT'],
    ]);
    const ru = `В ночь на 28 ноября дроны атаковали [[Нежин|${NIZHYN}]]. Той же ночью беспилотник атаковал [[Прилуки|${PRYLUKY}]].`;
    expect(times(ru, 'ru')).toEqual([
      [NIZHYN, 28, 'NIGHT'],
      [PRYLUKY, 28, 'NIGHT'],
    ]);
    const en = `Overnight into November 28 drones attacked [[Nizhyn|${NIZHYN}]]. That same night a drone struck [[Pryluky|${PRYLUKY}]].`;
    expect(times(en, 'en')).toEqual([
      [NIZHYN, 28, 'NIGHT'],
      [PRYLUKY, 28, 'NIGHT'],
    ]);
  });

  it('is no time after a day with no night stated', () => {
    const en = `Drones attacked [[Nizhyn|${NIZHYN}]] on November 27. That same night a drone struck [[Pryluky|${PRYLUKY}]].`;
    expect(times(en, 'en')).toEqual([
      [NIZHYN, 27, undefined],
      [PRYLUKY, undefined, undefined],
    ]);
  });
});
