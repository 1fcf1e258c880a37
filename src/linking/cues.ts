/**
 * What the words just before a name say it is. News introduces a small place by its kind ("the
 * village of Novoekonomichne", "населённый пункт Новоэкономическое", "села Шахове"), so a city
 * of that name (Myrnohrad was once Novoekonomichne) is unlikely to be meant; and it names a river
 * by the river or its bank ("на левом берегу Днепра", "the Dnipro river"), which no town is.
 */
import { normalizeName } from '../names/normalize.js';
import type { GazetteerEntry } from './types.js';

export type Cue = 'village' | 'river';

// The words that end such an introduction, in the cases the three languages put them in before a
// name (a place's name stays in its own case after "village of", "село", "у селі").
const CUE_WORDS: Readonly<Record<Cue, readonly string[]>> = {
  village: ['village', 'villages', 'hamlet', 'settlement', 'settlements', 'село', 'села', 'селе', 'селом', 'сёла', 'селу',
    'деревня', 'деревни', 'деревне', 'посёлок', 'посёлка', 'посёлке', 'поселок', 'поселка', 'поселке', 'хутор', 'хутора',
    'селі', 'селища', 'селище', 'селищі', 'хутір', 'хуторі', 'пункт', 'пункта', 'пункте', 'пункту', 'пункті'],
  river: ['river', 'bank', 'banks', 'река', 'реки', 'реке', 'рекой', 'берег', 'берегу', 'берега',
    'річка', 'річки', 'річці', 'берегом', 'берегах', 'береги'],
};
const WORD_TO_CUE = new Map<string, Cue>(
  (Object.entries(CUE_WORDS) as [Cue, readonly string[]][]).flatMap(([cue, words]) => words.map((w) => [normalizeName(w), cue] as const)),
);
// "the village of", "the left bank of the": the cue word, then at most "of" and "the" before the name.
const BEFORE_NAME = /(\p{L}+)(?:\s+of)?(?:\s+the)?\s+$/u;
const LOOK_BACK = 24;

/** The cue the words just before `start` give, if any; a capitalised word is a name's (the Bank of Russia). */
export function cueBefore(text: string, start: number): Cue | null {
  const m = BEFORE_NAME.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  if (m === null || m[1]!.charAt(0) !== m[1]!.charAt(0).toLowerCase()) return null;
  return WORD_TO_CUE.get(normalizeName(m[1]!)) ?? null;
}

// A village cue leaves room for a large village; a town of this size is not one.
const TOWN_POPULATION = 20_000;
const AGAINST_CUE = -3;

/** What the cue takes off a candidate's log-odds, and why; null when it says nothing of it. */
export function cueWeight(cue: Cue | null, entry: GazetteerEntry): [number, string] | null {
  if (cue === 'village' && entry.kind === 'PLACE' && (entry.population ?? 0) >= TOWN_POPULATION) {
    return [AGAINST_CUE, `introduced as a village: not a town of ${entry.population}`];
  }
  if (cue === 'river' && entry.kind === 'PLACE') return [AGAINST_CUE, 'introduced as a river'];
  return null;
}
