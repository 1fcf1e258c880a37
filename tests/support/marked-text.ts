import type { EntityKind } from '../../src/graph/vocabulary.js';
import type { ExtractionInput, KnownMention, TextSpan } from '../../src/extraction/types.js';

const KINDS: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };

/**
 * Text with its mentions marked as the gold set marks them, `[[Pokrovsk|place:pokrovsk-donetsk-ua]]`,
 * turned into the plain text and the linker's mentions with their offsets; the kind comes from
 * the key's prefix (person:, place:, org:).
 */
export function marked(source: string): { text: string; mentions: KnownMention[] } {
  const mentions: KnownMention[] = [];
  let text = '';
  let last = 0;
  for (const match of source.matchAll(/\[\[([^|\]]+)\|([^\]]+)\]\]/g)) {
    text += source.slice(last, match.index);
    const [, surface, entityKey] = match as unknown as [string, string, string];
    const kind = KINDS[entityKey.split(':')[0]!];
    if (kind === undefined) throw new Error(`mark ${match[0]}: the key needs a person:, place: or org: prefix`);
    mentions.push({ start: text.length, end: text.length + surface.length, text: surface, entityKey, kind });
    text += surface;
    last = match.index + match[0].length;
  }
  return { text: text + source.slice(last), mentions };
}

/** An extraction input from marked text. */
export function markedInput(source: string, language = 'en', publishedAt: string | null = '2025-12-01'): ExtractionInput {
  return { ...marked(source), language, publishedAt };
}

/** The span of the first `phrase` in `text`, as the claims extractor would give a quote. */
export function spanOf(text: string, phrase: string): TextSpan {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase };
}
