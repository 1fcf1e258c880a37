import { describe, expect, it } from 'vitest';

import { contentionsOf, timesConflict, type EventStatements, type StatedReport } from '../../src/analysis/contention.js';
import { resolveEventTime, type StatedTime } from '../../src/graph/event-time.js';
import type { ReportRow } from '../../src/graph/rows.js';

/** What counts as contested, decided without a database. */
const time = (stated: StatedTime, publishedAt: string | null = null) => resolveEventTime(stated, publishedAt);

function report(
  articleId: string,
  outlet: string,
  { at, place, within = [] }: { at?: StatedTime; place?: string; within?: string[] },
): StatedReport {
  const row = { articleId, time: at ? time(at) : null, placeKey: place ?? null } as ReportRow;
  return { report: row, outlet, placeKey: place ?? null, placeWithin: within };
}

const statements = (reports: StatedReport[], denials: EventStatements['denials'] = []): EventStatements => ({
  eventKey: 'event:e',
  reports,
  denials,
});
const kinds = (s: EventStatements) => contentionsOf(s).map((c) => c.kind);

describe('timesConflict', () => {
  it.each([
    [{ month: 3 }, { month: 3, day: 3 }, false],
    [{ month: 3, day: 3 }, { month: 3, day: 4 }, true],
    [{ month: 3, day: 3, partOfDay: 'MORNING' }, { month: 3, day: 3, partOfDay: 'EVENING' }, true],
    [{ month: 3, day: 3, partOfDay: 'MORNING' }, { month: 3, day: 3 }, false],
    // A part of the day without a day says nothing against a day.
    [{ partOfDay: 'EVENING' }, { month: 3, day: 3, partOfDay: 'MORNING' }, false],
    [{ year: 2024, month: 3 }, { year: 2025, month: 3 }, true],
    [{ year: 2024 }, { month: 3, day: 3 }, false],
  ] as [StatedTime, StatedTime, boolean][])('%o and %o: %s', (a, b, expected) => {
    expect(timesConflict(time(a), time(b))).toBe(expected);
    expect(timesConflict(time(b), time(a))).toBe(expected);
  });

  it('leaves out a year taken from the publication date: it is a guess', () => {
    expect(timesConflict(time({ month: 3, day: 3 }, '2025-03-05'), time({ year: 2024, month: 3, day: 3 }))).toBe(false);
    expect(timesConflict(time({ year: 2025, month: 3, day: 3 }), time({ year: 2024, month: 3, day: 3 }))).toBe(true);
  });
});

describe('contentionsOf', () => {
  it('finds nothing in reports that repeat one another or only say less', () => {
    const same = [1, 2, 3].map((i) =>
      report(`a${i}`, `outlet ${i}`, { at: { month: 3, day: 3 }, place: 'place:town', within: ['place:oblast'] }),
    );
    expect(kinds(statements([...same, report('a4', 'outlet 4', { at: { month: 3 }, place: 'place:oblast' })]))).toEqual([]);
    expect(
      kinds(
        statements([report('a1', 'x', { place: 'place:town', within: ['place:oblast'] }), report('a2', 'y', { place: 'place:oblast' })]),
      ),
    ).toEqual([]);
  });

  it('sets places neither of which lies in the other against each other, most reports first', () => {
    const [place] = contentionsOf(
      statements([
        report('a1', 'x', { place: 'place:b', within: ['place:oblast'] }),
        report('a2', 'y', { place: 'place:a', within: ['place:oblast'] }),
        report('a3', 'z', { place: 'place:b', within: ['place:oblast'] }),
      ]),
    );
    expect(place!.kind).toBe('PLACE');
    expect(place!.positions.map((p) => [p.placeKey, p.outlets])).toEqual([
      ['place:b', ['x', 'z']],
      ['place:a', ['y']],
    ]);
  });

  it('orders times earliest first, each with every report that gives it', () => {
    const [when] = contentionsOf(
      statements([
        report('a1', 'x', { at: { month: 3, day: 4 } }),
        report('a2', 'y', { at: { month: 3, day: 3, partOfDay: 'EVENING' } }),
        report('a3', 'z', { at: { month: 3 } }),
      ]),
    );
    expect(when!.positions.map((p) => [p.time!.month, p.time!.day, p.reports.map((r) => r.articleId)])).toEqual([
      [3, null, ['a3']],
      [3, 3, ['a2']],
      [3, 4, ['a1']],
    ]);
  });

  it('sets denials, by side, against the reports, and needs both', () => {
    const reports = [report('a1', 'x', {}), report('a2', 'y', {})];
    const denials = [
      { claimId: 'c1', outlet: 'u', side: 'place:ukraine' },
      { claimId: 'c2', outlet: 'v', side: null },
      { claimId: 'c3', outlet: 'w', side: 'place:ukraine' },
    ];
    const [occurrence] = contentionsOf(statements(reports, denials));
    expect(occurrence!.positions.map((p) => [p.denies, p.side, p.outlets, p.claimIds, p.reports.length])).toEqual([
      [false, null, ['x', 'y'], [], 2],
      [true, 'place:ukraine', ['u', 'w'], ['c1', 'c3'], 0],
      [true, null, ['v'], ['c2'], 0],
    ]);
    expect(kinds(statements([], denials))).toEqual([]);
    expect(kinds(statements(reports))).toEqual([]);
  });
});
