import { DISCUSSION_VERBS, LOCATORS, PARTNER_WORDS, TOPIC_WORDS } from './event-cues.js';
import { firstWordFrom, gapWords, type Reach, type Sentence } from './event-sentence.js';
import type { KnownMention } from '../types.js';

/**
 * A place after "with" is a party to the framing, not where it happened: "talks with Ukraine",
 * "встретился с главой МИД КНР"; after "on" it is what was said ("briefed on the Donbas"); unless
 * a locative comes between ("met with Putin in Moscow"). After a Russian or Ukrainian "discussed"
 * it is the topic, locative and all.
 */
export function partner(s: Sentence, r: Reach, place: KnownMention): boolean {
  const [partners, topics] = [PARTNER_WORDS[r.match.type]?.[s.language], TOPIC_WORDS[r.match.type]?.[s.language]];
  if (partners === undefined && topics === undefined) return false;
  const between = s.ws.slice(r.match.last + 1, firstWordFrom(s.ws, place.start)).map((w) => w.lower);
  const withAt = between.findLastIndex((w) => partners?.has(w) === true || topics?.has(w) === true);
  if (topics !== undefined && between.some((w) => DISCUSSION_VERBS[s.language].has(w))) return true;
  return withAt >= 0 && !between.slice(withAt + 1).some((w) => LOCATORS[s.language].has(w));
}

/**
 * Talks with someone named at length, or a meeting verb's object, then where: "провел переговоры с генеральным директором
 * Росатома Алексеем Лихачевым в Калининграде". A locator right after the partner's name places the
 * talks however long the name was.
 */
export function afterPartner(s: Sentence, r: Reach, place: KnownMention): boolean {
  if (PARTNER_WORDS[r.match.type] === undefined) return false;
  const previous = s.mentions[s.mentions.indexOf(place) - 1];
  if (previous === undefined || previous.kind === 'PLACE' || previous.start < r.end) return false;
  // A verb of meeting takes its partner as object: "met Russia's Defence Minister Andrey Belousov in Minsk".
  return LOCATORS[s.language].has(gapWords(s, previous.end, place.start)) && (partner(s, r, previous) || !r.match.group.noun);
}
