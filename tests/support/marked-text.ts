import type { ExtractionInput, KnownMention } from '../../src/extraction/types.js';
import type { EntityKind } from '../../src/graph/vocabulary.js';

const KINDS: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };

/**
 * An extraction input from text with its names marked: `[[Stepanyan|person:alexander-stepanyan]]`
 * (kind from the key's prefix, or a third part `|PERSON`), `[[Pokrovsk|?]]` for a name the linker
 * left ambiguous. Offsets are those of the text with the marks removed.
 */
export function marked(source: string, language = 'en'): ExtractionInput {
  const mentions: KnownMention[] = [];
  let text = '';
  let last = 0;
  for (const match of source.matchAll(/\[\[([^|\]]+)\|([^|\]]+)(?:\|([A-Z]+))?\]\]/gu)) {
    text += source.slice(last, match.index);
    const [, name, key, kind] = match as unknown as [string, string, string, string | undefined];
    const ambiguous = key === '?';
    const start = text.length;
    text += name;
    mentions.push({
      start,
      end: text.length,
      text: name,
      entityKey: ambiguous ? null : key,
      kind: ambiguous ? null : ((kind as EntityKind | undefined) ?? KINDS[key.split(':')[0]!] ?? null),
    });
    last = match.index + match[0].length;
  }
  return { text: text + source.slice(last), language, publishedAt: null, mentions };
}
