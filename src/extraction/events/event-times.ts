import { CLAUSE_BREAK, firstWordFrom, near, type Reach, type Sentence } from './event-sentence.js';
import type { FoundTime } from '../time/time.js';
import { speechRules } from '../speech/speech-verbs.js';
import { timeWords } from '../time/time-words.js';

/**
 * The framing's time: the first one after it within its reach ("visit … on the evening of
 * November 30th"), else the one ending the clause it is coordinated with ("visited Huliaipole
 * on Monday and met commanders": both), else the last one opening the sentence before any
 * framing ("On Monday, Russian forces shelled Kharkiv and captured Kupiansk": both) or set off
 * by commas after the noun that opens it ("Ahead of the talks, on Monday, …"). A time after
 * another framing is that one's. A time a speech verb takes ("said on Wednesday") dates the
 * saying, so only a briefing's or a statement's, which are sayings.
 */
export function reachTime(s: Sentence, r: Reach): FoundTime | null {
  const saying = r.match.type === 'BRIEFING' || r.match.type === 'STATEMENT';
  const times = saying ? s.times : s.times.filter((t) => !spokenAt(s, t));
  // A time cut off from the framing and right before the next one is that one's: "атакував Павлоград, а вранці під обстрілом".
  const next = r.to < s.span.end ? r.to : null;
  const theNext = (t: FoundTime) => next !== null && rightBefore(s, t, next) && !joinedTo(s, r.end, t.start);
  // The sentence's opening phrase, then a time in commas: "Напередодні візиту, у середу, міністр заявив" dates what follows.
  const opensAt = (t: FoundTime) => setOff(s, r.end, t) && r.start === r.opening && r.match.group.noun;
  const time =
    times.find((t) => t.start >= r.end && t.end <= r.to && !theNext(t) && !opensAt(t)) ??
    times.find((t) => t.start >= r.from && t.end <= r.start && r.from > r.opening && setOff(s, r.from, t)) ??
    times.findLast(
      (t) =>
        t.start >= r.from && t.end <= r.start && rightBefore(s, t, r.start) && (r.from === s.span.start || !joinedTo(s, r.from, t.start)),
    ) ??
    times.findLast((t) => t.start >= r.from && t.end <= r.start && COORDINATED.test(s.text.slice(t.end, r.start))) ??
    times.findLast((t) => t.end <= r.opening) ??
    null;
  return withOwnPart(s, r, time);
}

/** A time right after an offset, between commas: ", у середу,". */
const setOff = (s: Sentence, from: number, t: FoundTime): boolean =>
  /^\s*,\s*$/u.test(s.text.slice(from, t.start)) && /^\s*,/u.test(s.text.slice(t.end));

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
