import type { Linked, Reach, Sentence } from './event-sentence.js';

/**
 * "BRUSSELS, Nov 20 (Test Wire) – Sybiha asked … at a meeting with Kallas": a meeting the lede
 * reports with no place of its own is held in the city the dateline names; the wire is where the
 * meeting was.
 */

/** A city in capitals opening a paragraph, then a comma: "BRUSSELS,", "МОСКВА,", "КИЇВ,". */
const DATELINE_CITY = /^\p{Lu}[\p{Lu}\s.'’-]+$/u;

export function datelinePlace(s: Sentence, r: Reach): Linked | null {
  if (r.match.type !== 'MEETING') return null;
  const city = s.mentions[0];
  if (city?.kind !== 'PLACE' || city.entityKey === null || city.end > r.start) return null;
  const opensParagraph = city.start === 0 || s.text[city.start - 1] === '\n';
  if (!opensParagraph || !DATELINE_CITY.test(city.text) || s.text[city.end] !== ',') return null;
  return { places: [city.entityKey], rule: 'a meeting in the lede with no place of its own: the dateline city', weight: 0.4 };
}
