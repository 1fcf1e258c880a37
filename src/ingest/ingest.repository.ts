import type { Cypher, WriteTx } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import * as Q from './ingest.cypher.js';
import type { PreparedArticle, PreparedEntity, PreparedRelation } from './prepare.js';
import type { Reference } from './references.js';

/** Writes prepared documents, each in one transaction: all of it lands, or none of it. */
export class IngestRepository {
  constructor(private readonly db: Cypher) {}

  writeGazetteer(source: string, entities: PreparedEntity[], relations: PreparedRelation[], refs: Reference[]): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(Q.UPSERT_ENTITIES, { entities });
      await failOnMissing(tx, source, refs);
      await tx.run(Q.UPSERT_RELATIONS, { relations, articleId: null });
    });
  }

  writeArticle(source: string, prepared: PreparedArticle, refs: Reference[]): Promise<void> {
    const articleId = prepared.article.id;
    return this.db.write(async (tx) => {
      await tx.run(Q.UPSERT_ENTITIES, { entities: prepared.entities });
      await tx.run(Q.UPSERT_ARTICLE, { article: prepared.article });
      await tx.run(Q.UPSERT_EVENTS, { articleId, events: prepared.events });
      // Checked after the document's own entities and events exist, before anything points at them.
      await failOnMissing(tx, source, refs);
      await tx.run(Q.CREATE_MENTIONS, { articleId, mentions: prepared.mentions });
      await tx.run(Q.CREATE_AUTO_MENTIONS, { articleId, mentions: prepared.autoMentions });
      await tx.run(Q.CREATE_CLAIMS, { articleId, claims: prepared.claims });
      await tx.run(Q.UPSERT_RELATIONS, { articleId, relations: prepared.relations });
    });
  }
}

async function failOnMissing(tx: WriteTx, source: string, refs: Reference[]): Promise<void> {
  const [missing] = await tx.run(Q.MISSING_REFERENCE, { refs });
  if (missing) {
    const ref = refs.find((r) => r.path === missing['path'])!;
    const expected = ref.placeOnly ? 'place' : ref.eventAllowed ? 'entity or event' : 'entity';
    throw new InputError(`${source}: ${ref.path}`, `"${ref.key}" is not a known ${expected}`);
  }
}
