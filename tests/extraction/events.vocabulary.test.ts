import { describe, expect, it } from 'vitest';

import { events, family } from '../support/events.js';

/** More framing words wire copy uses, by kind, in each language that has them (issue 11 §5). */
const POKROVSK = 'place:pokrovsk-donetsk-ua';
const KHARKIV = 'place:geonames-706483';
const MINSK = 'place:minsk';

describe('extractEvents: offensives, summits, claims of a place, prisoner exchanges', () => {
  it('reads offensives, raids and air strikes as attacks', () => {
    family('ATTACK', 'en', `Kharkiv|${KHARKIV}`, {
      'The offensive on P stalled.': 'offensive',
      'An airstrike on P killed two.': 'airstrike',
    });
    family('ATTACK', 'ru', `Харьков|${KHARKIV}`, { 'Наступление на P остановлено.': 'Наступление', 'Авиаудар по P.': 'Авиаудар' });
    family('ATTACK', 'uk', `Харків|${KHARKIV}`, { 'Наступ на P зупинено.': 'Наступ', 'Авіаудар по P.': 'Авіаудар' });
  });

  it('reads a summit as a meeting and a side claiming a place as a control change, only with the place', () => {
    family('MEETING', 'en', `Minsk|${MINSK}`, { 'The summit in P ended.': 'summit' });
    family('MEETING', 'ru', `Минске|${MINSK}`, { 'Саммит в P завершился.': 'Саммит' });
    family('MEETING', 'uk', `Мінську|${MINSK}`, { 'Саміт у P завершився.': 'Саміт' });
    family('CONTROL_CHANGE', 'en', `Pokrovsk|${POKROVSK}`, { 'The ministry claimed a village near P.': 'claimed' });
    expect(events(`[[Russia|place:russia]]’s [[General Staff|org:general-staff-ru]] claimed advances.`)).toEqual([]);
  });

  it('reads prisoner exchanges as OTHER events between the sides', () => {
    const sides = [
      { entityKey: 'place:russia', role: 'party' },
      { entityKey: 'place:ukraine', role: 'party' },
    ];
    const cases: [string, string][] = [
      ['en', 'Russian forces exchanged prisoners with Ukrainian forces.'],
      ['ru', 'Российские войска обменялись пленными с украинскими войсками.'],
      ['uk', 'Російські війська обмінялися полоненими з українськими військами.'],
    ];
    for (const [language, source] of cases) {
      const found = events(source, language);
      expect(
        found.map((e) => ({ type: e.type, participants: e.participants })),
        source,
      ).toEqual([{ type: 'OTHER', participants: sides }]);
    }
    family('OTHER', 'en', `Istanbul|place:istanbul`, { 'A prisoner exchange took place in P.': 'prisoner exchange' });
    family('OTHER', 'ru', `Стамбуле|place:istanbul`, { 'Обмен пленными прошёл в P.': 'Обмен пленными' });
    family('OTHER', 'uk', `Стамбулі|place:istanbul`, { 'Обмін полоненими відбувся в P.': 'Обмін полоненими' });
  });
});

describe('extractEvents: a fall with no place before it leaves its words to the framing before it', () => {
  it('reads the place after "fell" for a downed drone', () => {
    const kurchatov = 'place:geonames-538908';
    expect(events(`Debris from a downed drone fell on the outskirts of [[Kurchatov|${kurchatov}]].`).map((e) => [e.type, e.place])).toEqual(
      [['ATTACK', kurchatov]],
    );
  });
});

describe('extractEvents: encircling a place is part of its control change, as withdrawing is', () => {
  it('reads encircled, окружён, оточили as a control change of the place', () => {
    family('CONTROL_CHANGE', 'en', `Pokrovsk|${POKROVSK}`, { 'Russian troops encircled P.': 'encircled' });
    family('CONTROL_CHANGE', 'ru', `Красноармейск|${POKROVSK}`, { 'Войска окружили P.': 'окружили', 'Окружён P.': 'Окружён' });
    family('CONTROL_CHANGE', 'uk', `Покровськ|${POKROVSK}`, { 'Війська оточили P.': 'оточили' });
  });
});

describe('extractEvents: retaking a place, weapons named, tours', () => {
  it('reads taking a place back as a control change and losing it as one too', () => {
    family('CONTROL_CHANGE', 'en', `Pokrovsk|${POKROVSK}`, {
      'Ukrainian troops recaptured P.': 'recaptured',
      'Ukrainian troops retook P.': 'retook',
      'Russian units pulled out of P.': 'pulled out',
    });
    family('CONTROL_CHANGE', 'ru', `Красноармейск|${POKROVSK}`, { 'Украинские войска отбили P.': 'отбили' });
    family('CONTROL_CHANGE', 'uk', `Покровськ|${POKROVSK}`, { 'Українські війська відбили P.': 'відбили' });
  });

  it('reads an attack named by its weapon as written, and a tour as a visit', () => {
    family('ATTACK', 'en', `Kharkiv|${KHARKIV}`, {
      'A missile strike on P killed two.': 'missile strike',
      'Artillery pounded P.': 'pounded',
    });
    family('VISIT', 'en', `Kharkiv|${KHARKIV}`, { 'The premier toured P.': 'toured' });
  });
});

describe('extractEvents: arrivals, meetings in the imperfective, sittings, interceptions', () => {
  it('reads arriving somewhere as a visit there', () => {
    family('VISIT', 'en', `Kharkiv|${KHARKIV}`, { 'The envoy arrived in P on Tuesday.': 'arrived' });
    family('VISIT', 'ru', `Харьков|${KHARKIV}`, { 'Посланник прибыл в P во вторник.': 'прибыл' });
    family('VISIT', 'uk', `Харкова|${KHARKIV}`, { 'Посланець прибув до P у вівторок.': 'прибув' });
  });

  it('reads встречался, зустрічався and a sitting as meetings', () => {
    family('MEETING', 'ru', `Минске|${MINSK}`, {
      'Министр встречался в P с послами.': 'встречался',
      'Заседание в P затянулось.': 'Заседание',
    });
    family('MEETING', 'uk', `Мінську|${MINSK}`, {
      'Міністр зустрічався в P з послами.': 'зустрічався',
      'Засідання в P затягнулося.': 'Засідання',
    });
  });

  it('places a sitting only by a locator: a country before it is a party', () => {
    expect(events(`[[Україна|place:ukraine]] провела засідання комісії.`, 'uk').map((e) => [e.type, e.place])).toEqual([['MEETING', null]]);
  });

  it('reads intercepting drones as an attack', () => {
    family('ATTACK', 'ru', `Харьковом|${KHARKIV}`, { 'ПВО перехватили дроны над P.': 'перехватили' });
    family('ATTACK', 'uk', `Харковом|${KHARKIV}`, { 'ППО перехопили дрони над P.': 'перехопили' });
  });
});
