import { isOrganizationWord } from '../descriptions/description-words.js';
import type { PhraseContext } from './phrases.js';
import type { Candidate } from './speaker-memory.js';
import { capitalisedRunEnd, isCapitalised, type Word } from '../text/words.js';

/** New organizations' names among a clause's capitalised words, which no title is cut from. */

/** Whether a capitalised title opens a body's name: "Prosecutor General's Office" is no prosecutor. */
export function opensBodyName(context: PhraseContext, tokens: readonly Word[], i: number): boolean {
  if (!isCapitalised(tokens[i]!)) return false;
  const last = capitalisedRunEnd(context.text, tokens, i, (word) => context.mentions.covering(word.start) !== null);
  return last > i && isOrganizationWord(tokens[last]!);
}

/** "В МЧС сообщили", "У ДСНС повідомили": an abbreviation the linker does not know names a new organization. */
export function abbreviated(word: Word): Candidate {
  const name = { start: word.start, end: word.end, text: word.text };
  const referent = {
    speaker: { kind: 'new' as const, name, entityKind: 'ORGANIZATION' as const },
    role: null,
    roleWords: [],
    surname: null,
  };
  return { start: word.start, end: word.end, referent, rule: 'speaker: new abbreviation', score: 0.7 };
}
