import type { Clause, Utterance } from '../speakers/attribution.js';
import { clause, contentEnd, MAX_TAIL_WORDS, reported, sourcePhraseAt, type Sentence } from './indirect-parts.js';

/** What reported speech says: from where it begins to the sentence's end, and what a promise or an accusation states. */

/** Words an English promise may stand from its infinitive: "pledged further systems to …", "promised to open …". */
const MAX_PROMISE_TO_INFINITIVE = 6;

/**
 * "X promised to open a hotline", "пообещали к зиме восстановить …", "обіцяє облаштувати …",
 * "обвинила ВСУ в ударах …": the content is what the speaker promises, or whom they accuse and of
 * what, from the word after the verb; an English promise only with the infinitive ("promised
 * further systems" names no content).
 */
export function objectContent(sentence: Sentence, v: number, subjectEnd?: number): Utterance | null {
  const { tokens, rules } = sentence;
  const word = tokens[v + 1];
  if (!word) return null;
  const verb = rules.verb(tokens[v]!.text);
  const infinitive = tokens.slice(v + 1, v + 2 + MAX_PROMISE_TO_INFINITIVE).some((w) => w.lower === 'to');
  if (rules.language === 'en' && !verb?.accusation && !infinitive) return null;
  return content(sentence, word.start, subjectEnd ?? word.start, verb?.accusation ? 'indirect: X accused …' : 'indirect: X promised …');
}

/** The content from `from` to the sentence's end, without a closing ", according to …" that names the channel. */
export function content(sentence: Sentence, from: number, speakerEnd: number, rule: string, to = sentence.span.end): Utterance | null {
  const { text, span, tokens, rules, quotes } = sentence;
  // The speaker is looked for after a quote before the verb first ("…," the governor said, adding that …), then before it.
  const quoteBefore = quotes.findLast((q) => q.end <= speakerEnd);
  const speakers = [clause(span.start, speakerEnd, 'before the verb', 'end')];
  if (quoteBefore) speakers.unshift(clause(quoteBefore.end, speakerEnd, 'between a quote and the verb', 'end'));
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= MAX_TAIL_WORDS; k--) {
    const comma = text.lastIndexOf(',', tokens[k]!.start);
    if (tokens[k]!.start < from || comma < from || !/^,\s*$/u.test(text.slice(comma, tokens[k]!.start))) continue;
    if (!sourcePhraseAt(rules, tokens, k) && !relaysAt(sentence, k)) continue;
    const channel: Clause = { ...clause(comma + 1, span.end, 'after the content', 'start'), viaOnly: true };
    return reported(text, from, contentEnd(sentence, from, Math.min(comma, to)), [...speakers, channel], rule);
  }
  return reported(text, from, contentEnd(sentence, from, to), speakers, rule);
}

/** Words between a relaying verb and its outlet: "передает агентство ТАСС". */
const MAX_RELAY_GAP = 2;

/** "…, передает ТАСС", "…, повідомляє Укрінформ", "…, Reuters reported": a verb with a news outlet closing what was said relays it. */
function relaysAt({ tokens, rules, mentions }: Sentence, k: number): boolean {
  const tail = tokens.slice(k, k + MAX_RELAY_GAP + 2);
  return tail.some((w) => rules.verb(w.text)?.indirect) && tail.some((w) => mentions.covering(w.start)?.outlet === true);
}
