import type { Sentence } from './indirect-parts.js';
import { isCapitalised, onlyBetween } from '../text/words.js';

/** What stands between a speech verb and what was said: whom it was told, when, or the speaker's own name ("said Ivan Petrenko, …"). */

const MAX_NAME_WORDS = 4;

/** Whether the words from `k` up to the next comma or the sentence's end are a name ("said Ivan Petrenko, the head of …"). */
export function nameOnly({ text, tokens, span }: Sentence, k: number): boolean {
  let last = k;
  while (tokens[last + 1] && !/[,;:]/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  const name = tokens.slice(k, last + 1);
  return (
    name.length > 0 &&
    name.length <= MAX_NAME_WORDS &&
    name.every(isCapitalised) &&
    /^[\s,.;:]*$/u.test(text.slice(tokens[last]!.end, span.end).slice(0, 1))
  );
}

/** English words that, after "said", say when or where: "said on Tuesday night its forces …", "said in his nightly address the …". */
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const PARTS_OF_DAY = new Set('morning afternoon evening night'.split(' '));
const ADDRESSES = new Set('statement address post interview briefing message speech video'.split(' '));
const MAX_ADDRESS_WORDS = 4;

/** Past "on Tuesday (night)", "late on Monday" or "in a (video) statement" right after the verb, where nothing but spaces lies between. */
export function pastAdverbial({ text, tokens, rules }: Sentence, k: number): number {
  if (rules.language !== 'en') return k;
  const close = (a: number) => tokens[a] && tokens[a + 1] && onlyBetween(text, tokens[a]!.end, tokens[a + 1]!.start);
  let at = k;
  if (tokens[at]?.lower === 'late' && close(at)) at++;
  if (tokens[at]?.lower === 'on' && close(at) && WEEKDAYS.has(tokens[at + 1]!.lower)) {
    at += 2;
    if (tokens[at] && PARTS_OF_DAY.has(tokens[at]!.lower) && close(at - 1)) at++;
    return close(at - 1) ? at : k;
  }
  if (tokens[at]?.lower === 'in') {
    for (let e = at + 1; e <= at + MAX_ADDRESS_WORDS && close(e - 1); e++) if (ADDRESSES.has(tokens[e]!.lower)) return close(e) ? e + 1 : k;
  }
  return k;
}

/** Past the one a speaker told ("told reporters", "сообщил ТАСС"), to where what was said begins. */
export function afterAddressee({ tokens, rules, mentions }: Sentence, k: number): number {
  const word = tokens[k];
  if (!word) return k;
  if (rules.isAddressee(word.text)) return k + 1;
  const mention = mentions.covering(word.start);
  if (mention?.kind !== 'ORGANIZATION') return k;
  let next = k;
  while (tokens[next] && tokens[next]!.start < mention.end) next++;
  return next;
}

/** Nouns for what others reported, which a denial names before what it denies: "опровергли сообщения о …", "спростував інформацію про …". */
const REPORTS = new Set(
  'сообщения сообщение информацию данные слухи заявления утверждения публикации повідомлення інформацію дані чутки заяви твердження публікації'.split(
    ' ',
  ),
);
/** Words a report noun may stand from its topic: "сообщения украинских телеграм-каналов о …". */
const MAX_REPORT_TO_TOPIC = 4;

/** Past "сообщения (чьи-то) о" at word `k`, to what the reports said; `k` when no report noun stands there. */
export function pastReports({ text, tokens, rules }: Sentence, k: number): number {
  if (!tokens[k] || !REPORTS.has(tokens[k]!.lower)) return k;
  for (let j = k + 1; j <= k + MAX_REPORT_TO_TOPIC && tokens[j]; j++) {
    if (/[,;:]/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return k;
    // A single word after the topic is too little to stand alone: "опровергло сообщения о прорыве" keeps the noun.
    if (rules.isTopic(tokens[j]!.text)) return tokens[j + 2] ? j + 1 : k;
  }
  return k;
}
