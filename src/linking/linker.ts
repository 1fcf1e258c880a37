/**
 * Entity linking for articles ingested as plain text: finds mentions of gazetteer entities with
 * their exact spans and settles homonyms from the article's own context, keeping the scored
 * candidates whenever the context does not settle them.
 */
import { decide, round, scoreCandidate, type Decision, type PlaceInContext } from './context.js';
import { findNames, type MatchTier, type NameMatch } from './match.js';
import type { Candidate, LinkedMention, NameIndex } from './types.js';

export type { Candidate, GazetteerEntry, LinkedMention, NameIndex } from './types.js';
export { buildNameIndex } from './name-index.js';

/** How far each way of matching is to be trusted: a case form is nearly as good as the form itself
 * (the ending could still belong to another word of the same stem), a spelling no form has exactly
 * is likelier to be something else (or nothing). */
const TIER_FACTOR: Readonly<Record<MatchTier, number>> = { exact: 1, caseForm: 0.9, loose: 0.8 };
const TIER_EVIDENCE: Readonly<Record<MatchTier, ((form: string) => string) | null>> = {
  exact: null,
  caseForm: (form) => `case form of “${form}”`,
  loose: (form) => `spelling variant of “${form}”`,
};
/** Pass one decides from unambiguous mentions; pass two adds what pass one resolved. */
const PASSES = 2;

/** Finds mentions in `text`; longest match wins on overlaps ("Donetsk People’s Republic" over "Donetsk"). */
export function linkMentions(text: string, index: NameIndex, context: { outletCountry?: string | null } = {}): LinkedMention[] {
  const outlet = context.outletCountry ?? null;
  const matches = findNames(text, index);
  const chosen = matches.map((m) => (m.forms.size === 1 ? [...m.forms.keys()][0] : null));
  const decisions: (Decision | null)[] = matches.map(() => null);
  for (let pass = 0; pass < PASSES; pass++) {
    const places = placesIn(matches, chosen, index);
    // A pass's choices take effect together, so the result does not depend on mention order.
    const decided = matches.map((m, i) => (chosen[i] === null ? decideMatch(m, places, index, outlet) : null));
    let resolved = 0;
    decided.forEach((d, i) => {
      if (d === null) return;
      decisions[i] = d;
      if (!d.chosen) return;
      chosen[i] = d.ranked[0].entry;
      resolved++;
    });
    if (resolved === 0) break; // the context did not change: another pass would repeat this one
  }
  return matches.map((m, i) => toMention(m, index, decisions[i]));
}

/** Resolved places as context, each once, at its first mention. */
function placesIn(matches: readonly NameMatch[], chosen: readonly (number | null)[], index: NameIndex): PlaceInContext[] {
  const seen = new Set<number>();
  const places: PlaceInContext[] = [];
  matches.forEach((m, i) => {
    const entry = chosen[i];
    if (entry === null || seen.has(entry) || index.entries[entry].kind !== 'PLACE') return;
    seen.add(entry);
    places.push({ entry, at: m.start });
  });
  return places;
}

function decideMatch(m: NameMatch, places: readonly PlaceInContext[], index: NameIndex, outlet: string | null): Decision {
  return decide([...m.forms.keys()].map((entry) => scoreCandidate(index, entry, places, outlet)), index);
}

function toMention(m: NameMatch, index: NameIndex, decision: Decision | null): LinkedMention {
  const span = { start: m.start, end: m.end, text: m.text };
  const factor = TIER_FACTOR[m.tier];
  const describe = TIER_EVIDENCE[m.tier];
  const howMatched = (entry: number): string[] => (describe === null ? [] : [describe(m.forms.get(entry) ?? '')]);
  if (decision === null) {
    const [entry] = m.forms.keys();
    const evidence = ['only candidate', ...howMatched(entry)];
    const entityKey = index.entries[entry].entityKey;
    return { ...span, entityKey, score: factor, candidates: [{ entityKey, score: factor, evidence }], evidence };
  }
  const candidates: Candidate[] = decision.ranked.map((s) => ({
    entityKey: index.entries[s.entry].entityKey,
    score: round((decision.shares.get(s.entry) ?? 0) * factor),
    evidence: [...howMatched(s.entry), ...s.evidence],
  }));
  if (!decision.chosen) return { ...span, entityKey: null, score: 0, candidates, evidence: [decision.note] };
  const [best] = candidates;
  return { ...span, entityKey: best.entityKey, score: best.score, candidates, evidence: [...best.evidence, decision.note] };
}
