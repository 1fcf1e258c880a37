import type { LinkedMention } from '../src/linking/linker.js';
import type { GoldMention } from './gold.js';

/**
 * How linked mentions compare with the gold, span by span (exact spans: a boundary off by one is
 * a miss and a spurious link). A resolved mention on a gold span is right or a wrong link; a
 * resolved mention on no gold span is spurious; an unresolved one is no prediction at all.
 */
export interface Tally {
  gold: number;
  /** Gold mentions whose entity the gazetteer knows: the most a linker could find. */
  known: number;
  resolved: number;
  right: number;
  wrong: number;
  spurious: number;
}

export interface Miss {
  kind: 'wrong' | 'spurious' | 'missed';
  text: string;
  start: number;
  expected: string | null;
  found: string | null;
}

const spanOf = (m: { start: number; end: number }): string => `${m.start}-${m.end}`;

export const emptyTally = (): Tally => ({ gold: 0, known: 0, resolved: 0, right: 0, wrong: 0, spurious: 0 });

export function score(
  found: readonly LinkedMention[],
  gold: readonly GoldMention[],
  known: (entity: string) => boolean,
): { tally: Tally; misses: Miss[] } {
  const goldBySpan = new Map(gold.map((m) => [spanOf(m), m]));
  const resolved = found.filter((m) => m.entityKey !== null);
  const rightSpans = new Set<string>();
  const misses: Miss[] = [];
  const tally = { ...emptyTally(), gold: gold.length, known: gold.filter((m) => known(m.entity)).length, resolved: resolved.length };
  for (const m of resolved) {
    const expected = goldBySpan.get(spanOf(m));
    if (expected?.entity === m.entityKey) {
      tally.right++;
      rightSpans.add(spanOf(m));
    } else {
      tally[expected ? 'wrong' : 'spurious']++;
      misses.push({
        kind: expected ? 'wrong' : 'spurious',
        text: m.text,
        start: m.start,
        expected: expected?.entity ?? null,
        found: m.entityKey,
      });
    }
  }
  for (const g of gold)
    if (!rightSpans.has(spanOf(g))) misses.push({ kind: 'missed', text: g.text, start: g.start, expected: g.entity, found: null });
  return { tally, misses: misses.filter((m) => m.kind !== 'missed' || !misses.some((w) => w.kind === 'wrong' && w.start === m.start)) };
}

export function add(a: Tally, b: Tally): Tally {
  return {
    gold: a.gold + b.gold,
    known: a.known + b.known,
    resolved: a.resolved + b.resolved,
    right: a.right + b.right,
    wrong: a.wrong + b.wrong,
    spurious: a.spurious + b.spurious,
  };
}

/** The figures: precision and wrong-link rate over resolved mentions, recall over all gold ones. */
export function rates(t: Tally) {
  const of = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
  return {
    precision: of(t.right, t.resolved),
    recall: of(t.right, t.gold),
    recallOfKnown: of(t.right, t.known),
    wrongLinks: of(t.wrong, t.resolved),
  };
}
