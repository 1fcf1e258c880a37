import type { FramingLanguage } from '../framings/framing-words.js';
import type { FramingMatch } from '../framings/framings.js';
import { near, type Sentence } from './event-sentence.js';
import { SIDE_KEYS } from './sides.js';

/**
 * Uses of a framing word that tell of no one happening: a habit, told with a word of frequency
 * before the word ("хто щоночі обстрілює українські міста", "Закарпаття рідко потрапляє під
 * обстріли", "drones now regularly hit the road"), and a night's launches counted against a
 * warring state as a whole ("росіяни випустили по Україні 86 дронів"), whose happenings are the
 * places hit, which the article names (the gold sets mark those, and no such tally).
 */

/** Words of frequency, one or two words long; "repeatedly" and "often" are left out, as they tell of a series of happenings. */
const FREQUENCY: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['regularly', 'rarely', 'seldom', 'routinely', 'nightly', 'every night', 'every day']),
  ru: new Set(['ежедневно', 'еженощно', 'регулярно', 'редко', 'постоянно', 'каждую ночь', 'каждый день']),
  uk: new Set(['щоночі', 'щодня', 'щотижня', 'регулярно', 'рідко', 'постійно', 'щоразу']),
};

/** Words at most between the frequency word and the framing: "рідко потрапляє під обстріли". */
const HABIT_REACH = 2;

function habitual(s: Sentence, match: FramingMatch): boolean {
  const start = s.ws[match.first]!.start;
  for (let i = match.first - 1; i >= Math.max(0, match.first - 1 - HABIT_REACH); i--) {
    const [one, two] = [s.ws[i]!, s.ws[i + 1]];
    const phrase = two !== undefined && i + 1 < match.first ? `${one.lower} ${two.lower}` : '';
    const frequency = FREQUENCY[s.language].has(one.lower) || FREQUENCY[s.language].has(phrase);
    if (frequency && near(s, one.end, start, HABIT_REACH)) return true;
  }
  return false;
}

/** "випустили по Україні", "выпустили по России": a launch verb with a warring state right after "по". */
const LAUNCH = /^(випуст|выпуст)/u;
function launchedAtSide(s: Sentence, match: FramingMatch): boolean {
  if (!LAUNCH.test(s.ws[match.first]!.lower) || s.ws[match.last + 1]?.lower !== 'по') return false;
  const target = s.ws[match.last + 2];
  return target !== undefined && s.mentions.some((m) => m.start === target.start && SIDE_KEYS.has(m.entityKey ?? ''));
}

export const tellsNoHappening = (s: Sentence, match: FramingMatch): boolean => habitual(s, match) || launchedAtSide(s, match);
