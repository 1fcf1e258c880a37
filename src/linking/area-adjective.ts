/**
 * A region's adjective written just before a town tells its namesakes apart: «с харьковским
 * Волчанском» is Vovchansk in Kharkiv Oblast, not Volchansk in the Sverdlovsk region, «під
 * донецьким Сіверськом» Siversk. Russian and Ukrainian name a region by that adjective with
 * область or край (Харьковская область, Краснодарский край), so the adjective's stem with those
 * endings is looked up among the region's own forms, and no list of regions is kept here.
 */
import { normalizeName } from '../names/normalize.js';
import type { NameIndex } from './types.js';

// A lower-case adjective in -ск-/-цк- (Ukrainian -ськ-/-цьк-) in any case and gender, directly before the name.
const ADJECTIVE_BEFORE =
  /(?:^|[^\p{L}])(\p{Ll}+(?:с|ц|сь|ць)к)(?:ого|ому|им|ім|ом|ий|ій|ая|ой|ую|ою|ої|а|у|е|ое|ее|ие|их|іх|ими|іми)[ \t\u00a0]+$/u;
const LOOK_BACK = 32;
// The region nouns the adjective's nominative goes with, Russian and Ukrainian.
const REGION_NAMES = (stem: string): string[] => [`${stem}ая область`, `${stem}ий край`, `${stem}а область`];

/** The key of the region the adjective before `start` names, if the candidate lies in it. */
export function regionAdjectiveBefore(index: NameIndex, candidate: number, text: string, start: number): string | null {
  const m = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  if (m === null) return null;
  const ancestors = index.ancestors[candidate]!;
  for (const name of REGION_NAMES(m[1]!)) {
    for (const ref of index.exact.get(normalizeName(name)) ?? []) {
      const region = index.entries[ref.entry]!.entityKey;
      if (ancestors.has(region)) return region;
    }
  }
  return null;
}
