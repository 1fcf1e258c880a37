/**
 * How likely each candidate of a name is. A candidate's support is a log-odds sum of
 *  - how the name matched it (a case form or a spelling variant, a former or colloquial form, counts less: linker.ts),
 *  - a prior: how often news names such an entity (a city more than a village, a country more than both),
 *  - the article's context, near before far: places it has pinned down beside the name, in the same
 *    sentence, the paragraph, the rest of the article, and the outlet's country.
 * A softmax over the candidates and one more alternative, "something else" (a river, a surname, an
 * entity the gazetteer lacks), gives each its probability; the best is chosen when the name is
 * likelier a known entity than not, the best holds a clear share of that, and the best itself is
 * likelier than not: two weak namesakes together may outweigh "something else", neither alone (decide).
 */
import { normalizeName } from '../names/normalize.js';
import { regionAdjectiveBefore } from './area-adjective.js';
import { cueWeight, TOWN_POPULATION, type Cue } from './cues.js';
import { DOCUMENT, nearness, QUALIFIER, type Layout, type Span } from './nearness.js';
import type { GazetteerEntry, NameIndex } from './types.js';

/** A span the linker has resolved, as context for the others. */
export interface Occurrence {
  entry: number;
  start: number;
  end: number;
  /** The span's folded text: the same name again says less than another name of the same entity. */
  key: string;
  /** The folded form it matched, so that another case form of one name (Авдіївки, Авдіївку) is the same name again too. */
  form: string;
  /** A dateline's town (cues.ts), the report's own place, or a first mention pinned beside its area
   * (pinned.ts): the name's question answered, which its later mentions take again. */
  answers: boolean;
}

export interface Scored {
  entry: number;
  /** Log-odds against "something else". */
  support: number;
  evidence: string[];
}

/** What every candidate of one text is scored against. */
export interface TextContext extends Layout {
  /** Folded word → its spans, to find an admin area spelt out beside a name (Moscow, Idaho). */
  words: ReadonlyMap<string, readonly { start: number; end: number }[]>;
  outletCountry: string | null;
  /** The country whose language the article is in, for bodies named without their country. */
  homeCountry: string | null;
}

// How much a context place says, by its tie to the candidate: the same entity under another name
// (Krasnoarmeysk … Pokrovsk) most, the same name again much less (it is the same question asked
// twice); lying in a region named, or being the region of a place named ("Pokrovsk … Donetsk"
// is the oblast), is next; a person or body named beside the organization it belongs to
// ("Начальник Генштаба Валерий Герасимов") next; lying in a country named says little, since war
// reports name both sides' countries; a shared admin area or country with another place says less.
const SAME_ENTITY = 4;
const SAME_NAME_AGAIN = 1;
const REGION = 3;
const AFFILIATION = 2;
const COUNTRY = 0.5;
const SAME_ADMIN_AREA = 1;
const SAME_COUNTRY = 0.5;
const COUNTRY_LEVEL = Math.max(COUNTRY, SAME_COUNTRY);
const OUTLET_COUNTRY = 0.3;
const ARTICLE_AREA = 1;
const ARTICLE_AREA_PLACES = 3;
const HOME_BODY = 0.5;

/** A container with no admin area of its own is a country (or unplaced): weak evidence. */
const containerWeight = (container: GazetteerEntry): number => (container.adminArea === null ? COUNTRY : REGION);

interface Tie {
  weight: number;
  note: string;
  /** One of the two contains the other: written beside the name, that says where it is. */
  within: boolean;
}

function tie(index: NameIndex, candidate: number, other: number): Tie | null {
  const c = index.entries[candidate];
  const o = index.entries[other];
  if (candidate === other) return { weight: SAME_ENTITY, note: 'same entity named', within: false };
  // A person or body named beside an organization it belongs to (Начальник Генштаба Валерий Герасимов).
  if (o.kind !== 'PLACE' && c.kind !== 'PLACE' && index.ancestors[other].has(c.entityKey)) {
    return { weight: AFFILIATION, note: `${o.entityKey}, affiliated with it, mentioned`, within: false };
  }
  if (index.ancestors[candidate].has(o.entityKey))
    return { weight: containerWeight(o), note: `lies within ${o.entityKey} mentioned`, within: true };
  // A region containing a place named says only that the article is about the area, which any
  // town in it shares (the DPR leader spoke in Donetsk: the city), unless the place stands beside it.
  if (index.ancestors[other].has(c.entityKey))
    return { weight: Math.min(containerWeight(c), SAME_ADMIN_AREA), note: `contains ${o.entityKey} mentioned`, within: true };
  // A person or an organization places nothing by its country: war reports name both sides' actors.
  if (o.kind !== 'PLACE' || c.country === null || c.country !== o.country) return null;
  if (c.adminArea !== null && c.adminArea === o.adminArea) {
    return { weight: SAME_ADMIN_AREA, note: `same admin area (${c.adminArea}) as ${o.entityKey} mentioned`, within: false };
  }
  return { weight: SAME_COUNTRY, note: `same country (${c.country}) as ${o.entityKey} mentioned`, within: false };
}

