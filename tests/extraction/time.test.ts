import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findTimes } from '../../src/extraction/time/time.js';
import { calendarDayProblem, resolveEventTime } from '../../src/graph/event-time.js';

/** 2025-12-01 is a Monday; 2026-01-02 a Friday, just after a year boundary. */
const MONDAY = '2025-12-01';
const NEW_YEAR = '2026-01-02T09:30:00Z';

const stated = (text: string, language: string, publishedAt: string | null = MONDAY) =>
  findTimes(text, language, publishedAt).map((t) => t.stated);
const only = (text: string, language: string, publishedAt: string | null = MONDAY) => {
  const found = stated(text, language, publishedAt);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findTimes: dates as stated', () => {
  it('reads English dates in both orders, with ordinals, "of" and a year', () => {
    expect(only('It happened on December 8th.', 'en')).toEqual({ text: 'December 8th', month: 12, day: 8 });
    expect(only('Talks began December 8 in Geneva.', 'en')).toEqual({ text: 'December 8', month: 12, day: 8 });
    expect(only('Talks began 8 December in Geneva.', 'en')).toEqual({ text: '8 December', month: 12, day: 8 });
    expect(only('on the 8th of December', 'en')).toEqual({ text: '8th of December', month: 12, day: 8 });
    expect(only('On Dec. 8, 2024, the town fell.', 'en')).toEqual({ text: 'Dec. 8, 2024', year: 2024, month: 12, day: 8 });
  });

  it('reads Russian and Ukrainian dates in the genitive, with a year and its word', () => {
    expect(only('Это произошло 8 декабря.', 'ru')).toEqual({ text: '8 декабря', month: 12, day: 8 });
    expect(only('8 декабря 2024 года войска вошли', 'ru')).toEqual({ text: '8 декабря 2024 года', year: 2024, month: 12, day: 8 });
    expect(only('Це сталося 8 грудня.', 'uk')).toEqual({ text: '8 грудня', month: 12, day: 8 });
    expect(only('8 грудня 2024 року', 'uk')).toEqual({ text: '8 грудня 2024 року', year: 2024, month: 12, day: 8 });
  });

  it('reads a part of the day before a date, in three languages', () => {
    expect(only('Putin arrived on the evening of November 30th.', 'en')).toEqual({
      text: 'evening of November 30th',
      month: 11,
      day: 30,
      partOfDay: 'EVENING',
    });
    expect(only('Путин прибыл вечером 30 ноября.', 'ru')).toEqual({ text: 'вечером 30 ноября', month: 11, day: 30, partOfDay: 'EVENING' });
    expect(only('Путін прибув ввечері 30 листопада.', 'uk')).toEqual({
      text: 'ввечері 30 листопада',
      month: 11,
      day: 30,
      partOfDay: 'EVENING',
    });
  });

  it('reads "the night onto" a day as that day, at night', () => {
    expect(only('В ночь на 8 декабря дроны атаковали', 'ru')).toEqual({
      text: 'В ночь на 8 декабря',
      month: 12,
      day: 8,
      partOfDay: 'NIGHT',
    });
    expect(only('в ночь с 7 на 8 декабря', 'ru')).toEqual({ text: 'в ночь с 7 на 8 декабря', month: 12, day: 8, partOfDay: 'NIGHT' });
    expect(only('У ніч на 8 грудня дрони атакували', 'uk')).toEqual({ text: 'У ніч на 8 грудня', month: 12, day: 8, partOfDay: 'NIGHT' });
    expect(only('в ніч з 7 на 8 грудня', 'uk')).toEqual({ text: 'в ніч з 7 на 8 грудня', month: 12, day: 8, partOfDay: 'NIGHT' });
    expect(only('у ніч проти 8 грудня', 'uk')).toEqual({ text: 'у ніч проти 8 грудня', month: 12, day: 8, partOfDay: 'NIGHT' });
  });

  it('infers the year across a year boundary through resolveEventTime', () => {
    const december = resolveEventTime(only('Drones struck on December 30.', 'en', NEW_YEAR), NEW_YEAR);
    expect(december).toMatchObject({ year: 2025, month: 12, day: 30, precision: 'DAY', yearInferred: true, startsAt: '2025-12-30' });
    const newYearNight = only('В ночь на 1 января дроны атаковали Курск.', 'ru', NEW_YEAR);
    expect(newYearNight).toEqual({ text: 'В ночь на 1 января', month: 1, day: 1, partOfDay: 'NIGHT' });
    expect(resolveEventTime(newYearNight, NEW_YEAR)).toMatchObject({ year: 2026, startsAt: '2026-01-01' });
  });

  it('never gives an impossible day', () => {
    expect(stated('February 30, 31 April and 30 February', 'en')).toEqual([]);
    expect(stated('31 ноября и 30 февраля', 'ru')).toEqual([]);
    expect(stated('31 листопада', 'uk')).toEqual([]);
    // February 29 can be, in a leap year: resolveEventTime goes back to the last one.
    const leap = only('February 29', 'en', '2026-03-10');
    expect(resolveEventTime(leap, '2026-03-10')).toMatchObject({ year: 2024, month: 2, day: 29 });
  });

  it('gives dates without a publication date, and leaves their year unknown', () => {
    expect(stated('December 8', 'en', null)).toEqual([{ text: 'December 8', month: 12, day: 8 }]);
    expect(resolveEventTime(stated('December 8', 'en', null)[0], null)).toMatchObject({ year: null, precision: 'DAY' });
  });
});

