import type { Clause, Utterance } from '../speakers/attribution.js';
import type { Layout } from '../text/layout.js';
import type { MentionIndex } from '../text/mention-index.js';
import type { Quote } from './quotes.js';
import type { SpeechRules } from '../speech/speech-verbs.js';
import { words } from '../text/words.js';

/**
 * Direct quotes grouped into utterances: the pieces of a quote split by its attribution ("…,"
 * Stepanyan said, "…") and the quoted sentences that follow it in the paragraph form one claim;
 * quoted fragments inside the reporter's sentence ("calling the operation ‘strategic’ and
 * ‘crucial’") form one PARTIAL claim per sentence.
 */

/** An attribution between two pieces of one utterance is short: "he added", "a senior Russian diplomat told a closed-door meeting in Moscow". */
const MAX_GAP_WORDS = 14;
/** A sentence after a quote attributes it only when it is as short as "He said so to reporters." */
const MAX_CLOSING_SENTENCE_WORDS = 6;

/** The quotes that hold someone's words: not a name in quote marks («Центр», «Россия-24»). */
export function spokenQuotes(quotes: readonly Quote[], text: string, mentions: MentionIndex): Quote[] {
  return quotes.filter((q) => !isName(text, q, mentions));
}

export function quotedUtterances(kept: readonly Quote[], layout: Layout, rules: SpeechRules): Utterance[] {
  const text = layout.text;
  const utterances: Utterance[] = [];
  let group: Quote[] = [];
  const flush = () => {
    if (group.length > 0) utterances.push(direct(group, kept, layout, rules));
    group = [];
  };
  for (let i = 0; i < kept.length; i++) {
    const quote = kept[i]!;
    if (isPartial(text, quote)) {
      const previous = group.at(-1);
      if (previous && continues(text, previous, quote, rules, layout)) {
        group.push(quote);
        continue;
      }
      flush();
      const sentence = layout.sentenceAt(quote.open);
      const fragments = [quote];
      while (kept[i + 1] && isPartial(text, kept[i + 1]!) && layout.sentenceAt(kept[i + 1]!.open) === sentence) fragments.push(kept[++i]!);
      utterances.push(partial(fragments, layout.sentences[sentence]!));
      continue;
    }
    const previous = group.at(-1);
    if (!previous || !(continues(text, previous, quote, rules, layout) || sameSpeakerGoesOn(previous, quote, kept[i + 1], layout, rules)))
      flush();
    group.push(quote);
  }
  flush();
  return utterances;
}

/** A quote that follows an attribution ending in a comma goes on with the same sentence: "…," he said, "leading to …". */
function continues(text: string, previous: Quote, quote: Quote, rules: SpeechRules, layout: Layout): boolean {
  const gap = text.slice(previous.close, quote.open);
  if (!layout.sameParagraph(previous.close, quote.open)) return false;
  if (/^[\s,.:;—–-]*$/u.test(gap)) return true;
  return /[,:—–-]\s*$/u.test(gap) && isAttribution(text, previous.close, quote.open, rules);
}

/**
 * A quoted sentence after "…," he added. goes on with the same speaker unless it has an attribution
 * of its own before the next quote or its sentence's end.
 */
function sameSpeakerGoesOn(previous: Quote, quote: Quote, next: Quote | undefined, layout: Layout, rules: SpeechRules): boolean {
  const text = layout.text;
  if (!layout.sameParagraph(previous.close, quote.open) || !isAttribution(text, previous.close, quote.open, rules)) return false;
  const end = Math.min(layout.sentences[layout.sentenceAt(quote.close - 1)]!.end, next?.open ?? Infinity);
  return !words(text, quote.close, end).some((w) => rules.verb(w.text));
}

function isAttribution(text: string, start: number, end: number, rules: SpeechRules): boolean {
  const gap = words(text, start, end);
  return gap.length <= MAX_GAP_WORDS && gap.some((w) => rules.verb(w.text));
}

function direct(group: readonly Quote[], all: readonly Quote[], layout: Layout, rules: SpeechRules): Utterance {
  const first = group[0]!;
  const last = group.at(-1)!;
  const clauses: Clause[] = [];
  for (let k = 0; k + 1 < group.length; k++) clauses.push(clause(group[k]!.close, group[k + 1]!.open, 'between segments', 'start', 1));
  const nextOpen = all.find((q) => q.open >= last.close)?.open ?? Infinity;
  const after = Math.min(layout.sentences[layout.sentenceAt(last.close - 1)]!.end, nextOpen);
  if (after > last.close) clauses.push(clause(last.close, after, 'after quote', 'start', 1));
  const sentence = layout.sentences[layout.sentenceAt(first.open)]!;
  const previousClose = all.findLast((q) => q.close <= first.open)?.close ?? 0;
  const before = Math.max(sentence.start, previousClose);
  if (words(layout.text, before, first.open).length > 0) {
    clauses.push(clause(before, first.open, 'before quote', 'end', 1));
  } else {
    const introduction = sentenceBefore(layout, before);
    if (introduction) clauses.push(clause(introduction.start, introduction.end, 'sentence before the colon', 'end', 0.9));
  }
  const closing = after <= last.close ? sentenceAfter(layout, last.close, nextOpen) : null;
  if (closing) clauses.push(clause(closing.start, closing.end, 'sentence after', 'start', 0.8));
  const unattributed = !closing && words(layout.text, last.close, after).length === 0 && !speechFollows(layout, last.close, rules);
  const speaking = unattributed ? speakingBefore(layout, before, first.open) : null;
  if (speaking) clauses.push(clause(speaking.start, speaking.end, 'speaker of the sentence before', 'end', 0.7));
  return { segments: group.flatMap((q) => q.segments), flags: [], clauses, evidence: [] };
}

