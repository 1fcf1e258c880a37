import type { EventType } from '../../graph/vocabulary.js';
import type { FramingLanguage } from '../framings/framing-words.js';

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
 * Words by which a sentence refers back to the place an earlier framing was about: in English
 * "the city’s fall" before the framing word, "the fall of the town", "withdrawn from the town"
 * after it with "the", and "the town has fallen" as its subject; in Russian and Ukrainian the
 * noun right after it, in any case it takes there ("взятие города", "атакували місто").
 */
export const PLACE_ANAPHORS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['city’s', "city's", 'town’s', "town's", 'village’s', "village's", 'city', 'town', 'village']),
  ru: new Set(['города', 'поселка', 'села', 'город', 'поселок', 'село', 'городе']),
  uk: new Set(['міста', 'селища', 'села', 'місто', 'селище', 'село', 'місті']),
};

/**
 * Words that open a clause of their own: a party before one is not the subject of a framing word
 * after it ("Syniehubov said that two drones hit"). Besides complementizers and relatives, the
 * reporting verbs that most often stand without "that" ("Peskov told reporters the attacks"), and
 * naming verbs, whose subject names the framing, not where it happened ("what Kyiv calls a withdrawal").
 */
export const CLAUSE_WORDS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set('that which who whom whose when where while after said says told called calls call'.split(' ')),
  ru: new Set(
    'что чтобы который которая которое которые когда где после заявил заявила заявило заявили сообщил сообщила сообщило сообщили назвал назвала назвали называет называют'.split(
      ' ',
    ),
  ),
  uk: new Set(
    'що щоб який яка яке які коли де після заявив заявила заявило заявили повідомив повідомила повідомило повідомили назвав назвала назвали називає називають'.split(
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
 * Украиной", "обсуждалось сообщение между Москвой и Пхеньяном"), not where it was held. Only for
 * meetings: "вийшли з Покровська" is from the place, "бои между Покровском и Мирноградом" there.
 */
export const PARTNER_WORDS: Partial<Record<EventType, Record<FramingLanguage, ReadonlySet<string>>>> = {
  MEETING: { en: new Set(['with', 'between']), ru: new Set(['с', 'со', 'между']), uk: new Set(['з', 'із', 'зі', 'між']) },
};

/**
 * Words that make the place after them where an attack came from, not what it hit: "окупанти з
 * Олешок атакували місто", "shelling from the left bank".
 */
export const ORIGIN_WORDS: Partial<Record<EventType, Record<FramingLanguage, ReadonlySet<string>>>> = {
  ATTACK: { en: new Set(['from']), ru: new Set(['из', 'со']), uk: new Set(['з', 'із', 'зі']) },
};

/**
 * Prepositions by which a region locates the place before it ("Vovchansk in Kharkiv Oblast", "у
 * Вовчанську на Харківщині", "под Купянском в Харьковской области"): the event is at the first.
 * A region is named as one (REGION_NAMES); "у посольства России в Вильнюсе" is in Vilnius.
 */
export const LOCATORS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['in', 'in the']),
  ru: new Set(['в', 'во', 'на']),
  uk: new Set(['в', 'у', 'на']),
};

/**
 * Relative words for a place: "visited Kharkiv, where", "посетил Белгород, где", "відвідала Харків,
 * де", and whence: "В Судже, откуда ВСУ были выбиты", "Вовчанськ, звідки відступили".
 */
export const RELATIVE_WHERE: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['where']),
  ru: new Set(['где', 'откуда']),
  uk: new Set(['де', 'звідки']),
};

/** How news names a region: "Kharkiv Oblast", "Донецкой Народной Республике", "Харківщині", "Донеччині", "Краснодарского края". */
export const REGION_NAMES = /\b(oblast|region|province|republic)\b|област|республик|кра[йяюе](?!\p{L})|(щ|чч)ин[аіиу](?!\p{L})/iu;

/**
 * Words before a noun that make it a time given by another happening ("during the visit", "после
 * встречи", "в ходе переговоров", "після зустрічі", "напередодні візиту"): the noun refers back to that happening, and a place before it is
 * not its place ("hit Orikhiv during the visit").
 */
export const TIME_PREPOSITIONS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['during', 'after', 'before', 'since', 'until', 'ahead of']),
  ru: new Set(['во время', 'в ходе', 'после', 'до', 'перед', 'накануне']),
  uk: new Set(['під час', 'в ході', 'у ході', 'після', 'до', 'перед', 'напередодні']),
};

/**
 * Words before a noun of a gathering that make it the occasion of what the sentence says ("заявил
 * на переговорах Лихачев", "said at the meeting"): like a time preposition, the noun refers back
 * to the gathering already reported.
 */
export const OCCASION_WORDS: Partial<Record<EventType, Record<FramingLanguage, ReadonlySet<string>>>> = {
  MEETING: { en: new Set(['at']), ru: new Set(['на']), uk: new Set(['на']) },
};

/**
 * Words that introduce a place as an area, which may stand further from the framing word: "shot
 * down 41 of 55 drones launched overnight over the Odesa region", "Удары нанесены по пунктам
 * временной дислокации в районах Родинского", "in the area of", "біля".
 */
export const AREA_WORDS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['over', 'near', 'around']),
  ru: new Set(['над', 'районе', 'районах', 'возле', 'вблизи', 'окрестностях']),
  uk: new Set(['над', 'районі', 'районах', 'біля', 'поблизу', 'околицях']),
};

/**
 * Words that make the place after them what a briefing, statement or talks were about ("briefed
 * on the Donbas", "доложил о ситуации в Донбассе", "переговори про Донбас"), not where they were held.
 */
const TOPIC: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['on', 'about']),
  ru: new Set(['о', 'об', 'про']),
  uk: new Set(['про']),
};
export const TOPIC_WORDS: Partial<Record<EventType, Record<FramingLanguage, ReadonlySet<string>>>> = {
  BRIEFING: TOPIC,
  STATEMENT: TOPIC,
  MEETING: TOPIC,
};

/**
 * Russian and Ukrainian forms of "discuss": what follows is the topic with its own locative ("на
 * переговорах обсуждалась и ситуация на Украине"), not where the talks were held.
 */
export const DISCUSSION_VERBS: Record<FramingLanguage, ReadonlySet<string>> = {
  // English "discussed" takes where as readily: "discussed security in Minsk on Tuesday".
  en: new Set(),
  ru: new Set('обсуждали обсуждалась обсуждался обсуждалось обсуждались обсудили обсудил обсудила'.split(' ')),
  uk: new Set('обговорювали обговорювалася обговорювався обговорювалось обговорювалися обговорили обговорив обговорила'.split(' ')),
};

/** Words before a past participle that make it passive: "Putin was briefed", the briefer comes after "by". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/**
 * Verbs that carry a noun of a happening ("провел оперативное совещание", "held talks", "провів
 * нараду"): the noun takes its subject as far off as a verb does, "Путин в понедельник провел
 * совещание". Lowercased, ё as е.
 */
export const SUPPORT_VERBS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['held', 'hold', 'holds', 'holding', 'chaired', 'chairs']),
  ru: new Set(['провел', 'провела', 'провели', 'проводит', 'проводил', 'проводила']),
  uk: new Set(['провів', 'провела', 'провели', 'проводить', 'проводив', 'проводила']),
};
