import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

import { rootFieldsRule } from './root-fields.js';

/**
 * What one document may ask, checked before any Cypher runs. Every check walks the document once,
 * each fragment once however often it is spread (graphql-armor memoises fragments; see
 * root-fields.ts), so a small document of nested fragments cannot make the checks themselves slow.
 */

/** Parsing stops here: the examples Sandbox sends are about 700 tokens, introspection about 200. */
export const MAX_TOKENS = 5_000;
/** Levels of fields, the root field the first: a Relay list takes two (edges, node), so analysts' questions run about 13 deep. */
export const MAX_DEPTH = 16;
/** Aliases repeat fields, lists included, at no cost to the document's size. */
export const MAX_ALIASES = 30;
/** Each root field runs statements of its own; aliases count, as they run again. */
export const MAX_ROOT_FIELDS = 20;

export const parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };

/** armor's rules report through a callback; ours name the limit and go out as GRAPHQL_VALIDATION_FAILED. */
const reportAs = (message: string) => [(context: ValidationContext | null) => context?.reportError(new GraphQLError(message))];

export const validationRules: ValidationRule[] = [
  maxDepthRule({
    n: MAX_DEPTH,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: reportAs(`The operation exceeds maximum operation depth of ${MAX_DEPTH} levels of fields.`),
  }) as ValidationRule,
  maxAliasesRule({
    n: MAX_ALIASES,
    propagateOnRejection: false,
    onReject: reportAs(`The operation has more than ${MAX_ALIASES} aliases.`),
  }) as ValidationRule,
  rootFieldsRule(MAX_ROOT_FIELDS),
];
