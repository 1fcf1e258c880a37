import { readFileSync } from 'node:fs';

import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  isAbstractType,
  Kind,
  parse,
  validate,
  type GraphQLCompositeType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';

import { POSSIBLE_TYPES_FILE, printPossibleTypes, printSdl, SCHEMA_FILE } from '../../src/app/emit-schema.js';
import { buildGraphSchema } from '../../src/app/schema.js';
import { EXAMPLE_OPERATIONS } from '../../src/app/server.js';

const schema = await buildGraphSchema();

/**
 * Where a selection reads an object that has an id without selecting it (in the selection or in
 * the one an inline fragment sits in): a normalized client cache (Apollo, Relay, urql's
 * Graphcache) cannot key such an object, so clients that copy the examples lose normalization.
 */
function missingIds(selectionSet: SelectionSetNode, type: GraphQLCompositeType, path: string, idAbove = false): string[] {
  const hasId = (isObjectType(type) || isInterfaceType(type)) && 'id' in type.getFields();
  const selectsId = idAbove || selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'id');
  const missing = hasId && !selectsId ? [path] : [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD && selection.selectionSet && (isObjectType(type) || isInterfaceType(type))) {
      const fieldType = getNamedType(type.getFields()[selection.name.value]!.type);
      if (isCompositeType(fieldType)) missing.push(...missingIds(selection.selectionSet, fieldType, `${path}.${selection.name.value}`));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : type;
      missing.push(...missingIds(selection.selectionSet, condition, `${path}(on ${condition.name})`, selectsId));
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      throw new Error(`${path}: named fragments are not checked here`);
    }
  }
  return missing;
}

describe('the published schema', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSdl(schema));
  });

  it('schema/possible-types.json is what the code emits, every interface and union with its object types', () => {
    expect(readFileSync(POSSIBLE_TYPES_FILE, 'utf8')).toBe(printPossibleTypes(schema));
    const possibleTypes = JSON.parse(readFileSync(POSSIBLE_TYPES_FILE, 'utf8')) as Record<string, string[]>;
    expect(possibleTypes['Entity']).toEqual(['Organization', 'Person', 'Place']);
    expect(possibleTypes['Node']).toContain('Relation');
  });

  it('every Sandbox example operation is valid against it', () => {
    const document = parse(EXAMPLE_OPERATIONS);
    expect(document.definitions.length).toBeGreaterThanOrEqual(5);
    expect(validate(schema, document)).toEqual([]);
  });

  it('every example operation selects id wherever the type has one', () => {
    const operations = parse(EXAMPLE_OPERATIONS).definitions as OperationDefinitionNode[];
    const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
    const root = (op: OperationDefinitionNode) => roots[op.operation]!;
    const missing = operations.flatMap((op) => missingIds(op.selectionSet, root(op), op.name!.value));
    expect(missing).toEqual([]);
  });
});

describe('abstract types', () => {
  it('resolve a row to its type by its label, synchronously (no promise for graphql-js to await per value)', () => {
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(abstract.map((t) => t.name).sort()).toEqual(['Entity', 'Node', 'PathNode', 'Stamped', 'Subject', 'TextMatch']);
    for (const type of abstract) {
      const [first] = schema.getPossibleTypes(type);
      expect(type.resolveType!({ label: first!.name }, {}, {} as never, type)).toBe(first!.name);
    }
  });
});
