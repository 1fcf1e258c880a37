import type { Utterance } from '../speakers/attribution.js';
import { clause, datelineEnd, reported, type Sentence } from './indirect-parts.js';

/**
 * "Демченко: загрози наступу з півночі зараз немає", "Песков: переговоры не ведутся": a person's
 * name and a colon opening a sentence give what they said, as a headline does, with no verb.
 */
export function namedColon({ text, span, tokens, mentions }: Sentence): Utterance | null {
  const from = datelineEnd(text, span);
  const first = tokens.find((w) => w.start >= from);
  const mention = first ? mentions.covering(first.start) : null;
  if (!first || mention?.kind !== 'PERSON' || mention.start !== first.start || !/^\s*:/u.test(text.slice(mention.end, span.end)))
    return null;
  const colon = text.indexOf(':', mention.end);
  return reported(text, colon + 1, span.end, [clause(mention.start, colon, 'the name before the colon', 'start')], 'indirect: X: …');
}
