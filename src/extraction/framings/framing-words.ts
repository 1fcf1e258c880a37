import type { EventType } from '../../graph/vocabulary.js';

/**
 * The words news uses for a happening, mapped to its neutral type: "liberation" and "capture"
 * are both a CONTROL_CHANGE, each kept as the source's framing. English words are listed as
 * written; Russian and Ukrainian ones as a stem and the class of endings it takes ("освободи*V"
 * reads освободил, освободили, освободить), so every inflected form is read without listing it.
 * A phrase is several words ("took control", "нанес*V удар*N"); a trailing word marked `+` is
 * needed but left out of the framing ("випусти*V +по": "випустили" in "випустили по Херсонщині").
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
  /**
   * Its place is only one after a locator ("обмен пленными в Стамбуле", "выступил в Донецке"): a
   * place elsewhere is a party or an object ("Russia and Ukraine swapped", "поблагодарил Абу-Даби").
   */
  located?: boolean;
}

export type FramingLanguage = 'en' | 'ru' | 'uk';
/** Framing words by type and language; framing-words-control.ts, -attacks.ts, -civic.ts and -other.ts hold them. */
export type FramingTable = Partial<Record<EventType, Record<FramingLanguage, FramingGroup[]>>>;

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
    V: verbEndings('л ла ло ли ть т ют ят ет ит ут ат ел лся лась лись ться тся ется ются ится ятся'),
    A: endings('а о ы ый ая ое ые ого ому ым ых ыми ой ую'),
  },
  uk: {
    N: endings('ь а я у ю і ї и е о ою ею єю ом ем ам ям ах ях ами ями ів їв'),
    V: verbEndings('в ла ло ли ти ть ють ять ов вся лася лися е є ить уть тися ться ється ються'),
    A: endings('а о і ий е ого ому им их ими ою у ої'),
  },
};
