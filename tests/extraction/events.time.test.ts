import { describe, expect, it } from 'vitest';

import { extractEvents } from '../../src/extraction/events/events.js';
import { findTimes } from '../../src/extraction/time/time.js';
import { markedInput } from '../support/marked-text.js';

/** An event's time as news gives it (issue 11 §5): 2025-12-01 is a Monday. */
const MONDAY = '2025-12-01';
const KHARKIV = 'place:geonames-706483';

const timesOf = (source: string, language = 'en') =>
  extractEvents({ ...markedInput(source, language), publishedAt: MONDAY }, []).map((e) => [e.type, e.time]);
const daysOf = (source: string, language: string) =>
  extractEvents({ ...markedInput(source, language), publishedAt: MONDAY }, []).map((e) => [e.type, e.time?.day]);
const stated = (text: string, language: string) => findTimes(text, language, MONDAY).map((t) => t.stated);

describe('findTimes: nights and parts of the day news writes', () => {
  it('reads "за ночь" and "за ніч" as the night ending on the publication day', () => {
    expect(stated('Всего за ночь ПВО сбили 62 дрона.', 'ru')).toEqual([{ text: 'за ночь', month: 12, day: 1, partOfDay: 'NIGHT' }]);
    expect(stated('Загалом за ніч ППО збили 62 дрони.', 'uk')).toEqual([{ text: 'за ніч', month: 12, day: 1, partOfDay: 'NIGHT' }]);
    expect(stated('Over the past day, drones attacked.', 'en')).toEqual([]);
  });

  it('reads an evening or morning adjective as the part of the day alone', () => {
    expect(stated('Путин в вечернем обращении заявил', 'ru')).toEqual([{ text: 'вечернем', partOfDay: 'EVENING' }]);
    expect(stated('Зеленський у вечірньому зверненні закликав', 'uk')).toEqual([{ text: 'вечірньому', partOfDay: 'EVENING' }]);
    expect(stated('Зеленський у ранковому зверненні закликав', 'uk')).toEqual([{ text: 'ранковому', partOfDay: 'MORNING' }]);
  });
});

describe('extractEvents: whose time a time is', () => {
  it('does not date an event by the dateline', () => {
    expect(timesOf(`KYIV, December 2 (Test Wire) – Drones attacked [[Kharkiv|${KHARKIV}]].`)).toEqual([['ATTACK', null]]);
    expect(timesOf(`МОСКВА, 8 декабря. Дроны атаковали [[Харьков|${KHARKIV}]].`, 'ru')).toEqual([['ATTACK', null]]);
    expect(timesOf(`КИЇВ, 8 грудня. Дрони атакували [[Харків|${KHARKIV}]].`, 'uk')).toEqual([['ATTACK', null]]);
  });

  it('does not date an attack by the day it was announced, but does date a briefing so', () => {
    expect(timesOf(`Drones attacked [[Kharkiv|${KHARKIV}]], the governor said on Monday.`)).toEqual([['ATTACK', null]]);
    expect(timesOf(`Дроны атаковали [[Харьков|${KHARKIV}]], заявил в понедельник губернатор.`, 'ru')).toEqual([['ATTACK', null]]);
    const briefing = `[[Gerasimov|person:valery-gerasimov]] briefed [[Putin|person:vladimir-putin]] on Monday.`;
    expect(timesOf(briefing)).toEqual([['BRIEFING', { text: 'Monday', month: 12, day: 1 }]]);
  });

  it('gives a framing the time between it and the framing before it when none follows it', () => {
    const monday = { text: 'on Monday', month: 12, day: 1 };
    const en = `Zelensky visited [[Kharkiv|${KHARKIV}]] on Monday and met commanders.`;
    expect(timesOf(en)).toEqual([
      ['VISIT', { ...monday, text: 'Monday' }],
      ['MEETING', { ...monday, text: 'Monday' }],
    ]);
    const ru = `Зеленский посетил [[Харьков|${KHARKIV}]] в понедельник и провёл совещание.`;
    expect(daysOf(ru, 'ru')).toEqual([
      ['VISIT', 1],
      ['MEETING', 1],
    ]);
  });
});

