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
    expect(summary(ru, 'ru')).toEqual([{ type: 'ATTACK', place: MOSCOW, framings: ['атаку'] }]);
    const en = `Air defences shot down 20 drones, heading for [[Moscow|${MOSCOW}]].`;
    expect(summary(en)).toEqual([{ type: 'ATTACK', place: MOSCOW, framings: ['shot down'] }]);
  });

  it('leaves a participle of another kind a clause of its own', () => {
    const ru = `Силы ПВО отразили атаку беспилотников, живущих в [[Москве|${MOSCOW}]] экспертов это не удивило.`;
    expect(places(ru, 'ru')).not.toContain(MOSCOW);
  });
});
