import { describe, expect, it } from 'vitest';

import { events, family } from '../support/events.js';

/** Addresses, visits in the imperfective, exchanges and detentions (issue 11 §3). */
const ZELENSKY = 'person:volodymyr-zelensky';
const ISTANBUL = 'place:istanbul';
const summary = (source: string, language = 'en') =>
  events(source, language).map((e) => ({ type: e.type, place: e.place, participants: e.participants.map((p) => p.entityKey) }));

describe('extractEvents: an address is its speaker’s, and is given where a locator says', () => {
  it('takes the subject of "said in a video address" as the speaker', () => {
    expect(summary(`"We are bringing our people home," [[Zelenskyy|${ZELENSKY}]] said in a video address.`)).toEqual([
      { type: 'STATEMENT', place: null, participants: [ZELENSKY] },
    ]);
  });

  it('takes no place the address does not locate: "в своём обращении поблагодарил Абу-Даби"', () => {
    const ru = `[[Владимир Зеленский|${ZELENSKY}]] в своём обращении поблагодарил [[Абу-Даби|place:abu-dhabi]] за посредничество.`;
    expect(summary(ru, 'ru')).toEqual([{ type: 'STATEMENT', place: null, participants: [ZELENSKY] }]);
    const donetsk = 'place:donetsk-donetsk-ua';
    expect(summary(`[[Денис Пушилин|person:denis-pushilin]] выступил в [[Донецке|${donetsk}]].`, 'ru')).toEqual([
      { type: 'STATEMENT', place: donetsk, participants: ['person:denis-pushilin'] },
    ]);
  });
});

describe('extractEvents: the speaker of an address named beside its speech verb, in Russian and Ukrainian', () => {
  it('takes the subject of "заявил в обращении" and of "у зверненні … заявив"', () => {
    expect(summary(`[[Зеленский|${ZELENSKY}]] заявил в вечернем обращении, что фронт держится.`, 'ru')).toEqual([
      { type: 'STATEMENT', place: null, participants: [ZELENSKY] },
    ]);
    expect(summary(`У вечірньому зверненні в середу [[Зеленський|${ZELENSKY}]] заявив, що фронт тримається.`, 'uk')).toEqual([
      { type: 'STATEMENT', place: null, participants: [ZELENSKY] },
    ]);
    expect(summary(`У зверненні йшлося про фронт, [[Зеленський|${ZELENSKY}]] мовчав.`, 'uk')).toEqual([]);
  });
});

describe('extractEvents: visits in the imperfective', () => {
  it('reads посещали, відвідував, visiting', () => {
    const kursk = 'place:kursk';
    family('VISIT', 'ru', `Курск|${kursk}`, { 'Представители МККК ранее посещали P.': 'посещали' });
    family('VISIT', 'uk', `Курськ|${kursk}`, { 'Представники МКЧХ раніше відвідували P.': 'відвідували' });
    family('VISIT', 'en', `Kursk|${kursk}`, { 'Officials visiting P laid flowers.': 'visiting' });
  });
});

describe('extractEvents: exchanges between the sides that name them, and detentions', () => {
  it('reads "Ukraine and Russia swapped" as an exchange between parties, placed only by a locator', () => {
    expect(summary(`[[Ukraine|place:ukraine]] and [[Russia|place:russia]] swapped 205 prisoners of war.`)).toEqual([
      { type: 'OTHER', place: null, participants: ['place:russia'] },
    ]);
    expect(summary(`[[Россия|place:russia]] вернула из плена 205 военнослужащих.`, 'ru')).toEqual([
      { type: 'OTHER', place: null, participants: ['place:russia'] },
    ]);
    family('OTHER', 'uk', `Стамбулі|${ISTANBUL}`, { 'Обмін полоненими відбувся в P.': 'Обмін полоненими' });
  });

  it('reads задержание, затримали, detained at their place', () => {
    const yevpatoria = 'place:geonames-688105';
    family('OTHER', 'ru', `Евпатории|${yevpatoria}`, { 'ФСБ сообщила о задержании в P местного жителя.': 'задержании' });
    family('OTHER', 'uk', `Закарпатті|place:zakarpattia-oblast-ua`, { 'На P прикордонники затримали 38 чоловіків.': 'затримали' });
    family('OTHER', 'en', `Yevpatoria|${yevpatoria}`, { 'Police detained a man in P.': 'detained' });
  });
});

describe('extractEvents: decisions signed or approved, between the parties the sentence names', () => {
  it('reads approved, подписал, ухвалила as OTHER events of their party', () => {
    expect(summary(`[[European Union|org:european-union]] governments approved a new package of sanctions.`)).toEqual([
      { type: 'OTHER', place: null, participants: ['org:european-union'] },
    ]);
    expect(summary(`Соответствующий указ подписал президент [[Владимир Путин|person:vladimir-putin]].`, 'ru')).toEqual([
      { type: 'OTHER', place: null, participants: ['person:vladimir-putin'] },
    ]);
    expect(summary(`[[Верховна Рада|org:verkhovna-rada]] ухвалила законопроєкт у першому читанні.`, 'uk')).toEqual([
      { type: 'OTHER', place: null, participants: ['org:verkhovna-rada'] },
    ]);
  });
});
