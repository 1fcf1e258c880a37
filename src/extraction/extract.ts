import { extractClaims } from './claims.js';
import { extractEvents } from './events.js';
import type { ArticleExtraction, ExtractedEvent, ExtractionInput, TextSpan } from './types.js';

/**
 * Claims and events of one article. Claims come first: the spans they quote tell the event
 * rules which framing words only a speaker uses (an event stated only inside quotes or a denial
 * is claimed about, not reported). A claim is about the events whose framing words it quotes.
 */
export function extractArticle(input: ExtractionInput): ArticleExtraction {
  const claims = extractClaims(input);
  const events = extractEvents(
    input,
    claims.flatMap((c) => c.segments),
  );
  return {
    claims: claims.map((claim) => ({ ...claim, events: eventsWithin(claim.segments, events) })),
    events,
  };
}

const inside = (span: TextSpan, segments: readonly TextSpan[]): boolean => segments.some((s) => s.start <= span.start && span.end <= s.end);

function eventsWithin(segments: readonly TextSpan[], events: readonly ExtractedEvent[]): number[] {
  return events.flatMap((event, i) => (event.framings.some((f) => inside(f, segments)) ? [i] : []));
}
