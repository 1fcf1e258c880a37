import type { EventType } from '../graph/vocabulary.js';

/**
 * The words news uses for a happening, mapped to its neutral type: "liberation" and "capture"
 * are both a CONTROL_CHANGE, each kept as the source's framing. English words are listed as
 * written; Russian and Ukrainian ones as a stem and the class of endings it takes ("освободи*V"
 * reads освободил, освободили, освободить), so every inflected form is read without listing it.
 * A phrase is several words ("took control", "нанес*V удар*N").
 *
 * Roles say what the participant in subject position is ("Russian forces captured": gaining
 * control) and, for those that take one, the one after the word ("visit to the Unified
 * Grouping": visited). A noun takes its subject only from right before it ("Putin’s visit").
 */
export interface FramingGroup {
  forms: readonly string[];
  noun: boolean;
  subject?: string;
  object?: string;
  /** The place is the subject: "Pokrovsk fell". */
  placeBefore?: boolean;
  /** A Russian or Ukrainian noun whose subject follows it in the genitive: "визит Путина". */
  agentAfter?: boolean;
}

export type FramingLanguage = 'en' | 'ru' | 'uk';
type Table = Partial<Record<EventType, Record<FramingLanguage, FramingGroup[]>>>;

const GAIN = 'gaining control';
const LOSS = 'losing control';

