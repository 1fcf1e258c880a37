import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

import { fromRoot } from '../config/project-root.js';

export const SCHEMA_FILE = fromRoot('schema', 'schema.graphql');
export const POSSIBLE_TYPES_FILE = fromRoot('schema', 'possible-types.json');

const HEADER = '# Emitted from the type-graphql classes in src/ by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show only real changes. */
export function printSdl(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * Each interface and union with the object types that can stand for it, as Apollo Client's
 * InMemoryCache takes them (`possibleTypes`): without them it cannot tell that a Place is an
 * Entity, and drops the fields of `... on Entity` fragments. Sorted, like the SDL.
 */
export function printPossibleTypes(schema: GraphQLSchema): string {
  const sorted = lexicographicSortSchema(schema);
  const abstract = Object.values(sorted.getTypeMap())
    .filter(isAbstractType)
    .filter((type) => !type.name.startsWith('__'));
  const possibleTypes = Object.fromEntries(abstract.map((type) => [type.name, sorted.getPossibleTypes(type).map((t) => t.name)]));
  return JSON.stringify(possibleTypes, null, 2) + '\n';
}
