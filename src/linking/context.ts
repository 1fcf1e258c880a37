/**
 * Context scoring for homonyms. A candidate earns weight from the other places the article has
 * already pinned down: the more specific the tie, the more weight. Nothing outside the article
 * (popularity, priors) is used, so a name with no context stays ambiguous instead of defaulting.
 */
import type { GazetteerEntry, NameIndex } from './types.js';

/** A place the article mentions unambiguously (or that an earlier pass resolved), at its first offset. */
export interface PlaceInContext {
  entry: number;
  at: number;
}

export interface Scored {
  entry: number;
  weight: number;
  evidence: string[];
}

// Same entity named another way (Krasnoarmysk … Pokrovsk) is the strongest sign; lying in (or
// containing) a mentioned region is next; a mentioned country says little, since war reports
// name both sides' countries; a shared admin area or country with another place says less.
const SAME_ENTITY = 4;
const REGION = 3;
const COUNTRY = 1;
const SAME_ADMIN_AREA = 1;
const SAME_COUNTRY = 0.5;
const OUTLET_COUNTRY = 0.5;

/** A container with no admin area of its own is a country (or unplaced): weak evidence. */
const containerWeight = (container: GazetteerEntry): number => (container.adminArea === null ? COUNTRY : REGION);

function relation(index: NameIndex, candidate: number, other: number): [number, string] | null {
  const c = index.entries[candidate];
  const o = index.entries[other];
  if (candidate === other) return [SAME_ENTITY, 'same entity named'];
  if (index.ancestors[candidate].has(o.entityKey)) return [containerWeight(o), `lies within ${o.entityKey} mentioned`];
  if (index.ancestors[other].has(c.entityKey)) return [containerWeight(c), `contains ${o.entityKey} mentioned`];
  if (c.country === null || c.country !== o.country) return null;
  if (c.adminArea !== null && c.adminArea === o.adminArea) {
    return [SAME_ADMIN_AREA, `same admin area (${c.adminArea}) as ${o.entityKey} mentioned`];
  }
  return [SAME_COUNTRY, `same country (${c.country}) as ${o.entityKey} mentioned`];
}

/** The context weight of one candidate, with a line of evidence per contributing place. */
export function scoreCandidate(
  index: NameIndex,
  candidate: number,
  context: readonly PlaceInContext[],
  outletCountry: string | null,
): Scored {
  let weight = 0;
  const evidence: string[] = [];
  for (const place of context) {
    const found = relation(index, candidate, place.entry);
    if (found === null) continue;
    weight += found[0];
    evidence.push(`${found[1]} at ${place.at}`);
  }
  if (outletCountry != null && index.entries[candidate].country === outletCountry) {
    weight += OUTLET_COUNTRY;
    evidence.push(`outlet country ${outletCountry}`);
  }
  return { entry: candidate, weight, evidence };
}

// The best needs a weight of at least one (one real tie, or several weak ones: a shared country
// or the outlet alone is not enough) and must beat the runner-up by half again; otherwise the
// choice is left open.
const MIN_SUPPORT = 1;
const CLEAR_RATIO = 1.5;

export interface Decision {
  /** Candidates best first; the first is chosen when `chosen` is true. */
  ranked: Scored[];
  chosen: boolean;
  /** Each candidate's share of the evidence, by entry; one extra unit stands for what the
   * gazetteer cannot see, so a lone weak tie does not read as certainty. */
  shares: ReadonlyMap<number, number>;
  note: string;
}

/** Ranks two or more scored candidates and says whether the best is clear enough to choose. */
export function decide(scored: Scored[], index: NameIndex): Decision {
  const key = (s: Scored): string => index.entries[s.entry].entityKey;
  // Ties go by key, compared by code unit so that the order does not depend on the locale.
  const ranked = [...scored].sort((a, b) => b.weight - a.weight || (key(a) < key(b) ? -1 : 1));
  const [best, second] = ranked;
  const total = ranked.reduce((sum, s) => sum + s.weight, 0);
  const shares = new Map(ranked.map((s) => [s.entry, s.weight / (total + 1)]));
  const versus = `${key(best)} ${round(best.weight)} vs ${key(second)} ${round(second.weight)}`;
  if (best.weight === 0) return { ranked, chosen: false, shares, note: 'ambiguous: no context evidence' };
  if (best.weight < MIN_SUPPORT) return { ranked, chosen: false, shares, note: `ambiguous: too little evidence (${versus})` };
  if (best.weight < CLEAR_RATIO * second.weight) return { ranked, chosen: false, shares, note: `ambiguous: no clear margin (${versus})` };
  return { ranked, chosen: true, shares, note: `preferred over ${key(second)} (${round(best.weight)} vs ${round(second.weight)})` };
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
