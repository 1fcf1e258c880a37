import type { ApolloServerPlugin } from '@apollo/server';
import { isInterfaceType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

import type { FieldsByType } from '../graph/selection.js';
import type { Context } from './context.js';

/**
 * Every field the document selects, by the type it is selected on: through fragments, aliases
 * and inline fragments on unions and interfaces alike (a field asked on the Entity interface
 * counts under Entity, one asked in `... on Place` under Place). A field asked on an interface
 * counts under each type that implements it too, since the interface may span kinds of row
 * (`... on Stamped { updatedAt }` is an Article's and a Claim's). Fields of operations the request
 * does not run count too: a few properties more, never one missing.
 */
export function selectedFields(schema: GraphQLSchema, document: DocumentNode): FieldsByType {
  const byType = new Map<string, Set<string>>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith('__')) return;
        const types = [parent, ...(isInterfaceType(parent) ? schema.getPossibleTypes(parent) : [])];
        for (const type of types) {
          const fields = byType.get(type.name) ?? new Set<string>();
          fields.add(node.name.value);
          byType.set(type.name, fields);
        }
      },
    }),
  );
  return byType;
}

/**
 * selectedFields of each document, per schema. Apollo keeps one parsed document per query text
 * (its document store), so a client asking the same operation again, with other variables, gets
 * the same object: the walk runs once per operation text instead of once per request, and every
 * request of it shares one FieldsByType, which SelectedFields caches its projections under.
 */
const walked = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, FieldsByType>>();

function selectedFieldsOnce(schema: GraphQLSchema, document: DocumentNode): FieldsByType {
  let ofSchema = walked.get(schema);
  if (!ofSchema) walked.set(schema, (ofSchema = new WeakMap()));
  let fields = ofSchema.get(document);
  if (!fields) ofSchema.set(document, (fields = selectedFields(schema, document)));
  return fields;
}

/** Tells the request's statements what its operation selects, once the operation is known. */
export const selectedFieldsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, contextValue }) {
        contextValue.selected.set(selectedFieldsOnce(schema, document));
      },
    };
  },
};
