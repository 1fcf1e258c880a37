import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

import { AppError, InputError } from '../errors.js';
import { requestLog } from './request-scope.js';

export interface ErrorOptions {
  /** True when introspection is off: "Did you mean …" would tell the schema to whoever guesses names. */
  hideSuggestions: boolean;
}

/**
 * What clients see of an error: the application's own errors with their code (and the field at
 * fault), GraphQL's validation errors as they are, and nothing else: an unexpected error is
 * logged in full, under the request's id, and reaches the client as INTERNAL_SERVER_ERROR
 * without Cypher or stack.
 */
export function formatError(log: Logger, { hideSuggestions }: ErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const extensions = { code: original.code, ...(original instanceof InputError ? { field: original.field } : {}) };
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.['code'];
    if (original instanceof GraphQLError && code !== 'INTERNAL_SERVER_ERROR') {
      // Parse, validation, variable and limit errors: already coded; only the stack is dropped.
      const message = hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions: { ...formatted.extensions, code } };
    }
    requestLog(log).error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * graphql ends its validation and variable errors with `Did you mean "a", "b", or "c"?` (names
 * hold no "?"). Validation could skip them itself, but variable coercion runs in execution, where
 * Apollo passes no such option: one rule here covers both.
 */
const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?/g, '');
