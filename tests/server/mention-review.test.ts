import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { testServer, type OperationResult } from '../support/api.js';
import { forgetArticles, testDb, uniqueKey } from '../support/graph.js';

/** The linker's review queue: mentions across the corpus it could not settle, or scored low. */
const db = testDb();
const api = await testServer(db);
const article = uniqueKey('test-article-review');
const [unsettled, doubtful] = [`${article}:m1`, `${article}:m2`];

beforeAll(async () => {
  // Written as the linker writes them (src/ingest/ingest.cypher.ts): one name left open between two
  // namesakes, one linked with a low score.
  await db.write((tx) =>
    tx.run(
      `CREATE (a:Article {id: $article, title: 'Test material: review', language: 'en', text: 'Moscow and Engels.', contentHash: 'x'})
       WITH a MATCH (moscow:Entity {id: 'place:moscow-ru'}), (engels:Entity {id: 'place:sloviansk-donetsk-ua'})
       CREATE (a)-[:HAS_MENTION]->(m1:Mention {id: $unsettled, text: 'Moscow', start: 0, end: 6, source: 'AUTO', score: 0.5})
       CREATE (m1)-[:CANDIDATE {score: 0.5}]->(moscow), (m1)-[:CANDIDATE {score: 0.5}]->(engels)
       CREATE (a)-[:HAS_MENTION]->(m2:Mention {id: $doubtful, text: 'Engels', start: 11, end: 17, source: 'AUTO', score: 0.37})
       CREATE (m2)-[:REFERS_TO]->(engels)`,
      { article, unsettled, doubtful },
    ),
  );
});
afterAll(async () => {
  await forgetArticles(db, [article]);
  await api.server.stop();
  await db.close();
});

/** Every mention the filter lets through, page by page. */
async function queue(filter: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult = await api.run(
      `query($f: MentionFilter, $after: String) { mentions(first: 100, after: $after, filter: $f) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id source score entity { id } candidates { entity { id } } article { title } } } } }`,
      { f: filter, after },
    );
    expect(result.errors).toBeUndefined();
    const page = result.data!['mentions'];
    nodes.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, total: page.totalCount as number };
    after = page.pageInfo.endCursor;
  }
}

const ids = (nodes: any[]) => nodes.map((n) => n.id);

describe('mentions across the corpus', () => {
  it('unresolved: the names left open, each with its candidates and article', async () => {
    const { nodes, total } = await queue({ unresolved: true });
    expect(total).toBe(nodes.length);
    expect(ids(nodes)).toContain(toGlobalId('Mention', unsettled));
    expect(ids(nodes)).not.toContain(toGlobalId('Mention', doubtful));
    expect(nodes.every((n) => n.entity === null)).toBe(true);
    const open = nodes.find((n) => n.id === toGlobalId('Mention', unsettled));
    expect(open.candidates).toHaveLength(2);
    expect(open.article.title).toBe('Test material: review');
  });

  it('maxScore: only linked mentions scored at most that, so hand mentions never enter the queue', async () => {
    const { nodes } = await queue({ maxScore: 0.4, unresolved: false });
    expect(ids(nodes)).toContain(toGlobalId('Mention', doubtful));
    expect(nodes.every((n) => n.source === 'AUTO' && n.score <= 0.4 && n.entity)).toBe(true);
    expect(ids((await queue({ maxScore: 0.3 })).nodes)).not.toContain(toGlobalId('Mention', doubtful));
  });

  it('refuses a score outside 0–1, naming the field', async () => {
    const result = await api.run('{ mentions(filter: { maxScore: -0.1 }) { totalCount } }');
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.maxScore' });
  });
});