// Priors, in log-odds against "something else": a place of 10,000 people named alone is an even
// bet, each tenfold of population adds POPULATION_SLOPE; curated entries (the actors of this news,
// the places it is about) and admin areas are notable by being there.
const POPULATION_SLOPE = 1.2;
const EVEN_POPULATION = 4; // log10 of 10,000
const COUNTRY_PRIOR = 3;
const FIRST_LEVEL_PRIOR = 2.5;
const ADMIN_AREA_PRIOR = 1.5;
const CURATED_PRIOR = 1;
const ACTOR_PRIOR = 2;
const UNKNOWN_PLACE_PRIOR = -0.5;

/** `sizeUpTo`: the most population says for the candidate, when the text has said how big the place is. */
function prior(entry: GazetteerEntry, sizeUpTo = Infinity): [number, string] {
  if (entry.kind !== 'PLACE') return [ACTOR_PRIOR, 'prior: curated actor'];
  if (entry.featureCode?.startsWith('PCL')) return [COUNTRY_PRIOR, 'prior: country'];
  if (entry.featureCode === 'ADM1') return [FIRST_LEVEL_PRIOR, 'prior: first-level admin area'];
  if (entry.population) {
    const weight = POPULATION_SLOPE * (Math.log10(Math.min(entry.population, sizeUpTo)) - EVEN_POPULATION);
    return [entry.featureClass === 'A' ? Math.max(weight, ADMIN_AREA_PRIOR) : weight, `prior: population ${entry.population}`];
  }
  if (entry.featureClass === 'A') return [ADMIN_AREA_PRIOR, 'prior: admin area'];
  if (entry.featureClass == null) return [CURATED_PRIOR, 'prior: curated place'];
  return [UNKNOWN_PLACE_PRIOR, 'prior: place of unknown size'];
}

// English writes no article before a town's name: "across the Volga" is the river.
const THE_BEFORE = /\bthe\s+$/;
const THE_TOWN = -2;

/** One candidate's support: `base` (how the name matched it) + prior + context, near before far. */
export function scoreCandidate(
  index: NameIndex,
  candidate: number,
  mention: Span & { key: string; form: string; cue: Cue | null },
  base: { weight: number; evidence: string[] },
  context: readonly Occurrence[],
  ctx: TextContext,
): Scored {
  // A village's name may be a city's too: introduced as a village, a city's size does not speak for it.
  const [priorWeight, priorNote] = prior(index.entries[candidate], mention.cue === 'village' ? TOWN_POPULATION : Infinity);
  const evidence = [...base.evidence, priorNote];
  const article =
    index.entries[candidate].featureClass === 'P' && THE_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 5), mention.start));
  if (article) evidence.push('“the” before it: a river or a region rather than a town');
  const cue = cueWeight(mention.cue, index.entries[candidate]);
  if (cue !== null) evidence.push(cue[1]);
  const best = new Map<string, [number, string]>();
  const offer = (source: string, weight: number, note: string): void => {
    if (weight > (best.get(source)?.[0] ?? 0)) best.set(source, [weight, note]);
  };
  const candidateArea = index.entries[candidate].adminArea;
  const inArea = new Set<number>();
  const answeredOtherwise = context.some(
    (o) => o.answers && o.entry !== candidate && o.start !== mention.start && (o.key === mention.key || o.form === mention.form),
  );
  for (const o of context) {
    if (o.start === mention.start) continue;
    // The article has used this very name for another entity (ЗАПОРІЖЖЯ, the dateline's city): that
    // says nothing for this one, though it may contain it (Zaporizhzhia Oblast).
    const sameName = o.key === mention.key || o.form === mention.form;
    if (sameName && o.entry !== candidate) continue;
    // Once the name is answered for another entity, its bare mentions read as this one echo a guess.
    if (sameName && !o.answers && answeredOtherwise) continue;
    const other = index.entries[o.entry];
    if (candidateArea !== null && o.entry !== candidate && other.kind === 'PLACE' && other.adminArea === candidateArea) inArea.add(o.entry);
    const found = tie(index, candidate, o.entry);
    if (found === null) continue;
    const [near, where] = nearness(ctx, mention, o);
    // Sharing a country with what the rest of the article names says nothing: war reports name
    // both sides' countries and towns throughout (a Russian village called Дунай is not meant by
    // the river because the article names Moscow). Only the paragraph's own count.
    if (near === DOCUMENT && found.weight <= COUNTRY_LEVEL) continue;
    // A container written beside the name says where it is, whatever its level ("Russia's General
    // Staff"), and so does a place beside its region ("Pokrovsk, Donetsk": the oblast).
    const beside = near === QUALIFIER && found.within ? REGION : found.weight;
    // The same name asks the same question again, unless the first was a dateline or pinned, which answers it.
    const weight = sameName ? (o.answers ? SAME_ENTITY : SAME_NAME_AGAIN) : beside;
    offer(`entry ${o.entry}`, weight * near, `${found.note} at ${o.start} (${where})`);
  }
  const area = adminAreaNamed(index.entries[candidate], mention, ctx);
  if (area !== null) offer('admin area', REGION * area[0], area[1]);
  const region = regionAdjectiveBefore(index, candidate, ctx.text, mention.start);
  if (region !== null) offer('admin area', REGION * QUALIFIER, `the adjective of ${region} before it`);
  // The strongest tie counts in full, each further one half as much as the one before it, so that
  // a document naming twenty places of one country does not outweigh one region beside the name.
  const ties = [...best.values()].sort((a, b) => b[0] - a[0]);
  let weight = base.weight + priorWeight + (article ? THE_TOWN : 0) + (cue?.[0] ?? 0);
  ties.forEach(([w, note], i) => {
    weight += w / 2 ** i;
    evidence.push(note);
  });
  // An article naming several places of one area is about that area, wherever in it they stand.
  if (inArea.size >= ARTICLE_AREA_PLACES) {
    weight += ARTICLE_AREA;
    evidence.push(`the article's area: ${inArea.size} other places named in ${candidateArea}`);
  }
  if (ctx.outletCountry !== null && index.entries[candidate].country === ctx.outletCountry) {
    weight += OUTLET_COUNTRY;
    evidence.push(`outlet country ${ctx.outletCountry}`);
  }
  const entry = index.entries[candidate];
  if (entry.kind !== 'PLACE' && ctx.homeCountry !== null && entry.country === ctx.homeCountry) {
    weight += HOME_BODY;
    evidence.push(`named in the language of its country (${ctx.homeCountry})`);
  }
  return { entry: candidate, support: weight, evidence };
}

