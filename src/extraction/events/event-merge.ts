import { resolveEventTime, timeDetail } from '../../graph/event-time.js';
import type { EventType } from '../../graph/vocabulary.js';
import type { Linked } from './event-sentence.js';
import type { FoundTime } from '../time/time.js';
import type { ExtractedEvent, TextSpan } from '../types.js';

/**
 * One framing word's report of a happening, before the article's reports of the same happening
 * are merged: same type and place, or, with no place, same type and main party. A report with
 * neither is too vague to tell which happening it is, and is dropped.
 */
export interface Report {
  type: EventType;
  framing: TextSpan;
  place: string | null;
  link: Linked | null;
  participants: { entityKey: string; role: string }[];
  time: FoundTime | null;
  asserted: boolean;
  /** Why it is not asserted, for the evidence. */
  notes: string[];
}

/** How far a report linked to no place is trusted: only its party tells which happening it is. */
const UNPLACED_WEIGHT = 0.4;

export function mergeReports(reports: readonly Report[], publishedAt: string | null): ExtractedEvent[] {
  const groups = new Map<string, Report[]>();
  for (const report of reports) {
    const key = identity(report);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  joinPlaced(groups);
  return [...groups.values()].map((group) => toEvent(group, publishedAt));
}

/**
 * A happening reported with no place, by a party that the article's one placed report of its type
 * also names, is that happening: "Rutte arrived in Kyiv … Rutte's visit was not announced", "провел
 * переговоры с Лихачевым в Калининграде. Как заявил на переговорах Лихачев". With two placed ones
 * naming the party it could be either, and stays apart.
 */
function joinPlaced(groups: Map<string, Report[]>): void {
  for (const [key, group] of groups) {
    const first = group[0]!;
    if (first.place !== null) continue;
    const parties = new Set(group.flatMap((r) => r.participants.map((p) => p.entityKey)));
    const placed = [...groups.values()].filter(
      (other) =>
        other[0]!.type === first.type &&
        other[0]!.place !== null &&
        other.some((r) => r.participants.some((p) => parties.has(p.entityKey))),
    );
    if (placed.length !== 1) continue;
    placed[0]!.push(...group.map((r) => ({ ...r, place: placed[0]![0]!.place, link: placed[0]![0]!.link })));
    groups.delete(key);
  }
}

function identity(report: Report): string | null {
  if (report.place !== null) return `${report.type}|place|${report.place}`;
  const main = report.participants[0]?.entityKey;
  return main === undefined ? null : `${report.type}|party|${main}`;
}

function toEvent(group: Report[], publishedAt: string | null): ExtractedEvent {
  const first = group[0]!;
  const framings = unique(
    group.map((r) => r.framing),
    (f) => `${f.start}`,
  ).sort((a, b) => a.start - b.start);
  const participants = unique(
    group.flatMap((r) => r.participants).filter((p) => p.entityKey !== first.place),
    (p) => `${p.entityKey}|${p.role}`,
  );
  const time = mostPrecise(group, publishedAt);
  const asserted = group.some((r) => r.asserted);
  // The score is the trust of the best place rule, raised a little by each further clue:
  // parties, a time, every other framing word of the same happening.
  const weight = Math.max(...group.map((r) => r.link?.weight ?? UNPLACED_WEIGHT));
  const score = Math.min(0.95, weight + (participants.length > 0 ? 0.1 : 0) + (time ? 0.05 : 0) + 0.05 * (framings.length - 1));
  const evidence = [
    `framing words: ${[...new Set(framings.map((f) => `"${f.text.toLowerCase()}"`))].join(', ')} (${first.type})`,
    ...new Set(group.flatMap((r) => (r.link ? [r.link.rule] : []))),
    ...(participants.length > 0 ? ['parties in subject or object position of the framing word'] : []),
    ...(time ? [`time "${time.text}" in the sentence of a framing word`] : []),
    ...(group.length > 1 ? [`${group.length} reports merged by type and ${first.place === null ? 'main party' : 'place'}`] : []),
    ...(asserted ? [] : [...new Set(group.flatMap((r) => r.notes))].map((note) => `not asserted: ${note}`)),
  ];
  return { type: first.type, framings, place: first.place, participants, time: time?.stated ?? null, asserted, score, evidence };
}

/** The time that says most: precision first, then a stated year, then a part of the day. */
function mostPrecise(group: readonly Report[], publishedAt: string | null): FoundTime | null {
  let best: FoundTime | null = null;
  let bestDetail = -1;
  for (const { time } of group) {
    const detail = time === null ? -1 : timeDetail(resolveEventTime(time.stated, publishedAt));
    if (detail > bestDetail) [best, bestDetail] = [time, detail];
  }
  return best;
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
