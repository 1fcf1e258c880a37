/**
 * Regions listed under one plural head word: "the Belgorod, Kursk and Bryansk regions",
 * "над Белгородской, Курской и Брянской областями", "Харківської та Сумської областей". Each
 * listed word names its region, as "Kursk region" or "Курской областью" would, though only the
 * last stands next to the head word: each is looked up with the head in the singular, in the
 * same case, and its match (the word's span, the region's forms) replaces whatever the word
 * matched alone (the city of Kursk).
 */
import { normalizeName } from '../names/normalize.js';
import { isCapitalised, type Token } from './tokens.js';

/** The plural head words, by their folded key, with the singular (same case) to look each element up with. */
const SINGULAR: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    regions: ['region'],
    oblasts: ['oblast'],
    областей: ['области'],
    областях: ['области'],
    областям: ['области'],
    областями: ['областью'],
    // Also the genitive singular a list sometimes keeps (Курской и Брянской области).
    области: ['области', 'область'],
    областю: ['областю'],
    області: ['області', 'область'],
  }).map(([plural, singular]) => [normalizeName(plural), singular]),
);
const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или', 'і', 'й', 'та', 'або'].map(normalizeName));
const COMMA = /^\s*,\s*$/u;
const SPACE = /^[ \t\u00a0]+$/u;

export interface ListedRegion<M> {
  /** The element's token. */
  token: number;
  match: M;
}

/**
 * Every element of such a list that names a region, with its match; `lookUp` finds the name in
 * a short text ("Kursk region") and returns its match spanning that whole text, if any.
 */
export function listedRegions<M>(
  text: string,
  tokens: readonly Token[],
  lookUp: (name: string, token: Token) => M | null,
): ListedRegion<M>[] {
  const out: ListedRegion<M>[] = [];
  tokens.forEach((head, h) => {
    const singular = SINGULAR.get(head.exact);
    if (singular === undefined || h === 0 || !SPACE.test(text.slice(tokens[h - 1]!.end, head.start))) return;
    const elements = listBefore(text, tokens, h - 1);
    if (elements.length < 2) return; // one region and its head word are a name the gazetteer matches itself
    for (const e of elements) {
      const word = text.slice(tokens[e]!.start, tokens[e]!.end);
      const match = singular.map((s) => lookUp(`${word} ${s}`, tokens[e]!)).find((m) => m !== null) ?? null;
      if (match !== null) out.push({ token: e, match });
    }
  });
  return out;
}

/** The capitalised single words of "A, B and C" ending at token `last`, in text order. */
function listBefore(text: string, tokens: readonly Token[], last: number): number[] {
  if (!isCapitalised(text, tokens[last]!)) return [];
  const elements = [last];
  for (let j = previousElement(text, tokens, last); j !== null && isCapitalised(text, tokens[j]!); j = previousElement(text, tokens, j)) {
    elements.push(j);
  }
  return elements.reverse();
}

/** The element before token j in a list: across a comma, or a conjunction (with or without a comma before it). */
function previousElement(text: string, tokens: readonly Token[], j: number): number | null {
  const before = tokens[j - 1];
  if (before === undefined) return null;
  const gap = (a: Token, b: Token): string => text.slice(a.end, b.start);
  if (CONJUNCTIONS.has(before.exact) && j >= 2 && /^\s*,?\s*$/u.test(gap(tokens[j - 2]!, before)) && SPACE.test(gap(before, tokens[j]!))) {
    return j - 2;
  }
  return COMMA.test(gap(before, tokens[j]!)) ? j - 1 : null;
}
