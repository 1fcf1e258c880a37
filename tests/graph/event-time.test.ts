import { describe, expect, it } from 'vitest';

import { calendarDayProblem, resolveEventTime, timeDetail } from '../../src/graph/event-time.js';

const evening = { text: 'evening of November 30th', month: 11, day: 30, partOfDay: 'EVENING' as const };

describe('resolveEventTime', () => {
  it('keeps day precision and an unknown year when the article has no date', () => {
    expect(resolveEventTime(evening, null)).toEqual({
      timeText: 'evening of November 30th',
      year: null,
      month: 11,
      day: 30,
      partOfDay: 'EVENING',
      precision: 'DAY',
      yearInferred: false,
      startsAt: null,
    });
  });

  it('takes the year from the article date and says so', () => {
    expect(resolveEventTime(evening, '2025-12-01T09:00:00Z')).toMatchObject({ year: 2025, yearInferred: true, startsAt: '2025-11-30' });
  });

  it('puts a date after publication in the year before: articles report the past', () => {
    expect(resolveEventTime(evening, '2026-01-03')).toMatchObject({ year: 2025, yearInferred: true, startsAt: '2025-11-30' });
  });

  it('does not infer a year the article states', () => {
    expect(resolveEventTime({ year: 2014, month: 2 }, '2025-12-01')).toMatchObject({
      year: 2014,
      yearInferred: false,
      precision: 'MONTH',
      startsAt: '2014-02-01',
    });
  });

  it('is UNKNOWN without any time', () => {
    expect(resolveEventTime(undefined, '2025-12-01')).toMatchObject({ precision: 'UNKNOWN', year: null, startsAt: null });
  });

  it('ranks times by what they tell: precision, then a known year, then the part of day', () => {
    const undated = resolveEventTime(evening, null);
    const dated = resolveEventTime({ ...evening, partOfDay: undefined }, '2025-12-02');
    const full = resolveEventTime(evening, '2025-12-01');
    expect(timeDetail(undated)).toBeLessThan(timeDetail(dated));
    expect(timeDetail(dated)).toBeLessThan(timeDetail(full));
    expect(timeDetail(resolveEventTime({ year: 2025, month: 11 }, null))).toBeLessThan(timeDetail(undated));
  });

  it('puts February 29th of an unknown year in the last leap year up to publication', () => {
    expect(resolveEventTime({ month: 2, day: 29 }, '2025-03-10')).toMatchObject({ year: 2024, startsAt: '2024-02-29' });
    expect(resolveEventTime({ month: 2, day: 29 }, '2024-03-01')).toMatchObject({ year: 2024, startsAt: '2024-02-29' });
    // 2100 is no leap year: the last February 29th before it is 2096's.
    expect(resolveEventTime({ month: 2, day: 29 }, '2101-01-05')).toMatchObject({ year: 2096 });
  });
});

describe('calendarDayProblem', () => {
  it.each([
    [2, 30, null, 'day 30 is not between 1 and 29 for month 2'],
    [2, 29, 2025, 'day 29 is not between 1 and 28 in 2025 for month 2'],
    [2, 29, 1900, 'day 29 is not between 1 and 28 in 1900 for month 2'],
    [13, 1, null, 'month 13 is not between 1 and 12'],
    [0, 1, null, 'month 0 is not between 1 and 12'],
    [11, 31, null, 'day 31 is not between 1 and 30 for month 11'],
    [1, 0, null, 'day 0 is not between 1 and 31 for month 1'],
  ])('refuses month %d, day %d (year %s)', (month, day, year, problem) => {
    expect(calendarDayProblem(month, day, year)).toBe(problem);
  });

  it.each([
    [2, 29, null],
    [2, 29, 2024],
    [2, 29, 2000],
    [12, 31, 2025],
    [11, 30, null],
  ])('accepts month %d, day %d (year %s)', (month, day, year) => {
    expect(calendarDayProblem(month, day, year)).toBeNull();
  });
});
