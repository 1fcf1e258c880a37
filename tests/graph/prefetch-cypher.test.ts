import { describe, expect, it } from 'vitest';

import { compilePlan, readAheadColumn, type PlanStep } from '../../src/graph/prefetch.cypher.js';

/** The compiled text, pinned so a change to it shows in review (the tests against Neo4j check what it reads). */
const mentionsWithArticles: PlanStep = {
  edge: 'Entity.mentions',
  page: { after: ['m-9'], limit: 6 },
  rows: true,
  count: true,
  args: {},
  then: [{ edge: 'Mention.article', page: null, rows: true, count: false, args: {}, then: [] }],
};
const relationsOfTwoTypes: PlanStep = {
  edge: 'Entity.relations',
  page: { after: null, limit: 11 },
  rows: true,
  count: false,
  args: { types: ['LOCATED_IN', 'PART_OF'] },
  then: [{ edge: 'Relation.other', page: null, rows: true, count: false, args: {}, then: [] }],
};

describe('compiling a plan', () => {
  it('nests one COLLECT per step, with generated names and every value a parameter', () => {
    const { cypher, params } = compilePlan('Entity', [mentionsWithArticles, relationsOfTwoTypes], true);
    expect(cypher).toMatchSnapshot();
    expect(params).toEqual({ v1_after: 'm-9', v1_limit: 6, v3_after: null, v3_limit: 11 });
    // Relation types are written as literals, and only words of the vocabulary are.
    expect(cypher).toContain('[v3:LOCATED_IN|PART_OF]');
    expect(() => compilePlan('Entity', [{ ...relationsOfTwoTypes, args: { types: ['PART_OF]-(x) DETACH DELETE x //'] } }], false)).toThrow(
      /not a list of relation types/,
    );
  });

  it('adds a list statement nothing for an empty plan, and a `below` column otherwise', () => {
    expect(readAheadColumn([])).toEqual({ column: '', params: {} });
    const { column } = readAheadColumn([mentionsWithArticles]);
    expect(column).toMatch(/^, \{ s0: COLLECT \{/);
    expect(column).toMatch(/ AS below$/);
  });
});
