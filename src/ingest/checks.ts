import { InputError } from '../errors.js';
import type { ArticleDoc, Span } from './seed.schema.js';

/** Every span in an article document with its path, for checking against the text. */
function* spansOf(doc: ArticleDoc): Generator<[string, Span]> {
  for (const [i, mention] of doc.mentions.entries()) yield [`mentions[${i}]`, mention];
  for (const [i, claim] of doc.claims.entries()) {
    for (const [j, segment] of claim.segments.entries()) yield [`claims[${i}].segments[${j}]`, segment];
  }
  for (const [i, event] of doc.events.entries()) if (event.framing) yield [`events[${i}].framing`, event.framing];
}

/**
 * What the schema cannot see: spans must cover exactly the text they claim to (an annotation off
 * by one is refused, not stored) and claim keys must be unique within the article.
 */
export function checkArticle(doc: ArticleDoc, text: string, source: string): void {
  const keys = new Set<string>();
  for (const [i, claim] of doc.claims.entries()) {
    if (keys.has(claim.key)) throw new InputError(`${source}: claims[${i}].key`, `"${claim.key}" is used twice`);
    keys.add(claim.key);
  }
  for (const [path, span] of spansOf(doc)) {
    if (span.end > text.length) {
      throw new InputError(`${source}: ${path}.end`, `${span.end} is past the end of the text (${text.length} characters)`);
    }
    const actual = text.slice(span.start, span.end);
    if (actual !== span.text) {
      throw new InputError(`${source}: ${path}.text`, `"${span.text}" does not match the text at ${span.start}–${span.end}, which reads "${actual}"`);
    }
  }
}
