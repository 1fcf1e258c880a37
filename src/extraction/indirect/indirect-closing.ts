import type { Utterance } from '../speakers/attribution.js';
import { clause, datelineEnd, MAX_TAIL_WORDS, reported, sourcePhraseAt, startsWith, type Sentence } from './indirect-parts.js';
import { clauseStart } from './indirect-parenthetical.js';
import { isDefinite, isIndefinite } from '../descriptions/description-words.js';
import { isRoleHead } from '../descriptions/role-heads.js';
import type { SpeechRules } from '../speech/speech-verbs.js';
import { isCapitalised, type Word } from '../text/words.js';

/** Reported speech whose attribution follows what was said: "…, повідомив X", "Про це повідомив X". */

/** Commas from a sentence's end an attribution between two of them may sit after. */
const MAX_CLOSING_COMMAS = 2;
/** Words of an apposition closing the sentence after the attribution: "…, the IAEA said, the eleventh such blackout since …". */
const MAX_APPOSITION_WORDS = 15;

/**
 * "…, повідомив начальник ОВА Олег Синєгубов.", "…, local officials said.": the speaker after the last
 * comma, or between two commas when a clause of the reporter's own follows ("…, the General Staff said,
 * as fighting spread …"); one joined by "and" goes on with what was said ("…, Filashkin said, and …").
 */
export function closing(sentence: Sentence): Utterance | null {
  const { text, span, tokens, rules } = sentence;
  // "На вопрос, …, он ответил:" introduces the words that follow; it closes nothing.
  if (/:\s*$/u.test(span.text)) return null;
  let end = span.end;
  for (let tries = 0; tries < MAX_CLOSING_COMMAS; tries++) {
    const comma = text.lastIndexOf(',', end - 1);
    if (comma <= span.start) return null;
    const tail = tokens.filter((w) => w.start > comma && w.start < end);
    const rest = tokens.filter((w) => w.start > end);
    const after = rest[0];
    // "…, said Ivan Petrenko, the head of the village council.": the speaker's apposition closes the sentence.
    // "…, сообщил источник, пожелавший остаться неназванным.": so does a relative or participial clause about the speaker.
    const apposition =
      after &&
      rest.length <= MAX_APPOSITION_WORDS &&
      ((rules.language === 'en' && (isDefinite(after) || isIndefinite(after))) || interrupts(rules, after));
    // "В Энергодаре, по данным администрации, повреждена линия": what was said goes on after the source.
    const parenthetical = after && sourcePhraseAt(rules, tail, 0) !== undefined;
    if (!after || apposition || parenthetical || rules.isConnective(after.text)) {
      if (attributionTail(tail, rules)) {
        const from = end === span.end ? interruptedSpeaker(sentence, comma) : comma;
        const opening = datelineEnd(text, { start: span.start, end: from });
        const said = reported(
          text,
          parenthetical ? clauseStart(sentence, opening, from) : opening,
          from,
          [clause(from + 1, apposition ? span.end : end, 'after the content', 'start')],
          'indirect: …, X said',
        );
        const goesOn = parenthetical ? end + 1 : after && rules.isConjunction(after.text) ? after.end : null;
        const more = goesOn === null ? null : reported(text, goesOn, span.end, [], '');
        return said && more ? { ...said, segments: [...said.segments, ...more.segments] } : said;
      }
    }
    end = comma;
  }
  return null;
}

/**
 * "…, the regional governor said on Wednesday, while Mayor Sobyanin said …": a sentence whose second
 * half reports someone else may close its first half with that half's own attribution.
 */
export function closedBefore(sentence: Sentence, later: Utterance): Utterance | null {
  const { text, span, tokens, rules } = sentence;
  const start = later.segments[0]!.start;
  const connective = tokens.findLast(
    (w, k) => k > 0 && w.start < start && rules.isConnective(w.text) && /,\s*$/u.test(text.slice(tokens[k - 1]!.end, w.start)),
  );
  if (!connective) return null;
  const end = text.lastIndexOf(',', connective.start);
  const before = tokens.filter((w) => w.start < end);
  return closing({ ...sentence, span: { start: span.start, end, text: text.slice(span.start, end) }, tokens: before });
}

/** Words a speaker's noun phrase may have before a clause about them interrupts it: "the official, who …, said". */
const MAX_SPEAKER_WORDS = 6;
/** A verb closing a sentence with nothing but an adverb or two: "said", "said on Thursday". */
const MAX_BARE_VERB_WORDS = 3;

