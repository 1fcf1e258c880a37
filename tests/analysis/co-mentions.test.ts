import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';

/** Who is named together with an entity, in how many articles, with examples. */
const { api } = await servedTestGraph();

const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
const SEED = toGlobalId('Article', 'c14c6e6254578141');
const CO = `query($id: ID!, $first: Int) { entity(id: $id) { coMentions(first: $first) { articles entity { id name } examples { id } } } }`;

describe('coMentions', () => {
  it('names Putin beside Pokrovsk, with the seed among the articles, most shared articles first', async () => {
    const result = await api.run(CO, { id: POKROVSK, first: 50 });
    expect(result.errors).toBeUndefined();
    const rows = result.data!['entity'].coMentions;
    const putin = rows.find((row: any) => row.entity.name === 'Vladimir Putin');
    expect(putin.articles).toBeGreaterThanOrEqual(1);
    expect(putin.examples.length).toBe(Math.min(3, putin.articles));
    expect(rows.map((row: any) => row.entity.id)).not.toContain(POKROVSK);
    const counts = rows.map((row: any) => row.articles);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(rows.some((row: any) => row.examples.some((a: any) => a.id === SEED))).toBe(true);
  });

  it('gives at most `first`, for many entities in one query, and refuses more than 50', async () => {
    const both = await api.run(
      `query($a: ID!, $b: ID!) { a: entity(id: $a) { coMentions(first: 2) { articles } } b: entity(id: $b) { coMentions(first: 2) { articles } } }`,
      { a: POKROVSK, b: toGlobalId('Person', 'person:vladimir-putin') },
    );
    expect(both.data!['a'].coMentions).toHaveLength(2);
    expect(both.data!['b'].coMentions).toHaveLength(2);
    const tooMany = await api.run(CO, { id: POKROVSK, first: 51 });
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
