import type { MentionIndex } from '../text/mention-index.js';
import { isDefinite, isIndefinite, isStopWord } from '../descriptions/description-words.js';
import { isHeadOfBody } from '../descriptions/role-match.js';
import { isRoleHead, isSourceHead } from '../descriptions/role-heads.js';
import type { SpeechRules } from '../speech/speech-verbs.js';
import type { KnownMention } from '../types.js';
import { isCapitalised, onlyBetween, type Word } from '../text/words.js';

/**
 * Noun phrases around a role word, read from the words of one clause: the description of an
 * unnamed speaker ("a senior Russian diplomat", "sources present at the meeting", "источник в
 * силовых структурах") and the title before a name ("Defence Minister", "пресс-секретарь Кремля").
 */
export interface Phrase {
  first: number;
  last: number;
  text: string;
  determiner: 'indefinite' | 'definite' | null;
}

export interface PhraseContext {
  text: string;
  rules: SpeechRules;
  mentions: MentionIndex;
}

const MAX_MODIFIERS = 4;
/** Russian and Ukrainian adjective endings, in the nominative a title's adjectives take. */
const ADJECTIVE = /(ый|ий|ой|ій|ая|яя|ое|ее|ые|ие|на|ня|не|ні)$/u;
/** The other case endings an adjective before a role takes: "российских военных корреспондентов", "Українських прикордонників". */
// "В украинском ведомстве": the Russian prepositional ends in "-ом" too, which only an adjective's stem ("-ск-", "-н-") tells from a noun's.
const ADJECTIVE_OBLIQUE =
  /(ых|их|іх|ого|его|ому|ему|ой|ей|ым|им|ую|юю|ої|ій|ою|ею|ими|іми|ська|цька|зька|ські|цькі|зькі|ві|ском|цком|ном)$/u;
const MAX_TAIL = 6;
/** Genitive words after a Russian or Ukrainian role: "глава администрации района". */
const MAX_COMPLEMENT = 2;
/** Words after a head that carry the description on: "a source close to …", "источник в …". */
const TAIL_OPENERS = new Set(
  'of for from at in with close familiar present near inside в из с у при близкий близкие з із від біля'.split(' '),
);

/** The phrase headed by the role word at `head`, or null when the word is a title before a name. */
export function phraseAt(context: PhraseContext, tokens: readonly Word[], head: number): Phrase | null {
  const { text, rules, mentions } = context;
  const next = tokens[head + 1];
  const owner = next && joined(context, tokens[head]!, next) ? mentions.covering(next.start) : null;
  const owned = owner ? ownerOf(context, tokens, head + 1, owner) : null;
  if (
    next &&
    joined(context, tokens[head]!, next) &&
    (owner ? owned === null : isCapitalised(next) && !isStopWord(next) && !isAbbreviation(rules, next))
  )
    return null;
  let first = head;
  let determiner: Phrase['determiner'] = null;
  while (first > 0 && head - first < MAX_MODIFIERS && joined(context, tokens[first - 1]!, tokens[first]!)) {
    const word = tokens[first - 1]!;
    if (isIndefinite(word) || isDefinite(word)) {
      determiner = isIndefinite(word) ? 'indefinite' : 'definite';
      first--;
      break;
    }
    if (isStopWord(word) || rules.verb(word.text) || rules.isAddressee(word.text) || mentions.covering(word.start)?.kind === 'PERSON')
      break;
    // Russian and Ukrainian modify a role before it only by adjectives: "на заседании оперативного штаба | губернатор".
    if (rules.language !== 'en' && !mentions.covering(word.start) && !ADJECTIVE.test(word.lower) && !ADJECTIVE_OBLIQUE.test(word.lower))
      break;
    first--;
  }
  let last = owned ?? head;
  const tailed =
    owned === null &&
    next &&
    joined(context, tokens[head]!, next) &&
    (TAIL_OPENERS.has(next.lower) || (isSourceHead(tokens[head]!) && rules.language !== 'en'));
  if (tailed) {
    while (last + 1 < tokens.length && last - head < MAX_TAIL && joined(context, tokens[last]!, tokens[last + 1]!)) {
      // "Источник в штабе также сообщил": an adverb before the verb ends the tail, as the verb does.
      const after = tokens[last + 1]!;
      if (rules.verb(after.text) || rules.isAuxiliary(after.text) || (rules.language !== 'en' && PAST_PLURAL.test(after.lower))) break;
      last++;
    }
  }
  // Russian and Ukrainian put what a role belongs to after it, in the genitive: "главы района", "мер міста";
  // when that ends in a name ("министр иностранных дел Украины Андрей Сибига"), the phrase is a title.
  if (!tailed && owned === null && rules.language !== 'en') {
    let far = head;
    while (far - head < MAX_TAIL && tokens[far + 1] && complements(context, tokens[far]!, tokens[far + 1]!)) far++;
    const after = tokens[far + 1];
    if (far > head && after && joined(context, tokens[far]!, after) && (mentions.covering(after.start) || isCapitalised(after)))
      return null;
    last = Math.min(far, head + MAX_COMPLEMENT);
  }
  const raw = text.slice(tokens[first]!.start, end(context, tokens[last]!));
  // "A Russian military official" opening a sentence is described as "a Russian military official".
  const phrase = determiner && /^\p{Lu}\p{Ll}*$/u.test(tokens[first]!.text) ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
  return { first, last, text: phrase, determiner };
}

/**
 * "Губернатор Белгородской области сообщил": in Russian and Ukrainian a place after a role
 * is whom the role belongs to, and the phrase ends with it (the index of its last word) unless a
 * name follows ("Глава ДНР Денис Пушилин": a title, null).
 */
