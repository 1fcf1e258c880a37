import { LOCATORS, RELATIVE_WHERE } from './event-cues.js';
import { firstWordFrom, near, wordsBetween, type Linked, type Reach, type Sentence } from './event-sentence.js';
import { speechRules } from '../speech/speech-verbs.js';
import type { KnownMention } from '../types.js';

/**
 * Where a framing word's clause is set when no place stands next to it: a place the clause is
 * attached to by "where" ("visited Kharkiv, where she met the mayor"), or one a sentence opens
 * with ("In Chuhuiv, a guided bomb destroyed a warehouse"), which sets its main clause.
 */

/** Words a framing may stand from "where" or the opening's comma. */
const SETTING_REACH = 12;

export function settingOf(s: Sentence, r: Reach, nearestBefore: KnownMention | undefined): Linked | null {
  const where = nearestBefore && whereClause(s, nearestBefore, r);
  if (where) return { places: [nearestBefore.entityKey!], rule: 'place a "where" clause is attached to', weight: 0.6 };
  const opening = openingPlace(s);
  if (opening && near(s, opening.comma, sayingStart(s, r), SETTING_REACH))
    return { places: [opening.place.entityKey!], rule: 'place the sentence opens with ("In X,")', weight: 0.5 };
  return null;
}

/** "Kharkiv, where she met": the comma and the relative word right after the place, the framing in that clause. */
function whereClause(s: Sentence, place: KnownMention, r: Reach): boolean {
  const match = /^\s*,\s*(\p{L}+)\s/u.exec(s.text.slice(place.end, r.start));
  if (!match || !RELATIVE_WHERE[s.language].has(match[1]!.toLowerCase())) return false;
  return near(s, place.end + match[0].length, r.start, SETTING_REACH);
}

/** A place the sentence opens with, after a locative preposition and before a comma ("In Geneva, …", "В Минске, …"), or heading it before a colon. */
function openingPlace(s: Sentence): { place: KnownMention; comma: number } | null {
  const place = s.mentions[0];
  if (place?.kind !== 'PLACE' || place.entityKey === null) return null;
  const lead = s.ws.slice(0, firstWordFrom(s.ws, place.start)).map((w) => w.lower);
  // "- Lubny: debris of a downed drone damaged …", "• Суми: …": a line headed by a place is set there.
  const heading = lead.length === 0 ? /^\s*:/u.exec(s.text.slice(place.end)) : null;
  if (heading !== null) return { place, comma: place.end + heading[0].length };
  const comma = /^\s*,/u.exec(s.text.slice(place.end));
  if (comma === null || lead.length === 0 || !LOCATORS[s.language].has(lead.join(' '))) return null;
  return { place, comma: place.end + comma[0].length };
}

/**
 * "В Новой Каховке и соседнем селе после удара беспилотника без света остались …": a noun after a
 * time preposition, the sentence's first framing, in a sentence that opens with a place after a
 * locator, happened there; with no such opening it is the happening reported before (`occasion`).
 */
export function openingLocative(s: Sentence, r: Reach): Linked | null {
  if (r.opening !== r.start) return null;
  const places = s.mentions.filter((m) => m.kind === 'PLACE' && m.entityKey !== null && m.end <= r.start);
  const first = places[0];
  if (first === undefined || first !== s.mentions[0]) return null;
  const lead = s.ws.slice(0, firstWordFrom(s.ws, first.start)).map((w) => w.lower);
  if (lead.length === 0 || !LOCATORS[s.language].has(lead.join(' '))) return null;
  // The time preposition itself opens a clause ("после"), so only punctuation ends the opening's reach.
  if (/[,;:.!?()—–]/u.test(s.text.slice(first.end, r.start)) || wordsBetween(s, first.end, r.start) > SETTING_REACH) return null;
  // The places the opening lists ("В Новой Каховке и в Корсунке"), up to the first other word between two.
  const end = places.findIndex((m, k) => k > 0 && !OPENING_LIST.test(s.text.slice(places[k - 1]!.end, m.start)));
  const opening = end < 0 ? places : places.slice(0, end);
  return {
    places: opening.map((m) => m.entityKey!),
    rule: 'place the sentence opens with, for a noun after a time preposition',
    weight: 0.5,
  };
}

const OPENING_LIST = /^\s*(?:,|and|и|і|та|й)?\s*(?:in|в|во|у)?\s*$/u;

/** Words a saying's noun may stand after its speech verb: "said in his evening address". */
const SAYING_REACH = 3;

/**
 * Where the clause of a framing begins for its setting: a statement or briefing named after the
 * speech verb that reports it ("In Kyiv, Zelensky said in his evening address") is in that verb's
 * clause, which the verb itself does not end.
 */
function sayingStart(s: Sentence, r: Reach): number {
  if (r.match.type !== 'STATEMENT' && r.match.type !== 'BRIEFING') return r.start;
  const rules = speechRules(s.language);
  for (let i = r.match.first - 1; i >= Math.max(0, r.match.first - 1 - SAYING_REACH); i--)
    if (rules.verb(s.ws[i]!.lower) !== null) return near(s, s.ws[i]!.end, r.start, SAYING_REACH) ? s.ws[i]!.start : r.start;
  return r.start;
}
