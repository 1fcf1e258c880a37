import { isStopWord } from './description-words.js';
import { onlyBetween, type Word } from './words.js';

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
