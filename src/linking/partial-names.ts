/**
 * A known name inside a longer unknown one is not a mention of it: Kupiansk in Kupiansk-Vuzlovyi
 * (another town), Engels in Engels Street or улица Энгельса (a street), Kharkov in Kharkov Region
 * (the region, not the city). Where the longer name is known, the longest match wins anyway
 * (match.ts); this refuses the shorter match where it is not.
 */
import { normalizeName } from '../names/normalize.js';
import { halfOfHyphenedTown } from './hyphened-towns.js';
import { titleCaseLines } from './title-case.js';
import { isCapitalised, joinsName, type Token } from './tokens.js';

interface Span {
  firstToken: number;
  lastToken: number;
  /** How the name matched (match.ts); a case form ends a Russian or Ukrainian name. */
  tier?: string;
}

// Words that make the name before them part of a street's, an area's, a unit's or a plant's name
// even in lower case (Engels street, Kupiansk district, Azov brigade, Zaporizhzhia nuclear power
// plant: an organization, whose town is not marked on its own). Not "region": "the Donbass region" is Donbas itself, and a
// capitalised Region (Kharkov Region) is refused as any capitalised word is. In Russian and
// Ukrainian a region is an adjective (Харьковская область) and never holds the city's noun.
const AFTER = new Set([
  ...['street', 'streets', 'avenue', 'avenues', 'square', 'squares', 'oblast', 'oblasts', 'district', 'districts'],
  ...['brigade', 'battalion', 'regiment', 'nuclear', 'npp', 'hydroelectric', 'thermal'],
  // A reservoir is water, named after its dam's town (the drained Kakhovka reservoir), not the town.
  ...['reservoir', 'reservoirs'],
]);
// Russian and Ukrainian street names put the street word first (улица Энгельса, вулиця Героїв).
// Not район or область: "в районе Покровска" is "near Pokrovsk", a mention of the town.
const BEFORE = new Set(
  ['улица', 'ул', 'проспект', 'пр', 'площадь', 'переулок', 'бульвар', 'вулиця', 'вул', 'площа', 'провулок'].map(normalizeName),
);
const HYPHEN = /[-‐‑‒–]/;
const POSSESSIVE = /^['‘’‛ʼ`´＇][sS]/;

/**
 * The matches that are not part of a longer capitalised name, in their order. A word that starts
 * a person's name or title (`startsPerson`) continues no name before it: NATO Secretary General,
 * Глава Курчатова Игорь Корпунков.
 */
export function refusesPartialNames<M extends Span>(
  text: string,
  tokens: readonly Token[],
  found: readonly M[],
  startsPerson: (token: Token) => boolean = () => false,
): M[] {
  const inTitleCase = titleCaseLines(text, tokens, found);
  return found.filter((m) => !continues(text, tokens, found, m, inTitleCase(tokens[m.firstToken].start), startsPerson));
}

// A sea, gulf or strait "of" a name is the water's name, however it is capitalised (the Sea of Azov).
const WATER_OF = /\b(?:sea|gulf|bay|strait|straits|lake)\s+of\s+(?:the\s+)?$/iu;
const WATER_LOOK_BACK = 16;

function continues(
  text: string,
  tokens: readonly Token[],
  found: readonly Span[],
  m: Span,
  titleCase: boolean,
  startsPerson: (token: Token) => boolean,
): boolean {
  const next = m.lastToken + 1;
  const previous = m.firstToken - 1;
  const start = tokens[m.firstToken].start;
  if (WATER_OF.test(text.slice(Math.max(0, start - WATER_LOOK_BACK), start))) return true;
  if (inQuotedTitle(text, start, tokens[m.lastToken].end)) return true;
  if (halfOfHyphenedTown(text, tokens, m.firstToken, m.lastToken)) return true;
  if (next < tokens.length && joinsName(text, tokens[m.lastToken], tokens[next]) && isOneOf(tokens[next], AFTER)) return true;
  if (previous >= 0 && joinsName(text, tokens[previous], tokens[m.firstToken]) && isOneOf(tokens[previous], BEFORE)) return true;
  if (titleCase) return false;
  // A capitalised word after the name extends it (Engels Street), unless a possessive ends the
  // name (Pokrovsk’s Capture); one before it only through a hyphen, since titles and other names
  // stand before names (President Putin, Россия Путина).
  const possessive = next < tokens.length && POSSESSIVE.test(text.slice(tokens[m.lastToken].end, tokens[next].start));
  const after = compound(text, tokens, m.lastToken, 1, !possessive && !endsOwnName(text, tokens, m));
  // Only a word joined by a space can be a person's name after this one; a hyphen joins a compound.
  const spaced = after.length === 1 && !HYPHEN.test(text.slice(tokens[m.lastToken].end, tokens[after[0]!].start));
  const extension = [...(spaced && startsPerson(tokens[after[0]!]) ? [] : after), ...compound(text, tokens, m.firstToken, -1, false)];
  const numbered = (i: number): boolean =>
    i > m.lastToken && NUMBER.test(tokens[i].exact) && HYPHEN.test(text.slice(tokens[i - 1].end, tokens[i].start));
  return extension.some((i) => (isCapitalised(text, tokens[i]) || numbered(i)) && !isInitial(tokens[i]) && !knownElsewhere(found, m, i));
}

// A short quoted title after a lower-case word (агентство «Новости Приднестровья», the channel
// “Russia Today”) is one name, whose words are not names of their own: a quote after a colon, a
// dash or a sentence's start is speech, and so is one in lower case (заявил про «удари ЗСУ»).
// Only a name that is the whole title may be matched alone.
const TITLE_BEFORE = /\p{Ll}[ \t\u00a0]+$/u;
const TITLE_WORDS = 5;
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['«', '»'],
  ['„', '“'],
  ['“', '”'],
];

