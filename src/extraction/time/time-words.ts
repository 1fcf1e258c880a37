import type { PartOfDay } from '../../graph/vocabulary.js';

/**
 * The words of time expressions per language, lowercased: month names in the forms dates take
 * ("8 декабря", "у березні"), weekdays as "on/в/у" takes them, parts of the day, and the
 * expressions that count back from the publication day. time-rules.ts holds the rules that read them.
 */

/** What a relative expression denotes, counted back from the publication day. */
export type Relative =
  | { days: number; part?: PartOfDay }
  | { weeks: 1 }
  | { months: 1 }
  | { partOnly: PartOfDay }
  /** "тієї ж ночі", "той же ночью", "that same night": the day of the time stated before, at that part. */
  | { samePart: PartOfDay };

export interface TimeWords {
  /** Month names as a date writes them: "December 8", "8 декабря", "8 грудня". */
  months: Record<string, number>;
  /** Whether a date may name the month first ("December 8"); Russian and Ukrainian put the day first. */
  monthFirst: boolean;
  /** Month names after "in": "in March", "в марте", "у березні". */
  monthsIn: Record<string, number>;
  /** Weekday names, Sunday = 0. */
  weekdays: Record<string, number>;
  parts: Record<string, PartOfDay>;
  /** Prepositions before a month or a year, and a Russian or Ukrainian weekday ("in"; "в", "во"; "у", "в"). */
  prepositions: ReadonlySet<string>;
  /** Whether a weekday needs its preposition to be read as a time: "в понедельник", but "Monday" alone. */
  weekdayAfterPreposition: boolean;
  /** The words after a year: "в 2024 году", "у 2024 році". */
  yearWords: ReadonlySet<string>;
  /** "evening of November 30th", "8th of December". */
  of: string | null;
  /** "в ночь (с 7) на 8 декабря", "у ніч проти 8 грудня": the night word, the words before its last day, the one before its first. */
  night: { word: string; onto: ReadonlySet<string>; from: string } | null;
  /** "с 23:00 вторника до 07:00 среды": the words opening and closing the span, and weekdays in the genitive. */
  nightRange: { from: string; until: string; weekdays: Record<string, number> } | null;
  /** Whole expressions, words joined by one space. */
  relative: Record<string, Relative>;
}

/** Space-separated names numbered from `first`: months from 1 (a second dozen, abbreviations, numbered again), weekdays from Sunday = 0. */
const numbered = (names: string, first: number, cycle: number): Record<string, number> =>
  Object.fromEntries(names.split(' ').map((name, i) => [name, (i % cycle) + first]));
const months = (names: string): Record<string, number> => numbered(names, 1, 12);
const weekdays = (names: string): Record<string, number> => numbered(names, 0, 7);
/** Adjectives of a part of the day, in the forms they take before a noun ("у вечірньому зверненні"). */
const partOnly = (forms: string, part: PartOfDay): Record<string, Relative> =>
  Object.fromEntries(forms.split(' ').map((form) => [form, { partOnly: part }]));

/** Adjectives of the night ("після нічної атаки", "ночной удар"): like "ночью", the night that ended on the report's day. */
const night = (forms: string): Record<string, Relative> =>
  Object.fromEntries(forms.split(' ').map((form) => [form, { days: 0, part: 'NIGHT' as const }]));

const EN_MONTHS = months(
  'january february march april may june july august september october november december jan feb mar apr may jun jul aug sept oct nov dec',
);

const EN: TimeWords = {
  months: EN_MONTHS,
  monthFirst: true,
  monthsIn: EN_MONTHS,
  weekdays: weekdays('sunday monday tuesday wednesday thursday friday saturday'),
  parts: { morning: 'MORNING', afternoon: 'AFTERNOON', evening: 'EVENING', night: 'NIGHT' },
  prepositions: new Set(['in']),
  yearWords: new Set(),
  weekdayAfterPreposition: false,
  of: 'of',
  night: { word: 'overnight', onto: new Set(['into', 'to']), from: 'from' },
  nightRange: null,
  relative: {
    today: { days: 0 },
    'this morning': { days: 0, part: 'MORNING' },
    'this afternoon': { days: 0, part: 'AFTERNOON' },
    'this evening': { days: 0, part: 'EVENING' },
    tonight: { days: 0, part: 'NIGHT' },
    overnight: { days: 0, part: 'NIGHT' },
    'last night': { days: 0, part: 'NIGHT' },
    'the same night': { samePart: 'NIGHT' },
    'that same night': { samePart: 'NIGHT' },
    yesterday: { days: 1 },
    'last week': { weeks: 1 },
    'last month': { months: 1 },
  },
};

