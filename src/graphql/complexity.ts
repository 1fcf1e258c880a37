import { createRequire } from 'node:module';

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getVariableValues, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/page.js';

// graphql-query-complexity's ESM build imports graphql/index.mjs, while graphql's other users
// (type-graphql, Apollo) load index.js: two copies that refuse each other's schemas. Its CommonJS
// build requires index.js like everyone else.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

export const MAX_COMPLEXITY = 20_000;
/**
 * graphql-query-complexity expands every fragment spread again (no memo), so it stops after this
 * many selections; a document that expands further is over the complexity limit anyway.
 */
const MAX_EXPANDED_SELECTIONS = 10_000;
const EXPANSION_STOPPED = 'Query exceeds the maximum allowed number of nodes.';

/**
 * A list field costs its page size times what each item costs, so nested pages multiply. An
 * out-of-range size counts as the maximum: the resolver refuses it with a clearer message.
 */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = (args['first'] as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
  // A negative size would make the cost negative, paying for its siblings.
  const size = first >= 0 && first <= MAX_PAGE_SIZE ? first : MAX_PAGE_SIZE;
  return 1 + size * Math.max(childComplexity, 1);
};

/**
 * Rejects, before any Cypher runs, operations that would cost the database too much. Page sizes
 * come from the variables, so the estimate needs them coerced: when they do not coerce, it steps
 * aside and execution answers with graphql's own variable error (400, BAD_USER_INPUT).
 */
export function complexityLimit(schema: GraphQLSchema): ApolloServerPlugin {
  const estimates = new WeakMap<OperationDefinitionNode, Estimates>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (coerced.errors) return;
          let known = estimates.get(operation);
          if (!known) estimates.set(operation, (known = { estimateVariables: estimateVariablesOf(document, operation), byKey: new Map() }));
          const key = estimateKey(known.estimateVariables, coerced.coerced, operation);
          let complexity = known.byKey.get(key);
          if (complexity === undefined) {
            complexity = estimate(schema, onlyOperation(document, operation), variables);
            if (known.byKey.size < ESTIMATES_PER_OPERATION) known.byKey.set(key, complexity);
          }
          if (complexity > MAX_COMPLEXITY) throw tooComplex(`${complexity} > ${MAX_COMPLEXITY}`, complexity);
        },
      };
    },
  };
}

/**
 * Estimates of one operation (Apollo keeps one parsed document per query text, so a client's
 * repeated operation is the same node): the estimate depends on the variables only through the
 * page sizes (`first`) and the @include/@skip conditions (`if`) they give, and through which of
 * them are null (a null where an argument may not be one makes the estimate fail, so that is
 * never stored), so it is made once per combination of those instead of walking the document
 * on every request.
 */
interface Estimates {
  estimateVariables: string[];
  byKey: Map<string, number>;
}
const ESTIMATES_PER_OPERATION = 100;
const ESTIMATE_READS = new Set(['first', 'if']);

/** The variables given to a `first` argument or to a directive's `if` in the operation or its fragments. */
function estimateVariablesOf(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  visit(onlyOperation(document, operation), {
    Argument(node) {
      if (ESTIMATE_READS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

function estimateKey(estimateVariables: string[], coerced: Record<string, unknown>, operation: OperationDefinitionNode): string {
  const nulls = (operation.variableDefinitions ?? []).map((d) => (coerced[d.variable.name.value] == null ? 0 : 1)).join('');
  return `${nulls} ${JSON.stringify(estimateVariables.map((name) => coerced[name] ?? null))}`;
}

function estimate(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>): number {
  try {
    return getComplexity({
      schema,
      query,
      variables,
      maxQueryNodes: MAX_EXPANDED_SELECTIONS,
      estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (error.message === EXPANSION_STOPPED)
      throw tooComplex(`its fragments expand to more than ${MAX_EXPANDED_SELECTIONS} selections`, null);
    // An argument the estimate cannot read, e.g. a nullable variable set to null for `first: Int! = 5`:
    // execution would fail that field too, so the operation is refused as a whole.
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/** The operation asked for and the fragments: the estimate adds up every operation it is given. */
const onlyOperation = (document: DocumentNode, operation: OperationDefinitionNode): DocumentNode => ({
  ...document,
  definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
});

const tooComplex = (why: string, complexity: number | null) =>
  new GraphQLError(`Query is too complex: ${why}. Ask for smaller pages or fewer nested lists.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximum: MAX_COMPLEXITY, http: { status: 400 } },
  });
