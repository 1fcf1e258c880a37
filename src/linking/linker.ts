/**
 * Entity linking for articles ingested as plain text: finds mentions of gazetteer entities with
 * their exact spans and weighs every candidate of each (context.ts), keeping the scored candidates
 * always and leaving a mention unresolved when no candidate is likelier than not.
 */
import { normalizeName } from '../names/normalize.js';
import { decide, round, scoreCandidate, type Decision, type Occurrence, type Scored, type TextContext } from './context.js';
import { cueAround, type Cue } from './cues.js';
import { countryNamedBefore } from './demonyms.js';
import { formerNameWeight } from './former-names.js';
import { findNames } from './match.js';
import { namesakesOf, pairedStarts } from './namesakes.js';
import { qualifiersOf } from './nearness.js';
import { withPinnedFirsts } from './pinned.js';
import { regionsAfter } from './placed.js';
import { againstOf, type Against } from './ruled-out.js';
import { segmentsOf } from './segments.js';
import { tokenize, type Token } from './tokens.js';
import { writtenForms } from './written-forms.js';
import type { Candidate, FormRef, LinkedMention, MatchTier, NameIndex, NameMatch } from './types.js';

export type { Candidate, GazetteerEntry, LinkedMention, NameIndex } from './types.js';
export { buildNameIndex } from './name-index.js';

/** What each way of matching takes off the log-odds: a case form is nearly as good as the form
 * itself (the ending could still belong to another word of the same stem), a spelling no form has
 * exactly is likelier to be something else (or nothing). */
const TIER_PENALTY: Readonly<Record<MatchTier, number>> = { exact: 0, caseForm: -0.3, loose: -0.7 };
const TIER_EVIDENCE: Readonly<Record<MatchTier, ((form: string) => string) | null>> = {
  exact: null,
  caseForm: (form) => `case form of “${form}”`,
  loose: (form) => `spelling variant of “${form}”`,
};
/** The first pass weighs names by their priors alone; each further one adds what the one before resolved. */
const PASSES = 3;

export interface LinkContext {
  /** The outlet's name as the article gives it (TASS, Ukrinform): its country, when the gazetteer
   * knows the outlet, is a hint weaker than anything the text says. */
  outlet?: string | null;
  /** ISO alpha-2 of the outlet's country, when the caller knows it; wins over `outlet`. */
  outletCountry?: string | null;
  /** The article's language (ISO 639): a body Russian or Ukrainian text names without its
   * country (Генштаб, МИД) is most often that language's country's own. */
  language?: string | null;
}

/** The country of the organization the gazetteer knows by the outlet's name, if exactly one does. */
function outletCountryOf(index: NameIndex, outlet: string | null | undefined): string | null {
  if (!outlet) return null;
  const countries = new Set(
    (index.exact.get(normalizeName(outlet)) ?? []).flatMap(({ entry }) => {
      const e = index.entries[entry]!;
      return e.kind === 'ORGANIZATION' && e.country !== null ? [e.country] : [];
    }),
  );
  return countries.size === 1 ? [...countries][0]! : null;
}

// The languages written mostly in one country of this news: English is everyone's.
const HOME_COUNTRIES: Readonly<Record<string, string>> = { ru: 'RU', uk: 'UA' };
const homeCountryOf = (language: string | null | undefined): string | null => (language ? (HOME_COUNTRIES[language] ?? null) : null);

