import type { GraphNode } from './graph.js';
import type { ArticleCard, ClaimCard, EntityCard, EventCard } from './results.js';

/** How the API's cards become nodes: one function per kind, each the only place its label is made. */

/** A quote is cut to about this many characters on the drawing, at a word; the side panel shows it whole. */
const QUOTE_LABEL_LENGTH = 40;

function shortQuote(quote: string): string {
  if (quote.length <= QUOTE_LABEL_LENGTH) return `“${quote}”`;
  const cut = quote.slice(0, QUOTE_LABEL_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `“${(lastSpace > QUOTE_LABEL_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…”`;
}

/** `2025-12-01T18:00:00.000Z` → `2025-12-01`; the filters compare days. */
const day = (dateTime: string | null): string | null => dateTime?.slice(0, 10) ?? null;

export function entityNode(entity: EntityCard): GraphNode {
  const where = [entity.adminArea, entity.country].filter(Boolean).join(', ');
  return { id: entity.id, kind: entity.__typename, label: entity.name, date: null, detail: entity.description ?? (where || null) };
}

export function articleNode(article: ArticleCard): GraphNode {
  return { id: article.id, kind: 'Article', label: article.title, date: day(article.publishedAt), detail: null };
}

export function eventNode(event: EventCard): GraphNode {
  return { id: event.id, kind: 'Event', label: event.label, date: event.time.startsAt, detail: event.time.text };
}

export function claimNode(claim: ClaimCard): GraphNode {
  const speaker = claim.speaker.entity?.name ?? claim.speaker.description ?? 'unknown speaker';
  return { id: claim.id, kind: 'Claim', label: shortQuote(claim.quote), date: day(claim.article.publishedAt), detail: speaker };
}
