import type { ArticleExtraction } from '../src/extraction/types.js';
import type { ExtractionMiss, Matches } from './claims-score.js';
import type { GoldClaim, GoldEvent } from './gold.js';

/**
 * Scores the links between claims and events: the event a claim was said at (`at`) and the event
 * an event took place within (`during`), both judged through the claim and event matches, so a
 * link is right only when it joins the found items matched to the gold ones it joins.
 */
export interface LinkTally {
  /** Matched claims that the gold or the extractor places at an event. */
  placed: number;
  /** Those placed at the found event matched to the gold one. */
  rightAt: number;
  goldDuring: number;
  foundDuring: number;
  /** Gold pairs (event within event) whose matched found events make the same pair. */
  rightDuring: number;
}

export const emptyLinkTally = (): LinkTally => ({ placed: 0, rightAt: 0, goldDuring: 0, foundDuring: 0, rightDuring: 0 });

/**
 * Only an article that annotates some `at` or `during` is scored for them: the sets written before
 * the gold format carried them say nothing either way, and would count every found link wrong.
 */
export const annotatesLinks = (claims: readonly GoldClaim[], events: readonly GoldEvent[]): boolean =>
  claims.some((c) => c.at !== null) || events.some((e) => e.during !== null);

const eventName = (events: readonly { type: string; place: string | null }[], i: number | null): string =>
  i === null ? '—' : `${events[i]!.type} at ${events[i]!.place ?? '—'}`;

export function scoreLinks(
  found: ArticleExtraction,
  gold: { claims: readonly GoldClaim[]; events: readonly GoldEvent[] },
  claimMatches: Matches,
  eventMatches: Matches,
): { tally: LinkTally; misses: ExtractionMiss[] } {
  const tally: LinkTally = { ...emptyLinkTally(), foundDuring: found.events.filter((e) => e.during !== null).length };
  const misses: ExtractionMiss[] = [];
  gold.claims.forEach((g, i) => {
    const j = claimMatches[i];
    if (j === null || j === undefined) return;
    const foundAt = found.claims[j]!.at;
    if (g.at === null && foundAt === null) return;
    tally.placed++;
    if (g.at !== null && foundAt !== null && eventMatches[g.at] === foundAt) tally.rightAt++;
    else
      misses.push({
        kind: 'at',
        detail: `"${g.segments[0]!.text.slice(0, 60)}": expected ${eventName(gold.events, g.at)}, found ${eventName(found.events, foundAt)}`,
      });
  });
  gold.events.forEach((g, i) => {
    if (g.during === null) return;
    tally.goldDuring++;
    const [a, b] = [eventMatches[i], eventMatches[g.during]];
    if (a !== null && a !== undefined && b !== null && found.events[a]!.during === b) tally.rightDuring++;
    else misses.push({ kind: 'during', detail: `${eventName(gold.events, i)} during ${eventName(gold.events, g.during)} not found` });
  });
  return { tally, misses };
}
