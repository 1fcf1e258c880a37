import { paragraphs } from '../text/sentences.js';
import type { TextSpan } from '../types.js';

/**
 * Direct quotes of an article, found by their marks: “…”, „…“, «…», ‘…’, "…", '…', and the dash
 * convention of Russian and Ukrainian replies ("— Текст, — сказал он."). Only outermost quotes are
 * returned: a quote inside a quote is part of the words its speaker says.
 */
export interface Quote {
  /** The words between the marks, one span per paragraph the quote runs over. */
  segments: TextSpan[];
  /** Offset of the opening mark and just after the closing one (the dash and the piece's end for replies). */
  open: number;
  close: number;
}

/** What each opening mark is closed by; “ closes „ in Russian and Ukrainian, opens in English. */
const CLOSERS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '‘': '’', '"': '"', "'": "'" };
/** Marks that are also apostrophes ("Russia’s", "Pokrovs'k", "м'яч"): never a mark between two letters. */
const APOSTROPHES = new Set(['’', "'", '‘']);
const LETTER = /[\p{L}\p{N}]/u;
/** Every character a mark opens or closes with: any other is skipped at the cost of one lookup. */
const MARKS: ReadonlySet<number> = new Set([...Object.keys(CLOSERS), ...Object.values(CLOSERS)].map((mark) => mark.charCodeAt(0)));
const DASH_OPENING = /^[—–-]\s/u;
const DASH_BREAK = /\s[—–-]\s/gu;
const REPLY_HANDS_OVER = /[,!?…]/u;
const ATTRIBUTION_HANDS_BACK = /[.,:]/u;

interface Open {
  mark: string;
  pos: number;
}

/** `readReplies`: read paragraphs opening with a dash as replies (the Russian and Ukrainian convention; in English they are list items). */
export function findQuotes(text: string, readReplies = true): Quote[] {
  const quotes: Quote[] = [];
  const spans = paragraphs(text);
  let carried: { open: Open; segments: TextSpan[]; start: number } | null = null;
  for (let p = 0; p < spans.length; p++) {
    const paragraph = spans[p]!;
    if (readReplies && !carried && DASH_OPENING.test(paragraph.text)) {
      quotes.push(...dashReplies(text, paragraph));
      continue;
    }
    const stack: Open[] = [];
    let from = paragraph.start;
    let pending: TextSpan[] = [];
    let openPos = -1;
    if (carried) {
      // The quote goes on: this paragraph's opening mark only repeats it.
      stack.push({ mark: carried.open.mark, pos: paragraph.start });
      pending = carried.segments;
      openPos = carried.start;
      from = paragraph.start + 1;
      carried = null;
    }
    for (let i = from; i < paragraph.end; i++) {
      if (!MARKS.has(text.charCodeAt(i))) continue;
      const c = text[i]!;
      const closing = closes(text, i, stack, paragraph.end);
      if (closing >= 0) {
        const open = stack[closing]!;
        stack.length = closing;
        if (closing > 0) continue;
        const segment = span(text, open.pos + 1, i);
        const segments = segment ? [...pending, segment] : pending;
        if (segments.length > 0) quotes.push({ segments, open: openPos >= 0 ? openPos : open.pos, close: i + 1 });
        pending = [];
        openPos = -1;
      } else if (opens(text, i, c)) {
        stack.push({ mark: c, pos: i });
      }
    }
    const outer = stack[0];
    const next = spans[p + 1];
    if (outer && next && text[next.start] === outer.mark) {
      const segment = span(text, outer.pos + 1, paragraph.end);
      carried = { open: outer, segments: segment ? [...pending, segment] : pending, start: openPos >= 0 ? openPos : outer.pos };
    }
  }
  return quotes;
}

/** Index in the stack of the open quote the mark at `i` closes, or -1. */
function closes(text: string, i: number, stack: readonly Open[], limit: number): number {
  const c = text[i]!;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (CLOSERS[stack[k]!.mark] !== c && !(stack[k]!.mark === '„' && c === '”')) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (APOSTROPHES.has(c) && LETTER.test(before) && LETTER.test(after)) return -1;
    // A straight mark after a space opens a nested quote rather than closing this one.
    if ((c === '"' || c === "'") && /\s/u.test(before)) return -1;
    if (pluralPossessive(text, i, limit)) return -1;
    return k;
  }
  return -1;
}

/**
 * "‘The soldiers’ families are safe,’ he said": a mark after an s and before a lower-case word is
 * an apostrophe when the quote closes later with no new quote opened before.
 */
function pluralPossessive(text: string, i: number, limit: number): boolean {
  if (text[i] !== '’' || !/[sS]/u.test(text[i - 1] ?? '') || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const later = text.indexOf('’', i + 1);
  if (later < 0 || later >= limit) return false;
  const opener = text.indexOf('‘', i + 1);
  return opener < 0 || opener > later;
}

function opens(text: string, i: number, c: string): boolean {
  if (!(c in CLOSERS)) return false;
  const after = text[i + 1] ?? ' ';
  if (/\s/u.test(after)) return false;
  if (APOSTROPHES.has(c) || c === '"') return !LETTER.test(text[i - 1] ?? ' ');
  return true;
}

/**
 * "— Текст, — сказал он. — Ещё текст." : the even pieces between dashes are the reply, the odd ones its
 * attribution. A reply hands over to its attribution after a comma, "!", "?" or "…", and the
 * attribution back after a stop or a comma; any other dash is the reply's own ("— Задача на зиму —
 * создать полосу …").
 */
function dashReplies(text: string, paragraph: TextSpan): Quote[] {
  const quotes: Quote[] = [];
  let pieceStart = paragraph.start + 1;
  let index = 0;
  const breaks: number[] = [];
  for (const m of paragraph.text.matchAll(DASH_BREAK)) {
    const before = paragraph.text.slice(0, m.index).trimEnd().at(-1) ?? '';
    if ((breaks.length % 2 === 0 ? REPLY_HANDS_OVER : ATTRIBUTION_HANDS_BACK).test(before)) breaks.push(paragraph.start + m.index);
  }
  for (const end of [...breaks, paragraph.end]) {
    if (index % 2 === 0) {
      const segment = span(text, pieceStart, end);
      if (segment) quotes.push({ segments: [segment], open: pieceStart - 1, close: end });
    }
    pieceStart = end + 2;
    index++;
  }
  return quotes;
}

/** The span from `start` to `end` without surrounding white space; null when nothing is left. */
function span(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}
