import { isRegion } from './event-regions.js';
import { remember, type Memory } from './event-references.js';
import type { Report } from './event-merge.js';
import type { Sentence } from './event-sentence.js';
import type { FramingMatch } from '../framings/framings.js';

/** Framings of one sentence that report one happening: a framing takes its place from another beside it. */

/** Words at most between two framings of one happening: "Shelling also hit Lyman", "attacked Odesa overnight, hitting". */
const BESIDE = 3;

/**
 * A framing with no place of its own beside one of the same type that has one reports the same
 * happening: "Shelling also hit Lyman" (the noun is the verb's subject), "attacked Odesa
 * overnight, hitting port warehouses".
 */
export function besidePlace(s: Sentence, matches: readonly FramingMatch[], found: readonly Report[][], k: number): Report[] | null {
  const match = matches[k]!;
  const framing = {
    start: s.ws[match.first]!.start,
    end: s.ws[match.last]!.end,
    text: s.text.slice(s.ws[match.first]!.start, s.ws[match.last]!.end),
  };
  for (const j of [k + 1, k - 1]) {
    const other = matches[j];
    if (other?.type !== match.type) continue;
    const [left, right] = j > k ? [match, other] : [other, match];
    if (right.first - left.last - 1 > BESIDE) continue;
    const placed = found[j]!.filter((r) => r.place !== null);
    if (placed.length > 0) return placed.map((r) => ({ ...r, framing }));
  }
  return null;
}

/**
 * A meeting with no place of its own in a sentence that reports a visit before it is held where
 * the visitor went: "arrived in Kyiv on Tuesday … and met President Zelensky", "прибыл в Пхеньян с
 * рабочим визитом и встретился с Ким Чен Ыном".
 */
export function visitPlace(matches: readonly FramingMatch[], found: readonly Report[][], k: number, memory: Memory): Report[] | null {
  if (matches[k]!.type !== 'MEETING') return null;
  const visit = found.slice(0, k).find((own, j) => matches[j]!.type === 'VISIT' && own.some((r) => r.place !== null));
  if (visit === undefined) return null;
  const places = visit.flatMap((r) => (r.place === null ? [] : [r]));
  const held = found[k]!.flatMap((own) =>
    places.map((v) => ({ ...own, place: v.place, link: { ...v.link!, rule: 'place of the visit the sentence reports' } })),
  );
  // What a later "в ходе переговоров" refers back to.
  for (const r of held) if (r.asserted && places.length === 1) remember(memory, r.type, r.place!);
  return held;
}

/**
 * "прибув до Ужгорода — це його перший візит на Закарпаття": a visit to a region in a sentence
 * that reports a visit to a town before it is that visit; the region only says where the town lies.
 */
export function townVisited(
  s: Sentence,
  matches: readonly FramingMatch[],
  found: readonly Report[][],
  k: number,
  memory: Memory,
): Report[] | null {
  const region = (place: string | null) => s.mentions.some((m) => m.entityKey === place && m.kind === 'PLACE' && isRegion(s, m));
  if (matches[k]!.type !== 'VISIT' || !found[k]!.every((r) => region(r.place))) return null;
  const town = found
    .slice(0, k)
    .find((own, j) => matches[j]!.type === 'VISIT' && own.length === 1 && own[0]!.place !== null && !region(own[0]!.place))?.[0];
  if (town === undefined) return null;
  const visit = found[k]![0]!;
  // What a later "під час візиту" refers back to.
  if (visit.asserted) {
    remember(memory, 'VISIT', town.place!);
    memory.reported.set('VISIT', town);
  }
  return [{ ...visit, place: town.place, link: { ...town.link!, rule: 'the town of the visit the sentence reports, not its region' } }];
}
