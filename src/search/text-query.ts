import { InputError } from '../errors.js';
import { escapeTerm, MAX_TERMS, MIN_PREFIX } from './lucene.js';
import { wordsOf } from './words.js';

/**
 * One condition of a text search: words in a row, as the index holds them (lower case). A single
 * word, a quoted phrase, or a word the tokenizer splits ("Sloviansk-Kramatorsk"); with `prefix`,
 * one word's start (`irrevers*`), the only way to reach several inflected forms at once
 * ("незворотн*": незворотний, незворотно, незворотного).
 */
export interface TextClause {
  terms: string[];
  prefix: boolean;
}

/** Straight and typographic double quotes all open and close a phrase. */
const QUOTE = /["“”„«»]/;

const refuse = (problem: string): never => {
  throw new InputError('query', problem);
};

function wordClause(chunk: string): TextClause | null {
  const prefix = chunk.endsWith('*');
  const body = chunk.replace(/\*+$/, '');
  if (body.includes('*')) refuse(`"${chunk.slice(0, 40)}": * may only end a word, as in irrevers*`);
  const terms = wordsOf(body).map((w) => w.term);
  if (terms.length === 0) return null;
  if (prefix && terms.length > 1) refuse(`"${chunk.slice(0, 40)}": * may only end a single word, not a phrase`);
  if (prefix && [...terms[0]!].length < MIN_PREFIX) refuse(`"${chunk}": the start of a word needs at least ${MIN_PREFIX} letters`);
  return { terms, prefix };
}

/**
 * What a user typed, read as clauses that must all match: words, "quoted phrases" and word
 * starts ending in `*`. Nothing else of Lucene's syntax is offered: every other character is
 * either part of a word or punctuation between words, so no input reaches the parser raw.
 */
export function textClauses(query: string): TextClause[] {
  const parts = query.split(QUOTE);
  if (parts.length % 2 === 0) refuse('has a quote that is not closed: phrases go between two double quotes');
  const clauses = parts.flatMap((part, i): (TextClause | null)[] => {
    if (i % 2 === 1) {
      const terms = wordsOf(part).map((w) => w.term);
      return [terms.length > 0 ? { terms, prefix: false } : null];
    }
    return part.split(/\s+/).map(wordClause);
  });
  const found = clauses.filter((clause) => clause !== null);
  if (found.length === 0) refuse('has no word to search for');
  if (found.length > MAX_TERMS) refuse(`may hold at most ${MAX_TERMS} words, word starts or phrases`);
  return found;
}

const luceneClause = ({ terms, prefix }: TextClause): string => {
  if (terms.length > 1) return `"${terms.map(escapeTerm).join(' ')}"`;
  return `${escapeTerm(terms[0]!)}${prefix ? '*' : ''}`;
};

/** The index query: every clause, in each field searched (`quote` of claims, `text` of articles). */
export function textLucene(clauses: readonly TextClause[], fields: readonly string[]): string {
  const all = clauses.map(luceneClause).join(' AND ');
  return fields.map((field) => `${field}:(${all})`).join(' OR ');
}