const MIN_AREA_WORD = 4;
// Folded once per admin area: every candidate of every pass asks.
const AREA_WORDS = new Map<string, string>();
function areaWord(adminArea: string): string {
  let word = AREA_WORDS.get(adminArea);
  if (word === undefined) AREA_WORDS.set(adminArea, (word = normalizeName(adminArea.split(/\s/)[0]!)));
  return word;
}

/**
 * The candidate's admin area spelt out in the same sentence, for areas the gazetteer holds only
 * as a name (Moscow, Idaho): its first word ("Sverdlovsk" of "Sverdlovsk Oblast").
 */
function adminAreaNamed(entry: GazetteerEntry, mention: Span, ctx: TextContext): [number, string] | null {
  const word = entry.adminArea === null ? '' : areaWord(entry.adminArea);
  if (word.length < MIN_AREA_WORD) return null;
  let found: [number, string] | null = null;
  for (const span of ctx.words.get(word) ?? []) {
    if (span.start >= mention.start && span.end <= mention.end) continue;
    if (ctx.segments.sentence(span.start) !== ctx.segments.sentence(mention.start)) continue;
    const [near, where] = nearness(ctx, mention, span);
    if (found === null || near > found[0]) found = [near, `admin area ${entry.adminArea} named at ${span.start} (${where})`];
  }
  return found;
}

// The best is chosen when the name is likelier a known entity than something else, the best takes
// a clear share of that likelihood, and the best alone is likelier than not: a link that is more
// likely wrong than right is no link.
const KNOWN_AT = 0.5;
const LIKELIER_THAN_NOT = 0.5;
const CLEAR_SHARE = 0.6;

export interface Decision {
  /** Candidates best first; the first is chosen when `chosen` is true. */
  ranked: Scored[];
  chosen: boolean;
  /** Each candidate's probability, by entry; what is left is "something else". */
  probabilities: ReadonlyMap<number, number>;
  note: string;
}

/** Ranks scored candidates (one or more) and says whether the best is likely enough to choose. */
export function decide(scored: Scored[], index: NameIndex): Decision {
  const key = (s: Scored): string => index.entries[s.entry].entityKey;
  // Ties go by key, compared by code unit so that the order does not depend on the locale.
  const ranked = [...scored].sort((a, b) => b.support - a.support || (key(a) < key(b) ? -1 : 1));
  const top = Math.max(0, ranked[0]!.support);
  const odds = ranked.map((s) => Math.exp(s.support - top));
  const total = odds.reduce((sum, x) => sum + x, Math.exp(-top));
  const probabilities = new Map(ranked.map((s, i) => [s.entry, odds[i]! / total]));
  const [best, second] = ranked;
  const p = probabilities.get(best!.entry)!;
  const known = 1 - Math.exp(-top) / total;
  const versus = second ? ` vs ${key(second)} ${round(probabilities.get(second.entry)!)}` : '';
  if (known < KNOWN_AT || p < CLEAR_SHARE * known || p < LIKELIER_THAN_NOT) {
    return { ranked, chosen: false, probabilities, note: `${second ? 'ambiguous' : 'uncertain'}: ${key(best!)} ${round(p)}${versus}` };
  }
  return { ranked, chosen: true, probabilities, note: second ? `preferred: ${key(best!)} ${round(p)}${versus}` : 'only candidate' };
}

/** Three decimals, rounded down, so that no probability reads as certainty. */
export const round = (x: number): number => Math.floor(x * 1000) / 1000;
