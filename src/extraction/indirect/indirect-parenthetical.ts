import type { Utterance } from '../speakers/attribution.js';
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
    const before = reported(text, clauseStart(sentence, from, comma), comma, [], '');
    return {
      segments: [...(before?.segments ?? []), ...after.segments],
      flags: ['INDIRECT'],
      clauses: [clause(comma + 1, close, 'in the source phrase', 'start')],
      evidence: ['indirect: …, по словам X, …'],
    };
  }
  return null;
}

/** Where the interrupted clause begins: after a relative word opening it ("…, де в пунктах прийому, за даними …"), else at `from`. */
export function clauseStart({ text, tokens }: Sentence, from: number, comma: number): number {
  const relative = tokens.findLast(
    (w) => w.start >= from && w.end < comma && RELATIVE_WORDS.has(w.lower) && /,\s*$/u.test(text.slice(from, w.start)),
  );
  return relative ? relative.end : from;
}

/** Words opening a relative clause of place or thing after a comma: "де", "где", "where", "which". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'де',
  'где',
  'where',
  'which',
  'який',
  'яка',
  'яке',
  'які',
  'который',
  'которая',
  'которое',
  'которые',
]);

/** The number of words of a source phrase ("по данным", "according to", not "как сообщил") at word `k`. */
function startsWithSource({ tokens, rules }: Sentence, k: number): number | null {
  const phrase = sourcePhraseAt(rules, tokens, k);
  return phrase && rules.sourcePhrases.includes(phrase) ? phrase.split(' ').length : null;
}
