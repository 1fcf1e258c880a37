import { readFileSync } from 'node:fs';

import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import type { NodeKind } from '../../src/graph/nodes.js';
import type { PlanStep } from '../../src/graph/prefetch.cypher.js';
import { connectionNodesOf, planFor, selectionOf } from '../../src/graphql/selection-plan.js';

/**
 * What a root field reads ahead is decided by its selection alone: each query here is planned
 * against the published SDL, without Neo4j, and the plan is written out as `edge(args) { … }`.
 */
const schema = buildSchema(readFileSync(fromRoot('schema', 'schema.graphql'), 'utf8'));

const LISTS: Record<string, NodeKind> = { articles: 'Article', claims: 'Claim', events: 'Event', search: 'Entity' };
const NODES: Record<string, NodeKind> = { entity: 'Entity', article: 'Article' };

async function planOf(query: string): Promise<string[]> {
  let plan: PlanStep[] | undefined;
  for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
    field.resolve = (_root, _args, _ctx, info: GraphQLResolveInfo) => {
      plan = LISTS[name] ? planFor(connectionNodesOf(info), LISTS[name]) : planFor(selectionOf(info).fieldsByTypeName, NODES[name]!);
      return null;
    };
  }
  // Non-null root fields answer null here, an error that does not concern the plan.
  await graphql({ schema, source: query, variableValues: { id: 'x' } });
  return written(plan!);
}

const written = (plan: PlanStep[]): string[] =>
  plan.map((step) => {
    const page = step.page ? `first ${step.page.limit - 1}${step.page.after ? ` after ${step.page.after.join()}` : ''}` : '';
    const args = [page, step.count ? 'count' : '', ...Object.entries(step.args).map(([k, v]) => `${k}=${String(v)}`)].filter(Boolean);
    const below = step.then.length ? ` { ${written(step.then).join('; ')} }` : '';
    return `${step.edge}${args.length ? `(${args.join(', ')})` : ''}${below}`;
  });

describe('the read-ahead plan of a selection', () => {
  it('reads nothing ahead for fields of the row itself', async () => {
    expect(await planOf('{ articles(first: 5) { edges { node { title outlet } } } }')).toEqual([]);
  });

  it('follows fragments and aliases, one step per alias, with its own page and count', async () => {
    const plan = await planOf(`query($id: ID!) { entity(id: $id) {
      ... on Place { mentions(first: 2) { edges { node { article { title } } } } }
      more: mentions(first: 3) { totalCount }
      ...names
    } }
    fragment names on Entity { names { form } }`);
    // The fields asked on the interface come first, then those of the fragment on Place.
    expect(plan).toEqual(['Entity.mentions(first 3, count)', 'Entity.names', 'Entity.mentions(first 2) { Mention.article }']);
  });

  it('follows a union by kind, and the wrappers of a claim (speaker, channel) to their entities', async () => {
    const plan = await planOf(`{ claims(first: 4) { edges { node {
      about { ... on Event { place { name } } ... on Person { name } }
      speaker { description entity { name } affiliation { name } }
      via { entity { name } }
    } } } }`);
    expect(plan).toEqual(['Claim.aboutEntities', 'Claim.aboutEvents { Event.place }', 'Claim.speaker', 'Claim.affiliation', 'Claim.via']);
  });

  it("normalises an edge's own arguments, so equal lists share a loader", async () => {
    const plan = await planOf(`query($id: ID!) { entity(id: $id) {
      a: relations(types: [PART_OF, LOCATED_IN, PART_OF]) { edges { node { other { name } } } }
      b: relations { edges { node { type } } }
    } }`);
    expect(plan).toEqual([
      'Entity.relations(first 20, types=LOCATED_IN,PART_OF) { Relation.other }',
      'Entity.relations(first 20, types=AFFILIATED_WITH,LOCATED_IN,PART_OF,SPOKE_TO)',
    ]);
  });

  it('leaves a bad page argument to the field, which reports it', async () => {
    expect(await planOf('query($id: ID!) { entity(id: $id) { mentions(first: 5000) { totalCount } } }')).toEqual([]);
  });
});