describe('findTimes: relative to the publication day', () => {
  it('takes a weekday as the last such day on or before publication', () => {
    expect(only('Kharkiv was shelled on Monday.', 'en')).toEqual({ text: 'Monday', month: 12, day: 1 });
    // The night after Sunday ends on Monday: a night is dated by the day it ends (the gold READMEs).
    expect(only('Kharkiv was shelled on Sunday night.', 'en')).toEqual({ text: 'Sunday night', month: 12, day: 1, partOfDay: 'NIGHT' });
    expect(only('Sunday’s attack on Kharkiv', 'en')).toEqual({ text: 'Sunday’s', month: 11, day: 30 });
    expect(only('Харьков обстреляли в понедельник.', 'ru', NEW_YEAR)).toEqual({ text: 'в понедельник', month: 12, day: 29 });
    expect(only('Харків обстріляли у понеділок.', 'uk', NEW_YEAR)).toEqual({ text: 'у понеділок', month: 12, day: 29 });
    expect(only('у п’ятницю', 'uk', NEW_YEAR)).toEqual({ text: 'у п’ятницю', month: 1, day: 2 });
  });

  it('reads English relative days and parts of the day', () => {
    const published = '2025-12-03';
    expect(only('Drones struck overnight.', 'en', published)).toEqual({ text: 'overnight', month: 12, day: 3, partOfDay: 'NIGHT' });
    expect(only('Drones struck last night.', 'en', published)).toEqual({ text: 'last night', month: 12, day: 3, partOfDay: 'NIGHT' });
    expect(only('They met yesterday.', 'en', published)).toEqual({ text: 'yesterday', month: 12, day: 2 });
    expect(only('They met yesterday evening.', 'en', published)).toEqual({
      text: 'yesterday evening',
      month: 12,
      day: 2,
      partOfDay: 'EVENING',
    });
    expect(only('They meet today.', 'en', published)).toEqual({ text: 'today', month: 12, day: 3 });
    expect(only('They met this morning.', 'en', published)).toEqual({ text: 'this morning', month: 12, day: 3, partOfDay: 'MORNING' });
  });

  it('reads Russian and Ukrainian relative days', () => {
    expect(only('Об этом стало известно вчера.', 'ru', NEW_YEAR)).toEqual({ text: 'вчера', month: 1, day: 1 });
    expect(only('Накануне армия отошла.', 'ru', NEW_YEAR)).toEqual({ text: 'Накануне', month: 1, day: 1 });
    expect(only('вчера вечером', 'ru', NEW_YEAR)).toEqual({ text: 'вчера вечером', month: 1, day: 1, partOfDay: 'EVENING' });
    expect(only('Про це стало відомо вчора.', 'uk', NEW_YEAR)).toEqual({ text: 'вчора', month: 1, day: 1 });
    expect(only('Напередодні війська відійшли.', 'uk', NEW_YEAR)).toEqual({ text: 'Напередодні', month: 1, day: 1 });
    // A report's night without a date is the one before its day.
    expect(only('Ночью дроны атаковали Курск.', 'ru', NEW_YEAR)).toEqual({ text: 'Ночью', month: 1, day: 2, partOfDay: 'NIGHT' });
    expect(only('Уночі дрони атакували Харків.', 'uk', NEW_YEAR)).toEqual({ text: 'Уночі', month: 1, day: 2, partOfDay: 'NIGHT' });
    expect(only('ночью 30 ноября', 'ru', NEW_YEAR)).toEqual({ text: 'ночью 30 ноября', month: 11, day: 30, partOfDay: 'NIGHT' });
  });

  it('gives "last week" a month and no day, the month of seven days before', () => {
    expect(only('They met last week.', 'en', '2025-12-03')).toEqual({ text: 'last week', month: 11 });
    expect(only('Встреча прошла на прошлой неделе.', 'ru', '2025-12-20')).toEqual({ text: 'на прошлой неделе', month: 12 });
    const lastWeek = only('Зустріч відбулася минулого тижня.', 'uk', NEW_YEAR);
    expect(lastWeek).toEqual({ text: 'минулого тижня', month: 12 });
    expect(resolveEventTime(lastWeek, NEW_YEAR)).toMatchObject({ year: 2025, month: 12, day: null, precision: 'MONTH' });
  });

  it('gives nothing relative without a publication date', () => {
    expect(stated('on Monday, yesterday, last week, overnight', 'en', null)).toEqual([]);
    expect(stated('в понедельник, вчера, накануне, на прошлой неделе', 'ru', null)).toEqual([]);
    expect(stated('у понеділок, вчора, минулого тижня', 'uk', null)).toEqual([]);
  });
});

