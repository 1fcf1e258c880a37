import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';

/** Relay's PageInfo, in full, on root lists, on nested lists read ahead, and on lists loaded apart. */
const { api } = await servedTestGraph();

const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('PageInfo', () => {
  it('names the first and last cursor of the page, and pages forward only', async () => {
    const { articles } = await data(`{ articles(first: 2) { edges { cursor } ${PAGE_INFO} } }`);
    expect(articles.edges).toHaveLength(2);
    expect(articles.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: articles.edges[0].cursor,
      endCursor: articles.edges[1].cursor,
    });
  });

  it('the last page says nothing follows', async () => {
    const { all } = await data(`{ all: entity(id: "${POKROVSK}") { mentions(first: 100) { totalCount } } }`);
    const total: number = all.mentions.totalCount;
    expect(total).toBeGreaterThan(1);
    const { entity } = await data(`{ entity(id: "${POKROVSK}") { mentions(first: ${total}) { edges { cursor } ${PAGE_INFO} } } }`);
    expect(entity.mentions.pageInfo).toMatchObject({ hasNextPage: false, endCursor: entity.mentions.edges.at(-1).cursor });
  });
});

describe('first: 0', () => {
  it.each([
    ['a root list', '{ list: claims(first: 0) { edges { cursor } PAGE totalCount } }'],
    ['a search', '{ list: searchEntities(query: "Pokrovsk", first: 0) { edges { cursor } PAGE totalCount } }'],
    ['a nested list read ahead', `{ entity(id: "${POKROVSK}") { list: mentions(first: 0) { edges { cursor } PAGE totalCount } } }`],
  ])('%s: no edges, no cursors, hasNextPage true when anything is there', async (_, query) => {
    const result = await data(query.replace('PAGE', PAGE_INFO));
    const list = result['list'] ?? result['entity'].list;
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.edges).toEqual([]);
    expect(list.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('a nested list loaded apart (under a list of claims): the same', async () => {
    const { claims } = await data(
      `{ claims(first: 3) { edges { node { article { mentions(first: 0) { edges { cursor } ${PAGE_INFO} } } } } } }`,
    );
    expect(claims.edges).toHaveLength(3);
    for (const edge of claims.edges) expect(edge.node.article.mentions).toMatchObject({ edges: [], pageInfo: { hasNextPage: true } });
  });

  it('after the last row: hasNextPage false', async () => {
    const { entity } = await data(`{ entity(id: "${POKROVSK}") { relations(first: 100) { ${PAGE_INFO} } } }`);
    const end = entity.relations.pageInfo.endCursor;
    const after = await data(
      `query($end: String) { entity(id: "${POKROVSK}") { relations(first: 0, after: $end) { edges { cursor } ${PAGE_INFO} } } }`,
      { end },
    );
    expect(after['entity'].relations.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
