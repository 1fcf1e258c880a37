import type { Word } from '../text/words.js';

/**
 * The sides news names by an adjective and a word for armed forces ("Russian forces captured",
 * "российские войска", "українські військові"): no mention marks them, yet they are the party
 * gaining or losing control. Each maps to its country's entity; stems, lowercased, match every
 * case form.
 */
const SIDES: readonly { entityKey: string; stems: readonly string[] }[] = [
  { entityKey: 'place:russia', stems: ['russian', 'российск', 'русск', 'російськ'] },
  { entityKey: 'place:ukraine', stems: ['ukrainian', 'украинск', 'українськ'] },
];

/** The warring states' entities. */
export const SIDE_KEYS: ReadonlySet<string> = new Set(SIDES.map((side) => side.entityKey));

const FORCES: readonly string[] = [
  ...['forces', 'troops', 'army', 'military', 'units', 'soldiers'],
  ...['войск', 'сил', 'военн', 'подразделени', 'арми'],
  ...['військ', 'сил', 'підрозділ', 'армі'],
];

/** The side the words at `i` and `i + 1` name ("Russian troops"), or null. */
export function sideAt(ws: readonly Word[], i: number): string | null {
  const forces = ws[i + 1]?.lower;
  if (forces === undefined || !FORCES.some((stem) => forces.startsWith(stem))) return null;
  const adjective = ws[i]!.lower;
  return SIDES.find((side) => side.stems.some((stem) => adjective.startsWith(stem)))?.entityKey ?? null;
}
