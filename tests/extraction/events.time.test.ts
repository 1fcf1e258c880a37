import { describe, expect, it } from 'vitest';

import { extractEvents } from '../../src/extraction/events.js';
import { findTimes } from '../../src/extraction/time.js';
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
