import { InputError } from '../errors.js';
import { LIMITS, tooLong } from './seed.rules.js';
import type { ArticleDoc, Span } from './seed.schema.js';

/** Every span in an article document with its path, for checking against the text. */
function* spansOf(doc: ArticleDoc): Generator<[string, Span]> {
  for (const [i, mention] of doc.mentions.entries()) yield [`mentions[${i}]`, mention];
  for (const [i, claim] of doc.claims.entries()) {
    for (const [j, segment] of claim.segments.entries()) yield [`claims[${i}].segments[${j}]`, segment];
  }
  for (const [i, event] of doc.events.entries()) if (event.framing) yield [`events[${i}].framing`, event.framing];
}

/** True when `offset` falls between the two halves of a surrogate pair (an emoji, a rare CJK character). */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * What the schema cannot see, since it needs the text: a text file is bounded like an inline
 * text; spans must cover exactly the text they claim to (an annotation off by one is refused,
 * not stored) and may not cut a character in two (half a surrogate pair is no text at all, and
 * would not survive a round trip through UTF-8).
 */
export function checkArticle(doc: ArticleDoc, text: string, source: string): void {
  // An inline text is bounded by the schema; a seed file's textFile is read after it.
  if (text.length > LIMITS.text) throw new InputError(`${source}: textFile`, tooLong(LIMITS.text, text.length));
  for (const [path, span] of spansOf(doc)) {
    if (span.end > text.length) {
      throw new InputError(`${source}: ${path}.end`, `${span.end} is past the end of the text (${text.length} characters)`);
    }
    for (const end of ['start', 'end'] as const) {
      if (splitsPair(text, span[end])) {
        throw new InputError(`${source}: ${path}.${end}`, `${span[end]} falls inside a surrogate pair (one character in UTF-16)`);
      }
    }
    const actual = text.slice(span.start, span.end);
    if (actual !== span.text) {
      throw new InputError(
        `${source}: ${path}.text`,
        `"${span.text}" does not match the text at ${span.start}–${span.end}, which reads "${actual}"`,
      );
    }
  }
}
