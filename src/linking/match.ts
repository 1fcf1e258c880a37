/**
 * Finding name spans: every token starts an n-gram that grows while its key is still a prefix of
 * some name, so the work per token is bounded by the longest name, not by the gazetteer size.
 */
import { refusesPartialNames, titleCaseLines } from './partial-names.js';
import { listedRegions } from './region-lists.js';
import { caseAllows, joinsName, tokenize, type Token } from './tokens.js';
import type { FormRef, NameIndex } from './types.js';

/** How the span matched a form: spelt exactly, as a case form of it (Покровська for Покровськ),
 * or only through looseKey, i.e. a spelling no form has exactly. */
export type MatchTier = 'exact' | 'caseForm' | 'loose';

export interface NameMatch {
  start: number;
  end: number;
  text: string;
  /** Candidate entry → the form it matched under (its strongest, where several fold alike). */
  forms: ReadonlyMap<number, FormRef>;
  tier: MatchTier;
  firstToken: number;
  lastToken: number;
}

/** Names in the text, non-overlapping, in text order; the longest wins where spans overlap. */
export function findNames(text: string, index: NameIndex, tokens: readonly Token[] = tokenize(text)): NameMatch[] {
  const found: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) found.push(...matchesFrom(text, tokens, i, index));
  const whole = refusesPartialNames(text, tokens, found);
  // A misspelling's only sign of being a name is its capital, which a sentence's first word has anyway (Міський голова).
  const capitalised = whole.filter((m) => m.tier !== 'loose' || !atSentenceStart(text, m.start));
  const kept = longestFirst(placesAfterUnknownNames(text, tokens, regionsBeforeRegionWords(text, tokens, capitalised, index), index), tokens.length);
  return bodiesOfCountries(text, tokens, withListedRegions(text, tokens, kept, index), index);
}

