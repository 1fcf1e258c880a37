import { isStopWord } from '../descriptions/description-words.js';
import type { Layout } from '../text/layout.js';
import type { PhraseContext } from './phrases.js';
import { isCapitalised, onlyBetween, type Word } from '../text/words.js';

/**
 * Where a role or a body in an attribution belongs to a name beside it rather than speaking itself:
 * an organization in a person's title, a role before a comma and a name, an apposition.
 */

/** Words a title may hold between an organization and the person it belongs to ("Kremlin spokesman Dmitry Peskov"). */
const MAX_TITLE_GAP = 3;
/** Words of a second title between a role's comma and the name: "подполковник в отставке". */
const MAX_TITLE_WORDS = 5;
/** Words before a role noun in a name's apposition: "Balitsky, installed by Moscow as governor". */
const MAX_APPOSITION_LEAD = 5;

/** Whether the organization mention ending at word `last` belongs to a person's title that follows. */
export function inTitle(context: PhraseContext, tokens: readonly Word[], last: number): boolean {
  const { mentions, text, rules } = context;
  if (mentions.covering(tokens[last]!.start)?.kind !== 'ORGANIZATION') return false;
  for (let k = last + 1; k <= last + 1 + MAX_TITLE_GAP && k < tokens.length; k++) {
    if (!onlyBetween(text, tokens[k - 1]!.end, tokens[k]!.start, '»”"')) return false;
    const next = mentions.covering(tokens[k]!.start);
    // A name the linker left ambiguous is still a person's name after a title.
    if (next && (next.kind === 'PERSON' || next.kind === null)) return true;
    if (next || isStopWord(tokens[k]!) || rules.verb(tokens[k]!.text)) return false;
    // A name the linker does not know: two capitalised words ("речник ОСУВ «Таврія» Дмитро Лиховій").
    if (isCapitalised(tokens[k]!) && tokens[k + 1] && isCapitalised(tokens[k + 1]!) && !mentions.covering(tokens[k + 1]!.start))
      return true;
  }
  return false;
}

/** Whether a comma after word `last` leads, through more title words and no verb, to a person's name. */
export function titlesNameAfter(context: PhraseContext, tokens: readonly Word[], last: number): boolean {
  const { text, rules, mentions } = context;
  if (!tokens[last + 1] || !/^\s*,\s*$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) return false;
  for (let k = last + 1; k <= last + MAX_TITLE_WORDS && k < tokens.length; k++) {
    if (k > last + 1 && !onlyBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
    const mention = mentions.covering(tokens[k]!.start);
    if (mention) return mention.kind === 'PERSON';
    if (rules.verb(tokens[k]!.text)) return false;
    const next = tokens[k + 1];
    if (isCapitalised(tokens[k]!) && next && isCapitalised(next) && !mentions.covering(next.start)) return true;
  }
  return false;
}

/** Whether the words from `first` follow a person's name and a comma. */
export function apposition(context: PhraseContext, tokens: readonly Word[], first: number): boolean {
  const { mentions, text, rules } = context;
  // "Yevgeny Balitsky, installed by Moscow as governor of …, said": a participle may lead the apposition in.
  for (let k = first - 1; k >= 0 && first - k <= MAX_APPOSITION_LEAD + 1; k--) {
    const mention = mentions.covering(tokens[k]!.start);
    if (mention?.kind !== 'PERSON') continue;
    const gap = text.slice(mention.end, tokens[first]!.start);
    const lead = tokens.slice(k + 1, first).filter((w) => w.start >= mention.end);
    return /^\s*,[^,;:]*$/u.test(gap) && !lead.some((w) => rules.verb(w.text));
  }
  return newNameBefore(context, tokens, first);
}

/** "Mikhail Krutikhin, an independent oil analyst, said": a name the linker does not know, of two capitalised words, and a comma. */
function newNameBefore({ mentions, text }: PhraseContext, tokens: readonly Word[], first: number): boolean {
  const [given, surname] = [tokens[first - 2], tokens[first - 1]];
  if (!given || !surname || !/^\s*,\s*$/u.test(text.slice(surname.end, tokens[first]!.start))) return false;
  const named = (w: Word) => isCapitalised(w) && !isStopWord(w) && !mentions.covering(w.start);
  return named(given) && named(surname) && onlyBetween(text, given.end, surname.start);
}

export function opensSentence(layout: Layout, word: Word): boolean {
  return onlyBetween(layout.text, layout.sentences[layout.sentenceAt(word.start)]!.start, word.start);
}
