/**
 * A Russian or Ukrainian town named by a noun and a capitalised adjective joined by a hyphen
 * (Переяслав-Хмельницький, Каменка-Днепровская, Новгород-Северский) is one name, whichever of its
 * halves is a name too: the adjective says which Pereiaslav it is, as Днепровская says which
 * Kamenka. Neither half is a mention of its own. Two towns set side by side are two nouns
 * (Pokrovsk-Kramatorsk road, траса Київ–Чоп), which this leaves alone.
 */
import type { Token } from './tokens.js';

const HYPHEN = /^[-‐‑]$/u;
// An adjective in any case, gender and number, as written (й and ї unfolded).
const CAPITALISED_ADJECTIVE =
  /^\p{Lu}\p{Script=Cyrillic}*(?:ий|ый|ой|ій|ая|яя|ое|ее|ього|ого|его|ому|ему|ьому|им|ым|ім|ом|ем|ую|юю|ою|ею|ої|ьої|ых|их|іх|ие|ые|і)$/u;
const CAPITALISED_CYRILLIC = /^\p{Lu}\p{Script=Cyrillic}+$/u;

/** Whether tokens `left` and `left + 1` are the two halves of such a hyphened name. */
export function hyphenedTownHalves(text: string, tokens: readonly Token[], left: number): boolean {
  const [noun, adjective] = [tokens[left], tokens[left + 1]];
  if (noun === undefined || adjective === undefined || !HYPHEN.test(text.slice(noun.end, adjective.start))) return false;
  return (
    CAPITALISED_CYRILLIC.test(text.slice(noun.start, noun.end)) && CAPITALISED_ADJECTIVE.test(text.slice(adjective.start, adjective.end))
  );
}

/** Whether the span from token `first` to `last` is one half of a hyphened town name, not the whole. */
export function halfOfHyphenedTown(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  return hyphenedTownHalves(text, tokens, last) || hyphenedTownHalves(text, tokens, first - 1);
}