/** The regions of a list under one head word (the Belgorod, Kursk and Bryansk regions), each in place of what its word matched alone. */
function withListedRegions(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const listed = listedRegions(text, tokens, (name, token) => {
    const whole = findNames(name, index).find((m) => m.start === 0 && m.end === name.length);
    const word = text.slice(token.start, token.end);
    return whole === undefined ? null : { ...whole, start: token.start, end: token.end, text: word };
  });
  if (listed.length === 0) return found;
  const at = new Map(listed.map((l) => [l.token, { ...l.match, firstToken: l.token, lastToken: l.token }]));
  const rest = found.filter((m) => ![...at.keys()].some((t) => m.firstToken <= t && t <= m.lastToken));
  return [...rest, ...at.values()].sort((a, b) => a.start - b.start);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Russian and Ukrainian name a state's body by its short name and the country in the genitive
 * (МИД России, МЗС України, Минобороны РФ): one name, the body of that country. The two
 * matches join when the second is a country and the first has a candidate of that country.
 */
function bodiesOfCountries(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < found.length; i++) {
    const [body, country] = [found[i]!, found[i + 1]];
    const joined = country !== undefined && country.firstToken === body.lastToken + 1 && CYRILLIC.test(country.text)
      && joinsName(text, tokens[body.lastToken]!, tokens[country.firstToken]!);
    const of = joined ? countryOf(country, index) : null;
    const forms = of === null ? [] : [...body.forms].filter(([e]) => index.entries[e]!.kind === 'ORGANIZATION' && index.entries[e]!.country === of);
    if (forms.length === 0) {
      out.push(body);
      continue;
    }
    out.push({ ...body, end: country!.end, text: text.slice(body.start, country!.end), forms: new Map(forms), lastToken: country!.lastToken });
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

/**
 * A name followed by "region" names the region (the Sverdlovsk region), so a town of that name
 * is not meant: populated places leave the match's candidates, and a match left with none goes.
 * Entities the gazetteer gives no feature class (the curated Donbas of "the Donbass region") stay.
 */
function regionsBeforeRegionWords(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  return found.flatMap((m) => {
    const next = tokens[m.lastToken + 1];
    if (!next || !REGION_WORDS.has(next.exact) || !joinsName(text, tokens[m.lastToken], next)) return [m];
    const forms = new Map([...m.forms].filter(([entry]) => index.entries[entry]!.featureClass !== 'P'));
    return forms.size ? [{ ...m, forms }] : [];
  });
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
function placesAfterUnknownNames(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const inTitleCase = titleCaseLines(text, tokens, found);
  const named = new Set(found.flatMap((m) => Array.from({ length: m.lastToken - m.firstToken + 1 }, (_, k) => m.firstToken + k)));
  return found.flatMap((m) => {
    const before = tokens[m.firstToken - 1];
    if (!before || named.has(m.firstToken - 1) || !startsLongerName(text, before, tokens[m.firstToken]!) || inTitleCase(m.start)) return [m];
    const titled = TITLES.has(before.exact);
    const forms = new Map([...m.forms].filter(([entry, ref]) => index.entries[entry]!.kind !== 'PLACE' && (titled || ref.surname === null)));
    return forms.size ? [{ ...m, forms }] : [];
  });
}

// English capitalises a title before a surname (President Zelensky, Governor Syniehubov); Russian
// and Ukrainian do not.
const TITLES = new Set(['president', 'prime', 'minister', 'governor', 'mayor', 'general', 'gen', 'colonel', 'col', 'lieutenant',
  'lt', 'major', 'maj', 'admiral', 'marshal', 'commander', 'chief', 'deputy', 'speaker', 'spokesman', 'spokeswoman', 'secretary',
  'chancellor', 'senator', 'ambassador', 'envoy', 'mr', 'mrs', 'ms', 'dr', 'sergeant', 'captain', 'patriarch', 'king', 'pope']);

function startsLongerName(text: string, before: Token, first: Token): boolean {
  const word = text.slice(before.start, before.end);
  const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase() && word.length > 1;
  return capitalised && !atSentenceStart(text, before.start) && /^[ \t\u00a0]+$/u.test(text.slice(before.end, first.start));
}

function atSentenceStart(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - LOOK_BACK), at);
  return SENTENCE_END_BEFORE.test(lead) || (at <= LOOK_BACK && lead.trim() === '');
}

function matchesFrom(text: string, tokens: readonly Token[], first: number, index: NameIndex): NameMatch[] {
  const out: NameMatch[] = [];
  let exact = '';
  let loose = '';
  let lemmas: string[] = [''];
  for (let last = first; last < tokens.length; last++) {
    const token = tokens[last];
    if (last > first && !joinsName(text, tokens[last - 1], token)) break;
    exact = last === first ? token.exact : `${exact} ${token.exact}`;
    loose = last === first ? token.loose : `${loose} ${token.loose}`;
    lemmas = extendLemmas(lemmas, token, last === first);
    const start = tokens[first].start;
    const end = withClosingQuote(text, start, token.end);
    const span = text.slice(start, end);
    const found = bestTier(index, exact, loose, lemmas, span);
    if (found !== null) out.push({ start, end, text: span, ...found, firstToken: first, lastToken: last });
    lemmas = lemmas.filter((key) => index.prefixes.has(key));
    if (!index.prefixes.has(exact) && !index.prefixes.has(loose) && lemmas.length === 0) break; // no longer name begins with these words
  }
  return out;
}

const QUOTES: Readonly<Record<string, string>> = { '«': '»', '„': '“', '“': '”' };

/** A span that opens a quote inside it (группировка войск «Центр) ends after the quote's close. */
function withClosingQuote(text: string, start: number, end: number): number {
  const open = [...text.slice(start, end)].reverse().find((ch) => ch in QUOTES || Object.values(QUOTES).includes(ch));
  return open !== undefined && open in QUOTES && text.startsWith(QUOTES[open]!, end) ? end + 1 : end;
}

/** Every way to read the n-gram so far with this token appended, each word as itself or as a case
 * form (вооруженных сил Украины → вооруженные силы украины); the caller keeps only name prefixes. */
function extendLemmas(partial: readonly string[], token: Token, first: boolean): string[] {
  if (first) return [token.exact, ...token.lemmas];
  if (token.innerLemmas.length === 0) return partial.map((p) => `${p} ${token.exact}`);
  const readings = [token.exact, ...token.innerLemmas];
  return partial.flatMap((p) => readings.map((r) => `${p} ${r}`));
}

// A spelling that is exactly some entity's form names it; a case form is the next best reading,
// and the loose tier only a fallback for spellings no form has.
function bestTier(index: NameIndex, exact: string, loose: string, lemmas: readonly string[], span: string): Pick<NameMatch, 'forms' | 'tier'> | null {
  const exactForms = allowed(index.exact.get(exact), span);
  if (exactForms !== null) return { forms: exactForms, tier: 'exact' };
  // One reading is the words as spelt, which the exact tier has just tried; the others hold a case
  // form somewhere, even when the last word is undeclined (Генштаба ВСУ).
  const caseRefs = lemmas.flatMap((key) => (key === exact ? [] : index.exact.get(key) ?? []));
  const caseForms = allowed(caseRefs.length > 0 ? caseRefs : undefined, span);
  if (caseForms !== null) return { forms: caseForms, tier: 'caseForm' };
  const looseForms = allowed(index.loose.get(loose), span);
  return looseForms === null ? null : { forms: looseForms, tier: 'loose' };
}

function allowed(refs: readonly FormRef[] | undefined, span: string): Map<number, FormRef> | null {
  if (refs === undefined) return null;
  const forms = new Map<number, FormRef>();
  for (const ref of refs) {
    if ((forms.get(ref.entry)?.penalty ?? -Infinity) < ref.penalty && caseAllows(span, ref.form)) forms.set(ref.entry, ref);
  }
  return forms.size > 0 ? forms : null;
}

/** Greedy by token count, then character length, then position: "Donetsk People’s Republic"
 * takes its tokens before "Donetsk" can. */
function longestFirst(found: NameMatch[], tokenCount: number): NameMatch[] {
  const taken = new Uint8Array(tokenCount);
  const size = (m: NameMatch): number => m.lastToken - m.firstToken;
  const order = [...found].sort((a, b) => size(b) - size(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameMatch[] = [];
  for (const m of order) {
    if (taken.subarray(m.firstToken, m.lastToken + 1).includes(1)) continue;
    taken.fill(1, m.firstToken, m.lastToken + 1);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
