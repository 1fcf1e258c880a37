import type { Clause, Utterance } from './attribution.js';
import type { Layout } from './layout.js';
import type { SpeechRules } from './speech-verbs.js';
import type { TextSpan } from './types.js';
import { words, type Word } from './words.js';

/**
 * Reported speech without quote marks, for the verbs news uses most: "According to X, …",
 * "По словам X, …", "Як заявив X, …" opening a sentence; "X said (that) …", "X заявил, что …";
 * "…, повідомив X." closing it. The segment is the reported content. A sentence holding a quote
 * is left to the quote.
 */

/** Words that open a reported clause right after the verb when English leaves out "that". */
const BARE_CONTENT = new Set(['the', 'a', 'an', 'it', 'they', 'he', 'she', 'we', 'there', 'this', 'its', 'their']);
const MAX_VERB_TO_THAT = 6;
const MAX_TAIL_WORDS = 10;

export function reportedUtterances(layout: Layout, rules: SpeechRules, quoted: (span: TextSpan) => boolean): Utterance[] {
  const found: Utterance[] = [];
  for (const sentence of layout.sentences) {
    if (quoted(sentence)) continue;
    const tokens = words(layout.text, sentence.start, sentence.end);
    const utterance =
      opening(layout.text, sentence, tokens, rules) ??
      withVerb(layout.text, sentence, tokens, rules) ??
      closing(layout.text, sentence, tokens, rules);
    if (utterance) found.push(utterance);
  }
  return found;
}

/** "According to X, …": the speaker between the phrase and the first comma. */
function opening(text: string, sentence: TextSpan, tokens: readonly Word[], rules: SpeechRules): Utterance | null {
  const phrase = rules.sourcePhrases.find((p) => p.split(' ').every((w, k) => tokens[k]?.lower === w));
  if (!phrase) return null;
  const after = tokens[phrase.split(' ').length - 1]!.end;
  const comma = text.indexOf(',', after);
  if (comma < 0 || comma >= sentence.end) return null;
  return reported(text, comma + 1, sentence.end, [clause(after, comma, 'after the source phrase', 'start')], `indirect: ${phrase} X, …`);
}

/** "X said (that) …", "X заявил, что …", "Минобороны опровергло …". */
function withVerb(text: string, sentence: TextSpan, tokens: readonly Word[], rules: SpeechRules): Utterance | null {
  for (let v = 0; v < tokens.length; v++) {
    const verb = rules.verb(tokens[v]!.text);
    if (!verb?.indirect) continue;
    const that = tokens.findIndex(
      (w, k) =>
        k > v &&
        k <= v + MAX_VERB_TO_THAT &&
        rules.isComplementiser(w.text) &&
        (rules.language === 'en' || /,\s*$/u.test(text.slice(tokens[k - 1]!.end, w.start))),
    );
    const next = tokens[v + 1];
    const bare = that < 0 && next && (verb.denial || (rules.language === 'en' && BARE_CONTENT.has(next.lower)));
    if (that < 0 && !bare) continue;
    const from = that >= 0 ? tokens[that]!.end : tokens[v]!.end;
    const until = that >= 0 ? tokens[that]!.start : tokens[v]!.end;
    const rule = verb.denial ? 'indirect: denial' : that >= 0 ? 'indirect: X said that …' : 'indirect: X said …';
    return reported(text, from, sentence.end, [clause(sentence.start, until, 'before the verb', 'end')], rule);
  }
  return null;
}

/** "…, повідомив начальник ОВА Олег Синєгубов.", "…, the minister said.": the speaker after the last comma. */
function closing(text: string, sentence: TextSpan, tokens: readonly Word[], rules: SpeechRules): Utterance | null {
  const comma = text.lastIndexOf(',', sentence.end);
  if (comma <= sentence.start) return null;
  const tail = tokens.filter((w) => w.start > comma);
  if (tail.length === 0 || tail.length > MAX_TAIL_WORDS) return null;
  const verbAt = tail.findIndex((w) => rules.verb(w.text)?.indirect);
  const phrase = rules.sourcePhrases.find((p) => p.split(' ').every((w, k) => tail[k]?.lower === w));
  if (!phrase && (verbAt < 0 || (verbAt > 1 && verbAt < tail.length - 1))) return null;
  return reported(text, sentence.start, comma, [clause(comma + 1, sentence.end, 'after the content', 'start')], 'indirect: …, X said');
}

function reported(text: string, from: number, to: number, clauses: Clause[], rule: string): Utterance | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,:—–-]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (words(text, start, end).length < 2) return null;
  return { segments: [{ start, end, text: text.slice(start, end) }], flags: ['INDIRECT'], clauses, evidence: [rule] };
}

function clause(start: number, end: number, where: string, quoteSide: Clause['quoteSide']): Clause {
  return { start, end, where, quoteSide, needsVerb: false, score: 0.9 };
}
