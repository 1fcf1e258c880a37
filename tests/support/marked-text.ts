import type { ExtractionInput, KnownMention, TextSpan } from '../../src/extraction/types.js';
import type { EntityKind } from '../../src/graph/vocabulary.js';

const KINDS: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };

/**
 * An extraction input from text with its names marked as the gold set marks them:
 * `[[Stepanyan|person:alexander-stepanyan]]` (kind from the key's prefix, or a third part
 * `|PERSON`, or `|OUTLET` for an organization of the gazetteer's outlets: `[[ТАСС|org:tass|OUTLET]]`),
 * `[[Pokrovsk|?]]` for a name the linker left ambiguous. Offsets are those of the text with the
 * marks removed.
 */
export function marked(source: string, language = 'en', publishedAt: string | null = null): ExtractionInput {
  const mentions: KnownMention[] = [];
  let text = '';
  let last = 0;
  for (const match of source.matchAll(/\[\[([^|\]]+)\|([^|\]]+)(?:\|([A-Z]+))?\]\]/gu)) {
    text += source.slice(last, match.index);
    const [, name, key, kind] = match as unknown as [string, string, string, string | undefined];
    const ambiguous = key === '?';
    const start = text.length;
    text += name;
    const outlet = kind === 'OUTLET';
    const entityKind = ambiguous ? null : outlet ? 'ORGANIZATION' : ((kind as EntityKind | undefined) ?? KINDS[key.split(':')[0]!] ?? null);
    if (!ambiguous && entityKind === null) throw new Error(`mark ${match[0]}: the key needs a person:, place: or org: prefix or a kind`);
    mentions.push({ start, end: text.length, text: name, entityKey: ambiguous ? null : key, kind: entityKind, ...(outlet && { outlet }) });
    last = match.index + match[0].length;
  }
  return { text: text + source.slice(last), language, publishedAt, mentions };
}

/** An extraction input from marked text, published on a fixed day unless told otherwise. */
export const markedInput = (source: string, language = 'en', publishedAt: string | null = '2025-12-01'): ExtractionInput =>
  marked(source, language, publishedAt);

/** The span of the first `phrase` in `text`, as the claims extractor would give a quote. */
export function spanOf(text: string, phrase: string): TextSpan {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase };
}
