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
        // "claimed a village near Borova": a control change needs its place, so "claimed advances" is none.
        forms: ['captured', 'liberated', 'seized', 'occupied', 'entered', 'took control', 'taken control', 'take control', 'claimed'],
        noun: false,
        subject: GAIN,
      },
      { forms: ['fall'], noun: true },
      { forms: ['fell', 'fallen'], noun: false, placeBefore: true },
      { forms: ['withdrawal', 'tactical withdrawal', 'retreat'], noun: true, subject: LOSS },
      { forms: ['withdrew', 'withdrawn', 'retreated'], noun: false, subject: LOSS },
    ],
    ru: [
      { forms: ['освобождени*N', 'взяти*N', 'захват*N', 'овладени*N', 'контрол*N над'], noun: true, subject: GAIN },
      { forms: ['освободи*V', 'взя*V', 'овладе*V', 'захвати*V'], noun: false, subject: GAIN },
      { forms: ['освобожден*A', 'освобожденн*A', 'взят*A', 'захвачен*A', 'захваченн*A'], noun: false },
      { forms: ['отход*N', 'отступлени*N'], noun: true, subject: LOSS },
      // A withdrawal is also "leaving positions": покинули позиции под Волчанском.
      { forms: ['отош*V', 'отходи*V', 'отступи*V', 'покину*V позици*N'], noun: false, subject: LOSS },
    ],
    uk: [
      { forms: ['звільненн*N', 'захопленн*N', 'окупаці*N', 'контрол*N над'], noun: true, subject: GAIN },
      { forms: ['звільни*V', 'захопи*V', 'окупува*V'], noun: false, subject: GAIN },
      { forms: ['звільнен*A', 'захоплен*A', 'окупован*A'], noun: false },
      { forms: ['відхід', 'відход*N', 'відступ*N'], noun: true, subject: LOSS },
      { forms: ['відійш*V', 'відходи*V', 'відступи*V', 'вийш*V з', 'вийш*V із', 'залиши*V позиці*N'], noun: false, subject: LOSS },
    ],
  },
  ATTACK: {
    en: [
      {
        forms: [
          ...['shelling', 'strike', 'strikes', 'attack', 'attacks', 'bombing', 'drone attack', 'drone attacks', 'encirclement'],
          // Ground fighting is an attack too, as is an advance and artillery fire.
          ...['fighting', 'assault', 'assaults', 'advance', 'advances', 'artillery fire', 'under fire'],
          ...[
            'offensive',
            'counteroffensive',
            'counter-offensive',
            'bombardment',
            'raid',
            'raids',
            'airstrike',
            'airstrikes',
            'air strike',
            'air strikes',
          ],
        ],
        noun: true,
        subject: 'attacker',
        object: 'target',
      },
      {
        forms: [
          ...['shelled', 'struck', 'attacked', 'hit', 'hitting', 'bombed', 'encircled', 'stormed', 'assaulted'],
          // Drones shot down or destroyed over a place report the attack on it.
          ...['shot down', 'downed', 'destroyed', 'intercepted'],
        ],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
    ],
    ru: [
      {
        // "Бой" changes its stem (боя, бои, боев), so its forms are listed.
        forms: [
          'обстрел*N',
          'удар*N',
          'атак*N',
          'окружени*N',
          'штурм*N',
          'продвижени*N',
          'под огнем',
          ...['наступлени*N', 'контрнаступлени*N', 'бомбардировк*N', 'авиаудар*N', 'налет*N'],
          ...'бой боя бою бои боев боях боям боями'.split(' '),
        ],
        noun: true,
        subject: 'attacker',
        object: 'target',
        agentAfter: true,
      },
      {
        forms: ['обстреля*V', 'нанес*V удар*N', 'нанес удар*N', 'атакова*V', 'окружи*V', 'штурмова*V', 'штурму*V', 'сби*V', 'уничтожи*V'],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
      // A participle: "дрон был сбит над Донецком", "атакован автобус".
      { forms: ['сбит*A', 'атакован*A', 'обстрелян*A'], noun: false },
    ],
    uk: [
      {
        // "Бій" changes its stem (бою, бої, боїв), so its forms are listed; "атаки дронів" is one name.
        forms: [
          'обстріл*N',
          'удар*N',
          'атак*N',
          'атак*N дронів',
          'оточенн*N',
          'штурм*N',
          'просуванн*N',
          'під вогнем',
          ...['наступ', 'наступу', 'контрнаступ*N', 'бомбардуванн*N', 'авіаудар*N'],
          ...'бій бою бої боїв боях боям боями'.split(' '),
        ],
        noun: true,
        subject: 'attacker',
        object: 'target',
        agentAfter: true,
      },
      {
        forms: ['обстріля*V', 'завда*V удар*N', 'атакува*V', 'оточи*V', 'штурмува*V', 'штурму*V', 'зби*V', 'знищи*V', 'влучи*V'],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
      { forms: ['збит*A', 'атакован*A', 'обстріля*A'], noun: false },
    ],
  },
  VISIT: {
    en: [
      { forms: ['visit', 'visits', 'trip'], noun: true, subject: 'visitor', object: 'visited' },
      { forms: ['visited'], noun: false, subject: 'visitor', object: 'visited' },
    ],
    ru: [
      { forms: ['визит*N', 'поездк*N'], noun: true, subject: 'visitor', object: 'visited', agentAfter: true },
      { forms: ['посети*V', 'побыва*V'], noun: false, subject: 'visitor', object: 'visited' },
    ],
    uk: [
      { forms: ['візит*N', 'поїздк*N'], noun: true, subject: 'visitor', object: 'visited', agentAfter: true },
      { forms: ['відвіда*V', 'побува*V'], noun: false, subject: 'visitor', object: 'visited' },
    ],
  },
  MEETING: {
    en: [
      {
        forms: ['meeting', 'meetings', 'closed-door meeting', 'talks', 'round of talks', 'negotiations', 'summit'],
        noun: true,
        subject: 'participant',
        object: 'participant',
      },
      { forms: ['met'], noun: false, subject: 'participant', object: 'participant' },
    ],
    ru: [
      { forms: ['встреч*N', 'переговор*N', 'совещани*N', 'саммит*N'], noun: true, subject: 'participant', object: 'participant' },
      { forms: ['встрети*V'], noun: false, subject: 'participant', object: 'participant' },
    ],
    uk: [
      { forms: ['зустріч*N', 'переговор*N', 'нарад*N', 'саміт*N'], noun: true, subject: 'participant', object: 'participant' },
      { forms: ['зустрі*V'], noun: false, subject: 'participant', object: 'participant' },
    ],
  },
  BRIEFING: {
    en: [
      { forms: ['briefing', 'briefings'], noun: true, subject: 'briefer' },
      { forms: ['briefed'], noun: false, subject: 'briefer', object: 'briefed' },
    ],
    ru: [
      { forms: ['брифинг*N'], noun: true, subject: 'briefer', agentAfter: true },
      // "Герасимов доложил Путину": the one reporting briefs the one after.
      { forms: ['доложи*V'], noun: false, subject: 'briefer', object: 'briefed' },
    ],
    uk: [
      { forms: ['брифінг*N'], noun: true, subject: 'briefer', agentAfter: true },
      { forms: ['доповів', 'доповіла', 'доповіли'], noun: false, subject: 'briefer', object: 'briefed' },
    ],
  },
  STATEMENT: {
    en: [
      { forms: ['address', 'evening address', 'video address'], noun: true, subject: 'speaker' },
      { forms: ['announced'], noun: false, subject: 'speaker' },
    ],
    ru: [
      { forms: ['обращени*N'], noun: true, subject: 'speaker', agentAfter: true },
      { forms: ['выступи*V'], noun: false, subject: 'speaker' },
    ],
    uk: [
      { forms: ['зверненн*N'], noun: true, subject: 'speaker', agentAfter: true },
      { forms: ['виступи*V'], noun: false, subject: 'speaker' },
    ],
  },
  PROTEST: {
    en: [
      { forms: ['protest', 'protests', 'rally', 'rallies', 'demonstration'], noun: true, subject: 'protester' },
      { forms: ['protested', 'rallied'], noun: false, subject: 'protester' },
    ],
    ru: [{ forms: ['протест*N', 'акци*N протеста', 'митинг*N'], noun: true, subject: 'protester' }],
    uk: [{ forms: ['протест*N', 'акці*N протесту', 'мітинг*N'], noun: true, subject: 'protester' }],
  },
  // The happening news reports most beside these: an exchange of prisoners between the sides.
  OTHER: {
    en: [
      {
        forms: ['prisoner exchange', 'prisoner exchanges', 'prisoner swap', 'prisoner swaps', 'exchange of prisoners', 'swap of prisoners'],
        noun: true,
        subject: 'party',
        object: 'party',
      },
      { forms: ['exchanged prisoners', 'swapped prisoners'], noun: false, subject: 'party', object: 'party' },
    ],
    ru: [
      { forms: ['обмен*N пленными', 'обмен*N военнопленными'], noun: true, subject: 'party', object: 'party' },
      { forms: ['обменя*V пленными', 'обменя*V военнопленными'], noun: false, subject: 'party', object: 'party' },
    ],
    uk: [
      {
        forms: ['обмін полоненими', 'обмін*N полоненими', 'обмін військовополоненими', 'обмін*N військовополоненими'],
        noun: true,
        subject: 'party',
        object: 'party',
      },
      { forms: ['обміня*V полоненими', 'обміня*V військовополоненими'], noun: false, subject: 'party', object: 'party' },
    ],
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
