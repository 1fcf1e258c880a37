import { describe, expect, it } from 'vitest';

import { compilePlan, listColumns, setKeys, type PlanStep } from '../../src/graph/prefetch.cypher.js';
import { SelectedFields } from '../../src/graph/selection.js';

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

/** entity { name mentions { edges { node { text article { title } } } } relations { edges { node { type other { name } } } } } */
const selected = new SelectedFields(
  new Map([
    ['Entity', new Set(['name', 'mentions', 'relations'])],
    ['Mention', new Set(['text', 'article'])],
    ['Article', new Set(['title'])],
    ['Relation', new Set(['type', 'other'])],
  ]),
);
const unknown = new SelectedFields();

describe('compiling a plan', () => {
  it('nests one COLLECT per step, with generated names and every value a parameter', () => {
    const { cypher, params } = compilePlan('Entity', [mentionsWithArticles, relationsOfTwoTypes], true, selected);
    expect(cypher).toMatchSnapshot();
    // A first page names no cursor: only the page with one (v1) has an `after` parameter.
    expect(params).toEqual({ v1_after: 'm-9', v1_limit: 6, v3_limit: 11 });
    // Relation types are written as literals, and only words of the vocabulary are.
    expect(cypher).toContain('[v3:LOCATED_IN|PART_OF]');
    expect(() =>
      compilePlan('Entity', [{ ...relationsOfTwoTypes, args: { types: ['PART_OF]-(x) DETACH DELETE x //'] } }], false, selected),
    ).toThrow(/not a list of relation types/);
  });

  it('projects only what the selection needs, and every row field when the selection is unknown', () => {
    const { cypher } = compilePlan('Entity', [mentionsWithArticles], true, selected);
    // The entity's name, the mention's text, the article's title; no articleId line, since the
    // article step's rows give the mention its articleId (setKeys).
    expect(cypher).toContain("root { label: [l IN labels(root) WHERE l <> 'Entity'][0], .id, .name }");
    expect(cypher).not.toContain('description');
    expect(cypher).toContain("v1 { label: 'Mention', .id, .text }");
    expect(cypher).not.toContain('articleId');
    expect(cypher).not.toContain('candidates');
    expect(cypher).toContain("v2 { label: 'Article', .id, .title }");
    expect(cypher).not.toContain('contentHash');
    const whole = compilePlan('Entity', [mentionsWithArticles], true, unknown).cypher;
    for (const field of ['description', 'candidates', 'contentHash', 'publishedAt']) expect(whole).toMatch(new RegExp(`[ .]${field}\\b`));
  });

  it('adds a list statement only the row for an empty plan, and a `below` column otherwise', () => {
    expect(listColumns('Entity', [], selected)).toEqual({ node: expect.stringContaining('.name }'), readAhead: '', params: {} });
    const { readAhead } = listColumns('Entity', [mentionsWithArticles], selected);
    expect(readAhead).toMatch(/^, \{ s0: COLLECT \{/);
    expect(readAhead).toMatch(/ AS below$/);
  });

  it('reads at most `first` reports of an event', () => {
    const reports: PlanStep = { edge: 'Event.reports', page: null, rows: true, count: false, args: { first: 3 }, then: [] };
    const { cypher, params } = compilePlan('Event', [reports], false, unknown);
    expect(cypher).toContain('WITH * ORDER BY v1_article.id LIMIT $v1_limit');
    expect(params).toEqual({ v1_limit: 3 });
  });

  it('sets the keys the rows of a followed edge give, null where it found none, at every level', () => {
    const entity = { id: 'e' };
    const [m1, m2] = [{ id: 'm1' }, { id: 'm2' }];
    setKeys(entity, [mentionsWithArticles], {
      s0: [
        { node: m1, s0: [{ node: { id: 'a1' } }] },
        { node: m2, s0: [] },
      ],
    });
    expect([m1, m2]).toEqual([
      { id: 'm1', articleId: 'a1' },
      { id: 'm2', articleId: null },
    ]);
    // Entity.mentions has no key: the entity gets none.
    expect(entity).toEqual({ id: 'e' });
  });
});