function inQuotedTitle(text: string, start: number, end: number): boolean {
  return QUOTE_PAIRS.some(([open, close]) => {
    const from = text.lastIndexOf(open, start);
    const to = text.indexOf(close, end);
    if (from === -1 || to === -1 || (from === start - 1 && to === end)) return false;
    const title = text.slice(from + 1, to);
    if (!/^\p{Lu}/u.test(title) || /[\n«»„“”.,!?:]/u.test(title) || title.split(/\s+/u).length > TITLE_WORDS) return false;
    return TITLE_BEFORE.test(text.slice(Math.max(0, from - 16), from));
  });
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
// An adjective's case endings: an adjective may begin a longer name that declines it too (в Красном
// Лимане, where Красное is also a village), so it still takes a capitalised word after it.
const ADJECTIVE_CASE = /(?:[оеыиі]го|[оеыиі]му|[оеыиі]м|[оеыиі]й|[оеыиі]х|[ую]ю|[ое]ю|ої)$/u;

/**
 * Whether the name's own shape ends it before a spaced word: a period after a whole word (до Сум.
 * Джерело …: a sentence ends; U.S. and St. are initials and abbreviations, whose period joins), or
 * a Russian or Ukrainian noun in a case form (в Полтаві Когут, в Киеве Кличко), since a longer
 * name of nouns declines its last word, not this one.
 */
function endsOwnName(text: string, tokens: readonly Token[], m: Span): boolean {
  const last = tokens[m.lastToken]!;
  const next = tokens[m.lastToken + 1];
  if (next === undefined) return false;
  if (text.slice(last.end, next.start).includes('.') && last.end - last.start > 1) return true;
  // The written word, not its folded key, which spells й and ї as и and і (Канівської → канівськоі).
  const written = text.slice(last.start, last.end).toLowerCase();
  return m.tier === 'caseForm' && CYRILLIC.test(written) && !ADJECTIVE_CASE.test(written);
}

// A number hyphened on extends a name too: the channel «Россия-24», not Russia.
const NUMBER = /^\p{N}+$/u;

/**
 * The tokens that would extend the span one way: through a hyphen the whole rest of the compound
 * (Ростов-на-Дону), and when `spaced`, the adjacent word joined by a space too.
 */
function compound(text: string, tokens: readonly Token[], from: number, step: 1 | -1, spaced: boolean): number[] {
  const out: number[] = [];
  for (let i = from + step; i >= 0 && i < tokens.length; i += step) {
    const [left, right] = step === 1 ? [tokens[i - 1], tokens[i]] : [tokens[i], tokens[i + 1]];
    if (!joinsName(text, left, right)) break;
    const hyphen = HYPHEN.test(text.slice(left.end, right.start));
    if (hyphen || (spaced && out.length === 0)) out.push(i);
    if (!hyphen) break;
  }
  return out;
}

const isOneOf = (token: Token, words: ReadonlySet<string>): boolean => words.has(token.exact) || token.lemmas.some((l) => words.has(l));

// An initial after a surname (Путин В. В.) is no longer name.
const isInitial = (token: Token): boolean => token.exact.length === 1;

/** Whether token i is (part of) another known name, one that does not overlap m. */
const knownElsewhere = (found: readonly Span[], m: Span, i: number): boolean =>
  found.some((o) => o.firstToken <= i && i <= o.lastToken && (o.lastToken < m.firstToken || o.firstToken > m.lastToken));