/** Finds mentions in `text`; longest match wins on overlaps ("Donetsk People’s Republic" over "Donetsk"). */
export function linkMentions(text: string, index: NameIndex, context: LinkContext = {}): LinkedMention[] {
  const tokens = tokenize(text);
  const homeCountry = homeCountryOf(context.language);
  const matches = findNames(text, index, tokens, homeCountry);
  const ctx = textContext(text, tokens, matches, context.outletCountry ?? outletCountryOf(index, context.outlet), homeCountry);
  // What the words around each name say it is, read once for every pass.
  const cues = matches.map((m) => cueAround(text, m.start, m.end));
  const countries = matches.map((m) => countryNamedBefore(text, m.start));
  const namesakes = namesakesOf(text, matches, ctx.segments.sentence);
  const paired = pairedStarts(matches, namesakes);
  const written = writtenForms(matches);
  // The names an aside sets against the article's (not to be confused with Seversk in the Tomsk region).
  const aside = new Set(matches.flatMap((m, i) => (namesakes[i] === null ? [] : [m.start])));
  let decisions = matches.map((m, i) => decideMatch(m, cues[i]!, [], index, ctx, () => []));
  for (let pass = 1; pass < PASSES; pass++) {
    const occurrences = withPinnedFirsts(index, matches, resolved(matches, decisions, cues), ctx.qualified);
    const regions = regionsAfter(text, matches, occurrences, index);
    const ruling = { index, matches, countries, namesakes, regions, occurrences, aside, written };
    // Two names set against each other say nothing for each other's entity, nor does what stands
    // beside either; an aside's namesake and its region say nothing for the article's other mentions either.
    const apart = (i: number): readonly Occurrence[] => {
      const away = aside.size === 0 || aside.has(matches[i]!.start) ? paired[i]! : new Set([...paired[i]!, ...aside]);
      return away.size === 0 ? occurrences : occurrences.filter((o) => !away.has(o.start) && !qualifiesAny(ctx, o, away));
    };
    // A pass's choices take effect together, so the result does not depend on mention order.
    const next = matches.map((m, i) => decideMatch(m, cues[i]!, apart(i), index, ctx, againstOf(ruling, i)));
    const same = next.every((d, i) => d.chosen === decisions[i]!.chosen && d.ranked[0]!.entry === decisions[i]!.ranked[0]!.entry);
    decisions = next;
    if (same) break; // the context did not change: another pass would repeat this one
  }
  // A surname the article does not tie to anyone named in full is a common word or someone else's.
  const derivedOnly = (m: NameMatch): boolean => [...m.forms.values()].every((ref) => ref.surname === 'derived');
  return matches.flatMap((m, i) => (decisions[i]!.chosen || !derivedOnly(m) ? [toMention(m, index, decisions[i]!)] : []));
}

function textContext(
  text: string,
  tokens: readonly Token[],
  matches: readonly NameMatch[],
  outletCountry: string | null,
  homeCountry: string | null,
): TextContext {
  const words = new Map<string, { start: number; end: number }[]>();
  for (const t of tokens) {
    const spans = words.get(t.exact);
    if (spans) spans.push(t);
    else words.set(t.exact, [t]);
  }
  return { text, segments: segmentsOf(text), qualified: qualifiersOf(text, matches), words, outletCountry, homeCountry };
}

/** Whether the occurrence is written beside one of the names at `starts`, as where that one is. */
const qualifiesAny = (ctx: TextContext, o: Occurrence, starts: ReadonlySet<number>): boolean =>
  [...(ctx.qualified.get(o.start) ?? [])].some((s) => starts.has(s));

/** The mentions resolved so far, as context for the others. */
function resolved(matches: readonly NameMatch[], decisions: readonly Decision[], cues: readonly (Cue | null)[]): Occurrence[] {
  return matches.flatMap((m, i) => {
    const d = decisions[i]!;
    const entry = d.ranked[0]!.entry;
    const form = normalizeName(m.forms.get(entry)!.form);
    return d.chosen ? [{ entry, start: m.start, end: m.end, key: keyOf(m), form, answers: cues[i] === 'dateline' }] : [];
  });
}

const keyOf = (m: NameMatch): string => m.text.normalize('NFKC').toLowerCase();

