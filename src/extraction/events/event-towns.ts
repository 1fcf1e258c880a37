import { REGION_NAMES } from './event-cues.js';
import { near, type Linked, type Reach, type Sentence } from './event-sentence.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import { normalize } from '../framings/framings.js';
import type { KnownMention } from '../types.js';

/**
 * "отражали атаку над бухтами города", "вдарили … по північній частині міста", "hit a garage on
 * the northern outskirts of the city": a word for the town closing a phrase after the framing, in
 * its clause, is the town the article last named, wherever it named it ("Губернатор Севастополя
 * сообщил, что …", "міського голови Сум"), not only where an earlier event was.
 */

/**
 * The town word a phrase after the framing ends with: in the genitive ("частині міста") or
 * the dative ("бои идут на подступах к селу", "вдарили по місту"); in English after "of the".
 */
const TOWN_WORDS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['city', 'town', 'village']),
  ru: new Set(['города', 'поселка', 'села', 'городу', 'поселку', 'селу']),
  uk: new Set(['міста', 'селища', 'села', 'місту', 'селищу', 'селу']),
};

/** Prepositions that open the phrase: "over the bays of the city", "над бухтами", "по частині", "на околиці". */
const PHRASE_PREPOSITIONS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['on', 'in', 'over', 'at', 'near', 'across']),
  ru: new Set(['над', 'по', 'на', 'в', 'во', 'у', 'возле', 'близ']),
  uk: new Set(['над', 'по', 'на', 'в', 'у', 'біля', 'поблизу']),
};

/** Words the town word may stand after the framing: "вдарили керованими авіабомбами по північній частині міста" is six. */
const PHRASE_REACH = 8;

/** A town, not a region or a country: the gazetteer's geonames towns and curated ones named "<town>-<region>-<cc>". */
const TOWN_KEY = /^place:(geonames-\d+|[a-z]+(?:-[a-z]+)*-[a-z]+-[a-z]{2})$/u;
const isTown = (text: string, m: KnownMention): boolean =>
  m.kind === 'PLACE' &&
  m.entityKey !== null &&
  TOWN_KEY.test(m.entityKey) &&
  !/oblast|krai|republic/u.test(m.entityKey) &&
  !REGION_NAMES.test(text.slice(m.start, m.end));

/** The town the article named last before `offset`: what "the city" in a later phrase means. */
export function lastTownBefore(text: string, mentions: readonly KnownMention[], offset: number): string | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end <= offset && isTown(text, m)) return m.entityKey;
  }
  return null;
}

/** The framing's place by a town word closing a phrase after it, or null. */
export function townInPhrase(s: Sentence, r: Reach, mentions: readonly KnownMention[]): Linked | null {
  const [towns, prepositions] = [TOWN_WORDS[s.language], PHRASE_PREPOSITIONS[s.language]];
  const end = Math.min(s.ws.length, r.match.last + 1 + PHRASE_REACH);
  for (let i = r.match.last + 2; i < end; i++) {
    const w = s.ws[i]!;
    if (w.end > r.to || !near(s, s.ws[r.match.last]!.end, w.start, PHRASE_REACH)) return null;
    if (!towns.has(normalize(w.lower))) continue;
    if (s.language === 'en' && !(s.ws[i - 1]?.lower === 'the' && s.ws[i - 2]?.lower === 'of')) continue;
    const opened = s.ws.slice(r.match.last + 1, i).some((x) => prepositions.has(x.lower));
    const town = opened ? lastTownBefore(s.text, mentions, r.start) : null;
    return town === null ? null : { places: [town], rule: 'a town word closing a phrase after the word: the town named last', weight: 0.4 };
  }
  return null;
}
