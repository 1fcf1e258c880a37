/**
 * A name the article sets against its namesake: "Brest, the border city that shares its name with
 * the French naval port of Brest", "the Karlivka of his report is the district town in the Poltava
 * region, not the village of Karlivka near Pokrovsk", «Слободзею … нередко путают с румынским
 * городом Слобозия», «Покровськ не слід плутати з Покровськом на Донеччині», "the town west of
 * Feodosia … is not the Kirovske of the peninsula's north-west". The name after the
 * marker is another entity than the one the same sentence's earlier mention of the name denotes,
 * whatever ties that entity to the article: the one thing the sentence says is that it is not it.
 */
import type { NameMatch } from './types.js';

// The marker, then at most a few words before the name (the French naval port of, с румынским городом).
const MARKER_BEFORE = new RegExp(
  [
    String.raw`(?:not to be confused with|confused with|shares? (?:its|their|a)(?: \p{L}+)? name with|,[ \t\u00a0]+not|\b(?:is|was)[ \t\u00a0]+not|\b(?:isn|wasn)[’']t)`,
    String.raw`(?:путают|путать|спутать|перепутать)[ \t\u00a0]+со?`,
    String.raw`(?:плутати|плутають|сплутати)[ \t\u00a0]+(?:з|із|зі)`,
  ]
    .map((marker) => `${marker}[ \\t\\u00a0]+(?:[\\p{L}-]+[ \\t\\u00a0]+){0,4}$`)
    .join('|'),
  'iu',
);
const LOOK_BACK = 64;

// The marker alone, wherever in its sentence, for a namesake the sentence only describes.
const CONFUSED_WITH =
  /(?:confused with|(?:путают|путать|спутать|перепутать)[ \t\u00a0]+со?|(?:плутати|плутають|сплутати)[ \t\u00a0]+(?:з|із|зі))[ \t\u00a0]/giu;

const shareCandidate = (a: NameMatch, b: NameMatch): boolean => [...a.forms.keys()].some((entry) => b.forms.has(entry));

/**
 * A sentence that warns its name is confused with a namesake it only describes («Запорожский
 * Приморск … не следует путать с портом в Ленинградской области», «путают с одноименным городом в
 * ДНР») brings that namesake in: the name again in the next sentence is it («Там … в районе порта
 * Приморск»), set against the mention before the marker. The index of that mention, or null.
 */
function describedNamesake(text: string, matches: readonly NameMatch[], i: number, sentence: (at: number) => number): number | null {
  const m = matches[i]!;
  const own = sentence(m.start);
  let j = i - 1;
  while (j >= 0 && sentence(matches[j]!.start) === own) j--;
  if (j < 0 || sentence(matches[j]!.start) !== own - 1) return null;
  const from = matches.findIndex((x) => sentence(x.start) === own - 1);
  const markers = [...text.slice(matches[from]!.end, m.start).matchAll(CONFUSED_WITH)].map((x) => matches[from]!.end + x.index);
  const marker = markers.filter((at) => sentence(at) === own - 1).pop();
  if (marker === undefined) return null;
  // Named after the marker (с Покровском на Донеччині), the namesake is that mention's, not this one's.
  const before = matches.slice(from, j + 1).filter((x) => x.end <= marker);
  const after = matches.slice(from, j + 1).filter((x) => x.start > marker);
  if (after.some((x) => before.some((b) => sameName(b, x)))) return null;
  const k = before.findLastIndex((x) => shareCandidate(x, m));
  return k === -1 ? null : from + k;
}

const formsOf = (m: NameMatch): Set<string> => new Set([...m.forms.values()].map((ref) => ref.form.toLowerCase()));
const sameName = (a: NameMatch, b: NameMatch): boolean => {
  const forms = formsOf(a);
  return [...formsOf(b)].some((form) => forms.has(form));
};

/**
 * For each match, the index of the earlier match it is set against (one sharing a candidate with
 * it), or null: in its sentence, or in the one before ("Primorsk, a town on the Gulf of Finland …
 * It shares its Russian name with Prymorsk"). `sentence` gives an offset's sentence (segments.ts).
 */
export function namesakesOf(text: string, matches: readonly NameMatch[], sentence: (at: number) => number): (number | null)[] {
  return matches.map((m, i) => {
    if (!MARKER_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start))) return describedNamesake(text, matches, i, sentence);
    const own = sentence(m.start);
    for (let j = i - 1; j >= 0 && sentence(matches[j]!.start) >= own - 1; j--) {
      if (shareCandidate(matches[j]!, m)) return j;
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
