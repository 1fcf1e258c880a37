import { describe, expect, it } from 'vitest';

import { resolveEventTime, timeDetail } from '../../src/events/event-time.js';

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
    expect(resolveEventTime({ year: 2014, month: 2 }, '2025-12-01')).toMatchObject({ year: 2014, yearInferred: false, precision: 'MONTH', startsAt: '2014-02-01' });
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
});
