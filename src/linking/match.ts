/**
 * Finding name spans: every token starts an n-gram that grows while its key is still a prefix of
 * some name, so the work per token is bounded by the longest name, not by the gazetteer size.
 */
import { adjectivalAttributes } from './attributes.js';
import { atSentenceStart, bodiesOfCountries, placesAfterUnknownNames, regionsBeforeRegionWords } from './beside.js';
import { refusesPartialNames } from './partial-names.js';
import { namesOfUnknownPeople } from './people-names.js';
import { startsPersonName } from './person-words.js';
import { listedRegions } from './region-lists.js';
import { caseAllows, isCapitalised, joinsName, tokenize, type Token } from './tokens.js';
import { firstSteps, step, triesOf, type TrieNode } from './name-trie.js';
import type { FormRef, NameIndex, NameMatch } from './types.js';
import { looseLemmasOf } from './word-keys.js';

/**
 * Names in the text, non-overlapping, in text order; the longest wins where spans overlap.
 * `homeCountry` is the country of the text's language (UA for Ukrainian), whose own places the
 * gazetteer has in that language's spelling.
 */
export function findNames(
  text: string,
  index: NameIndex,
  tokens: readonly Token[] = tokenize(text),
  homeCountry: string | null = null,
): NameMatch[] {
  const found: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) found.push(...matchesFrom(text, tokens, i, index, homeCountry));
  const whole = refusesPartialNames(text, tokens, found, (t) => startsPersonName(t, index.givenNames));
  // A misspelling's only sign of being a name is its capital, which a sentence's first word has
  // anyway (Міський голова); so is a word's the article writes in lower case elsewhere (Атаки … атаки).
  const common = lowerCaseWords(text, tokens);
  const capitalised = whole.filter(
    (m) =>
      !atSentenceStart(text, m.start) || (m.tier !== 'loose' && !(m.firstToken === m.lastToken && common.has(tokens[m.firstToken]!.exact))),
  );
  const beside = placesAfterUnknownNames(text, tokens, regionsBeforeRegionWords(text, tokens, capitalised, index), index);
  const kept = longestFirst(adjectivalAttributes(text, tokens, namesOfUnknownPeople(text, tokens, beside, index), index), tokens.length);
  return bodiesOfCountries(text, tokens, withListedRegions(text, tokens, kept, index), index);
}

/** The folded words the text writes in lower case somewhere. */
function lowerCaseWords(text: string, tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => !isCapitalised(text, t)).map((t) => t.exact));
}

/** The regions of a list under one head word (the Belgorod, Kursk and Bryansk regions), each in place of what its word matched alone. */
function withListedRegions(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const listed = listedRegions(text, tokens, (name, token) => {
    const whole = findNames(name, index).find((m) => m.start === 0 && m.end === name.length);
    const word = text.slice(token.start, token.end);
    return whole === undefined ? null : { ...whole, start: token.start, end: token.end, text: word };
  });
  // The element before a singular head word is a name with it (в Санкт-Петербурге и Ленинградской области).
  const withHead = new Set(found.filter((m) => m.lastToken > m.firstToken).map((m) => m.firstToken));
  const own = listed.filter((l) => !withHead.has(l.token));
  if (own.length === 0) return found;
  const at = new Map(own.map((l) => [l.token, { ...l.match, firstToken: l.token, lastToken: l.token }]));
  const rest = found.filter((m) => ![...at.keys()].some((t) => m.firstToken <= t && t <= m.lastToken));
  return [...rest, ...at.values()].sort((a, b) => a.start - b.start);
}

function matchesFrom(text: string, tokens: readonly Token[], first: number, index: NameIndex, homeCountry: string | null): NameMatch[] {
  const out: NameMatch[] = [];
  let { exact, loose, readings } = firstSteps(triesOf(index), tokens[first]!.word);
  for (let last = first; last < tokens.length; last++) {
    const token = tokens[last]!;
    if (last > first) {
      if (!joinsName(text, tokens[last - 1]!, token)) break;
      exact = step(exact, token.exact);
      loose = step(loose, token.loose);
      readings = extendReadings(
        readings.filter((node) => node.next !== undefined),
        token,
      );
    }
    // The span is cut only where some form may match it, which few n-grams reach.
    const mayLooseCase = last === first && homeCountry !== null && token.lemmas.length > 0;
    if (exact?.refs !== undefined || loose?.refs !== undefined || mayLooseCase || readings.some((node) => node.refs !== undefined)) {
      const start = tokens[first]!.start;
      const end = withClosingQuote(text, start, withInitialismPeriod(text, tokens, first, last));
      const span = text.slice(start, end);
      const found =
        bestTier(index, exact, loose, readings, span) ?? (last === first ? looseCaseForm(index, token, span, homeCountry) : null);
      if (found !== null) out.push({ start, end, text: span, ...found, firstToken: first, lastToken: last });
    }
    // No longer name begins with these words.
    if (exact?.next === undefined && loose?.next === undefined && !readings.some((node) => node.next !== undefined)) break;
  }
  return out;
}

/** An initialism's last period is part of it (U.S., U.K.), though a token ends before it. */
function withInitialismPeriod(text: string, tokens: readonly Token[], first: number, last: number): number {
  const [before, token] = [tokens[last - 1], tokens[last]!];
  const initial = last > first && token.end - token.start === 1 && text.slice(before!.end, token.start) === '.';
  return initial && text.startsWith('.', token.end) ? token.end + 1 : token.end;
}

