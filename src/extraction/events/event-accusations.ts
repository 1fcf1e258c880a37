import type { Reach, Sentence } from './event-sentence.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import { normalize } from '../framings/framings.js';

/**
 * "обвинила ВСУ в ударах по гражданским объектам", "обвиняют российские войска в ежедневных
 * обстрелах", "accused Kyiv of shelling civilians": a happening one side accuses another of is a
 * claim about it, not a report; with no place of its own it tells no happening apart, so it is
 * none (a placed one, "обвинил ВСУ в обстреле Горловки", stays a report, not asserted by the text).
 */

/** Stems of accusing verbs, lowercased, ё as е. */
const ACCUSING: Record<FramingLanguage, readonly string[]> = {
  en: ['accus', 'blam'],
  ru: ['обвини', 'обвиня'],
  uk: ['звинуват', 'звинувач', 'обвинува'],
};

/** The preposition the accused happening takes: "в ударах", "у обстрілах", "of shelling", "for the attacks". */
const CHARGE: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['of', 'for']),
  ru: new Set(['в', 'во']),
  uk: new Set(['в', 'у']),
};

/** Words the verb may stand before the noun ("обвиняют российские войска в ежедневных обстрелах" is four), and the preposition. */
const VERB_REACH = 6;
const CHARGE_REACH = 3;

/**
 * Where the verb of accusing starts when the framing at `r` is what it charges someone with (a
 * noun, or in English a gerund: "of attacking"), else null. What stands between the verb and the
 * charge is the accused ("accused Ukraine of attacks"), not the happening's place.
 */
export function accusedFrom(s: Sentence, r: Reach): number | null {
  if (!r.match.group.noun && s.language !== 'en') return null;
  const first = r.match.first;
  const lower = (i: number) => normalize(s.ws[i]!.lower);
  const inClause = (i: number) => !/[,;:.!?()—–«»"“”]/u.test(s.text.slice(s.ws[i]!.end, r.start));
  const charge = [...Array(CHARGE_REACH).keys()].map((k) => first - 1 - k).find((i) => i >= 0 && CHARGE[s.language].has(lower(i)));
  if (charge === undefined || !inClause(charge)) return null;
  for (let i = charge - 1; i >= Math.max(0, first - VERB_REACH - 1); i--) {
    if (!inClause(i)) return null;
    if (ACCUSING[s.language].some((stem) => lower(i).startsWith(stem))) return s.ws[i]!.start;
  }
  return null;
}