function decideMatch(
  m: NameMatch,
  cue: Cue | null,
  occurrences: readonly Occurrence[],
  index: NameIndex,
  ctx: TextContext,
  against: Against,
): Decision {
  const mention = { start: m.start, end: m.end, key: keyOf(m), cue };
  const { start, end } = ctx.segments.sentenceSpan(m.start);
  const sentence = ctx.text.slice(start, end);
  const scored = [...m.forms].map(([entry, ref]) => {
    const base = matchedAs(m.tier, ref, ctx, sentence);
    const ruled = against(entry);
    const weighed = {
      weight: ruled.reduce((sum, [w]) => sum + w, base.weight),
      evidence: [...base.evidence, ...ruled.map(([, note]) => note)],
    };
    return scoreCandidate(index, entry, { ...mention, form: normalizeName(ref.form) }, weighed, occurrences, ctx);
  });
  const formerName = (entry: number): boolean => m.forms.get(entry)!.former !== null;
  return decide(namedInFullFirst(scored, mention.key, occurrences, index, formerName), index);
}

/** What an actor the article does not name takes off when another bearer of the name is named in it. */
const OTHER_BEARER = -2;

/**
 * A surname alone (Kuleba) after the article has named one of its bearers in full (Oleksii Kuleba)
 * is that one, not another bearer the article never names (Dmytro Kuleba), however well known;
 * so is a body's bare shared name (ОВА after Чернігівська ОВА, not the ten other oblasts'), and
 * so is a town's former name that is that surname too ("Zhdanov said" after Oleh Zhdanov).
 */
function namedInFullFirst(
  scored: Scored[],
  key: string,
  occurrences: readonly Occurrence[],
  index: NameIndex,
  formerName: (entry: number) => boolean,
): Scored[] {
  const actor = (s: Scored): boolean => index.entries[s.entry]!.kind !== 'PLACE';
  const named = new Set(occurrences.filter((o) => o.key !== key).map((o) => o.entry));
  if (!scored.some((s) => actor(s) && named.has(s.entry))) return scored;
  const other = (s: Scored): string | null => {
    if (actor(s)) return named.has(s.entry) ? null : 'another bearer of the name is named in full';
    return formerName(s.entry) ? 'a former name, and the surname of someone named in full' : null;
  };
  return scored.map((s) => {
    const note = other(s);
    return note === null ? s : { ...s, support: s.support + OTHER_BEARER, evidence: [...s.evidence, note] };
  });
}

/**
 * How the span matched this candidate: the tier, and the form's own weakness (a former name),
 * unless the article is its users' own (Krasnoarmeysk in Russian text or from a Russian outlet);
 * anyone else's former name counts by what its sentence says of it (former-names.ts).
 */
function matchedAs(tier: MatchTier, ref: FormRef, ctx: TextContext, sentence: string): { weight: number; evidence: string[] } {
  const describe = TIER_EVIDENCE[tier];
  const theirs = ref.usedBy !== null && (ref.usedBy === ctx.homeCountry || ref.usedBy === ctx.outletCountry);
  const evidence = [...(describe === null ? [] : [describe(ref.form)]), ...(ref.note === null ? [] : [ref.note])];
  if (theirs) {
    evidence.push(`as its users write it (${ref.usedBy})`);
    return { weight: TIER_PENALTY[tier], evidence };
  }
  const former = formerNameWeight(ref, sentence);
  if (former) evidence.push(former.note);
  return { weight: TIER_PENALTY[tier] + ref.penalty + (former?.weight ?? 0), evidence };
}

function toMention(m: NameMatch, index: NameIndex, decision: Decision): LinkedMention {
  const span = { start: m.start, end: m.end, text: m.text };
  const candidates: Candidate[] = decision.ranked.map((s) => ({
    entityKey: index.entries[s.entry]!.entityKey,
    score: round(decision.probabilities.get(s.entry) ?? 0),
    evidence: s.evidence,
  }));
  if (!decision.chosen) return { ...span, entityKey: null, score: 0, candidates, evidence: [decision.note] };
  const [best] = candidates;
  return { ...span, entityKey: best!.entityKey, score: best!.score, candidates, evidence: [...best!.evidence, decision.note] };
}
