import { SUPPORT_VERBS } from './event-cues.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import { normalize } from '../framings/framings.js';
import { type Reach, type Sentence } from './event-sentence.js';

/**
 * "Главное из брифинга, который в субботу провел официальный представитель ведомства Игорь
 * Конашенков", "нарада, яку провів голова ОВА", "the meeting, which Zelensky chaired": a relative
 * clause right after a noun, held by a support verb, names who held it, before or after the verb
 * as the language puts the subject.
 */

const RELATIVES: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['which', 'that']),
  ru: new Set(['который', 'которая', 'которое', 'которые', 'которую', 'которой']),
  uk: new Set(['який', 'яка', 'яке', 'які', 'яку', 'якій']),
};

/** Words the relative clause is read for: "который в субботу провел официальный представитель ведомства Игорь Конашенков" is eight. */
const CLAUSE_REACH = 9;

/** Key of the person or organization the relative clause after a noun says held it, or null. */
export function heldInRelative(s: Sentence, r: Reach): string | null {
  const i = r.match.last + 1;
  const relative = s.ws[i];
  if (!r.match.group.noun || relative === undefined || !RELATIVES[s.language].has(relative.lower)) return null;
  if (!/^\s*,\s*$/u.test(s.text.slice(r.end, relative.start))) return null;
  // The clause ends at the first punctuation after it, or at the reach.
  const last = s.ws[Math.min(s.ws.length - 1, i + CLAUSE_REACH)]!;
  const stop = /[,;:.!?—–()«»"]/u.exec(s.text.slice(relative.end, last.end));
  const end = stop === null ? last.end : relative.end + stop.index;
  const clause = s.ws.slice(i + 1).filter((w) => w.end <= end);
  if (!clause.some((w) => SUPPORT_VERBS[s.language].has(normalize(w.lower)))) return null;
  const holder = s.mentions.find(
    (m) => m.start > relative.end && m.end <= end && m.entityKey !== null && (m.kind === 'PERSON' || m.kind === 'ORGANIZATION'),
  );
  return holder?.entityKey ?? null;
}
