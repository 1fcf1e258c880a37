import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

import { fromRoot } from '../config/project-root.js';

export const SCHEMA_FILE = fromRoot('schema', 'schema.graphql');

const HEADER = '# Emitted from the type-graphql classes in src/ by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show only real changes. */
export function printSdl(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
