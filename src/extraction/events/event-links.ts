import type { EventType } from '../../graph/vocabulary.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import { framingAt, framingLanguage } from '../framings/framings.js';
import { sentences } from '../text/sentences.js';
import type { ExtractedClaim, ExtractedEvent, ExtractionInput, TextSpan } from '../types.js';
import { words, type Word } from '../text/words.js';

/**
 * Where a claim was made and what an event happened during, by the constructions news uses: a
 * setting event's framing word right after a locative or temporal word, in the sentence of the
 * attribution ("a senior Russian diplomat told a closed-door meeting", "заявил на брифинге",
 * "сказав під час візиту") or of the event ("was briefed during his visit", "в ходе визита").
 */

/** Events something can be said at, or happen during. */
const SETTINGS: ReadonlySet<EventType> = new Set<EventType>(['MEETING', 'BRIEFING', 'STATEMENT', 'VISIT']);

/** At most this many words (a determiner, a possessive, an adjective) between the cue and the framing. */
const REACH = 3;

/** Cues as word sequences, lowercased. */
type Cues = Record<FramingLanguage, readonly (readonly string[])[]>;

/** Said at a setting: "at the briefing", "told a meeting", "на встрече", "під час зустрічі". */
const SAID_AT: Cues = {
  en: [['at'], ['during'], ['told'], ['addressing'], ['in'], ['on', 'the', 'sidelines', 'of']],
  ru: [['на'], ['во', 'время'], ['в', 'ходе'], ['в', 'рамках']],
  uk: [['на'], ['під', 'час'], ['в', 'ході'], ['у', 'ході'], ['в', 'рамках'], ['у', 'рамках']],
};

/** Happened during a setting: only the temporal words, since "at" also places an attack at a site. */
const HAPPENED_DURING: Cues = {
  en: [['during'], ['while'], ['on', 'the', 'sidelines', 'of']],
  ru: [
    ['во', 'время'],
    ['в', 'ходе'],
    ['на', 'полях'],
  ],
  uk: [
    ['під', 'час'],
    ['в', 'ході'],
    ['у', 'ході'],
    ['на', 'полях'],
  ],
};

export interface EventLinks {
  /** Per claim, the index of the event it was made at, or null. */
  claimsAt: (number | null)[];
  /** Per event, the index of the event it took place during, or null. */
  eventsDuring: (number | null)[];
}

/** A setting's framing word right after a cue ("during his visit"), and the event it names. */
interface Setting {
  span: TextSpan;
  event: number;
  /** Which cues stand before it: what may be said at it, what may happen during it. */
  saidAt: boolean;
  during: boolean;
}

export function eventLinks(input: ExtractionInput, claims: readonly ExtractedClaim[], events: readonly ExtractedEvent[]): EventLinks {
  const spans = sentences(input.text);
  const settings = settingsOf(input, spans, events);
  const claimsAt = claims.map((claim) => {
    const first = claim.segments[0]!;
    const last = claim.segments[claim.segments.length - 1]!;
    const around = sentencesOver(spans, first.start, last.end);
    const outsideQuote = (f: Setting): boolean => !claim.segments.some((s) => s.start <= f.span.start && f.span.end <= s.end);
    const candidates = settings.filter((f) => f.saidAt && within(around, f.span) && outsideQuote(f));
    return nearest(candidates, last.end)?.event ?? null;
  });
  // Of one type, at one place or one of them placeless: one happening found twice, not one inside another.
  const distinct = (i: number, j: number): boolean => {
    const [a, b] = [events[i]!, events[j]!];
    return a.type !== b.type || (a.place !== null && b.place !== null && a.place !== b.place);
  };
  const eventsDuring = events.map((e, i) => {
    for (const own of e.framings) {
      const around = sentencesOver(spans, own.start, own.end);
      const setting = settings.find((f) => f.during && f.event !== i && distinct(i, f.event) && within(around, f.span));
      if (setting) return setting.event;
    }
    return null;
  });
  return { claimsAt, eventsDuring: withoutCycles(eventsDuring) };
}

/**
 * Every setting framing word after a cue, sentence by sentence, with the event it names: the
 * event that has it among its framings, else ("during his visit") the last event of its type
 * framed before it.
 */
function settingsOf(input: ExtractionInput, spans: readonly TextSpan[], events: readonly ExtractedEvent[]): Setting[] {
  const language = framingLanguage(input.language);
  const found: Setting[] = [];
  for (const sentence of spans) {
    const ws = words(input.text, sentence.start, sentence.end);
    ws.forEach((_, i) => {
      const match = framingAt(input.text, ws, i, language);
      if (!match || !SETTINGS.has(match.type)) return;
      const span = { start: ws[match.first]!.start, end: ws[match.last]!.end, text: '' };
      const saidAt = cueBefore(ws, i, SAID_AT[language]);
      const during = cueBefore(ws, i, HAPPENED_DURING[language]);
      const event = (saidAt || during) && eventNamed(events, match.type, span);
      if (event !== false && event !== null) found.push({ span, event, saidAt, during });
    });
  }
  return found;
}

function eventNamed(events: readonly ExtractedEvent[], type: EventType, span: TextSpan): number | null {
  const own = events.findIndex((e) => e.framings.some((f) => f.start < span.end && span.start < f.end));
  if (own >= 0) return events[own]!.type === type ? own : null;
  let last: number | null = null;
  let lastStart = -1;
  events.forEach((e, i) => {
    const before = e.framings.filter((f) => f.end <= span.start).map((f) => f.start);
    const latest = Math.max(-1, ...before);
    if (e.type === type && latest > lastStart) [last, lastStart] = [i, latest];
  });
  return last;
}

/** The stretch of the sentences that hold [from, to). */
function sentencesOver(spans: readonly TextSpan[], from: number, to: number): TextSpan {
  const held = spans.filter((s) => s.start < to && from < s.end);
  return { start: held[0]?.start ?? from, end: held[held.length - 1]?.end ?? to, text: '' };
}

const within = (outer: TextSpan, inner: TextSpan): boolean => outer.start <= inner.start && inner.end <= outer.end;

function nearest(settings: readonly Setting[], offset: number): Setting | undefined {
  return [...settings].sort((a, b) => Math.abs(a.span.start - offset) - Math.abs(b.span.start - offset))[0];
}

/** Whether one of `cues` ends at most REACH words before word `i` of its sentence. */
function cueBefore(ws: readonly Word[], i: number, cues: readonly (readonly string[])[]): boolean {
  for (let gap = 0; gap <= REACH && gap < i; gap++) {
    const end = i - gap;
    if (cues.some((cue) => cue.length <= end && cue.every((word, k) => ws[end - cue.length + k]!.lower === word))) return true;
  }
  return false;
}

/** A briefing during a visit during the briefing says nothing: such a loop is cut where it closes. */
function withoutCycles(during: (number | null)[]): (number | null)[] {
  const kept = [...during];
  kept.forEach((_, start) => {
    const seen = new Set([start]);
    for (let at = kept[start]; at !== null && at !== undefined; at = kept[at]) {
      if (seen.has(at)) {
        kept[start] = null;
        break;
      }
      seen.add(at);
    }
  });
  return kept;
}
