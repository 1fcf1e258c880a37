import type { Match, Reader } from './time-reader.js';

/**
 * "с 23:00 вторника до 07:00 среды", "з 23:00 вівторка до 07:00 середи": a ministry's count over
 * an evening-to-morning span is the night that ends on the second day, dated like "в ночь на
 * среду". Only a span from evening (18:00 or later) to morning (10:00 or earlier) of the next day.
 */
export function nightRange(r: Reader, i: number): Match | null {
  const words = r.lang.nightRange;
  if (words === null || r.published === null || r.ws[i]!.lower !== words.from) return null;
  const from = clockDay(r, i + 1, words.weekdays);
  if (from === null || from.hour < EVENING || r.ws[from.last + 1]?.lower !== words.until) return null;
  const to = clockDay(r, from.last + 2, words.weekdays);
  if (to === null || to.hour > MORNING || to.weekday !== (from.weekday + 1) % 7) return null;
  const back = (r.published.getUTCDay() - to.weekday + 7) % 7;
  const day = new Date(r.published.getTime() - back * 86_400_000);
  return { last: to.last, when: { month: day.getUTCMonth() + 1, day: day.getUTCDate(), partOfDay: 'NIGHT' } };
}

const EVENING = 18;
const MORNING = 10;

/** "23:00 вторника" at `j`: the hour, the weekday in the genitive, and the index of the weekday. */
function clockDay(r: Reader, j: number, weekdays: Record<string, number>): { hour: number; weekday: number; last: number } | null {
  const [hour, minutes, day] = [r.ws[j], r.ws[j + 1], r.ws[j + 2]];
  if (hour === undefined || minutes === undefined || day === undefined) return null;
  if (!/^\d{1,2}$/.test(hour.lower) || !/^\d\d$/.test(minutes.lower) || r.text.slice(hour.end, minutes.start) !== ':') return null;
  const weekday = weekdays[day.lower];
  return weekday === undefined || Number(hour.lower) > 23 ? null : { hour: Number(hour.lower), weekday, last: j + 2 };
}