export const FRAMING_WORDS: Table = {
  CONTROL_CHANGE: {
    en: [
      { forms: ['capture', 'captures', 'liberation', 'seizure', 'takeover', 'occupation'], noun: true, subject: GAIN },
      {
        forms: ['captured', 'liberated', 'seized', 'occupied', 'entered', 'took control', 'taken control', 'take control'],
        noun: false,
        subject: GAIN,
      },
      { forms: ['fall'], noun: true },
      { forms: ['fell', 'fallen'], noun: false, placeBefore: true },
      { forms: ['withdrawal'], noun: true, subject: LOSS },
      { forms: ['withdrew', 'withdrawn'], noun: false, subject: LOSS },
    ],
    ru: [
      { forms: ['освобождени*N', 'взяти*N', 'захват*N', 'овладени*N', 'контрол*N над'], noun: true, subject: GAIN },
      { forms: ['освободи*V', 'взя*V', 'овладе*V', 'захвати*V'], noun: false, subject: GAIN },
      { forms: ['освобожден*A', 'освобожденн*A', 'взят*A', 'захвачен*A', 'захваченн*A'], noun: false },
      { forms: ['отход*N'], noun: true, subject: LOSS },
      { forms: ['отош*V'], noun: false, subject: LOSS },
    ],
    uk: [
      { forms: ['звільненн*N', 'захопленн*N', 'окупаці*N', 'контрол*N над'], noun: true, subject: GAIN },
      { forms: ['звільни*V', 'захопи*V', 'окупува*V'], noun: false, subject: GAIN },
      { forms: ['звільнен*A', 'захоплен*A', 'окупован*A'], noun: false },
      { forms: ['відхід', 'відход*N'], noun: true, subject: LOSS },
      { forms: ['відійш*V', 'вийш*V з', 'вийш*V із'], noun: false, subject: LOSS },
    ],
  },
  ATTACK: {
    en: [
      {
        forms: ['shelling', 'strike', 'strikes', 'attack', 'attacks', 'bombing', 'drone attack', 'drone attacks', 'encirclement'],
        noun: true,
        subject: 'attacker',
        object: 'target',
      },
      { forms: ['shelled', 'struck', 'attacked', 'hit', 'bombed', 'encircled'], noun: false, subject: 'attacker', object: 'target' },
    ],
    ru: [
      { forms: ['обстрел*N', 'удар*N', 'атак*N', 'окружени*N'], noun: true, subject: 'attacker', object: 'target' },
      {
        forms: ['обстреля*V', 'нанес*V удар*N', 'нанес удар*N', 'атакова*V', 'окружи*V'],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
    ],
    uk: [
      { forms: ['обстріл*N', 'удар*N', 'атак*N', 'оточенн*N'], noun: true, subject: 'attacker', object: 'target' },
      { forms: ['обстріля*V', 'завда*V удар*N', 'атакува*V', 'оточи*V'], noun: false, subject: 'attacker', object: 'target' },
    ],
  },
  VISIT: {
    en: [
      { forms: ['visit', 'visits'], noun: true, subject: 'visitor', object: 'visited' },
      { forms: ['visited'], noun: false, subject: 'visitor', object: 'visited' },
    ],
    ru: [
      { forms: ['визит*N'], noun: true, subject: 'visitor', object: 'visited', agentAfter: true },
      { forms: ['посети*V', 'побыва*V'], noun: false, subject: 'visitor', object: 'visited' },
    ],
    uk: [
      { forms: ['візит*N'], noun: true, subject: 'visitor', object: 'visited', agentAfter: true },
      { forms: ['відвіда*V', 'побува*V'], noun: false, subject: 'visitor', object: 'visited' },
    ],
  },
  MEETING: {
    en: [
      { forms: ['meeting', 'meetings', 'talks'], noun: true, subject: 'participant', object: 'participant' },
      { forms: ['met'], noun: false, subject: 'participant', object: 'participant' },
    ],
    ru: [
      { forms: ['встреч*N', 'переговор*N'], noun: true, subject: 'participant', object: 'participant' },
      { forms: ['встрети*V'], noun: false, subject: 'participant', object: 'participant' },
    ],
    uk: [
      { forms: ['зустріч*N', 'переговор*N'], noun: true, subject: 'participant', object: 'participant' },
      { forms: ['зустрі*V'], noun: false, subject: 'participant', object: 'participant' },
    ],
  },
  BRIEFING: {
    en: [
      { forms: ['briefing', 'briefings'], noun: true, subject: 'briefer' },
      { forms: ['briefed'], noun: false, subject: 'briefer', object: 'briefed' },
    ],
    ru: [{ forms: ['брифинг*N'], noun: true, subject: 'briefer', agentAfter: true }],
    uk: [{ forms: ['брифінг*N'], noun: true, subject: 'briefer', agentAfter: true }],
  },
  STATEMENT: {
    en: [
      { forms: ['address'], noun: true, subject: 'speaker' },
      { forms: ['announced'], noun: false, subject: 'speaker' },
    ],
    ru: [{ forms: ['обращени*N'], noun: true, subject: 'speaker', agentAfter: true }],
    uk: [{ forms: ['зверненн*N'], noun: true, subject: 'speaker', agentAfter: true }],
  },
  PROTEST: {
    en: [
      { forms: ['protest', 'protests', 'rally', 'rallies', 'demonstration'], noun: true, subject: 'protester' },
      { forms: ['protested', 'rallied'], noun: false, subject: 'protester' },
    ],
    ru: [{ forms: ['протест*N', 'митинг*N'], noun: true, subject: 'protester' }],
    uk: [{ forms: ['протест*N', 'мітинг*N'], noun: true, subject: 'protester' }],
  },
};

/**
 * What a report of a type must name to tell which happening it is: a control change is always of
 * a place, a statement always someone's; the others need a place or a party.
 */
export const MUST_NAME: Partial<Record<EventType, 'place' | 'party'>> = { CONTROL_CHANGE: 'place', STATEMENT: 'party' };

/** Endings of each class, per language (ё read as е): noun cases, verb past and present, participles. */
export const ENDINGS: Record<Exclude<FramingLanguage, 'en'>, Record<'N' | 'V' | 'A', readonly string[]>> = {
  ru: {
    N: ['', 'ь', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ом', 'ем', 'ой', 'ей', 'ою', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев'],
    V: ['л', 'ла', 'ло', 'ли', 'ть', 'т', 'ют', 'ят', 'ет', 'ит', 'ут', 'ат', 'ел', 'лся', 'лась', 'лись'],
    A: ['', 'а', 'о', 'ы', 'ый', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ых', 'ыми', 'ой', 'ую'],
  },
  uk: {
    N: [
      '',
      'ь',
      'а',
      'я',
      'у',
      'ю',
      'і',
      'ї',
      'и',
      'е',
      'о',
      'ою',
      'ею',
      'єю',
      'ом',
      'ем',
      'ам',
      'ям',
      'ах',
      'ях',
      'ами',
      'ями',
      'ів',
      'їв',
    ],
    V: ['в', 'ла', 'ло', 'ли', 'ти', 'ть', 'ють', 'ять', 'ов', 'вся', 'лася', 'лися'],
    A: ['', 'а', 'о', 'і', 'ий', 'а', 'е', 'ого', 'ому', 'им', 'их', 'ими', 'ою', 'у', 'ої'],
  },
};

/**
 * Words that make what follows a possibility, not a report ("would facilitate the liberation
 * of"): a framing word within three words after one is not asserted.
 */
export const HEDGES: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['would', 'could', 'might', 'may', 'will', 'should', 'can']),
  ru: new Set(['бы', 'может', 'могут', 'сможет', 'смогут', 'будет']),
  uk: new Set(['б', 'би', 'може', 'можуть', 'зможе', 'зможуть', 'буде']),
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
  en: new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'after', 'said', 'says', 'told', 'called']),
  ru: new Set([
    'что',
    'чтобы',
    'который',
    'которая',
    'которое',
    'которые',
    'когда',
    'где',
    'после',
    'заявил',
    'заявила',
    'сообщил',
    'сообщила',
    'назвал',
    'назвала',
  ]),
  uk: new Set([
    'що',
    'щоб',
    'який',
    'яка',
    'яке',
    'які',
    'коли',
    'де',
    'після',
    'заявив',
    'заявила',
    'повідомив',
    'повідомила',
    'назвав',
    'назвала',
  ]),
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
