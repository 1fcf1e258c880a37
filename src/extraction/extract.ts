import { extractClaims } from './claims.js';
import { eventLinks } from './events/event-links.js';
import { extractEvents } from './events/events.js';
import type { ArticleExtraction, ExtractedEvent, ExtractionInput, TextSpan } from './types.js';

/**
 * Claims and events of one article. Claims come first: what a speaker denies tells the event
 * rules which framing words the article does not assert (a denied capture is claimed about, not
 * reported; the event rules themselves set aside hedged and negated ones). An event the article
 * reports, in its own voice or a speaker's, is reported. A claim is about the events whose
 * framing words it quotes.
 */
export function extractArticle(input: ExtractionInput): ArticleExtraction {
  const claims = extractClaims(input);
  const denied = claims.filter((c) => c.flags.includes('DENIAL')).flatMap((c) => c.segments);
  const events = extractEvents(input, denied);
  const links = eventLinks(input, claims, events);
  return {
    claims: claims.map((claim, i) => ({ ...claim, events: eventsWithin(claim.segments, events), at: links.claimsAt[i]! })),
    events: events.map((event, i) => ({ ...event, during: links.eventsDuring[i]! })),
  };
}

const inside = (span: TextSpan, segments: readonly TextSpan[]): boolean => segments.some((s) => s.start <= span.start && span.end <= s.end);

function eventsWithin(segments: readonly TextSpan[], events: readonly ExtractedEvent[]): number[] {
  return events.flatMap((event, i) => (event.framings.some((f) => inside(f, segments)) ? [i] : []));
}