const QUOTES: Readonly<Record<string, string>> = { '«': '»', '„': '“', '“': '”' };
const QUOTE_MARKS: ReadonlySet<number> = new Set([...Object.keys(QUOTES), ...Object.values(QUOTES)].map((mark) => mark.charCodeAt(0)));

/** A span that opens a quote inside it (группировка войск «Центр) ends after the quote's close. */
function withClosingQuote(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last >= start && !QUOTE_MARKS.has(text.charCodeAt(last))) last--;
  const open = last >= start ? text[last]! : undefined;
  return open !== undefined && open in QUOTES && text.startsWith(QUOTES[open]!, end) ? end + 1 : end;
}

/** Every way to read the n-gram so far with this token appended, each word as itself or as a case
 * form (вооруженных сил Украины → вооруженные силы украины), as the nodes of those that begin or are
 * some exact key. */
function extendReadings(partial: readonly TrieNode[], token: Token): TrieNode[] {
  const readings: TrieNode[] = [];
  for (const node of partial) {
    for (const word of [token.exact, ...token.innerLemmas]) {
      const next = step(node, word);
      if (next !== undefined) readings.push(next);
    }
  }
  return readings;
}

// A spelling that is exactly some entity's form names it; a case form is the next best reading,
// and the loose tier only a fallback for spellings no form has.
function bestTier(
  index: NameIndex,
  exact: TrieNode | undefined,
  loose: TrieNode | undefined,
  readings: readonly TrieNode[],
  span: string,
): Pick<NameMatch, 'forms' | 'tier'> | null {
  const exactForms = allowed(exact?.refs, span);
  if (exactForms !== null) return { forms: exactForms, tier: 'exact' };
  // One reading is the words as spelt, which the exact tier has just tried; the others hold a case
  // form somewhere, even when the last word is undeclined (Генштаба ВСУ).
  const caseRefs: FormRef[] = [];
  for (const node of readings) if (node !== exact && node.refs !== undefined) caseRefs.push(...node.refs);
  const caseForms = allowed(caseRefs.length > 0 ? caseRefs : undefined, span);
  if (caseForms !== null) return { forms: caseForms, tier: 'caseForm' };
  const looseForms = allowed(loose?.refs, span, ownScriptFirst(index, LATIN.test(span) ? LATIN : null));
  return looseForms === null ? null : { forms: looseForms, tier: 'loose' };
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The refs in `script` or of entities with no form in it: a spelling variant of a form in another
 * script is no reading of an entity that has forms in the span's own. English writes Germany, so
 * "German" is not a loose spelling of its Cyrillic Герман; Ukrainian writes Оман, so the lemma
 * guessed for Уманню is not Oman's "Umman". A Cyrillic span's own loose key may still read a Latin
 * form (bestTier): GeoNames lists Latin spellings of Russian case forms (Glushkova of Глушково).
 */
function ownScriptFirst(index: NameIndex, script: RegExp | null): (ref: FormRef) => boolean {
  if (script === null) return () => true;
  return (ref) => script.test(ref.form) || !index.entries[ref.entry]!.forms.some((form) => script.test(form));
}

/**
 * A case form of a spelling no form has exactly, for one word: Ukrainian text declines Russian
 * and Polish border towns in its own spelling (Рильську of Рыльск, Медиці of Medyka), which only
 * the lemma's loose key finds. Only places abroad: the text's own country's places have their
 * forms in its language (Новоекономічного is no spelling of Myrnohrad's Novoekonomichne), and
 * a form in another script only for a place written in no Cyrillic form (ownScriptFirst). Tried
 * last, and as weak as the loose tier.
 */
function looseCaseForm(index: NameIndex, token: Token, span: string, homeCountry: string | null): Pick<NameMatch, 'forms' | 'tier'> | null {
  if (homeCountry === null || token.lemmas.length === 0 || !/^\p{Lu}/u.test(span)) return null;
  const abroad = (ref: FormRef): boolean => {
    const entry = index.entries[ref.entry]!;
    return entry.kind === 'PLACE' && entry.country !== null && entry.country !== homeCountry;
  };
  const own = ownScriptFirst(index, CYRILLIC.test(span) ? CYRILLIC : null);
  const refs = looseLemmasOf(token.word).flatMap((key) => (index.loose.get(key) ?? []).filter((ref) => abroad(ref) && own(ref)));
  const forms = allowed(refs.length > 0 ? refs : undefined, span);
  return forms === null ? null : { forms, tier: 'loose' };
}

/** The least penalised ref of each entry whose form the span's case allows; `kept` is asked last, as it may read all of an entry's forms. */
function allowed(refs: readonly FormRef[] | undefined, span: string, kept?: (ref: FormRef) => boolean): Map<number, FormRef> | null {
  if (refs === undefined) return null;
  const forms = new Map<number, FormRef>();
  for (const ref of refs) {
    if ((forms.get(ref.entry)?.penalty ?? -Infinity) < ref.penalty && caseAllows(span, ref.form) && (kept?.(ref) ?? true))
      forms.set(ref.entry, ref);
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
