import type { Quote } from './quotes.js';
import type { SpeechRules } from '../speech/speech-verbs.js';
import type { TextSpan } from '../types.js';
import { words } from '../text/words.js';

/**
 * «Текст, — пояснює Клименко. — Ще текст»: Russian and Ukrainian may set a quote's attribution
 * between dashes inside its marks, as a reply sets it. A piece ending in a comma, "!", "?" or "…"
 * hands over to the attribution, which has a speech verb and hands back after a stop, a comma or a
 * colon; the quote is then two pieces of one utterance, the attribution between them.
 */
const INNER = /([,!?…])\s[—–]\s([^—–«»“”„]{1,160}?[.,:])\s[—–]\s/u;

export function innerAttributions(quotes: readonly Quote[], text: string, rules: SpeechRules): Quote[] {
  return rules.language === 'en' ? [...quotes] : quotes.flatMap((quote) => split(quote, text, rules));
}

function split(quote: Quote, text: string, rules: SpeechRules): Quote[] {
  const segment = quote.segments.length === 1 ? quote.segments[0]! : null;
  const match = segment ? INNER.exec(segment.text) : null;
  if (!segment || !match) return [quote];
  const attribution = segment.start + match.index + match[1]!.length;
  if (!words(text, attribution, attribution + match[0].length).some((w) => rules.verb(w.text))) return [quote];
  const resume = segment.start + match.index + match[0].length;
  const first = { segments: [piece(text, segment.start, attribution)], open: quote.open, close: attribution };
  const rest = { segments: [piece(text, resume, segment.end)], open: resume, close: quote.close };
  return [first, ...split(rest, text, rules)];
}

const piece = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });
