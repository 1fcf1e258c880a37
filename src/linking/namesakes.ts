/**
 * A name the article sets against its namesake: "Brest, the border city that shares its name with
 * the French naval port of Brest", "the Karlivka of his report is the district town in the Poltava
 * region, not the village of Karlivka near Pokrovsk", «Слободзею … нередко путают с румынским
 * городом Слобозия», «Покровськ не слід плутати з Покровськом на Донеччині». The name after the
 * marker is another entity than the one the same sentence's earlier mention of the name denotes,
 * whatever ties that entity to the article: the one thing the sentence says is that it is not it.
 */
import type { NameMatch } from './types.js';

// The marker, then at most a few words before the name (the French naval port of, с румынским городом).
const MARKER_BEFORE = new RegExp(
  [
    String.raw`(?:not to be confused with|confused with|shares? (?:its|their|a)(?: \p{L}+)? name with|,[ \t\u00a0]+not)`,
    String.raw`(?:путают|путать|спутать|перепутать)[ \t\u00a0]+со?`,
    String.raw`(?:плутати|плутають|сплутати)[ \t\u00a0]+(?:з|із|зі)`,
  ]
    .map((marker) => `${marker}[ \\t\\u00a0]+(?:[\\p{L}-]+[ \\t\\u00a0]+){0,4}$`)
    .join('|'),
  'iu',
);
const LOOK_BACK = 64;

/**
 * For each match, the index of the earlier match it is set against (one sharing a candidate with
 * it), or null: in its sentence, or in the one before ("Primorsk, a town on the Gulf of Finland …
 * It shares its Russian name with Prymorsk"). `sentence` gives an offset's sentence (segments.ts).
 */
export function namesakesOf(text: string, matches: readonly NameMatch[], sentence: (at: number) => number): (number | null)[] {
  return matches.map((m, i) => {
    if (!MARKER_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start))) return null;
    const own = sentence(m.start);
    for (let j = i - 1; j >= 0 && sentence(matches[j]!.start) >= own - 1; j--) {
      if ([...matches[j]!.forms.keys()].some((entry) => m.forms.has(entry))) return j;
    }
    return null;
  });
}

/** Per match, the starts of the matches it is set against or that are set against it. */
export function pairedStarts(matches: readonly NameMatch[], namesakes: readonly (number | null)[]): Set<number>[] {
  const paired = matches.map(() => new Set<number>());
  namesakes.forEach((j, i) => {
    if (j === null) return;
    paired[i]!.add(matches[j]!.start);
    paired[j]!.add(matches[i]!.start);
  });
  return paired;
}
