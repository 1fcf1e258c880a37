import type { z } from 'zod';

/** The parts of an article document that link its claims and events to its events. */
interface EventLinks {
  claims: readonly { at?: string | undefined }[];
  events: readonly { id: string; during?: string | undefined }[];
}

/**
 * A claim is made at, and an event takes place during, an event the same article reports: the
 * article states both ends, so re-ingesting it retracts the link with them. An event is never
 * during itself, nor during an event that is (through others) during it.
 */
export function eventLinksWithin(doc: EventLinks, ctx: z.RefinementCtx): void {
  const during = new Map(doc.events.map((e) => [e.id, e.during]));
  const notOurs = (key: string, path: (string | number)[]): void =>
    ctx.addIssue({ code: 'custom', path, message: `"${key}" is not the id of one of this article's events` });
  doc.claims.forEach((claim, i) => {
    if (claim.at !== undefined && !during.has(claim.at)) notOurs(claim.at, ['claims', i, 'at']);
  });
  doc.events.forEach((event, i) => {
    if (event.during === undefined) return;
    const path = ['events', i, 'during'];
    if (!during.has(event.during)) return notOurs(event.during, path);
    const cycle = cycleFrom(event.id, during);
    if (cycle) ctx.addIssue({ code: 'custom', path, message: `makes a cycle: ${cycle.join(' → ')}` });
  });
}

/** The ids from `start` along `during` back to `start`, or null when the chain ends. */
function cycleFrom(start: string, during: ReadonlyMap<string, string | undefined>): string[] | null {
  const chain = [start];
  for (let next = during.get(start); next !== undefined; next = during.get(next)) {
    chain.push(next);
    if (next === start) return chain;
    if (chain.length > during.size) return null; // a cycle elsewhere: reported at its own events
  }
  return null;
}
