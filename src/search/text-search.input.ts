import { ArgsType, Field, Int } from 'type-graphql';

import { InputError } from '../errors.js';
import { DEFAULT_PAGE_SIZE, pageRequest, type PageRequest } from '../graph/page.js';
import { checkNotEmpty } from '../graphql/filter-checks.js';
import { MAX_TERMS, MIN_PREFIX } from './lucene.js';
import { checkQuery, MAX_QUERY_LENGTH } from './search.input.js';
import type { TextField as TextFieldName, TextSearch } from './text-search.repository.js';
import { TextField } from './text-search.type.js';
import { textClauses } from './text-query.js';

/** Each hit's spans are found in its stored text in Node (an article's is long), so pages are smaller than elsewhere. */
export const MAX_TEXT_PAGE = 50;

@ArgsType()
export class TextSearchArgs {
  @Field({
    description:
      `Words that must all occur, "quoted phrases" of words in a row, and word starts ending in * (at least ${MIN_PREFIX} ` +
      `letters); at most ${MAX_TERMS} of them and ${MAX_QUERY_LENGTH} characters. No other Lucene syntax: any other ` +
      'character is part of a word or space between words.',
  })
  query!: string;

  @Field(() => [TextField], { nullable: true, description: 'Where to look (default: quotes and articles).' })
  in?: TextFieldName[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only articles in this language, and claims quoted in them: an ISO 639 code such as "uk".',
  })
  language?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size, 0–${MAX_TEXT_PAGE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page.' })
  after?: string | null;
}

/** The arguments checked: the query read into clauses, both fields when none are named. */
export function textSearchOf(args: TextSearchArgs): TextSearch {
  checkQuery(args.query);
  checkNotEmpty('language', args.language);
  if (args.in?.length === 0) throw new InputError('in', 'must name QUOTES, ARTICLES or both; leave it out for both');
  return {
    clauses: textClauses(args.query),
    fields: [...new Set(args.in ?? (['QUOTES', 'ARTICLES'] as const))],
    language: args.language ?? null,
  };
}

export function textPageRequest({ first, after }: TextSearchArgs): PageRequest {
  if (typeof first === 'number' && first > MAX_TEXT_PAGE) throw new InputError('first', `must be between 0 and ${MAX_TEXT_PAGE}`);
  return pageRequest(first, after);
}
