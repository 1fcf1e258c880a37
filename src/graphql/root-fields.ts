import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses an operation with more than `max` root fields. It counts response keys, as execution
 * does: fields of one key merge into one, and a fragment spread twice adds its fields once, so
 * each fragment is read once and a cycle of fragments (refused by graphql's own rule) ends here.
 */
export const rootFieldsRule =
  (max: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const keys = responseKeys(operation.selectionSet, context, new Set(), new Set());
      if (keys.size > max) {
        context.reportError(
          new GraphQLError(
            `The operation has ${keys.size} root fields (aliases count); at most ${max} are allowed. Send several requests.`,
            {
              nodes: operation,
            },
          ),
        );
      }
    },
  });

function responseKeys(set: SelectionSetNode, context: ValidationContext, keys: Set<string>, spread: Set<string>): Set<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) keys.add((selection.alias ?? selection.name).value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) responseKeys(selection.selectionSet, context, keys, spread);
    else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) responseKeys(fragment.selectionSet, context, keys, spread);
    }
  }
  return keys;
}
