import type { Utterance } from './attribution.js';
import { clause, datelineEnd, reported, sourcePhraseAt, type Sentence } from './indirect-parts.js';

/**
 * "В Кропивницком, по данным местных властей, повреждена котельная", "Kherson, according to the
 * governor, was shelled again": a source phrase between two commas interrupts what was said, which
 * is the words on both sides of it (one segment each); the speaker is in the phrase.
 */
export function parenthetical(sentence: Sentence): Utterance | null {
  const { text, span, tokens } = sentence;
  const from = datelineEnd(text, span);
  for (let k = 1; k < tokens.length; k++) {
    const comma = text.lastIndexOf(',', tokens[k]!.start);
    if (tokens[k]!.start < from || comma < from || !/^,\s*$/u.test(text.slice(comma, tokens[k]!.start))) continue;
    const phrase = startsWithSource(sentence, k);
    if (phrase === null) continue;
    const close = text.indexOf(',', tokens[k + phrase - 1]!.end);
    if (close < 0 || close >= span.end) return null;
    const after = reported(text, close + 1, span.end, [], '');
    if (!after) return null;
    const before = reported(text, from, comma, [], '');
    return {
      segments: [...(before?.segments ?? []), ...after.segments],
      flags: ['INDIRECT'],
      clauses: [clause(comma + 1, close, 'in the source phrase', 'start')],
      evidence: ['indirect: …, по словам X, …'],
    };
  }
  return null;
}

/** The number of words of a source phrase ("по данным", "according to", not "как сообщил") at word `k`. */
function startsWithSource({ tokens, rules }: Sentence, k: number): number | null {
  const phrase = sourcePhraseAt(rules, tokens, k);
  return phrase && rules.sourcePhrases.includes(phrase) ? phrase.split(' ').length : null;
}
