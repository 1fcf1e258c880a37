/**
 * A word list where a trailing `*` matches any ending, since Russian and Ukrainian inflect
 * ("министр*" is "министра", "министру", …).
 */
export function matcher(entries: readonly string[]): (word: string) => boolean {
  const exact = new Set(entries.filter((e) => !e.endsWith('*')));
  const prefixes = entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}
