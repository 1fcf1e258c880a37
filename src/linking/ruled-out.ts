/**
 * What the text says against a candidate of a name, whatever else ties it to the article: the
 * article places the name in a region that does not hold it (placed.ts), an adjective before it
 * names another country (demonyms.ts), or the name is set against a namesake the article gave
 * this entity (namesakes.ts), or the name is a case form of a form the article never writes while
 * another candidate's it does (written-forms.ts), or the article used the name for another
 * candidate since it last used it for this one (named-last.ts). Each takes log-odds off, with the reason as evidence.
 */
import type { Occurrence } from './context.js';
import { NAMED_SINCE, namedSince, usesBefore } from './named-last.js';
import { ELSEWHERE, placedElsewhere } from './placed.js';
import type { NameIndex, NameMatch } from './types.js';
import { UNWRITTEN_FORM, unwrittenForm } from './written-forms.js';

/** For one candidate (an entry), what to take off and why. */
export type Against = (entry: number) => readonly (readonly [number, string])[];

// A place in another country than the one the adjective names, or the very entity a namesake is
// set against, is near certainly not meant.
const ABROAD = -6;
const NAMESAKE = -6;

export interface Ruling {
  index: NameIndex;
  matches: readonly NameMatch[];
  /** Per match, the country an adjective before it names. */
  countries: readonly (string | null)[];
  /** Per match, the match it is set against. */
  namesakes: readonly (number | null)[];
  /** Per match, the first-level regions written after it (placed.ts). */
  regions: readonly number[][];
  occurrences: readonly Occurrence[];
  /** The starts of the names an aside sets against the article's (namesakes.ts). */
  aside: ReadonlySet<number>;
  /** The folded forms the article writes exactly (written-forms.ts). */
  written: ReadonlySet<string>;
}

const notHere = <T>(found: T | null, weight: number, say: (found: T) => string): [number, string][] =>
  found === null ? [] : [[weight, say(found)]];

/** What the text says against each candidate of match `i`. */
export function againstOf(r: Ruling, i: number): Against {
  const j = r.namesakes[i] ?? null;
  const namesake = j === null ? null : (r.occurrences.find((o) => o.start === r.matches[j]!.start)?.entry ?? null);
  // Once per match, not per candidate: which candidates the article used the name for, and where.
  const uses = usesBefore(r.matches[i]!, r.occurrences, r.aside);
  return (entry) => [
    ...notHere(placedElsewhere(r.index, r.matches, r.regions, i, entry), ELSEWHERE, (region) => `the article places it in ${region}`),
    ...notHere(abroad(r.index, entry, r.countries[i]!), ABROAD, (country) => `the text puts it in ${country}`),
    ...notHere(entry === namesake ? r.matches[j!]!.text : null, NAMESAKE, (name) => `set against its namesake, “${name}”`),
    ...notHere(
      unwrittenForm(r.matches[i]!, entry, r.written),
      UNWRITTEN_FORM,
      (form) => `declines “${form}”, which the article never writes`,
    ),
    ...notHere(namedSince(uses, entry), NAMED_SINCE, (at) => `the article used the name for another entity since, at ${at}`),
  ];
}

/** The country an adjective before the name puts it in, when this place lies in another. */
function abroad(index: NameIndex, entry: number, named: string | null): string | null {
  const { kind, country } = index.entries[entry]!;
  return kind === 'PLACE' && named !== null && country !== null && country !== named ? named : null;
}
