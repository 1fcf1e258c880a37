import { CLAUSE_WORDS } from './event-cues.js';
import { asidesIn, continued } from './event-clauses.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import type { FramingMatch } from '../framings/framings.js';
import type { FoundTime } from '../time/time.js';
import type { KnownMention, TextSpan } from '../types.js';
import { speechRules } from '../speech/speech-verbs.js';
import { timeWords } from '../time/time-words.js';
import type { Word } from '../text/words.js';

/**
 * A sentence as the event rules read it, and one framing word's reach in it: from the framing
 * word before it to the one after (or the sentence's ends), so "briefed on the liberation of
 * Krasnoarmysk" gives the briefing no place: Krasnoarmysk belongs to the liberation.
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

/** The places a framing is linked to, the rule that linked them and how far that rule is trusted (0..1). */
export interface Linked {
  places: string[];
  rule: string;
  weight: number;
}

const CLAUSE_BREAK = /[,;:—–()]/;

/** How many words lie wholly between two offsets of the sentence (binary search: sentences are searched often). */
export function wordsBetween(s: Sentence, from: number, to: number): number {
  const [first, end] = wordRange(s, from, to);
  return end - first;
}

/** Indexes [first, end) of the words wholly between two offsets. */
function wordRange(s: Sentence, from: number, to: number): [number, number] {
  return [firstWordFrom(s.ws, from), firstWordFrom(s.ws, to) - (endsAfter(s.ws, to) ? 1 : 0)];
}

