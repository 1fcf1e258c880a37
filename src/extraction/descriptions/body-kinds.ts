import { matcher } from '../text/stem-matcher.js';
import type { Word } from '../text/words.js';

/** A ministry by its kind alone ("the ministry", "ведомство"), which refers back to a ministry named before. */
const MINISTRY_HEADS = ['ministry', 'ведомств*', 'министерств*', 'відомств*', 'міністерств*'];
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
  { head: matcher(MINISTRY_HEADS), name: matcher([...MINISTRY_HEADS, 'мин*', 'мін*', 'мид', 'мзс', 'мвд', 'мвс']), anywhere: true },
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

/** The kind of body a body noun names ("ведомства": a ministry), or null when the word names none. */
export const bodyKind = (word: Word): BodyKind | null => BODY_KINDS.find((kind) => kind.head(word.lower)) ?? null;
/** Whether a body with this name is of the kind. */
export const fitsBody = (kind: BodyKind, name: readonly Word[]): boolean => kind.name === null || name.some((w) => kind.name!(w.lower));