const RU: TimeWords = {
  months: months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
  monthFirst: false,
  monthsIn: months('январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'),
  weekdays: weekdays('воскресенье понедельник вторник среду четверг пятницу субботу'),
  parts: { утром: 'MORNING', днем: 'AFTERNOON', днём: 'AFTERNOON', вечером: 'EVENING', ночью: 'NIGHT' },
  prepositions: new Set(['в', 'во']),
  yearWords: new Set(['года', 'году', 'г']),
  weekdayAfterPreposition: true,
  of: null,
  night: { word: 'ночь', onto: new Set(['на']), from: 'с' },
  nightRange: { from: 'с', until: 'до', weekdays: weekdays('воскресенья понедельника вторника среды четверга пятницы субботы') },
  relative: {
    сегодня: { days: 0 },
    // A report's "ночью" with no date is the night before it: "в ночь на" its day.
    ночью: { days: 0, part: 'NIGHT' },
    'этой ночью': { days: 0, part: 'NIGHT' },
    'минувшей ночью': { days: 0, part: 'NIGHT' },
    'прошлой ночью': { days: 0, part: 'NIGHT' },
    // "Всего за ночь ПВО уничтожили": the night that ended on the report's day, as "ночью".
    'за ночь': { days: 0, part: 'NIGHT' },
    // So is its bare morning or evening: "утром беспилотник атаковал" ("днем" is also "днем ранее", a day before).
    утром: { days: 0, part: 'MORNING' },
    ...night('ночной ночного ночную ночная ночном ночные ночных'),
    вечером: { days: 0, part: 'EVENING' },
    // "в вечернем обращении": a part of the day with no day.
    ...partOnly('вечернем вечернего вечернее вечерняя вечерней', 'EVENING'),
    ...partOnly('утреннем утреннего утреннее утренняя утренней', 'MORNING'),
    вчера: { days: 1 },
    накануне: { days: 1 },
    позавчера: { days: 2 },
    'той же ночью': { samePart: 'NIGHT' },
    'этой же ночью': { samePart: 'NIGHT' },
    'на прошлой неделе': { weeks: 1 },
    'на минувшей неделе': { weeks: 1 },
    'в прошлом месяце': { months: 1 },
  },
};

const UK: TimeWords = {
  months: months('січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'),
  monthFirst: false,
  monthsIn: months('січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні'),
  // The apostrophe of п’ятницю as news types it: ’, ' or ʼ.
  weekdays: {
    ...weekdays('неділю понеділок вівторок середу четвер п’ятницю суботу'),
    ...weekdays("неділю понеділок вівторок середу четвер п'ятницю суботу"),
    ...weekdays('неділю понеділок вівторок середу четвер пʼятницю суботу'),
  },
  parts: {
    вранці: 'MORNING',
    уранці: 'MORNING',
    зранку: 'MORNING',
    вдень: 'AFTERNOON',
    удень: 'AFTERNOON',
    ввечері: 'EVENING',
    увечері: 'EVENING',
    вночі: 'NIGHT',
    уночі: 'NIGHT',
  },
  prepositions: new Set(['у', 'в']),
  yearWords: new Set(['року', 'році', 'р']),
  weekdayAfterPreposition: true,
  of: null,
  night: { word: 'ніч', onto: new Set(['на', 'проти']), from: 'з' },
  nightRange: { from: 'з', until: 'до', weekdays: weekdays('неділі понеділка вівторка середи четверга п’ятниці суботи') },
  relative: {
    сьогодні: { days: 0 },
    уночі: { days: 0, part: 'NIGHT' },
    вночі: { days: 0, part: 'NIGHT' },
    'цієї ночі': { days: 0, part: 'NIGHT' },
    'минулої ночі': { days: 0, part: 'NIGHT' },
    'за ніч': { days: 0, part: 'NIGHT' },
    // So is its bare morning, day or evening: "вранці під обстрілом опинилося селище".
    ...night('нічної нічного нічну нічна нічній нічному нічні нічних'),
    вранці: { days: 0, part: 'MORNING' },
    уранці: { days: 0, part: 'MORNING' },
    зранку: { days: 0, part: 'MORNING' },
    вдень: { days: 0, part: 'AFTERNOON' },
    удень: { days: 0, part: 'AFTERNOON' },
    ввечері: { days: 0, part: 'EVENING' },
    увечері: { days: 0, part: 'EVENING' },
    ...partOnly('вечірньому вечірнього вечірнє вечірня вечірній', 'EVENING'),
    ...partOnly('ранковому ранкового ранкове ранкова ранковій', 'MORNING'),
    вчора: { days: 1 },
    учора: { days: 1 },
    напередодні: { days: 1 },
    позавчора: { days: 2 },
    'тієї ж ночі': { samePart: 'NIGHT' },
    'цієї ж ночі': { samePart: 'NIGHT' },
    'минулого тижня': { weeks: 1 },
    'на минулому тижні': { weeks: 1 },
    'минулого місяця': { months: 1 },
  },
};

const BY_LANGUAGE: Record<string, TimeWords> = { en: EN, ru: RU, uk: UK };

/** The words of a language; others get the English ones, as the extractor's rules do. */
export const timeWords = (language: string): TimeWords => BY_LANGUAGE[language] ?? EN;