/** A short sentence right after a quote that ended its own, in the same paragraph: "“…” He said so." */
function sentenceAfter(layout: Layout, offset: number, nextOpen: number) {
  const sentence = layout.sentences[layout.sentenceAt(offset) + 1];
  if (!sentence || sentence.start < offset || sentence.end > nextOpen || !layout.sameParagraph(offset, sentence.start)) return null;
  return words(layout.text, sentence.start, sentence.end).length <= MAX_CLOSING_SENTENCE_WORDS ? sentence : null;
}

/** The sentence before a quote that ends with a colon ("He said:"), in the paragraph before when the quote opens its own. */
function sentenceBefore(layout: Layout, offset: number) {
  const index = layout.sentenceAt(offset) - (layout.sentences[layout.sentenceAt(offset)]!.start < offset ? 0 : 1);
  const sentence = layout.sentences[index];
  if (!sentence || sentence.end > offset || !/:\s*$/u.test(sentence.text)) return null;
  return layout.paragraphAt(offset) - layout.paragraphAt(sentence.start) <= 1 ? sentence : null;
}

/**
 * A quote standing as a sentence of its own, with no attribution in it: news lets it go on from
 * the sentence before, in the paragraph or the one before when the quote opens its own ("Peskov
 * said the talks were over. “There is nothing to add.”"). The speech verb there finds the speaker.
 */
function speakingBefore(layout: Layout, before: number, open: number) {
  if (words(layout.text, before, open).length > 0) return null;
  const index = layout.sentenceAt(open) - (layout.sentences[layout.sentenceAt(open)]!.start < before ? 0 : 1);
  const sentence = layout.sentences[index];
  if (!sentence || sentence.end > open) return null;
  const opensParagraph = layout.paragraphs[layout.paragraphAt(open)]!.start >= sentence.end;
  return layout.paragraphAt(open) - layout.paragraphAt(sentence.start) <= (opensParagraph ? 1 : 0) ? sentence : null;
}

/** Whether the sentence after a quote, in its paragraph, speaks: then the quote may be someone new's, said at length. */
function speechFollows(layout: Layout, offset: number, rules: SpeechRules): boolean {
  const sentence = layout.sentences[layout.sentenceAt(offset) + 1];
  if (!sentence || sentence.start < offset || !layout.sameParagraph(offset, sentence.start)) return false;
  return words(layout.text, sentence.start, sentence.end).some((w) => rules.verb(w.text));
}

function partial(fragments: readonly Quote[], sentence: { start: number; end: number }): Utterance {
  const clauses = [clause(sentence.start, sentence.end, 'same sentence', 'start', 0.9, false)];
  return {
    segments: fragments.flatMap((q) => q.segments),
    flags: ['PARTIAL'],
    clauses,
    evidence: ['quote: fragment in the reporter’s sentence'],
  };
}

function clause(start: number, end: number, where: string, quoteSide: Clause['quoteSide'], score: number, needsVerb = true): Clause {
  return { start, end, where, quoteSide, needsVerb, score };
}

/** Words a fragment may have when it keeps a comma inside its marks, as American copy does ("as ‘terrorist,’ the ministry said"). */
const MAX_FRAGMENT_WITH_COMMA = 4;

/** A fragment that starts in lower case and does not end a sentence: the reporter quotes a word or two. */
function isPartial(text: string, quote: Quote): boolean {
  if (quote.segments.length > 1) return false;
  const segment = quote.segments[0]!;
  const letter = /\p{L}/u.exec(segment.text)?.[0];
  if (letter && letter === letter.toUpperCase()) return false;
  if (/[.!?…;]$/u.test(segment.text)) return false;
  if (segment.text.endsWith(',') && words(text, segment.start, segment.end).length > MAX_FRAGMENT_WITH_COMMA) return false;
  return !/:\s*$/u.test(text.slice(Math.max(0, quote.open - 3), quote.open));
}

/** «Центр», «Россия-24», ‘Hurricane’: a name in quote marks, not words anyone said. */
function isName(text: string, quote: Quote, mentions: MentionIndex): boolean {
  if (quote.segments.length > 1) return false;
  const segment = quote.segments[0]!;
  const around = mentions.covering(segment.start);
  if (around && around.end >= segment.end) return true;
  const named = words(text, segment.start, segment.end);
  return named.length <= 3 && named.every((w) => /^\p{Lu}|^\p{N}/u.test(w.text)) && !/[.!?…,;]$/u.test(segment.text);
}
