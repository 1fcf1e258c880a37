/**
 * Tokenisation of article text for name matching. Each token keeps its offsets into the original
 * text and its folded keys, computed once, so an n-gram key is a join of token keys. That join
 * equals normalizeName of the whole span because normalizeName folds every separator run to one
 * space and strips a possessive only at a word end, which is where tokens end too.
 */
import { wordKeys, type KeptWord, type WordKeys } from './word-keys.js';

export interface Token extends WordKeys {
  start: number;
  end: number;
  /** The kept keys of the token's spelling, shared by its every token. */
  word: KeptWord;
}

// The apostrophe-like marks normalize.ts folds; between letters they stay inside a word (Pokrovs'k).
const APOSTROPHES = "'‘’‛ʼʹʺʻˊ′″`´＇”";
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}\\p{Cf}]+(?:[${APOSTROPHES}][\\p{L}\\p{N}\\p{M}\\p{Cf}]+)*`, 'gu');
// A possessive is cut off the token so the span ends with the name (Krasnoarmysk’s → Krasnoarmysk).
const POSSESSIVE = new RegExp(`(?<=[\\p{L}\\p{N}])[${APOSTROPHES}][sS]$`, 'u');

// Most words end otherwise, and the possessive's pattern costs more than this look at the last letter.
const endsInS = (word: string): boolean => word.endsWith('s') || word.endsWith('S');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = endsInS(match[0]) ? match[0].replace(POSSESSIVE, '') : match[0];
    const keys = wordKeys(word);
    const { exact, loose, lemmas, innerLemmas } = keys;
    if (exact === '') continue; // format characters alone
    const start = match.index;
    tokens.push({ start, end: start + word.length, exact, loose, lemmas, innerLemmas, word: keys });
  }
  return tokens;
}

// What may separate the words of one name: spaces, a hyphen or en dash (Slavyansk-na-Kubani), or
// the period of an abbreviation (St. Petersburg), after a possessive's ’s (People’s Republic), and
// the opening quote of a quoted proper name (группировка войск «Центр», ОСУВ «Хортиця»). Line
// breaks, commas, brackets and em dashes end a name, so words of two sentences never join.
const GAP = new RegExp(
  `^(?:[${APOSTROPHES}][sS])?(?:[ \\t\\u00a0\\u202f]+[«„“]?|[ \\t\\u00a0]*[-‐‑‒–][ \\t\\u00a0]*|\\.[ \\t\\u00a0]*)$`,
  'u',
);
const ABBREVIATION_MAX = 3;
const SPACE = 0x20;

/** Whether the text between two tokens can lie inside one name. */
export function joinsName(text: string, left: Token, right: Token): boolean {
  if (right.start === left.end + 1 && text.charCodeAt(left.end) === SPACE) return true; // the most common gap, without cutting it out
  const gap = text.slice(left.end, right.start);
  if (!GAP.test(gap)) return false;
  // "Donetsk. Oblast officials…" is two sentences; "St. Petersburg" is one name; an acronym is
  // written without a period (военнопленных ВСУ. Уполномоченный…: two sentences).
  return !gap.includes('.') || (left.end - left.start <= ABBREVIATION_MAX && !isAcronym(text.slice(left.start, left.end)));
}

const isAcronym = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Whether the token starts with a capital letter. */
export function isCapitalised(text: string, token: Token): boolean {
  const code = text.codePointAt(token.start) ?? 0;
  if (code < ASCII_END) return code >= A && code <= Z; // most words, without a string to lower-case
  const first = String.fromCodePoint(code);
  return first !== first.toLowerCase();
}

const [A, Z, ASCII_END] = [0x41, 0x5a, 0x80];

const NON_LETTERS = /[^\p{L}]/gu;
const SHORT_ACRONYM = 4;

const isLowerCase = (ch: string): boolean => ch !== ch.toUpperCase();

/**
 * Whether a span of text may be the form: names start with a capital (a caseless script has none,
 * so anything passes there), which keeps common words out, unless the form itself starts in lower
 * case (de Gaulle) or is a Cyrillic name in sentence case (see below); short acronyms must be spelt
 * in capitals exactly, since "dpr" or "Tass" in running text are rarely the name.
 */
export function caseAllows(span: string, form: string): boolean {
  const letters = form.normalize('NFKC').replace(NON_LETTERS, '');
  const acronym = letters.length <= SHORT_ACRONYM && letters !== letters.toLowerCase() && letters === letters.toUpperCase();
  if (acronym) return span.normalize('NFKC').replace(NON_LETTERS, '') === letters;
  return !isLowerCase(firstChar(span)) || isLowerCase(letters.charAt(0)) || lowerCaseStartAllowed(span, form);
}

// Russian and Ukrainian capitalise only the first word of an institution's name (Вооружённые силы
// Украины), and running text often lower-cases that one too (потери вооруженных сил Украины). Such
// a form may start in lower case when a later word of the span keeps a capital, which still marks
// the words as a name rather than a common phrase (донецкая область stays unmatched).
const SENTENCE_CASE_CYRILLIC = /^(?=\p{Script=Cyrillic})\S+\s(?:.*\s)?\p{Ll}/u;
const LATER_CAPITAL = /\s(?:.*\s)?\p{Lu}/u;

function lowerCaseStartAllowed(span: string, form: string): boolean {
  return SENTENCE_CASE_CYRILLIC.test(form) && LATER_CAPITAL.test(span);
}

const firstChar = (s: string): string => String.fromCodePoint(s.codePointAt(0) ?? 0);
