/**
 * A small hand-made gazetteer for the linker's unit tests. Keys follow the seed data; Tabaga and
 * Mir are invented where a test needs a shape the seed data lacks.
 */
import type { GazetteerEntry } from '../../src/linking/linker.js';

type Kind = GazetteerEntry['kind'];

export function entry(entityKey: string, kind: Kind, forms: string[], place: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return { entityKey, kind, country: null, adminArea: null, within: [], forms, ...place };
}

export const place = (key: string, country: string, adminArea: string | null, within: string[], forms: string[]): GazetteerEntry =>
  entry(key, 'PLACE', forms, { country, adminArea, within });

/** A populated place of the given size, for tests that weigh namesakes by population. */
export const town = (
  key: string,
  country: string,
  adminArea: string,
  within: string[],
  forms: string[],
  population: number,
): GazetteerEntry => ({
  ...place(key, country, adminArea, within, forms),
  featureClass: 'P',
  population,
});
/** A first-level area. */
export const region = (key: string, country: string, adminArea: string, forms: string[]): GazetteerEntry => ({
  ...place(key, country, adminArea, [], forms),
  featureClass: 'A',
  featureCode: 'ADM1',
});

export const GAZETTEER: GazetteerEntry[] = [
  place('place:ukraine', 'UA', null, [], ['Ukraine', 'Україна']),
  place('place:russia', 'RU', null, [], ['Russia', 'Россия']),
  place('place:kyiv', 'UA', 'Kyiv', ['place:ukraine'], ['Kyiv']),
  place('place:donetsk-oblast-ua', 'UA', 'Donetsk Oblast', ['place:ukraine'], ['Donetsk Oblast', 'Донецька область']),
  place('place:donetsk-donetsk-ua', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Donetsk', 'Донецьк']),
  place('place:donetsk-peoples-republic', 'UA', 'Donetsk Oblast', ['place:ukraine'], ["Donetsk People's Republic", 'DPR']),
  place(
    'place:pokrovsk-donetsk-ua',
    'UA',
    'Donetsk Oblast',
    ['place:donetsk-oblast-ua'],
    ['Pokrovsk', 'Покровськ', "Pokrovs'k", 'Krasnoarmeysk'],
  ),
  place('place:sloviansk-donetsk-ua', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Sloviansk']),
  place('place:kramatorsk-donetsk-ua', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Kramatorsk']),
  place('place:vovchansk-kharkiv-ua', 'UA', 'Kharkiv Oblast', ['place:ukraine'], ['Vovchansk', 'Volchansk']),
  place('place:volchansk-sverdlovsk-ru', 'RU', 'Sverdlovsk Oblast', ['place:russia'], ['Volchansk']),
  // Yakutia shares its admin area with the Russian Pokrovsk rather than containing it, so that the
  // Pokrovsk → Tabaga chain below needs the second pass.
  place('place:sakha-republic-ru', 'RU', 'Sakha Republic', ['place:russia'], ['Yakutia', 'Sakha Republic']),
  place('place:pokrovsk-sakha-ru', 'RU', 'Sakha Republic', [], ['Pokrovsk', 'Покровск']),
  place('place:tabaga-sakha-ru', 'RU', 'Khangalassky District', ['place:pokrovsk-sakha-ru'], ['Tabaga']),
  place('place:tabaga-tver-ru', 'RU', 'Tver Oblast', [], ['Tabaga']),
  place('place:mir-by', 'BY', 'Grodno Region', [], ['Mir']),
  entry('person:vladimir-putin', 'PERSON', ['Vladimir Putin', 'Putin', 'Путин']),
  entry('org:tass', 'ORGANIZATION', ['TASS', 'ТАСС']),
];
