import { AGENT_MARKERS, SUPPORT_VERBS } from './event-cues.js';
import { normalize } from '../framings/framings.js';
import { near, wordsBetween, type Reach, type Sentence } from './event-sentence.js';
import { heldInRelative } from './event-relatives.js';
import { sideAt } from './sides.js';
import { speechRules } from '../speech/speech-verbs.js';

/**
 * Who takes part in what a framing word reports, as the sentence puts them in subject and object
 * position: people, organizations, sides named by an adjective ("Russian forces"), and a country
 * right before the word ("Russia captured").
 */

interface Party {
  entityKey: string;
  start: number;
  end: number;
}

/** Words a party may stand from the framing word; a noun takes its subject only from right before it. */
const VERB_SUBJECT_REACH = 8;
const NOUN_SUBJECT_REACH = 2;
const OBJECT_REACH = 8;

/** People, organizations and sides named by an adjective ("Russian forces"); a country only right before the word. */
function parties(s: Sentence, from: number, to: number, places: readonly string[], placeUntil: number): Party[] {
  const found: Party[] = [];
  for (const m of s.mentions) {
    if (m.entityKey === null || m.kind === null || m.start < from || m.end > to || places.includes(m.entityKey)) continue;
    if (m.kind !== 'PLACE' || (m.end <= placeUntil && wordsBetween(s, m.end, placeUntil) <= 2))
      found.push({ entityKey: m.entityKey, start: m.start, end: m.end });
  }
  for (const side of sidesOf(s)) if (side.start >= from && side.end <= to && !places.includes(side.entityKey)) found.push(side);
  return found.sort((a, b) => a.start - b.start);
}

const sides = new WeakMap<Sentence, Party[]>();

/** The sentence's sides named by an adjective, found once however many framings ask. */
function sidesOf(s: Sentence): Party[] {
  let found = sides.get(s);
  if (found === undefined) {
    found = [];
    for (let i = 0; i + 1 < s.ws.length; i++) {
      const side = sideAt(s.ws, i);
      if (side !== null) found.push({ entityKey: side, start: s.ws[i]!.start, end: s.ws[i + 1]!.end });
    }
    sides.set(s, found);
  }
  return found;
}

/** Words between "said in" and an address: "said in a video address", "said in his evening address". */
const ADDRESS_LEAD = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const MAX_ADDRESS_LEAD = 3;

/** "said in", "заявил в", "заявив у". */
const IN: Record<Sentence['language'], ReadonlySet<string>> = { en: new Set(['in']), ru: new Set(['в', 'во']), uk: new Set(['в', 'у']) };

/**
 * "Zelenskyy said in a video address", "заявил в вечернем обращении": the address is the speech
 * verb's, so its speaker is the verb's subject. Where that verb starts, or null.
 */
function saidIn(s: Sentence, r: Reach): number | null {
  if (r.match.type !== 'STATEMENT' || !r.match.group.noun) return null;
  for (let i = r.match.first - 1; i >= 1 && r.match.first - i <= MAX_ADDRESS_LEAD; i--) {
    const word = s.ws[i]!.lower;
    if (IN[s.language].has(word) && speechRules(s.language).verb(s.ws[i - 1]!.lower) !== null) return s.ws[i - 1]!.start;
    if (!ADDRESS_LEAD.has(word) && i < r.match.first - 1) return null;
  }
  return null;
}

/**
 * The parties around a framing word: the nearest before it in its clause (its subject, unless
 * passive) and the first after it: its object; or its agent when "by", "со стороны" or "з боку"
 * comes between, or when a Russian or Ukrainian noun takes its subject in the genitive right
 * after it ("визит Путина").
 */
export function partiesAround(
  s: Sentence,
  r: Reach,
  places: readonly string[],
): { before: string | null; after: string | null; agent: boolean } {
  const { group } = r.match;
  const reach = group.noun && !supported(s, r) ? NOUN_SUBJECT_REACH : VERB_SUBJECT_REACH;
  const said = saidIn(s, r);
  const before = parties(s, r.from, said ?? r.start, places, said ?? r.start)
    .filter((p) => near(s, p.end, said ?? r.start, said === null ? reach : VERB_SUBJECT_REACH))
    .at(-1);
  const after = parties(s, r.end, r.to, places, -1).find((p) => near(s, r.end, p.start, OBJECT_REACH));
  if (after === undefined) {
    // "брифинга, который провел Конашенков": the relative clause's holder is the noun's subject.
    const held = heldInRelative(s, r);
    return { before: before?.entityKey ?? null, after: held, agent: held !== null };
  }
  const gap = s.text.slice(r.end, after.start).trim().toLowerCase();
  const agent =
    AGENT_MARKERS[s.language].some((marker) => ` ${gap} `.includes(` ${marker}`)) ||
    (group.agentAfter === true && gap === '') ||
    speaksAfter(s, r, after);
  return { before: before?.entityKey ?? null, after: after.entityKey, agent };
}

/** Words a support verb may stand before its noun: "провел оперативное совещание". */
const SUPPORT_REACH = 2;

/** Whether a support verb carries the noun: "провел совещание", "held talks". */
const supported = (s: Sentence, r: Reach): boolean =>
  s.ws
    .slice(Math.max(0, r.match.first - SUPPORT_REACH), r.match.first)
    .some((w) => SUPPORT_VERBS[s.language].has(normalize(w.lower)) && near(s, w.end, r.start, SUPPORT_REACH));

/** "У вечірньому зверненні в середу Зеленський заявив": a statement's noun before the speech verb whose subject comes after it. */
function speaksAfter(s: Sentence, r: Reach, party: Party): boolean {
  if (r.match.type !== 'STATEMENT') return false;
  const next = s.ws.find((w) => w.start >= party.end);
  return next !== undefined && speechRules(s.language).verb(next.lower) !== null;
}
