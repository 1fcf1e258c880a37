import type { Clause, Utterance } from '../speakers/attribution.js';
import { phraseOpeningAt } from '../text/first-words.js';
import type { MentionIndex } from '../text/mention-index.js';
import type { SpeechRules } from '../speech/speech-verbs.js';
import type { ClaimFlag, TextSpan } from '../types.js';
import { words, type Word } from '../text/words.js';

/** The pieces every reading of reported speech is built from: a sentence's words, the source phrases, a claim's span. */

/** A wire dateline opening the first sentence: "KYIV, March 3 (Test Wire) – ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]{2,30},[^–—()]{0,40}\([^()]{1,40}\)\s*[–—-]\s*/u;
export const MAX_TAIL_WORDS = 10;

export interface Sentence {
  text: string;
  span: TextSpan;
  tokens: Word[];
  rules: SpeechRules;
  mentions: MentionIndex;
  /** The quotes in the sentence (marks included), in text order. */
  quotes: readonly Omit<TextSpan, 'text'>[];
}

/** The rule of a denial's content: its claim is flagged DENIAL too. */
export const DENIAL = 'indirect: denial';

/** Where a sentence's content begins, past a wire dateline opening it. */
export function datelineEnd(text: string, span: Omit<TextSpan, 'text'>): number {
  return span.start + (DATELINE.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
}

/** "according to", "по словам", or "как" / "як" before a speech verb ("как передает", "як заявив"), at word `at`. */
export function sourcePhraseAt(rules: SpeechRules, tokens: readonly Word[], at: number): string | undefined {
  // "Как ранее заявил X, …": an adverb may stand between "как" and the verb.
  const adverb = tokens[at + 1] && rules.isAuxiliary(tokens[at + 1]!.text) ? 1 : 0;
  const [as, verb] = [tokens[at], tokens[at + 1 + adverb]];
  if (as && verb && rules.isAsWord(as.text) && rules.verb(verb.text)?.indirect)
    return tokens
      .slice(at, at + 2 + adverb)
      .map((w) => w.lower)
      .join(' ');
  return startsWith(rules.sourcePhrases, tokens, at);
}

export function startsWith(phrases: readonly string[], tokens: readonly Word[], at: number): string | undefined {
  return phraseOpeningAt(phrases, tokens, at);
}

export function reported(text: string, from: number, to: number, clauses: Clause[], rule: string): Utterance | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,:—–-]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (words(text, start, end).length < 2) return null;
  const flags: ClaimFlag[] = rule === DENIAL ? ['INDIRECT', 'DENIAL'] : ['INDIRECT'];
  return { segments: [{ start, end, text: text.slice(start, end) }], flags, clauses, evidence: [rule] };
}

export function clause(start: number, end: number, where: string, quoteSide: Clause['quoteSide']): Clause {
  return { start, end, where, quoteSide, needsVerb: false, score: 0.9 };
}

/**
 * Where reported content from `from` ends before `to`: at a semicolon, which opens a clause of the
 * reporter's own ("заявив про удар по Рильську; українська сторона …"), or before a conjunction
 * opening a second speech verb, whose content is a claim of its own ("обвинила ВСУ в ударах … и
 * призвала МККК …", "blamed Kyiv and said that …").
 */
export function contentEnd(sentence: Sentence, from: number, to: number): number {
  const { text, tokens, rules } = sentence;
  const semicolon = text.indexOf(';', from);
  const end = semicolon >= 0 && semicolon < to ? semicolon : to;
  const k = tokens.findIndex((w, i) => w.start > from && w.end <= end && rules.isConjunction(w.text) && secondVerb(rules, tokens[i + 1]));
  const own = tokens.findIndex((w, i) => w.start > from && w.end <= end && (ownSubjectAt(sentence, i) !== null || aboutWhich(sentence, i)));
  const cut = [k, own].filter((i) => i >= 0).map((i) => (i === own ? text.lastIndexOf(',', tokens[i]!.start) : tokens[i]!.start));
  return cut.length ? Math.min(...cut) : end;
}

/** The relative after "про", "о" that refers to what was said: "про що", "про яку", "о чем", "о котором". */
const WHICH = /^(що|чем|чём|котор\p{L}+|як\p{L}{1,3})$/u;

/**
 * "заперечив, що в Ніжині загинули люди, про що вранці писали телеграм-канали": a clause after a comma
 * telling who else spoke of it is the reporter's, not what was said.
 */
function aboutWhich({ text, tokens, rules }: Sentence, k: number): boolean {
  const [word, which] = [tokens[k], tokens[k + 1]];
  if (!word || !which || k === 0 || !rules.isTopic(word.text) || !WHICH.test(which.lower)) return false;
  return /,\s*$/u.test(text.slice(tokens[k - 1]!.end, word.start));
}

/** Words a second speaker may have between the connective and their verb: "а в командовании группировки «Хортица» опровергли". */
const MAX_SUBJECT_WORDS = 6;

/**
 * "…, а украинские телеграм-каналы утверждают, что …", "…, while residents said …": a connective after
 * a comma opening a clause whose speech verb has a subject of its own, between them: the index of
 * that verb, or null. The clause is a second claim, not what the first speaker said.
 */
export function ownSubjectAt({ text, tokens, rules }: Sentence, k: number): number | null {
  const word = tokens[k];
  if (!word || k === 0 || !rules.isConnective(word.text) || !/,\s*$/u.test(text.slice(tokens[k - 1]!.end, word.start))) return null;
  // "…, and that Moscow had not confirmed …": a complementiser after the connective joins a second content to the same verb.
  if (tokens[k + 1] && rules.isComplementiser(tokens[k + 1]!.text)) return null;
  for (let v = k + 2; v <= k + 1 + MAX_SUBJECT_WORDS && tokens[v]; v++) {
    if (/[,;:]/u.test(text.slice(tokens[v - 1]!.end, tokens[v]!.start)) || rules.isComplementiser(tokens[v]!.text)) return null;
    if (secondVerb(rules, tokens[v])) return v;
  }
  return null;
}

const secondVerb = (rules: SpeechRules, word: Word | undefined): boolean => {
  const verb = word && rules.verb(word.text);
  return !!verb && (verb.indirect || verb.request || verb.promise || verb.accusation);
};
