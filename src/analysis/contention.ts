import type { ResolvedTime } from '../graph/event-time.js';
import type { ReportRow } from '../graph/rows.js';
import { PARTS_OF_DAY } from '../graph/vocabulary.js';

/**
 * Contested facts about one event, decided from what its articles state (pure: the repository
 * reads the statements, this weighs them). Conflict is defined narrowly, so that repetition and
 * mere vagueness never count: the meanings below are the definition, and the API's docs.
 */
export const CONTENTION_KINDS = ['OCCURRENCE', 'TIME', 'PLACE'] as const;
export type ContentionKind = (typeof CONTENTION_KINDS)[number];

export const CONTENTION_KIND_MEANINGS: Record<ContentionKind, string> = {
  OCCURRENCE:
    'Whether it happened: at least one article reports it in its own voice, and at least one claim about it is flagged DENIAL ("Ukraine denies that Russian forces captured …"). Other claims about it count on neither side.',
  TIME: 'When: two reports give times that cannot both hold. Month, day and part of the day are compared in that order while both give them (March and March 3 agree; March 3 and March 4, or the morning and the evening of March 3, do not); years only when both articles state them.',
  PLACE:
    'Where: two reports name different places, neither lying within the other (Pokrovsk and Donetsk Oblast agree; two villages do not).',
};

/** A report as contention reads it: with its article's outlet, and its place with the places that lies in. */
export interface StatedReport {
  report: ReportRow;
  outlet: string | null;
  /** The entity the report's place key means now (a merged key means the kept one); null when it names none. */
  placeKey: string | null;
  /** Keys of the places that place lies within (LOCATED_IN, PART_OF), transitively. */
  placeWithin: string[];
}

/** A claim flagged DENIAL about the event, with its article's outlet and its speaker's side. */
export interface DenialRow {
  claimId: string;
  outlet: string | null;
  /** The country the speaker stands for; null when the graph does not tell. */
  side: string | null;
}

export interface EventStatements {
  eventKey: string;
  reports: StatedReport[];
  denials: DenialRow[];
}

/** One position in a contention: what it holds, and the reports and claims that hold it. */
export interface PositionRow {
  denies: boolean;
  side: string | null;
  time: ResolvedTime | null;
  placeKey: string | null;
  outlets: string[];
  reports: ReportRow[];
  claimIds: string[];
}

export interface ContentionRow {
  kind: ContentionKind;
  eventKey: string;
  positions: PositionRow[];
}

const distinct = (values: (string | null)[]): string[] => [...new Set(values.filter((v): v is string => v !== null))].sort();

const position = (held: Partial<PositionRow>, reports: StatedReport[], denials: DenialRow[] = []): PositionRow => ({
  denies: false,
  side: null,
  time: null,
  placeKey: null,
  ...held,
  outlets: distinct([...reports.map((r) => r.outlet), ...denials.map((d) => d.outlet)]),
  reports: reports.map((r) => r.report),
  claimIds: denials.map((d) => d.claimId),
});

/** Groups items by a key, in first-seen order. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** True when some two of the values cannot both hold. */
const anyConflict = <T>(values: T[], conflict: (a: T, b: T) => boolean): boolean =>
  values.some((a, i) => values.slice(i + 1).some((b) => conflict(a, b)));

function occurrence(statements: EventStatements): PositionRow[] | null {
  if (statements.reports.length === 0 || statements.denials.length === 0) return null;
  const bySide = groupBy(statements.denials, (d) => d.side ?? '');
  bySide.sort((a, b) => (a[0]!.side ?? '\uffff').localeCompare(b[0]!.side ?? '\uffff'));
  return [position({}, statements.reports), ...bySide.map((denials) => position({ denies: true, side: denials[0]!.side }, [], denials))];
}

/** A year counts only when the article states it; one taken from its date is a guess. */
const statedYear = (t: ResolvedTime): number | null => (t.yearInferred ? null : t.year);
const partIndex = (t: ResolvedTime): number | null => (t.partOfDay === null ? null : PARTS_OF_DAY.indexOf(t.partOfDay));

export function timesConflict(a: ResolvedTime, b: ResolvedTime): boolean {
  const [ya, yb] = [statedYear(a), statedYear(b)];
  if (ya !== null && yb !== null && ya !== yb) return true;
  for (const part of [(t: ResolvedTime) => t.month, (t: ResolvedTime) => t.day, partIndex]) {
    const [pa, pb] = [part(a), part(b)];
    if (pa === null || pb === null) return false;
    if (pa !== pb) return true;
  }
  return false;
}

const timeKey = (t: ResolvedTime): string => JSON.stringify([statedYear(t), t.month, t.day, t.partOfDay]);
/** Earlier first; a time without a year, month or day before one with, at each step. */
const timeOrder = (t: ResolvedTime): string =>
  [statedYear(t) ?? 0, t.month ?? 0, t.day ?? 0, (partIndex(t) ?? -1) + 1].map((n) => String(n).padStart(4, '0')).join('-');

function time(statements: EventStatements): PositionRow[] | null {
  const timed = statements.reports.filter((r) => r.report.time !== null);
  const groups = groupBy(timed, (r) => timeKey(r.report.time!));
  if (!anyConflict(groups, (a, b) => timesConflict(a[0]!.report.time!, b[0]!.report.time!))) return null;
  groups.sort((a, b) => timeOrder(a[0]!.report.time!).localeCompare(timeOrder(b[0]!.report.time!)));
  return groups.map((reports) => position({ time: reports[0]!.report.time }, reports));
}

const placesConflict = (a: StatedReport, b: StatedReport): boolean =>
  a.placeKey !== b.placeKey && !a.placeWithin.includes(b.placeKey!) && !b.placeWithin.includes(a.placeKey!);

function place(statements: EventStatements): PositionRow[] | null {
  const placed = statements.reports.filter((r) => r.placeKey !== null);
  const groups = groupBy(placed, (r) => r.placeKey!);
  if (!anyConflict(groups, (a, b) => placesConflict(a[0]!, b[0]!))) return null;
  groups.sort((a, b) => b.length - a.length || a[0]!.placeKey!.localeCompare(b[0]!.placeKey!));
  return groups.map((reports) => position({ placeKey: reports[0]!.placeKey }, reports));
}

const RULES: Record<ContentionKind, (statements: EventStatements) => PositionRow[] | null> = {
  OCCURRENCE: occurrence,
  TIME: time,
  PLACE: place,
};

/** The event's contentions, in the order of CONTENTION_KINDS; none when its statements agree. */
export function contentionsOf(statements: EventStatements): ContentionRow[] {
  return CONTENTION_KINDS.flatMap((kind) => {
    const positions = RULES[kind](statements);
    return positions ? [{ kind, eventKey: statements.eventKey, positions }] : [];
  });
}
