import { Layout } from '../text/layout.js';
import { itemAt, listItems, type ListItem } from '../quotes/list-items.js';
import type { FoundTime } from '../time/time.js';
import type { TextSpan } from '../types.js';

/**
 * The times a sentence's events may take: its own, or, in an item of a list that states none,
 * the first of the list's introduction ("… the Odesa region on Tuesday night: / - Izmail: drones hit
 * a grain warehouse"), since the items break down what the introduction dated.
 */
export function listTimes(text: string): (span: TextSpan, own: FoundTime[], times: readonly FoundTime[]) => FoundTime[] {
  const items = listItems(new Layout(text));
  return (span, own, times) => {
    if (own.length > 0 || items.length === 0) return own;
    const item: ListItem | undefined = itemAt(items, span.start);
    if (item === undefined) return own;
    const { start, end } = item.introduction;
    // The first: what the introduction dates comes before when it was said ("on Tuesday night, the governor said on Wednesday").
    const first = times.find((t) => t.start >= start && t.end <= end);
    return first ? [first] : own;
  };
}
