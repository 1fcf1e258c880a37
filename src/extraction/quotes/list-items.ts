import type { Clause, Utterance } from '../speakers/attribution.js';
import type { Layout } from '../text/layout.js';
import type { Quote } from './quotes.js';
import type { TextSpan } from '../types.js';

/**
 * A summary set out as a list: a paragraph ending in a colon that says whose words follow ("Kohut
 * listed the night's damage by area:", "Главное из заявлений дипломата на брифинге:", "… — головне
 * з повідомлень начальника ОВА у телеграмі:"), then a paragraph an item, each opening with a bullet
 * or a dash. Each item is what the introduction's speaker said, in the reporter's words; a dash
 * opening an item is its bullet, not a reply's.
 */
const BULLET = /^[•·▪●*—–-]\s+/u;
/** One dashed paragraph after a colon is a reply; a list has two items or more. */
const MIN_ITEMS = 2;

export interface ListItem {
  /** The item's paragraph, bullet included. */
  paragraph: TextSpan;
  /** The item's words, past the bullet. */
  words: TextSpan;
  /** The last sentence of the introduction, where the speaker is named. */
  introduction: TextSpan;
}

export function listItems(layout: Layout): ListItem[] {
  const { paragraphs, text } = layout;
  const items: ListItem[] = [];
  for (let p = 0; p + MIN_ITEMS < paragraphs.length; p++) {
    if (!/:$/u.test(paragraphs[p]!.text)) continue;
    let last = p;
    while (paragraphs[last + 1] && BULLET.test(paragraphs[last + 1]!.text)) last++;
    if (last - p < MIN_ITEMS) continue;
    const introduction = layout.sentences[layout.sentenceAt(paragraphs[p]!.end - 1)]!;
    for (const paragraph of paragraphs.slice(p + 1, last + 1)) {
      const start = paragraph.start + BULLET.exec(paragraph.text)![0].length;
      items.push({ paragraph, words: { start, end: paragraph.end, text: text.slice(start, paragraph.end) }, introduction });
    }
    p = last;
  }
  return items;
}

/** The item holding `offset`, if any. */
export const itemAt = (items: readonly ListItem[], offset: number): ListItem | undefined =>
  items.find((item) => offset >= item.paragraph.start && offset < item.paragraph.end);

/**
 * The utterances with those of lists: an item with no quote marks of its own is one claim, and what
 * else was read in it is dropped; a quote in an item, or speech read there, may take the
 * introduction's speaker when its own sentence names none.
 */
export function inLists(items: readonly ListItem[], quotes: readonly Quote[], utterances: readonly Utterance[]): Utterance[] {
  const quoted = (item: ListItem) => quotes.some((q) => q.open >= item.paragraph.start && q.open < item.paragraph.end);
  const whole = items.filter((item) => !quoted(item));
  const kept = utterances.flatMap((u) => {
    const item = itemAt(items, u.segments[0]!.start);
    if (!item) return [u];
    return whole.includes(item) ? [] : [{ ...u, clauses: [...u.clauses, introductionClause(item)] }];
  });
  return [...kept, ...whole.map(itemUtterance)];
}

/** Where an item's speaker is looked for: the introduction, up to its colon. */
function introductionClause(item: ListItem): Clause {
  const { start, end } = item.introduction;
  return { start, end, where: 'the introduction of a list', quoteSide: 'end', needsVerb: true, score: 0.9 };
}

/** An item with no quote marks of its own as a claim: its words, said by the introduction's speaker. */
function itemUtterance(item: ListItem): Utterance {
  return {
    segments: [item.words],
    flags: ['INDIRECT'],
    clauses: [introductionClause(item)],
    evidence: ['list: an item of a summary introduced with a colon'],
  };
}
