/**
 * The index of the first item for which `before` is false, in items ordered so that every item it
 * holds for comes first (words, sentences, mentions in text order): a binary search, as the rules
 * look offsets up many times per article.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
