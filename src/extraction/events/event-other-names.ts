import type { Sentence } from './event-sentence.js';
import type { KnownMention } from '../types.js';

/**
 * "у Переяславі (до 2019 року — Переяслав-Хмельницький)", "Pokrovsk (Krasnoarmeysk)": a place
 * named in parentheses right after a place is that place's other name, no second place of the
 * framing (the linker may read a part of it as another town: "Хмельницький").
 */
export function otherName(s: Sentence, m: KnownMention): boolean {
  const open = s.text.lastIndexOf('(', m.start);
  if (open < s.span.start || s.text.slice(open, m.start).includes(')')) return false;
  const close = s.text.indexOf(')', m.end);
  if (close < 0 || s.text.slice(m.end, close).includes('(')) return false;
  return s.mentions.some((named) => named.kind === 'PLACE' && named.end <= open && /^\s*$/u.test(s.text.slice(named.end, open)));
}
