import { LIMITS } from '../ingest/seed.rules.js';
import type { NameForm } from '../ingest/seed.schema.js';
import type { AlternateNameRecord, GeonameRecord } from './geonames.parse.js';
import { UNDETERMINED_LANGUAGE } from '../graph/vocabulary.js';
import { detectScript } from './script.js';

/**
 * alternateNamesV2's pseudo-languages: links, postal and airport codes, Wikidata ids, the French
 * revolutionary calendar's names, abbreviations, phonetics. None is a name to find a place by.
 */
const PSEUDO_LANGUAGES = new Set(['link', 'wkdt', 'post', 'iata', 'icao', 'faac', 'fr_1793', 'abbr', 'unlc', 'tcid', 'phon', 'piny']);
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const MAX_FORM = 200;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const usable = (form: string): boolean => form.length > 0 && form.length <= MAX_FORM && !URL.test(form);

/** Scripts that write a name with a capital (Georgian has capitals too, but names do not take them). */
const CAPITALISING = new Set(['Latn', 'Cyrl', 'Grek', 'Armn']);

/**
 * Whether an alternate name is written as a name is in running text. In a script that
 * capitalises names, GeoNames' lower-case romanisations ("seoulsi", "shou er") and short forms
 * such as Smidovich's "In" would match common words ("school", the "In" opening a sentence) and
 * name no place so written; search folds case, so the capitalised forms still find the place.
 * Acronyms stay.
 */
function writtenAsName(form: string): boolean {
  if (!CAPITALISING.has(detectScript(form))) return true;
  const letters = form.replace(/\P{L}/gu, '');
  const first = letters.charAt(0);
  if (first !== first.toUpperCase()) return false;
  return letters.length >= 3 || letters === letters.toUpperCase();
}

const nameOf = (form: string, language: string, kind: NameForm['kind']): NameForm => ({ form, language, script: detectScript(form), kind });

/** "zh-CN" → "zh"; null for a pseudo-language or a tag the seed format cannot hold. */
function languageOf(tag: string): string | null {
  if (tag === '') return UNDETERMINED_LANGUAGE;
  if (PSEUDO_LANGUAGES.has(tag)) return null;
  const primary = tag.split('-')[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** historic → FORMER, colloquial → COLLOQUIAL, preferred → OFFICIAL; a short form not preferred is colloquial. */
function kindOf(a: AlternateNameRecord): NameForm['kind'] {
  if (a.historic) return 'FORMER';
  if (a.colloquial || (a.short && !a.preferred)) return 'COLLOQUIAL';
  return a.preferred ? 'OFFICIAL' : 'EXONYM';
}

/** from/to as the seed format's dates; a period GeoNames gives otherwise (or backwards) is left out. */
function periodOf(a: AlternateNameRecord): Pick<NameForm, 'usedFrom' | 'usedUntil'> {
  const from = PERIOD.test(a.from) ? a.from : undefined;
  const to = PERIOD.test(a.to) ? a.to : undefined;
  if (from && to && from > to) return {};
  return { ...(from ? { usedFrom: from } : {}), ...(to ? { usedUntil: to } : {}) };
}

export function alternateName(a: AlternateNameRecord): NameForm | null {
  const language = languageOf(a.language);
  const form = a.name.trim();
  if (!language || !usable(form)) return null;
  const usedBy = /^[A-Z]{2}$/.test(a.usedBy) ? { usedBy: a.usedBy } : {};
  return { ...nameOf(form, language, kindOf(a)), ...periodOf(a), ...usedBy };
}

/**
 * A place's names: its name (official) and ASCII form (a transliteration), the curated names
 * (CURATED_NAMES: a renamed town's new and former names, with their periods), then every alternate
 * name written as a name (writtenAsName), from alternateNamesV2 with language and flags when
 * given, else the main table's list with language `und`. One per language and form, at most the
 * seed format's limit (the first ones kept: GeoNames lists the common forms first).
 */
export function placeNames(record: GeonameRecord, alternates?: AlternateNameRecord[], curated: AlternateNameRecord[] = []): NameForm[] {
  const names: NameForm[] = [
    nameOf(record.name, UNDETERMINED_LANGUAGE, 'OFFICIAL'),
    nameOf(record.asciiName, UNDETERMINED_LANGUAGE, 'TRANSLITERATION'),
    ...curated.map(alternateName).filter((n) => n !== null),
  ];
  const other: NameForm[] = alternates
    ? alternates.map(alternateName).filter((n) => n !== null)
    : record.alternateNames.map((form) => nameOf(form.trim(), UNDETERMINED_LANGUAGE, 'EXONYM'));
  names.push(...other.filter((n) => writtenAsName(n.form)));
  const unique = new Map<string, NameForm>();
  for (const name of names) {
    const key = `${name.language}|${name.form}`;
    if (usable(name.form) && !unique.has(key)) unique.set(key, name);
  }
  return [...unique.values()].slice(0, LIMITS.names);
}
