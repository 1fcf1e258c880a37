import type { Cypher, WriteTx } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import * as Q from './ingest.cypher.js';
import type { PreparedArticle, PreparedEntity, PreparedRelation } from './prepare.js';
import type { Reference } from './references.js';

/** Writes prepared documents, each call in one transaction: all of it lands, or none of it. */
export class IngestRepository {
  constructor(private readonly db: Cypher) {}

  writeGazetteer(entities: PreparedEntity[], relations: PreparedRelation[], refs: Reference[]): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(Q.UPSERT_ENTITIES, { entities });
      await failOnMissing(tx, refs);
      await tx.run(Q.UPSERT_RELATIONS, { articles: [{ articleId: null, relations }] });
    });
  }

  /** One article (the mutation, the seed loader) or a batch of them (bulk ingest). */
  writeArticles(articles: PreparedArticle[], refs: Reference[]): Promise<void> {
    const slice = <K extends keyof PreparedArticle>(key: K) => articles.map((a) => ({ articleId: a.article.id, [key]: a[key] }));
    return this.db.write(async (tx) => {
      await tx.run(Q.UPSERT_ENTITIES, { entities: articles.flatMap((a) => a.entities) });
      await tx.run(Q.UPSERT_ARTICLES, { articles: articles.map((a) => a.article) });
      await tx.run(Q.UPSERT_EVENTS, { articles: slice('events') });
      // Checked once the documents' own entities and events exist, before anything points at them.
      await failOnMissing(tx, distinct(refs));
      await tx.run(Q.CREATE_MENTIONS, { articles: slice('mentions') });
      await tx.run(Q.CREATE_AUTO_MENTIONS, { articles: slice('autoMentions') });
      await tx.run(Q.CREATE_CLAIMS, { articles: slice('claims') });
      await tx.run(Q.UPSERT_RELATIONS, { articles: slice('relations') });
    });
  }
}

/** One check per key and kind of reference: popular entities are named thousands of times a batch. */
const distinct = (refs: Reference[]): Reference[] => [...new Map(refs.map((r) => [`${r.key}|${r.eventAllowed}|${r.placeOnly}`, r])).values()];

/** Refs carry their full path ("file: claims[0].about[1]"), so the error names where to look. */
async function failOnMissing(tx: WriteTx, refs: Reference[]): Promise<void> {
  const [missing] = await tx.run(Q.MISSING_REFERENCE, { refs });
  if (!missing) return;
  const ref = refs.find((r) => r.path === missing['path'])!;
  const expected = ref.placeOnly ? 'place' : ref.eventAllowed ? 'entity or event' : 'entity';
  throw new InputError(ref.path, `"${ref.key}" is not a known ${expected}`);
}
