import { CLAUSE_WORDS } from './event-cues.js';
import { asidesIn, continued } from './event-clauses.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import type { FramingMatch } from '../framings/framings.js';
import type { FoundTime } from '../time/time.js';
import type { KnownMention, TextSpan } from '../types.js';
import { partitionPoint } from '../text/partition-point.js';
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

export const CLAUSE_BREAK = /[,;:—–()]/;

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
  return partitionPoint(ws, (w) => w.start < offset);
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

/** The words between two offsets, lowercased and single-spaced, when there is nothing else between them. */
export function gapWords(s: Sentence, from: number, to: number): string {
  const gap = s.text.slice(from, to);
  return /^[\s\p{L}]*$/u.test(gap) ? gap.trim().toLowerCase().split(/\s+/u).join(' ') : '';
}
