import { LOCATORS, REGION_NAMES } from './event-cues.js';
import { firstWordFrom, near, type Reach, type Sentence } from './event-sentence.js';

/**
 * "освободили населенный пункт Петропавловка в Харьковской области", "захоплення села Степове на
 * Харківщині", "captured Novoekonomichne in the Donetsk region": when the first place after the
 * framing is a region a locator introduces, and the word before the locator is a name no linked
 * mention covers, the happening is at that town, which the gazetteer does not know. The region only
 * locates it: reporting the event there would be a second, wrong place, so nothing is reported.
 */

/** Words the region may stand from the framing: "освободили населенный пункт Петропавловка в" is four. */
const UNNAMED_REACH = 6;

const CAPITALIZED = /^\p{Lu}/u;

export function atUnnamedTown(s: Sentence, r: Reach): boolean {
  const region = s.mentions.find((m) => m.kind === 'PLACE' && m.start >= r.end && m.end <= r.to);
  if (region === undefined || !REGION_NAMES.test(s.text.slice(region.start, region.end))) return false;
  if (!near(s, r.end, region.start, UNNAMED_REACH)) return false;
  const at = firstWordFrom(s.ws, region.start);
  // "in the Donetsk region": the locator may be two words.
  const one = s.ws[at - 1]?.lower ?? '';
  const two = `${s.ws[at - 2]?.lower} ${one}`;
  const name = LOCATORS[s.language].has(two) ? s.ws[at - 3] : LOCATORS[s.language].has(one) ? s.ws[at - 2] : undefined;
  if (name === undefined || name.start < r.end || !CAPITALIZED.test(name.text)) return false;
  // The linker keeps a name it could not resolve as a mention with no key: still unnamed.
  return !s.mentions.some((m) => m.entityKey !== null && m.start < name.end && m.end > name.start);
}