describe('findTimes: months and years', () => {
  it('reads a month after its preposition, with a year when stated', () => {
    expect(only('The offensive began in March.', 'en')).toEqual({ text: 'in March', month: 3 });
    expect(only('The offensive began in March 2024.', 'en')).toEqual({ text: 'in March 2024', year: 2024, month: 3 });
    expect(only('Наступление началось в марте.', 'ru')).toEqual({ text: 'в марте', month: 3 });
    expect(only('Наступ почався у березні.', 'uk')).toEqual({ text: 'у березні', month: 3 });
  });

  it('reads a year after its preposition', () => {
    expect(only('The town fell in 2024.', 'en')).toEqual({ text: 'in 2024', year: 2024 });
    expect(only('Город пал в 2024 году.', 'ru')).toEqual({ text: 'в 2024 году', year: 2024 });
    expect(only('Місто впало у 2024 році.', 'uk')).toEqual({ text: 'у 2024 році', year: 2024 });
  });

  it('takes no bare number, no month across a sentence stop, and no "may" without a day', () => {
    expect(stated('Some 2024 people may leave. March 8 is a holiday', 'en')).toEqual([{ text: 'March 8', month: 3, day: 8 }]);
    expect(stated('It was December. 8 people died.', 'en')).toEqual([]);
  });
});

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
};
const LEADS: Record<string, readonly string[]> = {
  en: ['on', 'the evening of', 'on Monday and', 'yesterday,', ''],
  ru: ['в ночь на', 'вечером', 'в понедельник и', 'накануне,', ''],
  uk: ['у ніч на', 'ввечері', 'у понеділок і', 'вчора,', ''],
};

describe('findTimes: property', () => {
  it('never gives an impossible day, and every span is the slice it names', () => {
    const case_ = fc.record({
      language: fc.constantFrom('en', 'ru', 'uk'),
      published: fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
      day: fc.integer({ min: 0, max: 35 }),
      month: fc.integer({ min: 0, max: 11 }),
      lead: fc.nat(4),
      year: fc.option(fc.integer({ min: 1990, max: 2090 })),
      dayFirst: fc.boolean(),
    });
    fc.assert(
      fc.property(case_, ({ language, published, day, month, lead, year, dayFirst }) => {
        const name = MONTHS[language]![month]!;
        const date = language === 'en' && !dayFirst ? `${name} ${day}` : `${day} ${name}`;
        const text = `Report. ${LEADS[language]![lead]} ${date}${year === null ? '' : ` ${year}`}, then more.`;
        for (const found of findTimes(text, language, published.toISOString())) {
          expect(text.slice(found.start, found.end)).toBe(found.text);
          expect(found.stated.text).toBe(found.text);
          const { month: m, day: d, year: y } = found.stated;
          if (d !== undefined) expect(calendarDayProblem(m!, d, y ?? null)).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});
