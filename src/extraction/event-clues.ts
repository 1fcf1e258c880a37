import { AGENT_MARKERS, CLAUSE_WORDS, PARTNER_WORDS, type FramingLanguage } from './framing-words.js';
import type { EventType } from '../graph/vocabulary.js';
import type { FramingMatch } from './framings.js';
import { sideAt } from './sides.js';
import type { FoundTime } from './time.js';
import type { KnownMention, TextSpan } from './types.js';
import type { Word } from './words.js';

/**
 * What a sentence says around one framing word: the place it is linked to and the parties in
 * subject and object position. The framing's reach runs from the framing word before it to the
 * one after (or the sentence's ends), so "briefed on the liberation of Krasnoarmysk" gives the
 * briefing no place: Krasnoarmysk belongs to the liberation.
 */
export interface Sentence {
  text: string;
  language: FramingLanguage;
  span: TextSpan;
  ws: Word[];
  mentions: KnownMention[];
  times: FoundTime[];
}

export interface Reach {
  match: FramingMatch;
  start: number;
  end: number;
  /** Offsets of the framings before and after it, or the sentence's ends. */
  from: number;
  to: number;
  /** Where the sentence's first framing starts: a time before it is every framing's. */
  opening: number;
}

/** The places, the rule that linked them and how far that rule is trusted (0..1). */
export interface Linked {
  places: string[];
  rule: string;
  weight: number;
}

interface Party {
  entityKey: string;
  start: number;
  end: number;
}

/** Words a place or a party may stand from the framing word: "captured the village of X" is three. */
const PLACE_REACH = 6;
const VERB_SUBJECT_REACH = 8;
const NOUN_SUBJECT_REACH = 2;
const OBJECT_REACH = 8;

