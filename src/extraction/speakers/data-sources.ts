import type { Language } from '../speech/speech-table.js';
import type { ExtractedChannel } from '../types.js';
import { words, type Word } from '../text/words.js';

/**
 * Figures an article reports through with no one named who gave them: "according to government
 * figures", "according to ship-tracking data", "По неофициальным данным", "За попередніми даними".
 * The gold records them as the via, with the speaker null (seen set 2's README, set 4's en-401);
 * "по его данным", "according to the ministry's data" name who gave them, and are no such source.
 */
// prettier-ignore
const DATA_NOUNS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['data', 'figures', 'estimates', 'statistics']),
  ru: new Set(['данным', 'оценкам', 'подсчетам', 'подсчётам', 'сведениям']),
  uk: new Set(['даними', 'оцінками', 'підрахунками', 'відомостями']),
};
/** Russian and Ukrainian prepositions opening such a source: "по данным", "за даними". */
const OPENERS: Record<Language, ReadonlySet<string>> = { en: new Set(), ru: new Set(['по', 'согласно']), uk: new Set(['за', 'згідно']) };
/** An adjective before the noun, in the case the preposition takes: "неофициальным", "попередніми". */
const ADJECTIVE = /(ым|им|ыми|ими|іми)$/u;
/** Possessives end as adjectives do but name who gave the figures: "по своим данным", "за нашими даними". */
const POSSESSIVE = /^(сво|наш|мо|тво|ваш|їхн)/u;
/** "according to his data", "по его данным": whose figures they are. */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'его', 'ее', 'её', 'их', 'його', 'її', 'їх']);
const MAX_ADJECTIVES = 2;

/** Whether a claim's channel is such a source: its last word a data noun, no organization named. */
export function isDataSource(language: Language, channel: ExtractedChannel | null): boolean {
  if (!channel || channel.entityKey) return false;
  const said = words(channel.description, 0, channel.description.length);
  const last = said.at(-1);
  return last !== undefined && DATA_NOUNS[language].has(last.lower) && !said.some((w) => OWNERS.has(w.lower));
}

/** "По неофициальным данным" as the whole of a clause's words: the data source, or null. */
export function dataPhrase(language: Language, tokens: readonly Word[]): { start: number; end: number } | null {
  const [opener, last] = [tokens[0], tokens.at(-1)];
  if (!opener || !last || tokens.length < 2 || !OPENERS[language].has(opener.lower) || !DATA_NOUNS[language].has(last.lower)) return null;
  // "согласно данным", "згідно з даними": the opener's own particle is no adjective.
  const between = tokens.slice(1, -1).filter((w) => w.lower !== 'з' && w.lower !== 'із');
  if (between.length > MAX_ADJECTIVES || between.some((w) => !ADJECTIVE.test(w.lower) || POSSESSIVE.test(w.lower))) return null;
  return { start: opener.start, end: last.end };
}
