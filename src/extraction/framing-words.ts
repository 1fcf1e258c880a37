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
  /** A Russian or Ukrainian noun whose subject follows it in the genitive: "визит Путина", "удары ВСУ". */
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
      { forms: ['обстрел*N', 'удар*N', 'атак*N', 'окружени*N'], noun: true, subject: 'attacker', object: 'target', agentAfter: true },
      {
        forms: ['обстреля*V', 'нанес*V удар*N', 'нанес удар*N', 'атакова*V', 'окружи*V'],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
    ],
    uk: [
      { forms: ['обстріл*N', 'удар*N', 'атак*N', 'оточенн*N'], noun: true, subject: 'attacker', object: 'target', agentAfter: true },
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

/** Endings, space-separated; a noun or a participle may also stand as the bare stem ("удар", "освобожден"). */
const endings = (written: string): readonly string[] => ['', ...written.split(' ')];
const verbEndings = (written: string): readonly string[] => written.split(' ');

/** Endings of each class, per language (ё read as е): noun cases, verb past and present, participles. */
export const ENDINGS: Record<Exclude<FramingLanguage, 'en'>, Record<'N' | 'V' | 'A', readonly string[]>> = {
  ru: {
    N: endings('ь а я у ю е и ы о ом ем ой ей ою ам ям ах ях ами ями ов ев'),
    V: verbEndings('л ла ло ли ть т ют ят ет ит ут ат ел лся лась лись'),
    A: endings('а о ы ый ая ое ые ого ому ым ых ыми ой ую'),
  },
  uk: {
    N: endings('ь а я у ю і ї и е о ою ею єю ом ем ам ям ах ях ами ями ів їв'),
    V: verbEndings('в ла ло ли ти ть ють ять ов вся лася лися'),
    A: endings('а о і ий е ого ому им их ими ою у ої'),
  },
};
