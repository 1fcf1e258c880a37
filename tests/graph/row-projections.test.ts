import { readFileSync } from 'node:fs';

import { buildSchema, isObjectType, isInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { graphqlTypesOf, type RowKind } from '../../src/graph/nodes.js';
import { ROW_PROJECTIONS } from '../../src/graph/projections.js';

/**
 * One idea, one table: a GraphQL field of a row's types is served only if some line of the row's
 * projection says it reads it. A field added without a line would come back null (or fail) once
 * a statement projects only what is selected, so the omission fails here, by name.
 */
const schema = buildSchema(readFileSync(fromRoot('schema', 'schema.graphql'), 'utf8'));
const KINDS = Object.keys(ROW_PROJECTIONS) as RowKind[];

const linesOf = (kind: RowKind) => Object.values(ROW_PROJECTIONS[kind]) as { for: readonly string[] }[];
const fieldsOf = (kind: RowKind): Map<string, string> => {
  const fields = new Map<string, string>();
  for (const name of graphqlTypesOf(kind)) {
    const type = schema.getType(name);
    if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${name} is no object type of the schema`);
    for (const field of Object.keys(type.getFields())) fields.set(field, `${name}.${field}`);
  }
  return fields;
};

describe('ROW_PROJECTIONS', () => {
  it.each(KINDS)('has a line for every GraphQL field of %s rows', (kind) => {
    const listed = new Set(linesOf(kind).flatMap((line) => line.for));
    const missing = [...fieldsOf(kind)]
      .filter(([field]) => !listed.has(field))
      .map(
        ([field, where]) =>
          `${where} has no projection line: in src/graph/projections.ts, add '${field}' to the \`for\` of the ROW_PROJECTIONS.${kind} ` +
          `line of the row field it reads (a new line if the row has none yet; the \`id\` line if it needs only the id)`,
      );
    expect(missing).toEqual([]);
  });

  it.each(KINDS)('names only GraphQL fields %s rows have', (kind) => {
    const fields = fieldsOf(kind);
    const unknown = linesOf(kind)
      .flatMap((line) => line.for)
      .filter((field) => !fields.has(field));
    expect(unknown).toEqual([]);
  });
});