const CLAUSE_BREAK = /[,;:—–()]/;
const POSSESSIVE = /^\s*(['’]s)?\s*$/u;
const LIST_JOIN = /^\s*,?\s*(and|or|и|или|і|й|та|або)?\s*$/u;

/** How many words lie wholly between two offsets of the sentence (binary search: sentences are searched often). */
export function wordsBetween(s: Sentence, from: number, to: number): number {
  const [first, end] = wordRange(s, from, to);
  return end - first;
}

/** Indexes [first, end) of the words wholly between two offsets. */
function wordRange(s: Sentence, from: number, to: number): [number, number] {
  return [firstWordFrom(s.ws, from), firstWordFrom(s.ws, to) - (endsAfter(s.ws, to) ? 1 : 0)];
}

function firstWordFrom(ws: readonly Word[], offset: number): number {
  let [lo, hi] = [0, ws.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the word starting before `offset` runs past it (a word cut by the offset is not between). */
function endsAfter(ws: readonly Word[], offset: number): boolean {
  const word = ws[firstWordFrom(ws, offset) - 1];
  return word !== undefined && word.end > offset;
}

/** Close to the framing word, in the same clause: no punctuation and no word opening a clause ("said that") between. */
function near(s: Sentence, from: number, to: number, reach: number): boolean {
  if (CLAUSE_BREAK.test(s.text.slice(from, to))) return false;
  const [first, end] = wordRange(s, from, to);
  if (end - first > reach) return false;
  for (let i = first; i < end; i++) if (CLAUSE_WORDS[s.language].has(s.ws[i]!.lower)) return false;
  return true;
}

const placesIn = (s: Sentence, from: number, to: number): KnownMention[] =>
  s.mentions.filter((m) => m.kind === 'PLACE' && m.entityKey !== null && m.start >= from && m.end <= to);

/**
 * The place a framing word is about: one right before a noun ("Pokrovsk’s capture") or before
 * a verb whose subject it is ("Pokrovsk fell", "Pokrovsk was captured"), else the nearest after it ("the capture of Pokrovsk") with the places listed after that
 * one ("Krasnoarmysk and Volchansk") unless it owns a later noun or is a partner, else the nearest before it in
 * its clause.
 */
export function linkPlaces(s: Sentence, r: Reach, subjectFirst: boolean): Linked | null {
  const before = placesIn(s, r.from, r.start).at(-1);
  const after = placesIn(s, r.end, r.to);
  if (before && r.match.group.noun && POSSESSIVE.test(s.text.slice(before.end, r.start)))
    return { places: [before.entityKey!], rule: 'place right before the word', weight: 0.7 };
  const beforeNear = before !== undefined && near(s, before.end, r.start, PLACE_REACH);
  if (subjectFirst && beforeNear) return { places: [before.entityKey!], rule: 'place as the subject before the word', weight: 0.6 };
  if (after[0] && near(s, r.end, after[0].start, PLACE_REACH) && !owner(s, after[0]) && !partner(s, r.match.type, after[0]))
    return { places: listed(s, after), rule: 'place after the word', weight: 0.7 };
  return beforeNear ? { places: [before.entityKey!], rule: 'place before the word in its clause', weight: 0.5 } : null;
}

/** A place with ’s after it owns the next noun ("its liberation strengthens Russia’s industry"): not the framing's place. */
const owner = (s: Sentence, place: KnownMention): boolean => /^['’]s$/u.test(s.text.slice(place.end, place.end + 2));

/** A place after "with" is a party to the framing, not where it happened: "talks with Ukraine", "переговоры с Украиной". */
function partner(s: Sentence, type: EventType, place: KnownMention): boolean {
  const word = s.ws[firstWordFrom(s.ws, place.start) - 1];
  return word !== undefined && PARTNER_WORDS[type]?.[s.language].has(word.lower) === true;
}

function listed(s: Sentence, after: KnownMention[]): string[] {
  const keys = [after[0]!.entityKey!];
  for (let k = 1; k < after.length && LIST_JOIN.test(s.text.slice(after[k - 1]!.end, after[k]!.start)); k++)
    keys.push(after[k]!.entityKey!);
  return [...new Set(keys)];
}

/** People, organizations and sides named by an adjective ("Russian forces"); a country only right before the word. */
function parties(s: Sentence, from: number, to: number, places: readonly string[], placeUntil: number): Party[] {
  const found: Party[] = [];
  for (const m of s.mentions) {
    if (m.entityKey === null || m.start < from || m.end > to || places.includes(m.entityKey)) continue;
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

/**
 * The parties around a framing word: the nearest before it in its clause (its subject, unless
 * passive), and the first after it: its object, or its agent when "by" / "со стороны" / "з
 * боку" comes between, or, for a Russian or Ukrainian noun that takes one, the genitive right after it
 * ("визит Путина").
 */
export function partiesAround(
  s: Sentence,
  r: Reach,
  places: readonly string[],
): { before: string | null; after: string | null; agent: boolean } {
  const { group } = r.match;
  const reach = group.noun ? NOUN_SUBJECT_REACH : VERB_SUBJECT_REACH;
  const before = parties(s, r.from, r.start, places, r.start)
    .filter((p) => near(s, p.end, r.start, reach))
    .at(-1);
  const after = parties(s, r.end, r.to, places, -1).find((p) => near(s, r.end, p.start, OBJECT_REACH));
  if (after === undefined) return { before: before?.entityKey ?? null, after: null, agent: false };
  const gap = s.text.slice(r.end, after.start).trim().toLowerCase();
  const agent = AGENT_MARKERS[s.language].some((marker) => ` ${gap} `.includes(` ${marker}`)) || (group.agentAfter === true && gap === '');
  return { before: before?.entityKey ?? null, after: after.entityKey, agent };
}

/**
 * The framing's time: the first one after it within its reach ("visit … on the evening of
 * November 30th"), else the last one that opens the sentence before any framing ("On Monday,
 * Russian forces shelled Kharkiv and captured Kupiansk" is both's). A time after another framing is that one's.
 */
export function reachTime(s: Sentence, r: Reach): FoundTime | null {
  return s.times.find((t) => t.start >= r.end && t.end <= r.to) ?? s.times.findLast((t) => t.end <= r.opening) ?? null;
}
