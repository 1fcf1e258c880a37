import type { FramingLanguage } from '../framings/framing-words.js';
import type { FramingMatch } from '../framings/framings.js';
import { firstWordFrom, wordsBetween, type Sentence } from './event-sentence.js';
import type { KnownMention } from '../types.js';

/**
 * Uses of a control-change word that report no place changing hands: people taken prisoner
 * ("взятые в плен", "captured near Vovchansk", "Освобождённых доставят …") and a state named by
 * a participle used as an adjective ("in the occupied part of", "на окупованих територіях").
 */

/** "в плен", "у полон", "into captivity", "prisoner" right after the word: a person was taken, not a place. */
const CAPTIVITY: Record<FramingLanguage, readonly string[]> = {
  en: ['prisoner', 'prisoners', 'captive', 'into captivity'],
  ru: ['в плен'],
  uk: ['в полон', 'у полон'],
};

/** Words before a participle that make it an adjective: an article or a preposition ("the occupied", "from occupied", "на окупованих"). */
const ATTRIBUTIVE: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'in', 'from', 'of', 'on', 'into']),
  ru: new Set(['в', 'во', 'на', 'из', 'с', 'со', 'по']),
  uk: new Set(['в', 'у', 'на', 'з', 'із', 'зі', 'по']),
};

/** English prepositions that follow a verb with no object: "had been captured near Vovchansk", "soldiers captured in Artemovsk". */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'at', 'during', 'around']);
/** Words a place may stand before the verb it is the subject of: "Pokrovsk, the last stronghold in the area, was captured". */
const SUBJECT_REACH = 8;
/** Prepositions before a place that make it no subject: "a court in Rostov", "fighting near Lyman". */
const PREPOSITIONS: ReadonlySet<string> = new Set([...LOCATIVES, 'from', 'of', 'on', 'over', 'outside']);
/** The word before a mention, "the" skipped: "in the Kursk region". */
function wordBefore(s: Sentence, m: KnownMention): string {
  const i = firstWordFrom(s.ws, m.start) - 1;
  return (s.ws[i]?.lower === 'the' ? s.ws[i - 1] : s.ws[i])?.lower ?? '';
}

/**
 * "Окупований Маріуполь, який …": a participle of occupation right before the place it qualifies
 * names how the place has long been held, not its change of hands ("Маріуполь окупований", the
 * predicate, reports one). The Ukrainian participle only: English "occupied Crimea" may be the
 * verb, and the Russian table has no word of occupation.
 */
const OCCUPIED = /^окупован/u;
function occupiedPlace(s: Sentence, match: FramingMatch): boolean {
  const word = s.ws[match.last]!;
  if (!OCCUPIED.test(word.lower)) return false;
  return s.mentions.some((m) => m.kind === 'PLACE' && /^\s+$/u.test(s.text.slice(word.end, m.start)));
}

export function takesNoPlace(s: Sentence, match: FramingMatch): boolean {
  if (match.type !== 'CONTROL_CHANGE' || match.group.noun) return false;
  const [before, after] = [s.ws[match.first - 1]?.lower ?? '', s.ws[match.last + 1]?.lower ?? ''];
  const following = `${after} ${s.ws[match.last + 2]?.lower ?? ''}`;
  if (CAPTIVITY[s.language].some((words) => words === after || words === following)) return true;
  if (ATTRIBUTIVE[s.language].has(before) || occupiedPlace(s, match)) return true;
  // A place before the verb is what was taken ("Pokrovsk was captured in November"); with none, a person was. A place
  // after a preposition is no subject ("a court in Rostov sentenced servicemen captured in the Kursk region"), nor one
  // far off (the dateline).
  const start = s.ws[match.first]!.start;
  const placeBefore = s.mentions.some(
    (m) => m.kind === 'PLACE' && m.end <= start && wordsBetween(s, m.end, start) <= SUBJECT_REACH && !PREPOSITIONS.has(wordBefore(s, m)),
  );
  return s.language === 'en' && LOCATIVES.has(after) && !placeBefore;
}

/** Nouns a framing noun may qualify in English to name a place built for it: "a detention centre", "an evacuation camp". */
const FACILITIES: ReadonlySet<string> = new Set(['centre', 'center', 'centres', 'centers', 'facility', 'facilities', 'camp', 'camps']);

/** "held in a detention centre in Taganrog": the noun names a building, not a happening. */
export const namesFacility = (s: Sentence, match: FramingMatch): boolean =>
  s.language === 'en' && match.group.noun && FACILITIES.has(s.ws[match.last + 1]?.lower ?? '');