export function firstWordFrom(ws: readonly Word[], offset: number): number {
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

/**
 * A source set off by commas right after a place: "Никополь, по данным украинских властей, за
 * сутки подвергся обстрелу"; or an English appositive saying what the place is: "Brovary, a suburb
 * east of the capital, had also been hit".
 */
const SOURCE_ASIDE = /^,\s*(according to|по данным|по информации|за даними|за інформацією|a|an)\s[^,;:]*,/iu;

/**
 * A place as the subject of a framing with a source set off between them: read past the aside,
 * its words not counted. After a locator ("В Чугуеве, по данным властей, дроны атаковали") the
 * place opens the sentence, and what follows is the source's report: no setting.
 */
export function nearAcrossSource(s: Sentence, place: TextSpan, locator: boolean, to: number, reach: number): boolean {
  const aside = locator ? null : SOURCE_ASIDE.exec(s.text.slice(place.end, to));
  return aside !== null && near(s, place.end + aside[0].length, to, reach);
}
/**
 * Close to the framing word, in the same clause: no punctuation and no word opening a clause
 * ("said that") between; a comma before an elaboration ("бої тривають на напрямку, зокрема біля
 * Родинського", "46 assaults on the front, most of them near Rodynske") and a dash for a verb
 * left out keep the clause going, and an aside in parentheses is read past, its words not counted
 * ("Над Варашем (до 2016 року — Кузнецовськ) тієї ж ночі збили два дрони").
 */
export function near(s: Sentence, from: number, to: number, reach: number): boolean {
  const [first, end] = wordRange(s, from, to);
  const gap = s.text.slice(from, to);
  // Near is asked often: asides are looked for only where a parenthesis opens, what keeps a clause going only where a break stands.
  const asides = gap.includes('(') ? asidesIn(gap, from) : [];
  const inAside = (i: number) => asides.some(([start, stop]) => s.ws[i]!.start >= start && s.ws[i]!.end <= stop);
  const aside = asides.length === 0 ? 0 : asides.reduce((n, [start, stop]) => n + wordsBetween(s, start, stop), 0);
  if (end - first - aside > reach) return false;
  if (CLAUSE_BREAK.test(gap) && CLAUSE_BREAK.test(continued(gap))) return false;
  for (let i = first; i < end; i++) if (CLAUSE_WORDS[s.language].has(s.ws[i]!.lower) && !inAside(i)) return false;
  return true;
}

/**
 * The framing's time: the first one after it within its reach ("visit … on the evening of
 * November 30th"), else the one ending the clause it is coordinated with ("visited Huliaipole
 * on Monday and met commanders": both), else the last one opening the sentence before any
 * framing ("On Monday, Russian forces shelled Kharkiv and captured Kupiansk": both). A time after
 * another framing is that one's. A time a speech verb takes ("said on Wednesday") dates the
 * saying, so only a briefing's or a statement's, which are sayings.
 */
export function reachTime(s: Sentence, r: Reach): FoundTime | null {
  const saying = r.match.type === 'BRIEFING' || r.match.type === 'STATEMENT';
  const times = saying ? s.times : s.times.filter((t) => !spokenAt(s, t));
  // A time cut off from the framing and right before the next one is that one's: "атакував Павлоград, а вранці під обстрілом".
  const next = r.to < s.span.end ? r.to : null;
  const theNext = (t: FoundTime) => next !== null && rightBefore(s, t, next) && !joinedTo(s, r.end, t.start);
  const time =
    times.find((t) => t.start >= r.end && t.end <= r.to && !theNext(t)) ??
    times.findLast(
      (t) =>
        t.start >= r.from && t.end <= r.start && rightBefore(s, t, r.start) && (r.from === s.span.start || !joinedTo(s, r.from, t.start)),
    ) ??
    times.findLast((t) => t.start >= r.from && t.end <= r.start && COORDINATED.test(s.text.slice(t.end, r.start))) ??
    times.findLast((t) => t.end <= r.opening) ??
    null;
  return withOwnPart(s, r, time);
}

/**
 * A part of the day the framing itself states ("evening address", "у вечірньому зверненні 8
 * грудня", "в вечернем обращении"): the word in it, or a part-of-day adjective right before it,
 * adds to the time found, or is the time when there is none.
 */
function withOwnPart(s: Sentence, r: Reach, time: FoundTime | null): FoundTime | null {
  if (time?.stated.partOfDay !== undefined) return time;
  const own = s.ws[r.match.first]!;
  const inFraming = r.match.last > r.match.first ? timeWords(s.language).parts[own.lower] : undefined;
  const adjective = s.times.find(
    (t) => t.stated.partOfDay && t.stated.month === undefined && t.stated.day === undefined && near(s, t.end, r.start, 0),
  );
  const partOfDay = inFraming ?? adjective?.stated.partOfDay;
  if (partOfDay === undefined) return time;
  if (time !== null) return { ...time, stated: { ...time.stated, partOfDay } };
  const word = adjective ?? { start: own.start, end: own.end, text: own.text };
  return { start: word.start, end: word.end, text: word.text, stated: { text: word.text, partOfDay } };
}

/** Whether a speech verb takes the time: "said on Wednesday", "заявил в понедельник", "said Wednesday". */
function spokenAt(s: Sentence, t: FoundTime): boolean {
  const i = firstWordFrom(s.ws, t.start);
  const verb = (j: number) => s.ws[j] !== undefined && speechRules(s.language).verb(s.ws[j]!.lower) !== null;
  return verb(i - 1) || (verb(i - 2) && TIME_PREPOSITIONS_BEFORE.has(s.ws[i - 1]!.lower));
}

/** Words a time may stand before its framing with only the subject between: "утром беспилотник атаковал". */
const RIGHT_BEFORE = 2;

/** A time just before a framing in its clause, no conjunction between ("on Monday and met" is COORDINATED's). */
function rightBefore(s: Sentence, t: FoundTime, start: number): boolean {
  if (!near(s, t.end, start, RIGHT_BEFORE)) return false;
  return !s.ws.slice(firstWordFrom(s.ws, t.end), firstWordFrom(s.ws, start)).some((w) => CONJUNCTIONS.has(w.lower));
}

/** No clause break and no conjunction between two offsets: "liberation of Krasnoarmysk on November 28 was announced". */
function joinedTo(s: Sentence, from: number, to: number): boolean {
  if (CLAUSE_BREAK.test(s.text.slice(from, to))) return false;
  return !s.ws.slice(firstWordFrom(s.ws, from), firstWordFrom(s.ws, to)).some((w) => CONJUNCTIONS.has(w.lower));
}

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'и', 'і', 'й', 'та', 'а']);

/** "on Monday and met": a verb coordinated with the clause the time ended. */
const COORDINATED = /^[\s,]*(and|и|і|й|та)\s+\S*\s*$/u;

/** The words between a speech verb and its time: "said on Monday", "заявил во вторник". */
const TIME_PREPOSITIONS_BEFORE: ReadonlySet<string> = new Set(['on', 'в', 'во', 'у']);
