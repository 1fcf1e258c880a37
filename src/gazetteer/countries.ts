import { createRequire } from 'node:module';

import countries from 'i18n-iso-countries';

import { LIMITS } from '../ingest/seed.rules.js';
import type { EntityDoc, NameForm } from '../ingest/seed.schema.js';
import type { CountryRecord } from './geonames.parse.js';
import { detectScript } from './script.js';

/**
 * Countries, with their names in the 78 languages i18n-iso-countries ships (en, uk, ru, be, pl,
 * lt, lv, et, ka among them). GeoNames' own countryInfo.txt, when given, adds each country's
 * geonameid and population. Ids are `place:country-<alpha-2>`, so the same country has one id
 * whichever of the two describes it.
 */
export const COUNTRY_PREFIX = 'place:country-';
export const countryEntityId = (alpha2: string): string => `${COUNTRY_PREFIX}${alpha2.toLowerCase()}`;

const { version: I18N_VERSION } = createRequire(import.meta.url)('i18n-iso-countries/package.json') as { version: string };
/** What the country names come from, for the import's fingerprint. */
export const COUNTRY_NAMES_VERSION = `i18n-iso-countries@${I18N_VERSION}`;

// An abbreviation with its expansion in brackets: КНДР (Корейская Народно-Демократическая Республика).
const SPELT_OUT = /^(\p{Lu}{2,}) \((.+)\)$/u;

/**
 * The forms of one name: catalogue order ("Moldova, Republic of") also as written ("Republic of
 * Moldova", official) and short ("Moldova", colloquial: what news writes); an abbreviation given
 * with its expansion, each on its own (news writes КНДР, never the pair).
 */
function forms(name: string, language: string): NameForm[] {
  const form = (text: string, kind: NameForm['kind']): NameForm => ({ form: text, language, script: detectScript(text), kind });
  const spelt = SPELT_OUT.exec(name);
  if (spelt) return [form(spelt[2]!, 'OFFICIAL'), form(spelt[1]!, 'COLLOQUIAL')];
  const [head, tail] = name.split(', ');
  if (!tail) return [form(name, 'OFFICIAL')];
  return [form(`${tail} ${head}`, 'OFFICIAL'), form(head!, 'COLLOQUIAL')];
}

/** The languages of this news first, so that they stay when a country has more names than an entity may. */
const LANGUAGES = [...new Set(['en', 'uk', 'ru', ...countries.getSupportedLanguages()])];

function countryNames(alpha2: string): NameForm[] {
  const names = LANGUAGES.flatMap((language) =>
    ((countries.getName(alpha2, language, { select: 'all' }) as string[] | undefined) ?? []).flatMap((name) => forms(name, language)),
  );
  return [...new Map(names.map((n) => [`${n.language}|${n.form}`, n])).values()].slice(0, LIMITS.names);
}

/** The English name news uses: the shortest English form. */
const shortest = (names: NameForm[]): string =>
  names
    .filter((n) => n.language === 'en')
    .map((n) => n.form)
    .sort((a, b) => a.length - b.length)[0]!;

/** Every country, or those of `only` (alpha-2 codes). */
export function countryEntities(info: ReadonlyMap<string, CountryRecord> = new Map(), only?: readonly string[]): EntityDoc[] {
  const codes = Object.keys(countries.getAlpha2Codes()).filter((alpha2) => !only || only.includes(alpha2));
  return codes.sort().map((alpha2) => {
    const names = countryNames(alpha2);
    const record = info.get(alpha2);
    return {
      id: countryEntityId(alpha2),
      kind: 'PLACE',
      name: shortest(names),
      externalIds: { iso3166: alpha2, ...(record ? { geonames: String(record.geonameId) } : {}) },
      country: alpha2,
      ...(record && record.population > 0 ? { population: record.population } : {}),
      featureClass: 'A',
      featureCode: 'PCL',
      names,
    };
  });
}
