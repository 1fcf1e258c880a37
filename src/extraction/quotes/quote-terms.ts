import type { TextSpan } from '../types.js';
import { words } from '../text/words.js';

/**
 * Words in quote marks that are the reporter's name for a thing, not anyone's words: "частина
 * «шахедів» заходила на Волинь", "шість «шахедів» пролетіли". A counted thing is named, not quoted,
 * while a word quoted as said ("had "liberated" the town", "«раскачивают» ситуацию") is counted by nothing.
 */

/** Numerals and words of quantity before a counted noun, in the three languages. */
// prettier-ignore
const QUANTITIES: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'dozens', 'some',
  'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'десятка', 'десятки', 'несколько', 'часть',
  'дві', 'чотири', 'п’ять', "п'ять", 'шість', 'сім', 'вісім', 'дев’ять', "дев'ять", 'десять', 'десятки', 'кілька', 'частина',
]);
/** Words of what was said a counted term stands before: "частина «шахедів» заходила на Волинь". */
const MIN_WORDS_AFTER_TERM = 2;

/** Whether the quote at `quote` is one lowercase word after a number or a quantity, with what was said going on after it. */
export function isCountedTerm(text: string, quote: Omit<TextSpan, 'text'>, contentEnd: number): boolean {
  const quoted = words(text, quote.start, quote.end);
  const before = words(text, Math.max(0, quote.start - 30), quote.start).at(-1);
  const counted = before !== undefined && (/^\d/u.test(before.text) || QUANTITIES.has(before.lower));
  return (
    counted && quoted.length === 1 && !/^\p{Lu}/u.test(quoted[0]!.text) && words(text, quote.end, contentEnd).length >= MIN_WORDS_AFTER_TERM
  );
}
