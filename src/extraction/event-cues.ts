import type { EventType } from '../graph/vocabulary.js';
import type { FramingLanguage } from './framing-words.js';

/**
 * The small words around a framing word that change how it is read: a hedge or a negation
 * makes it no report, a clause word ends the reach of its subject, an agent marker names who acted, a
 * partner word makes a country a party to talks, an anaphor points back to the last place.
 */

/**
 * Words that make what follows no report: a possibility ("would facilitate the liberation of")
 * or a negation ("have not withdrawn from"). A framing word up to three words after one, in its
 * clause, is not asserted.
 */
export const HEDGES: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set('would could might may will should can'.split(' ')),
  ru: new Set('бы может могут сможет смогут будет'.split(' ')),
  uk: new Set('б би може можуть зможе зможуть буде'.split(' ')),
};

/** Negations, read as hedges are. */
export const NEGATIONS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set("not never no didn’t didn't hasn’t hasn't haven’t haven't wasn’t wasn't weren’t weren't".split(' ')),
  ru: new Set('не ни никогда'.split(' ')),
  uk: new Set('не ні ніколи'.split(' ')),
};

/**
 * Words by which a sentence refers back to the place an earlier framing was about ("the city’s
 * fall", "взятие города", "звільнення міста"): in English with ’s before the framing word, in
 * Russian and Ukrainian the genitive right after it.
 */
export const PLACE_ANAPHORS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['city’s', "city's", 'town’s', "town's", 'village’s', "village's"]),
  ru: new Set(['города', 'поселка', 'села']),
  uk: new Set(['міста', 'селища', 'села']),
};

/**
 * Words that open a clause of their own: a party before one is not the subject of a framing word
 * after it ("Syniehubov said that two drones hit"). Besides complementizers and relatives, the
 * reporting verbs that most often stand without "that" ("Peskov told reporters the attacks").
 */
export const CLAUSE_WORDS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set('that which who whom whose when where while after said says told called'.split(' ')),
  ru: new Set(
    'что чтобы который которая которое которые когда где после заявил заявила заявило заявили сообщил сообщила сообщило сообщили назвал назвала назвали'.split(
      ' ',
    ),
  ),
  uk: new Set(
    'що щоб який яка яке які коли де після заявив заявила заявило заявили повідомив повідомила повідомило повідомили назвав назвала назвали'.split(
      ' ',
    ),
  ),
};

/** Words that make the party after a framing word its agent: "captured by Russian forces", "обстрел со стороны ВСУ". */
export const AGENT_MARKERS: Record<FramingLanguage, readonly string[]> = {
  en: ['by '],
  ru: ['со стороны ', 'силами '],
  uk: ['з боку ', 'силами '],
};

/**
 * Words that make the place after them a party to a meeting ("talks with Ukraine", "переговоры с
 * Украиной"), not where it was held. Only for meetings: "вийшли з Покровська" is from the place.
 */
export const PARTNER_WORDS: Partial<Record<EventType, Record<FramingLanguage, ReadonlySet<string>>>> = {
  MEETING: { en: new Set(['with']), ru: new Set(['с', 'со']), uk: new Set(['з', 'із', 'зі']) },
};

/** Words before a past participle that make it passive: "Putin was briefed", the briefer comes after "by". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
