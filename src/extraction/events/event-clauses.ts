/**
 * What keeps a clause going across a mark that would otherwise end it (event-sentence.ts `near`
 * reads a gap with these taken out).
 */

/**
 * A comma before "including", "зокрема", "в том числе" goes on with the clause it elaborates, as
 * one before the parts a tally is broken into ("among them 28 over …", "из них 31 — над …", "19 of
 * them over …").
 */
const ELABORATION =
  /,\s*(?:\d+\s+)?(including|notably|especially|among them|of them|most of them|більшість із них|більшість з них|большинство из них|зокрема|особливо|у тому числі|в тому числі|з них|із них|в том числе|в частности|особенно|из них)\s/giu;
/**
 * A colon before a count opens the parts a tally is broken into, as "из них" does: "перехватили 46
 * беспилотников: 37 над территорией Волгоградской области, девять — над Ростовской".
 */
const COUNTED_PARTS = /(?<=\p{L}):\s*(?=\d)/gu;
/**
 * A comma before a participle of a verb of motion and its goal goes on with the clause: the phrase says
 * where what attacked was sent ("отразили атаку 23 беспилотников, летевших на Москву", "shot down
 * 12 drones, heading for Moscow"). Ukrainian says it with "що летіли", a clause of its own.
 */
const HEADING_FOR =
  /,\s*(?=(летевш|летящ|направлявш|направляющ|следовавш|следующ|двигавш|движущ)\p{L}*\s+(на|в|во|к)\s|(heading|flying)\s+(for|to|towards?)\s)/giu;
/** A Russian or Ukrainian dash before a preposition stands for the verb left out: "из них 31 — над Крымом". */
const ELIDED_VERB = /\s[—–]\s+(?=(над|в|во|у|на|по|под|під|біля|возле)\s)/giu;

/**
 * An aside in parentheses, with no parenthesis inside: a town's former or other name ("Переяслав
 * (до 2019 року — Переяслав-Хмельницький)", "Берегове (угорською — Берегсас)"), a gloss. The
 * clause goes on after it.
 */
const ASIDE = /\([^()]*\)/gu;

/** The asides in a gap of text starting at `from`, as [start, end) offsets of the text. */
export const asidesIn = (gap: string, from: number): [number, number][] =>
  [...gap.matchAll(ASIDE)].map((m) => [from + m.index, from + m.index + m[0].length]);

export const continued = (gap: string): string =>
  gap.replace(ASIDE, ' ').replace(ELABORATION, ' ').replace(COUNTED_PARTS, ' ').replace(HEADING_FOR, ' ').replace(ELIDED_VERB, ' ');
