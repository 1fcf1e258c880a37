/**
 * Entity linking for articles ingested as plain text: finds mentions of gazetteer entities with
 * their exact spans and settles homonyms from the article's own context, keeping the scored
 * candidates whenever the context does not settle them.
 */
import { decide, round, scoreCandidate, type Decision, type PlaceInContext } from './context.js';
import { findNames, type NameMatch } from './match.js';
import type { Candidate, LinkedMention, NameIndex } from './types.js';

export type { Candidate, GazetteerEntry, LinkedMention, NameIndex } from './types.js';
export { buildNameIndex } from './name-index.js';

/** A spelling no form has exactly is likelier to be something else (or nothing) than an exact one. */
const LOOSE_FACTOR = 0.8;
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
  const factor = m.loose ? LOOSE_FACTOR : 1;
  const spelling = (entry: number): string[] => (m.loose ? [`spelling variant of “${m.forms.get(entry)}”`] : []);
  if (decision === null) {
    const [entry] = m.forms.keys();
    const evidence = ['only candidate', ...spelling(entry)];
    const entityKey = index.entries[entry].entityKey;
    return { ...span, entityKey, score: factor, candidates: [{ entityKey, score: factor, evidence }], evidence };
  }
  const candidates: Candidate[] = decision.ranked.map((s) => ({
    entityKey: index.entries[s.entry].entityKey,
    score: round((decision.shares.get(s.entry) ?? 0) * factor),
    evidence: [...spelling(s.entry), ...s.evidence],
  }));
  if (!decision.chosen) return { ...span, entityKey: null, score: 0, candidates, evidence: [decision.note] };
  const [best] = candidates;
  return { ...span, entityKey: best.entityKey, score: best.score, candidates, evidence: [...best.evidence, decision.note] };
}
