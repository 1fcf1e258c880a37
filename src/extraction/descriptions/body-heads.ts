import { isStopWord } from './description-words.js';
import { isHeadOfBody } from './role-match.js';
import type { Word } from '../text/words.js';

/**
 * "сообщил глава городского округа" after "начальник Генштаба Валерий Герасимов": every word for a
 * body's head names the same role ("глава" = "начальник"), but a head who names the body they head
 * heads that body, not another one. A region is named in turn by its kind ("глава региона" =
 * "губернатор … области") and, in Ukrainian, by its administration's abbreviation ("голова
 * області" = "начальник Сумської ОВА").
 */

/** Words that name a region whatever its name: one class, so "региона" meets "области". */
// prettier-ignore
const REGION_WORDS = [
  'region', 'regional', 'oblast', 'province', 'регион', 'област', 'облас', 'края', 'краю', 'край', 'регіон', 'ова', 'ода',
];
const REGION = 'region';
/** A governor heads a region by title alone: "Губернатор Кубани … подчеркнул глава региона". */
const GOVERNORS = ['governor', 'губернатор'];
/** Letters of a word compared, as the eval's description match does ("округа" meets "округ"). */
const STEM = 5;
const MIN_WORD = 3;

function bodyStems(words: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const word of words) {
    if (GOVERNORS.some((g) => word.startsWith(g))) stems.add(REGION);
    if (word.length < MIN_WORD || isHeadOfBody(word)) continue;
    stems.add(REGION_WORDS.some((r) => word.startsWith(r)) ? REGION : word.slice(0, STEM));
  }
  return stems;
}

/** The words after a head-of-body noun that name the body ("городского округа", "of the city's military administration"), or []. */
export function namedBody(phrase: readonly Word[], head: number): string[] {
  if (!phrase[head] || !isHeadOfBody(phrase[head]!.lower)) return [];
  return phrase
    .slice(head + 1)
    .filter((w) => !isStopWord(w) && w.lower !== 'of')
    .map((w) => w.lower);
}

/** Whether someone titled with `roleWords` heads the body `body` names: with no title or no body stated, nothing tells them apart. */
export function headsNamedBody(body: readonly string[], roleWords: readonly string[]): boolean {
  if (body.length === 0 || roleWords.length === 0) return true;
  const theirs = bodyStems(roleWords);
  if (theirs.size === 0) return true;
  return [...bodyStems(body)].some((stem) => theirs.has(stem));
}
