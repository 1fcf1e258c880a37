/**
 * What the words beside a match say about its candidates: a region word after it, a capitalised
 * word before it that makes it part of someone's name, a country after a state body's name. Each
 * filter keeps the match's candidates that fit, and drops a match left with none.
 */
import { normalizeName } from '../names/normalize.js';
import { titleCaseLines } from './title-case.js';
import { isGivenName, TITLES } from './person-words.js';
import { isCapitalised, joinsName, type Token } from './tokens.js';
import type { NameIndex, NameMatch } from './types.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Russian and Ukrainian name a state's body by its short name and the country in the genitive
 * (МИД России, МЗС України, Минобороны РФ): one name, the body of that country. The two
 * matches join when the second is a country and the first has a candidate of that country. When
 * the body's candidates are all bodies of other countries (МИД КНР, Правительство Молдавии), the
 * pair names a body the gazetteer lacks: neither match is kept, the country being part of its name.
 */
export function bodiesOfCountries(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < found.length; i++) {
    const [body, country] = [found[i]!, found[i + 1]];
    const joined =
      country !== undefined &&
      country.firstToken === body.lastToken + 1 &&
      CYRILLIC.test(country.text) &&
      joinsName(text, tokens[body.lastToken]!, tokens[country.firstToken]!);
    const of = joined ? countryOf(country, index) : null;
    const forms =
      of === null ? [] : [...body.forms].filter(([e]) => index.entries[e]!.kind === 'ORGANIZATION' && index.entries[e]!.country === of);
    if (forms.length === 0) {
      const unknownBody = of !== null && [...body.forms.keys()].every((e) => index.entries[e]!.kind === 'ORGANIZATION');
      if (unknownBody) i++;
      else out.push(body);
      continue;
    }
    out.push({
      ...body,
      end: country!.end,
      text: text.slice(body.start, country!.end),
      forms: new Map(forms),
      lastToken: country!.lastToken,
    });
    i++;
  }
  return out;
}

/** The country a match names, when one of its candidates is a country. */
function countryOf(m: NameMatch, index: NameIndex): string | null {
  const state = [...m.forms.keys()].map((e) => index.entries[e]!).find((e) => e.featureCode?.startsWith('PCL'));
  return state?.country ?? null;
}

/** Words after a name that make it a region's (the Sverdlovsk region), not the town's of that name. */
const REGION_WORDS = new Set(['region', 'regions']);
/** The English attribute that makes the name before it the region's: Odesa regional governor. */
const REGIONAL = 'regional';
/** A governor governs a region, not its capital: the Saratov governor, Belgorod Governor Gladkov. */
const GOVERNOR = 'governor';
const REGION_NOUNS = ['region', 'oblast'];

/**
 * A name followed by "region" names the region (the Sverdlovsk region), so a town of that name
 * is not meant: populated places leave the match's candidates, and a match left with none goes.
 * Entities the gazetteer gives no feature class (the curated Donbas of "the Donbass region") stay.
 * Before "regional" (Odesa regional governor, the Kharkiv regional council) or "governor" the name is the
 * region's own, "Odesa region", though the region's forms do not hold the bare name.
 */
export function regionsBeforeRegionWords(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  return found.flatMap((m) => {
    const next = tokens[m.lastToken + 1];
    if (!next || !joinsName(text, tokens[m.lastToken], next)) return [m];
    if ((next.exact === REGIONAL && text.startsWith(REGIONAL, next.start)) || next.exact === GOVERNOR) return [regionOf(m, index) ?? m];
    if (!REGION_WORDS.has(next.exact)) return [m];
    const forms = new Map([...m.forms].filter(([entry]) => index.entries[entry]!.featureClass !== 'P'));
    return forms.size ? [{ ...m, forms }] : [];
  });
}

/** The match as the region "<name> region" or "<name> oblast" names, if the gazetteer has one. */
function regionOf(m: NameMatch, index: NameIndex): NameMatch | null {
  const refs = REGION_NOUNS.flatMap((noun) => index.exact.get(`${normalizeName(m.text)} ${noun}`) ?? []);
  const forms = new Map(refs.filter((ref) => index.entries[ref.entry]!.featureClass === 'A').map((ref) => [ref.entry, ref] as const));
  return forms.size > 0 ? { ...m, forms, tier: 'exact' } : null;
}

// A sentence (or a quoted one) starts after . ! ? … and any closing quote or bracket, after a
// colon, an opening quote or bracket, a dash, or at a line start.
const SENTENCE_END_BEFORE = /(?:[.!?…]["'»”’)\]]*|[:«„“"‘(—–-]|\n)\s*$/u;
const LOOK_BACK = 8;

/**
 * A place's name after a capitalised word that is no known name, inside a sentence, is the end of
 * a longer name the gazetteer lacks: the surname of "Valentin Demidov" or "Валентин Демидов",
 * not the town of Demidov. Titles stand before people, not places, and a sentence's first word is
 * capitalised whatever it is ("Near Pokrovsk", "У Покровську"), as is every word of a headline.
 * Place candidates leave the match, and so do people matched by their surname alone (Oleksii
 * Kuleba is not Dmytro Kuleba) unless the word is a title.
 */
export function placesAfterUnknownNames(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const inTitleCase = titleCaseLines(text, tokens, found);
  const named = new Set(found.flatMap((m) => Array.from({ length: m.lastToken - m.firstToken + 1 }, (_, k) => m.firstToken + k)));
  return found.flatMap((m) => {
    const before = tokens[m.firstToken - 1];
    if (!before) return [m];
    // A given name that is also a place's name (Владимир) is still the start of someone's name,
    // whose surname is one word (not the region of в Анне Воронежской области).
    const given = m.firstToken === m.lastToken && isGivenName(before, index.givenNames);
    const unknown = !named.has(m.firstToken - 1) || given;
    if (!unknown || !startsLongerName(text, before, tokens[m.firstToken]!) || inTitleCase(m.start)) return [m];
    if (DIRECTIONS.has(before.exact)) return [m]; // Eastern Ukraine, Southern Russia: a part of the country, named by it
    const titled = TITLES.has(before.exact);
    const forms = new Map(
      [...m.forms].filter(([entry, ref]) => index.entries[entry]!.kind !== 'PLACE' && (titled || ref.surname === null)),
    );
    return forms.size ? [{ ...m, forms }] : [];
  });
}

// English capitalises a direction before a country or region as often as not.
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

export function startsLongerName(text: string, before: Token, first: Token): boolean {
  const capitalised = isCapitalised(text, before) && before.end - before.start > 1;
  return capitalised && !atSentenceStart(text, before.start) && /^[ \t\u00a0]+$/u.test(text.slice(before.end, first.start));
}

export function atSentenceStart(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - LOOK_BACK), at);
  return SENTENCE_END_BEFORE.test(lead) || (at <= LOOK_BACK && lead.trim() === '');
}