describe('extractEvents: a part of the day the framing itself states', () => {
  it('dates "evening address", "вечернем обращении 30 ноября", "вечірньому зверненні 8 грудня" in the evening', () => {
    expect(timesOf('[[Zelensky|person:volodymyr-zelensky]] said in his evening address that the front held.')).toEqual([
      ['STATEMENT', { text: 'evening', partOfDay: 'EVENING' }],
    ]);
    expect(timesOf('[[Путин|person:vladimir-putin]] в вечернем обращении 30 ноября заявил, что фронт стабилен.', 'ru')).toEqual([
      ['STATEMENT', { text: '30 ноября', month: 11, day: 30, partOfDay: 'EVENING' }],
    ]);
    expect(timesOf('[[Зеленський|person:volodymyr-zelensky]] у вечірньому зверненні 8 грудня сказав, що фронт тримається.', 'uk')).toEqual([
      ['STATEMENT', { text: '8 грудня', month: 12, day: 8, partOfDay: 'EVENING' }],
    ]);
  });
});

/** Test material (round 6): sentences written for these rules, not news. 2025-12-03 is a Wednesday. */
const WEDNESDAY = '2025-12-03';
const onWednesday = (text: string, language: string) => findTimes(text, language, WEDNESDAY).map((t) => t.stated);
const eventTimes = (source: string, language: string) =>
  extractEvents({ ...markedInput(source, language), publishedAt: WEDNESDAY }, []).map((e) => [e.place, e.time?.day, e.time?.partOfDay]);

describe('findTimes: a night, a morning or an evening named by its weekday or by nothing (round 6)', () => {
  it('reads "в ночь на среду", "у ніч на середу" and "overnight into Wednesday" as the night ending that day', () => {
    expect(onWednesday('В ночь на среду дроны атаковали Курск.', 'ru')).toEqual([
      { text: 'В ночь на среду', month: 12, day: 3, partOfDay: 'NIGHT' },
    ]);
    expect(onWednesday('У ніч на вівторок дрони атакували Харків.', 'uk')).toEqual([
      { text: 'У ніч на вівторок', month: 12, day: 2, partOfDay: 'NIGHT' },
    ]);
    expect(onWednesday('Drones struck overnight into Monday.', 'en')).toEqual([
      { text: 'overnight into Monday', month: 12, day: 1, partOfDay: 'NIGHT' },
    ]);
    // Without a weekday after it, "overnight" is still the night before the report.
    expect(onWednesday('Drones struck overnight into the city.', 'en')).toEqual([
      { text: 'overnight', month: 12, day: 3, partOfDay: 'NIGHT' },
    ]);
  });

  it('reads a part of the day before a weekday', () => {
    expect(onWednesday('Увечері у вівторок росіяни обстріляли місто.', 'uk')).toEqual([
      { text: 'Увечері у вівторок', month: 12, day: 2, partOfDay: 'EVENING' },
    ]);
    expect(onWednesday('Утром в понедельник дрон атаковал', 'ru')).toEqual([
      { text: 'Утром в понедельник', month: 12, day: 1, partOfDay: 'MORNING' },
    ]);
  });

  it('reads a bare morning, day, evening or night adjective as that part of the report’s day, but not "днем ранее"', () => {
    expect(onWednesday('утром беспилотник атаковал автомобиль', 'ru')).toEqual([
      { text: 'утром', month: 12, day: 3, partOfDay: 'MORNING' },
    ]);
    expect(onWednesday('Ворожі дрони вдень атакували село.', 'uk')).toEqual([{ text: 'вдень', month: 12, day: 3, partOfDay: 'AFTERNOON' }]);
    expect(onWednesday('Зранку в місті провели нараду.', 'uk')).toEqual([{ text: 'Зранку', month: 12, day: 3, partOfDay: 'MORNING' }]);
    expect(onWednesday('Після нічної атаки без світла лишилися села.', 'uk')).toEqual([
      { text: 'нічної', month: 12, day: 3, partOfDay: 'NIGHT' },
    ]);
    expect(onWednesday('Днем ранее дрон атаковал город.', 'ru')).toEqual([]);
  });
});

describe('extractEvents: a time right before a framing is its own (round 6)', () => {
  it('gives each of two attacks the time standing right before it', () => {
    const source = `Вночі ворог атакував [[Павлоград|place:geonames-696720]], а вранці під обстрілом опинилося [[Покровське|place:geonames-697250]].`;
    expect(eventTimes(source, 'uk')).toEqual([
      ['place:geonames-696720', 3, 'NIGHT'],
      ['place:geonames-697250', 3, 'MORNING'],
    ]);
  });

  it('keeps a time after a verb for it when "and" joins the next one', () => {
    const source = `Putin visited [[Kharkiv|${KHARKIV}]] on Monday and met commanders in [[Kupiansk|place:geonames-703656]].`;
    expect(eventTimes(source, 'en')).toEqual([
      [KHARKIV, 1, undefined],
      ['place:geonames-703656', 1, undefined],
    ]);
  });
});
