import { firstWordFrom, near, type Reach, type Sentence } from './event-sentence.js';
import type { KnownMention } from '../types.js';

/**
 * The past tense of a Russian or Ukrainian verb that takes an object, "обвинила", "заявив" (a
 * Ukrainian noun in -ів, "Харків", "дронів", is none). A reflexive one takes none: the place after
 * "под ударом оказались", "під вогнем опинилися" is its subject.
 */
const PAST_TENSE: Record<Exclude<Sentence['language'], 'en'>, RegExp> = {
  ru: /^\p{L}{2,}[аеиоуыя](л|ла|ло|ли)$/u,
  uk: /^\p{L}{2,}([аеиоуі](ла|ло|ли)|[аиу]в)$/u,
};

const SUBJECT_REACH = 4;

/**
 * "на брифинге в четверг обвинила Кишинев": a place right after a verb of the noun's clause is the
 * verb's object, not where the noun happened ("атака продолжалась в Харькове", after a locator, is).
 */
export function verbObject(s: Sentence, r: Reach, place: KnownMention): boolean {
  if (!r.match.group.noun || s.language === 'en') return false;
  const verb = s.ws[firstWordFrom(s.ws, place.start) - 1];
  if (verb === undefined || verb.start < r.end || !PAST_TENSE[s.language].test(verb.lower)) return false;
  // The verb has its subject before the noun ("Захарова на брифинге … обвинила"); with none the place may be the subject: "Під обстрілами перебували Куп’янськ".
  return s.mentions.some(
    (m) => (m.kind === 'PERSON' || m.kind === 'ORGANIZATION') && m.end <= r.start && near(s, m.end, r.start, SUBJECT_REACH),
  );
}
