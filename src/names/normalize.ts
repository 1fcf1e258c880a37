/**
 * Name folding shared by indexing and querying: name nodes store searchKeys() in a full-text index and
 * queries go through the same functions, so every step here must be deterministic and locale-free.
 */
import { latinRenderings, primaryRendering } from './transliterate.js';

// Apostrophe-like marks, unified to "'" before NFKC because NFKC turns ´ into a space plus a combining
// accent. Includes the transliteration signs for ь/ъ (ʹ ʺ, ′ ″) and ”, which BGN/PCGN 1965 used for the
// Ukrainian apostrophe; “ is left out because it only ever opens a quotation.
const APOSTROPHES = /[‘’‛ʼʹʺʻˊ′″`´＇”]/g;
// Only after a letter or digit and at a word end: "Pokrovsk's" loses it, "Pokrovs'k" and "'s-Gravenhage"
// do not.
const POSSESSIVE = /(?<=[\p{L}\p{N}])'s(?![\p{L}\p{N}])/gu;
// Apostrophes vanish ("Pokrovs'k" = "Pokrovsk"); format characters (soft hyphen, zero-width space) too.
const DROPPED = /['\p{Cf}]/gu;
// Only the combining-diacritic blocks used with Latin, Greek and Cyrillic: other scripts' marks
// (Devanagari vowel signs, kana voicing) spell the name and must stay.
// eslint-disable-next-line no-misleading-character-class -- a class of combining marks alone, each matched on its own, is the point
const DIACRITICS = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
// Letters with no canonical decomposition, so stripping marks cannot fold them.
const UNDECOMPOSABLE = /[ßłđðøæœıς]/g;
const FOLDED: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ς: 'σ',
};
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The steps transliteration must see too: it needs й, ї, ё intact and apostrophes as word-internal. */
function prefold(input: string): string {
  return input.replace(APOSTROPHES, "'").normalize('NFKC').toLowerCase().replace(POSSESSIVE, '');
}

function finish(prefolded: string): string {
  return prefolded
    .replace(DROPPED, '')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .normalize('NFC') // recomposes what must stay composed, e.g. Hangul syllables
    .replace(UNDECOMPOSABLE, (c) => FOLDED[c] ?? c)
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Folds a name for matching: NFKC, lower case, no diacritics or apostrophes, no possessive 's,
 * punctuation and whitespace runs as one space. Cyrillic stays Cyrillic (й → и, ё → е, ї → і). */
export function normalizeName(input: string): string {
  return finish(prefold(input));
}

// Spellings that Latin renderings of one Slavic sound disagree on; German sch (ш, ж) is listed before
// ch, and German tsch needs no entry: ts + ch give cc, which DOUBLED then merges. English ch (ч) and
// German ch (х) cannot both be honoured; English wins.
const SOUNDS = /sch|ts|tz|ch|cz|sh|sz|zh|kh|w|j/g;
const SOUND: Readonly<Record<string, string>> = {
  sch: 's',
  ts: 'c',
  tz: 'c',
  ch: 'c',
  cz: 'c',
  sh: 's',
  sz: 's',
  zh: 'z',
  kh: 'h',
  w: 'v',
  j: 'i',
};
// A run of i/y/j, with an e in front, is one sound whether vowel or glide: Krasnoarmiisk = -miysk =
// -meysk = -mejsk = -mysk, Mariia = Mariya = Maria, Zelenskyy = Zelensky.
const I_RUN = /e?[iy]+/g;
const DOUBLED = /(\p{L})\1+/gu;

function loosen(normalized: string): string {
  return normalized
    .replace(SOUNDS, (s) => SOUND[s] ?? s)
    .replace(I_RUN, 'i')
    .replace(DOUBLED, '$1');
}

/** A misspelling-tolerant key for Latin renderings of Slavic names. Cyrillic input is first rendered
 * with Ukrainian national 2010 when clearly Ukrainian, otherwise BGN/PCGN Russian. */
export function looseKey(form: string): string {
  const pre = prefold(form);
  return loosen(finish(CYRILLIC.test(pre) ? primaryRendering(pre) : pre));
}

/** Every folded key a name form should be found under: its normalized form; for Cyrillic, the
 * normalized Latin renderings (see transliterate.ts); and the loose key of each Latin key. */
export function searchKeys(form: string): string[] {
  const pre = prefold(form);
  const normalized = finish(pre);
  if (normalized === '') return [];
  const strict = [normalized];
  if (CYRILLIC.test(pre)) for (const rendering of latinRenderings(pre)) strict.push(finish(rendering));
  const keys = new Set(strict);
  // The loose folds are about Latin spellings; on Cyrillic they would only merge real distinctions.
  for (const key of strict) if (!CYRILLIC.test(key)) keys.add(loosen(key));
  keys.delete('');
  return [...keys];
}
