import type { GraphDb } from '../../src/db/graph-db.js';

/** A place name no gazetteer has and no other test's text contains, so the linker finds it only where a test put it. */
export const inventedName = (): string =>
  `Zelvor${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

/** A gazetteer place with one English name and nothing that tells it from a homonym. */
export const place = (id: string, name: string) => ({
  id,
  kind: 'PLACE',
  name,
  names: [{ form: name, language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
});

/** An article's AUTO mentions, in text order: the entity each refers to, or the candidates of an unsettled one. */
export async function autoMentions(db: GraphDb, articleId: string) {
  return db.read(
    `MATCH (:Article {id: $articleId})-[:HAS_MENTION]->(m:Mention {source: 'AUTO'})
     RETURN m.text AS text, head([(m)-[:REFERS_TO]->(e) | e.id]) AS entity, COLLECT { MATCH (m)-[:CANDIDATE]->(c) RETURN c.id ORDER BY c.id } AS candidates
     ORDER BY m.start`,
    { articleId },
  );
}
