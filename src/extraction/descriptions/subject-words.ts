import { isStopWord } from './description-words.js';
import { onlyBetween, type Word } from '../text/words.js';

/** Whether a name opens its clause as the subject or follows a preposition: "The United Arab Emirates said", "в Москве заявил". */

/** English articles: a stop word, but no preposition before a subject. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'to']);

/**
 * Whether a preposition stands right before word `i` ("в Москве заявил"), or before the article opening
 * it ("Kondratyev of the Krasnodar region said"): an article alone is none ("The United Arab Emirates said").
 */
export function prepositionBefore(text: string, tokens: readonly Word[], i: number): boolean {
  const joinedAt = (k: number) => tokens[k] !== undefined && onlyBetween(text, tokens[k]!.end, tokens[k + 1]!.start);
  if (joinedAt(i - 1) && ARTICLES.has(tokens[i - 1]!.lower)) return joinedAt(i - 2) && PREPOSITIONS.has(tokens[i - 2]!.lower);
  return joinedAt(i - 1) && isStopWord(tokens[i - 1]!);
}

/** English possessives, which Russian and Ukrainian share with their pronouns ("его", "її"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** What a speaker issues or holds: "His daily summary listed …", "Her statement said …". */
const STATEMENTS: ReadonlySet<string> = new Set([
  'summary',
  'statement',
  'report',
  'post',
  'address',
  'update',
  'message',
  'video',
  'letter',
  // "In his view", "in her words": what they think and say.
  'view',
  'words',
]);
/** Adjectives a statement may have after the possessive: "his daily evening summary". */
const MAX_STATEMENT_MODIFIERS = 2;

/** Whether word `i` owns a statement ("His daily summary"): it refers to the speaker as a pronoun does. */
export function ownsStatement(tokens: readonly Word[], i: number): boolean {
  if (!POSSESSIVES.has(tokens[i]!.lower)) return false;
  return tokens.slice(i + 1, i + 2 + MAX_STATEMENT_MODIFIERS).some((w) => STATEMENTS.has(w.lower));
}
