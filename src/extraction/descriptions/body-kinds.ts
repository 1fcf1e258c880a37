import { matcher } from '../text/stem-matcher.js';
import type { Word } from '../text/words.js';

import { countryOf } from './demonyms.js';

/** A ministry by its kind alone ("the ministry", "ведомство"), which refers back to a ministry named before. */
const MINISTRY_HEADS = ['ministry', 'ведомств*', 'министерств*', 'відомств*', 'міністерств*'];
const MINISTRY_NAMES = [...MINISTRY_HEADS, 'мин*', 'мін*', 'мид', 'мзс', 'мвд', 'мвс'];
const COMMAND_HEADS = ['командовани*', 'командуванн*'];
/**
 * Heads that name a body by its kind alone, which refers back to the body of that kind named before
 * ("the ministry", "ведомство", "уточнили в командуванні", "у компанії зазначили"), with the words
 * that tell that kind in a body's name ("Минобороны", "МЗС"; "Повітряних сил"; null: any body).
 * A ministry is one of a kind and is referred to from anywhere; every unit has a command and every
 * trade its companies, so those refer back only to one named in the paragraph or the one before.
 */
export interface BodyKind {
  head: (word: string) => boolean;
  name: ((word: string) => boolean) | null;
  anywhere: boolean;
}
// prettier-ignore
const BODY_KINDS: BodyKind[] = [
  { head: matcher(MINISTRY_HEADS), name: matcher(MINISTRY_NAMES), anywhere: true },
  { head: matcher(COMMAND_HEADS), name: matcher([
    ...COMMAND_HEADS, 'сил', 'сили', 'силы', 'войск*', 'військ*', 'флот*', 'арми*', 'армі*', 'всу', 'зсу', 'вкс', 'вмс', 'пво', 'ппо',
  ]), anywhere: false },
  { head: matcher(['компани*', 'компані*']), name: null, anywhere: false },
  // A body called by the word its name holds: "The Institute for the Study of War wrote … the institute added".
  ...[
    ['institute', 'институт*', 'інститут*'],
    ['service', 'служб*'],
    ['headquarters', 'штаб', 'штаба', 'штабе', 'штабу', 'штабі', 'оперштаб*'],
    ['office', 'офис*', 'офіс*'],
  ].map((heads) => ({ head: matcher(heads), name: matcher(heads), anywhere: false })),
  // "According to the administration", "по данным администрации": the regional administration named before ("Вінницькій ОВА").
  ...[['administration', 'администраци*', 'адміністраці*']].map((heads) => ({
    head: matcher(heads),
    name: matcher([...heads, 'ова', 'ома', 'ода', 'ога']),
    anywhere: false,
  })),
];

/** "военного ведомства", "військового командування": an adjective that tells the body's trade, not which body it is. */
const TRADE_ADJECTIVES = matcher(['военн*', 'військов*', 'military']);
/** The country a body's name states ("Минобороны России"; "Генштаб ВСУ", the forces of Ukraine), or null. */
const FORCES = matcher(['всу', 'зсу']);
const bodyCountry = (name: readonly Word[]): string | null => countryOf(name) ?? (name.some((w) => FORCES(w.lower)) ? 'UA' : null);

/**
 * The words before a body noun that still leave it a body by its kind ("украинского военного ведомства"),
 * and the country their demonym says the body belongs to; null when a word says more (a name, a region).
 */
export function bodyQualifiers(words: readonly Word[]): { country: string | null } | null {
  let country: string | null = null;
  for (const word of words) {
    const demonym = countryOf([word]);
    if (demonym && (country === null || country === demonym)) country = demonym;
    else if (!TRADE_ADJECTIVES(word.lower)) return null;
  }
  return { country };
}

/**
 * "ведомство" with a word before it ("украинского ведомства", "у військовому відомстві") is any state body of
 * that country or trade, a general staff as well as a ministry; alone it is the ministry the article reports.
 */
const AGENCY: BodyKind = {
  head: matcher(['ведомств*', 'відомств*']),
  name: matcher([...MINISTRY_NAMES, 'генштаб*', 'генеральн*']),
  anywhere: true,
};
/** The kind of body a body noun with qualifiers before it names. */
export const qualifiedBodyKind = (word: Word): BodyKind | null => (AGENCY.head(word.lower) ? AGENCY : bodyKind(word));

/** The kind of body a body noun names ("ведомства": a ministry), or null when the word names none. */
export const bodyKind = (word: Word): BodyKind | null => BODY_KINDS.find((kind) => kind.head(word.lower)) ?? null;
/** Whether a body with this name is of the kind. */
export const fitsBody = (kind: BodyKind, name: readonly Word[], country: string | null = null): boolean =>
  (kind.name === null || name.some((w) => kind.name!(w.lower))) && (country === null || bodyCountry(name) === country);
