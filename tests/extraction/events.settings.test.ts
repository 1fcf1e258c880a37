import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/** The place a clause is set in when none stands next to its framing word, and partners to talks (issue 11 §5). */
const KHARKIV = 'place:geonames-706483';
const BEIJING = 'place:geonames-1816670';
const CHUHUIV = 'place:geonames-710374';

const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);

describe('extractEvents: the place a clause is set in', () => {
  it('takes the place a "where" clause is attached to, in three languages', () => {
    expect(placesOf(`The premier visited [[Kharkiv|${KHARKIV}]], where she met the mayor.`)).toEqual([
      ['VISIT', KHARKIV],
      ['MEETING', KHARKIV],
    ]);
    expect(placesOf(`Министр посетил [[Харьков|${KHARKIV}]], где провёл совещание с командирами.`, 'ru')).toEqual([
      ['VISIT', KHARKIV],
      ['MEETING', KHARKIV],
    ]);
    expect(placesOf(`Прем’єрка відвідала [[Харків|${KHARKIV}]], де зустрілася з міським головою.`, 'uk')).toEqual([
      ['VISIT', KHARKIV],
      ['MEETING', KHARKIV],
    ]);
  });

  it('takes the place a sentence opens with for its main clause, not for reported speech in it', () => {
    expect(placesOf(`In [[Chuhuiv|${CHUHUIV}]], a guided bomb destroyed a warehouse.`)).toEqual([['ATTACK', CHUHUIV]]);
    expect(placesOf(`В [[Чугуеве|${CHUHUIV}]], по данным властей, дроны атаковали склад.`, 'ru')).toEqual([]);
    expect(placesOf(`In [[Chuhuiv|${CHUHUIV}]], officials said that drones attacked a warehouse.`)).toEqual([]);
  });
});

describe('extractEvents: partners to talks', () => {
  it('does not take the country of the one met as the meeting’s place, unless a locative says so', () => {
    const source = `[[Лавров|person:sergei-lavrov]] посетил [[Пекин|${BEIJING}]], где встретился с главой МИД [[КНР|place:china]].`;
    expect(placesOf(source, 'ru')).toEqual([
      ['VISIT', BEIJING],
      ['MEETING', BEIJING],
    ]);
    expect(placesOf(`Lavrov met with the head of the foreign ministry of [[China|place:china]].`)).toEqual([]);
    expect(placesOf(`Lavrov met with Wang Yi in [[Beijing|${BEIJING}]].`)).toEqual([['MEETING', BEIJING]]);
    expect(placesOf(`Лавров зустрівся з главою МЗС [[Китаю|place:china]] у [[Пекіні|${BEIJING}]].`, 'uk')).toEqual([['MEETING', BEIJING]]);
  });
});

describe('extractEvents: what a briefing or talks were about', () => {
  it('does not take the topic of a briefing or talks as their place', () => {
    const putin = 'person:vladimir-putin';
    const briefed = (source: string, language: string) =>
      events(source, language).map((e) => [e.type, e.place, e.participants.map((p) => p.role)]);
    expect(briefed(`[[Putin|${putin}]] was briefed on the [[Donbas|place:donbas]].`, 'en')).toEqual([['BRIEFING', null, ['briefed']]]);
    expect(placesOf(`Переговоры о [[Донбассе|place:donbas]] прошли в [[Минске|place:minsk]].`, 'ru')).toEqual([['MEETING', 'place:minsk']]);
    expect(placesOf(`Переговори про [[Донбас|place:donbas]] пройшли в [[Мінську|place:minsk]].`, 'uk')).toEqual([
      ['MEETING', 'place:minsk'],
    ]);
    expect(placesOf(`The attack on [[Kharkiv|${KHARKIV}]] went on.`)).toEqual([['ATTACK', KHARKIV]]);
  });
});

describe('extractEvents: framings of one happening side by side', () => {
  it('gives a framing with no place the place of the one of its type beside it', () => {
    const framings = (source: string, language: string) => events(source, language).map((e) => [e.place, e.framings.map((f) => f.text)]);
    expect(framings(`Shelling also hit [[Lyman|place:lyman]] overnight.`, 'en')).toEqual([['place:lyman', ['Shelling', 'hit']]]);
    expect(framings(`Атаки не прекращались, удары по [[Харькову|${KHARKIV}]] шли всю ночь.`, 'ru')).toEqual([
      [KHARKIV, ['Атаки', 'удары']],
    ]);
    expect(framings(`Атаки не припинялися, удари по [[Харкову|${KHARKIV}]] тривали всю ніч.`, 'uk')).toEqual([
      [KHARKIV, ['Атаки', 'удари']],
    ]);
    expect(framings(`Drones attacked [[Odesa|place:odesa]] overnight, hitting port warehouses.`, 'en')).toEqual([
      ['place:odesa', ['attacked', 'hitting']],
    ]);
  });
});

describe('extractEvents: a clause going on past an elaborating comma', () => {
  it('reads the places after "including", "в том числе", "зокрема" as the framing’s', () => {
    const [rodynske, myrnohrad] = ['place:geonames-695581', 'place:geonames-710035'];
    const both = [
      ['ATTACK', rodynske],
      ['ATTACK', myrnohrad],
    ];
    expect(placesOf(`Fighting went on along the front, including near [[Rodynske|${rodynske}]] and [[Myrnohrad|${myrnohrad}]].`)).toEqual(
      both,
    );
    const ru = `Бои идут, в том числе у [[Родинского|${rodynske}]] и [[Мирнограда|${myrnohrad}]].`;
    expect(placesOf(ru, 'ru')).toEqual(both);
    const uk = `Бої тривають на напрямку, зокрема біля [[Родинського|${rodynske}]] та [[Мирнограда|${myrnohrad}]].`;
    expect(placesOf(uk, 'uk')).toEqual(both);
    expect(placesOf(`Fighting went on, officials in [[Rodynske|${rodynske}]] said.`)).toEqual([]);
  });
});

describe('extractEvents: a saying named after its speech verb is set where the sentence opens', () => {
  it('places "said in his evening address" in the opening "In Kharkiv,", but not a happening after "said that"', () => {
    const zelensky = 'person:volodymyr-zelensky';
    expect(placesOf(`In [[Kharkiv|${KHARKIV}]], [[Zelensky|${zelensky}]] said in his evening address that the front held.`)).toEqual([
      ['STATEMENT', KHARKIV],
    ]);
    expect(placesOf(`In [[Kharkiv|${KHARKIV}]], officials said that [[Zelensky|${zelensky}]] met the mayor.`)).toEqual([['MEETING', null]]);
  });
});
