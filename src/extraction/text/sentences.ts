import type { TextSpan } from '../types.js';

/**
 * Sentences and paragraphs of an article, as spans: the unit in which the extractor looks for a
 * quote's speaker or an event's place. A full stop ends a sentence unless it follows an
 * abbreviation or an initial ("Gen.", "V. Putin", "г.", "им."); closing quote marks and brackets
 * after the stop stay with the sentence they close.
 */

/** Lowercased, without the stop: words after which a full stop is not a sentence's end. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'st',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'г',
  'гг',
  'ул',
  'им',
  'т.е',
  'т.д',
  'т.п',
  'т.к',
  'см',
  'пер',
  'обл',
  'р-н',
  'вул',
  'пр',
  'ім',
  'тис',
  'млн',
  'млрд',
  'тыс',
]);

const CLOSERS = new Set(['"', '”', '’', '»', '“', ')', ']', "'"]);
const ENDS = new Set(['.', '!', '?', '…']);

/** Paragraphs: runs of text between blank or single line breaks (news text breaks lines only between paragraphs). */
export function paragraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /[^\n]+/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}

/** Sentences in text order; none runs across a paragraph. */
export function sentences(text: string): TextSpan[] {
  // The claim rules, the event rules and the links between them each read the article's sentences.
  if (known?.text !== text) known = { text, spans: paragraphs(text).flatMap((paragraph) => sentencesOf(text, paragraph)) };
  return [...known.spans];
}

/** The sentences of the text last split. */
let known: { text: string; spans: TextSpan[] } | null = null;

function sentencesOf(text: string, paragraph: TextSpan): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (!ENDS.has(text[i]!) || !endsSentence(text, i, paragraph.end)) continue;
    let end = i + 1;
    while (end < paragraph.end && (ENDS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    push(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  push(spans, text, start, paragraph.end);
  return spans;
}

function push(spans: TextSpan[], text: string, from: number, to: number): void {
  let start = from;
  while (start < to && /\s/.test(text[start]!)) start++;
  if (to > start) spans.push({ start, end: to, text: text.slice(start, to) });
}

/** Whether the stop at `i` ends a sentence: a space then a capital, digit, quote or dash follows, after no abbreviation. */
function endsSentence(text: string, i: number, limit: number): boolean {
  let next = i + 1;
  while (next < limit && (CLOSERS.has(text[next]!) || ENDS.has(text[next]!))) next++;
  if (next >= limit) return true;
  if (!/\s/.test(text[next]!)) return false;
  while (next < limit && /\s/.test(text[next]!)) next++;
  const following = text[next]!;
  if (!/[\p{Lu}\p{N}"“«„‘'—–-]/u.test(following)) return false;
  if (text[i] !== '.') return true;
  const word = /([\p{L}.-]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  // An initial ("V. Putin") or an abbreviation ("Gen. Gerasimov") does not end the sentence.
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