/**
 * Where the attribution begins when a clause about the speaker stands between them and the verb
 * closing the sentence ("…, a Western official, speaking on condition of anonymity, said.") or an
 * apposition naming what they are ("…, Rosaviatsia, the federal air transport agency, said."): the
 * comma before the speaker; else the comma before the verb.
 */
function interruptedSpeaker(sentence: Sentence, comma: number): number {
  const { text, span, tokens, rules } = sentence;
  // Only a bare verb ("…, said.") leaves its speaker before the interruption; "…, Governor Oleh Kiper said" names them.
  const tail = tokens.filter((w) => w.start > comma);
  const inner = text.lastIndexOf(',', comma - 1);
  const outer = text.lastIndexOf(',', inner - 1);
  if (tail.length <= MAX_BARE_VERB_WORDS && titledName(sentence, outer, inner, comma)) return outer;
  if (tail.length > MAX_BARE_VERB_WORDS || tail.some((w) => isCapitalised(w) || isRoleHead(rules.language, w) || rules.isPronoun(w.text)))
    return comma;
  const opener = tokens.find((w) => w.start > inner);
  if (inner <= span.start || !opener) return comma;
  // "…, Rosaviatsia, the federal air transport agency, said.": an English apposition opens with its article.
  const apposition = rules.language === 'en' && (isDefinite(opener) || isIndefinite(opener));
  if (!(interrupts(rules, opener) || apposition)) return comma;
  const speaker = tokens.filter((w) => w.start > outer && w.start < inner);
  return outer > span.start && speaker.length > 0 && speaker.length <= MAX_SPEAKER_WORDS ? outer : comma;
}

/** Words of a title set off before its holder's name: "the head of the Poltava Regional Military Administration". */
const MAX_TITLE_WORDS = 10;
const MAX_NAME_WORDS = 3;

/** "…, the head of the Poltava administration, Volodymyr Kohut, said.": an English title with its article, then a name. */
function titledName({ text, span, tokens, rules }: Sentence, outer: number, inner: number, comma: number): boolean {
  const name = tokens.filter((w) => w.start > inner && w.start < comma);
  const title = tokens.filter((w) => w.start > outer && w.start < inner);
  return (
    rules.language === 'en' &&
    outer > span.start &&
    name.length > 0 &&
    name.length <= MAX_NAME_WORDS &&
    name.every(isCapitalised) &&
    title.length > 1 &&
    title.length <= MAX_TITLE_WORDS &&
    isDefinite(title[0]!) &&
    /^,\s*$/u.test(text.slice(inner, name[0]!.start))
  );
}

/** A relative pronoun or a participle opening a clause about someone: "who …", "speaking on condition …", "пожелавший …". */
function interrupts(rules: SpeechRules, word: Word): boolean {
  if (rules.isRelative(word.text)) return true;
  return rules.language === 'en' ? /\p{L}{3,}ing$/u.test(word.lower) : /(вш|ющ|ящ|ущ|ащ)(ий|ая|ее|ие|ій|а|е|і)(ся)?$/u.test(word.lower);
}

/** Whether the words after a comma attribute what came before: "local officials said", "according to Interfax". */
function attributionTail(tail: readonly Word[], rules: SpeechRules): boolean {
  if (tail.length === 0 || tail.length > MAX_TAIL_WORDS || tail.some((w) => rules.isComplementiser(w.text))) return false;
  return sourcePhraseAt(rules, tail, 0) !== undefined || tail.some((w) => rules.verb(w.text)?.indirect);
}

/** "Про це повідомив начальник ОВА Сергій Лисак.": what was said is the sentence before, after its dateline. */
export function pointingBack(sentence: Sentence, before: Sentence): Utterance | null {
  const { text, span, tokens, rules } = sentence;
  const phrase = startsWith(rules.backPhrases, tokens, 0);
  if (!phrase) return null;
  const verb = tokens.slice(phrase.split(' ').length).find((w) => rules.verb(w.text)?.indirect);
  if (!verb) return null;
  const end = before.span.start + text.slice(before.span.start, before.span.end).replace(/[.!?…\s]+$/u, '').length;
  return reported(
    text,
    datelineEnd(text, before.span),
    end,
    [clause(span.start, span.end, 'in the sentence after', 'start')],
    `indirect: ${phrase} X said`,
  );
}
