import type { ExtractedClaim, ExtractedEvent, ExtractedSpeaker, TextSpan } from '../src/extraction/types.js';
import type { GoldClaim, GoldEvent, GoldMention } from './gold.js';

/**
 * Scores the extractor against gold claims and events. A found claim matches a gold one when
 * their segments overlap by at least half of each (boundaries may differ by a word or a mark);
 * speaker and channel are then judged on the matched pairs. A found event matches a gold one of
 * the same type at the same place (with no place: sharing a participant).
 */
export interface ClaimTally {
  gold: number;
  found: number;
  matched: number;
  rightSpeaker: number;
  rightVia: number;
  rightFlags: number;
}

export interface EventTally {
  gold: number;
  found: number;
  matched: number;
  framings: number;
  framingsFound: number;
  timed: number;
  rightTime: number;
}

/** For each gold item, the index of the found one it matched, or null. */
export type Matches = (number | null)[];

export interface ExtractionMiss {
  kind: 'missed claim' | 'spurious claim' | 'speaker' | 'via' | 'missed event' | 'spurious event' | 'framing' | 'time' | 'at' | 'during';
  detail: string;
}

export const emptyClaimTally = (): ClaimTally => ({ gold: 0, found: 0, matched: 0, rightSpeaker: 0, rightVia: 0, rightFlags: 0 });
export const emptyEventTally = (): EventTally => ({ gold: 0, found: 0, matched: 0, framings: 0, framingsFound: 0, timed: 0, rightTime: 0 });

export function addTallies<T extends object>(a: T, b: T): T {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, (v as number) + (b[k as keyof T] as number)])) as T;
}

const length = (spans: readonly TextSpan[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);

function overlap(a: readonly TextSpan[], b: readonly TextSpan[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const sameQuote = (found: readonly TextSpan[], gold: readonly TextSpan[]): boolean => {
  const shared = overlap(found, gold);
  return shared * 2 >= length(found) && shared * 2 >= length(gold);
};

/**
 * Lowercased words of four letters or more, cut to five letters: "diplomat" meets "diplomats",
 * "дипломат" "дипломата". A text of short words only ("on X") keeps them all, so it meets itself.
 */
function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return new Set((long.length > 0 ? long : words).map((w) => w.slice(0, 5)));
}
const shareWord = (a: string, b: string): boolean => {
  const mine = stems(a);
  return [...stems(b)].some((w) => mine.has(w));
};

function rightSpeaker(found: ExtractedSpeaker | null, gold: GoldClaim['speaker'], mentions: readonly GoldMention[]): boolean {
  if (gold === null) return found === null;
  if (typeof gold === 'string') {
    if (found?.kind === 'entity') return found.entityKey === gold;
    // A speaker the gazetteer lacks is right when the new entity bears a name the gold marks with that key.
    return found?.kind === 'new' && mentions.some((m) => m.entity === gold && m.text.toLowerCase() === found.name.text.toLowerCase());
  }
  return (
    found?.kind === 'anonymous' &&
    shareWord(found.description, gold.description) &&
    (gold.country === null || found.country === gold.country)
  );
}

function rightVia(found: ExtractedClaim['via'], gold: GoldClaim['via']): boolean {
  if (gold === null) return found === null;
  if (!found) return false;
  if (gold.entity) return found.entityKey === gold.entity;
  return found.entityKey === null && shareWord(found.description, gold.description ?? '');
}

const quoteOf = (spans: readonly TextSpan[]): string =>
  spans
    .map((s) => s.text)
    .join(' … ')
    .slice(0, 80);

export function scoreClaims(
  found: readonly ExtractedClaim[],
  gold: readonly GoldClaim[],
  mentions: readonly GoldMention[],
): { tally: ClaimTally; misses: ExtractionMiss[]; matches: Matches } {
  const tally: ClaimTally = { ...emptyClaimTally(), gold: gold.length, found: found.length };
  const misses: ExtractionMiss[] = [];
  const used = new Set<number>();
  const matches: Matches = [];
  for (const g of gold) {
    const i = found.findIndex((f, j) => !used.has(j) && sameQuote(f.segments, g.segments));
    matches.push(i < 0 ? null : i);
    if (i < 0) {
      misses.push({ kind: 'missed claim', detail: `"${quoteOf(g.segments)}"` });
      continue;
    }
    used.add(i);
    const f = found[i]!;
    tally.matched++;
    if (rightSpeaker(f.speaker, g.speaker, mentions)) tally.rightSpeaker++;
    else
      misses.push({
        kind: 'speaker',
        detail: `"${quoteOf(g.segments)}": expected ${JSON.stringify(g.speaker)}, found ${JSON.stringify(f.speaker)}`,
      });
    if (rightVia(f.via, g.via)) tally.rightVia++;
    else
      misses.push({ kind: 'via', detail: `"${quoteOf(g.segments)}": expected ${JSON.stringify(g.via)}, found ${JSON.stringify(f.via)}` });
    if ([...f.flags].sort().join() === [...g.flags].sort().join()) tally.rightFlags++;
  }
  found.forEach((f, j) => used.has(j) || misses.push({ kind: 'spurious claim', detail: `"${quoteOf(f.segments)}"` }));
  return { tally, misses, matches };
}

const sameEvent = (f: ExtractedEvent, g: GoldEvent): boolean =>
  f.type === g.type &&
  (g.place !== null
    ? f.place === g.place
    : f.place === null && f.participants.some((p) => g.participants.some((q) => q.entity === p.entityKey)));

const describeEvent = (e: { type: string; place: string | null }): string => `${e.type} at ${e.place ?? '—'}`;

export function scoreEvents(
  found: readonly ExtractedEvent[],
  gold: readonly GoldEvent[],
): { tally: EventTally; misses: ExtractionMiss[]; matches: Matches } {
  const tally: EventTally = { ...emptyEventTally(), gold: gold.length, found: found.length };
  const misses: ExtractionMiss[] = [];
  const used = new Set<number>();
  const matches: Matches = [];
  for (const g of gold) {
    tally.framings += g.framings.length;
    const i = found.findIndex((f, j) => !used.has(j) && sameEvent(f, g));
    matches.push(i < 0 ? null : i);
    if (i < 0) {
      misses.push({ kind: 'missed event', detail: `${describeEvent(g)} (${g.framings.join(', ')})` });
      continue;
    }
    used.add(i);
    const f = found[i]!;
    tally.matched++;
    const words = new Set(f.framings.map((w) => w.text.toLowerCase()));
    for (const word of g.framings) {
      if (words.has(word.toLowerCase())) tally.framingsFound++;
      else misses.push({ kind: 'framing', detail: `${describeEvent(g)}: "${word}" not among ${JSON.stringify([...words])}` });
    }
    if (g.time) {
      tally.timed++;
      const t = f.time;
      const right = t !== null && t.month === g.time.month && t.day === g.time.day && (t.partOfDay ?? undefined) === g.time.partOfDay;
      if (right) tally.rightTime++;
      else misses.push({ kind: 'time', detail: `${describeEvent(g)}: expected ${JSON.stringify(g.time)}, found ${JSON.stringify(t)}` });
    }
  }
  found.forEach(
    (f, j) =>
      used.has(j) || misses.push({ kind: 'spurious event', detail: `${describeEvent(f)} (${f.framings.map((w) => w.text).join(', ')})` }),
  );
  return { tally, misses, matches };
}