function ownerOf(context: PhraseContext, tokens: readonly Word[], at: number, owner: KnownMention): number | null {
  // A body's representative speaks for the body ("Представители МАГАТЭ заявили"): only a place is absorbed,
  // or the body a head heads ("Голова ОВА відповів": its head, a person, speaks).
  if (
    context.rules.language === 'en' ||
    (owner.kind !== 'PLACE' && !(owner.kind === 'ORGANIZATION' && isHeadOfBody(tokens[at - 1]!.lower)))
  )
    return null;
  let last = at;
  while (tokens[last + 1] && tokens[last + 1]!.start < owner.end) last++;
  const after = tokens[last + 1];
  const named =
    after && onlyBetween(context.text, owner.end, after.start) && (context.mentions.covering(after.start) || isCapitalised(after));
  return named ? null : last;
}

/** "голова ОВА", "глава МВД": in Russian and Ukrainian an abbreviation after a role is what it belongs to, not a name. */
const isAbbreviation = (rules: SpeechRules, word: Word): boolean => rules.language !== 'en' && /^\p{Lu}{2,}$/u.test(word.text);

function complements(context: PhraseContext, before: Word, word: Word): boolean {
  const { rules, mentions } = context;
  return (
    joined(context, before, word) &&
    (!isCapitalised(word) || isAbbreviation(rules, word)) &&
    !isStopWord(word) &&
    !rules.verb(word.text) &&
    !PAST_PLURAL.test(word.lower) &&
    !rules.isAddressee(word.text) &&
    // "Губернатор также опроверг": an adverb before the verb is none of the role's.
    !rules.isAuxiliary(word.text) &&
    !mentions.covering(word.start)
  );
}

/** A past plural verb ends a group's description: "Російські військові блогери | публікували відео". */
const PAST_PLURAL = /(али|яли|или|ыли|ули|іли)$/u;

/** The title right before the name whose first word is `name`: "Military expert", "Глава ДНР". */
export function titleBefore(context: PhraseContext, tokens: readonly Word[], name: number): string | null {
  let first = name;
  while (first > 0 && name - first < MAX_MODIFIERS + 1 && joined(context, tokens[first - 1]!, tokens[first]!)) {
    const word = tokens[first - 1]!;
    const mention = context.mentions.covering(word.start);
    if (mention?.kind === 'PERSON' || isStopWord(word) || isIndefinite(word) || context.rules.verb(word.text)) break;
    first--;
    while (mention && first > 0 && tokens[first - 1]!.start >= mention.start) first--;
  }
  return roleOf(context, tokens, first, name - 1);
}

/** The apposition after a name: "Alexander Stepanyan, a military expert, said" → "military expert". */
export function appositionAfter(context: PhraseContext, tokens: readonly Word[], mention: KnownMention, after: number): string | null {
  if (!/^\s*,/u.test(context.text.slice(mention.end, mention.end + 3))) return null;
  let first = after;
  if (tokens[first] && (isIndefinite(tokens[first]!) || isDefinite(tokens[first]!))) first++;
  if (!tokens[first]) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first < MAX_TAIL && joined(context, tokens[last]!, tokens[last + 1]!)) last++;
  if (!/^\s*[,.]/u.test(context.text.slice(end(context, tokens[last]!)))) return null;
  return roleOf(context, tokens, first, last);
}

function roleOf(context: PhraseContext, tokens: readonly Word[], first: number, last: number): string | null {
  if (first > last || !tokens[first]) return null;
  let head = first;
  while (head <= last && !isRoleHead(context.rules.language, tokens[head]!)) head++;
  if (head > last) return null;
  // English puts a title's modifiers before its head ("Defence Minister"); Russian and Ukrainian
  // after it ("губернатор Херсонской области"), with only adjectives before ("Официальный представитель").
  let start = context.rules.language === 'en' ? first : head;
  while (start > first && ADJECTIVE.test(tokens[start - 1]!.lower)) start--;
  return context.text.slice(tokens[start]!.start, end(context, tokens[last]!));
}

/** Whether two words follow each other with nothing but white space (or a mention's own marks) between. */
export function joined(context: PhraseContext, a: Word, b: Word): boolean {
  return onlyBetween(context.text, end(context, a), b.start);
}

/** Where a word ends, or the mention it belongs to when that goes on ("ОСУВ «Хортиця»"). */
function end(context: PhraseContext, word: Word): number {
  const mention = context.mentions.covering(word.start);
  return mention ? Math.max(mention.end, word.end) : word.end;
}

/**
 * The words of a clause without the relative clauses that describe a noun in it ("Andrii Besedin,
 * who heads the town's military administration, said"): what they name is not who speaks.
 */
export function withoutRelativeClauses(context: PhraseContext, tokens: readonly Word[]): Word[] {
  const kept: Word[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = relativeClauseEnd(context, tokens, k);
    if (end === null) kept.push(tokens[k]!);
    else k = end;
  }
  return kept;
}

/** The index of the last word of the relative clause opening at word `k` (", який …,"), or null. */
export function relativeClauseEnd(context: PhraseContext, tokens: readonly Word[], k: number): number | null {
  const { text, rules } = context;
  if (k === 0 || !rules.isRelative(tokens[k]!.text) || !/,\s*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
  let last = k;
  while (tokens[last + 1] && !/[,;:.]/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  return last;
}

/** A role word right before another is its modifier: "military official", "ministry spokesman", "оперативного штаба губернатор". */
export function modifiesHead(context: PhraseContext, tokens: readonly Word[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && isRoleHead(context.rules.language, next) && joined(context, tokens[i]!, next);
}
