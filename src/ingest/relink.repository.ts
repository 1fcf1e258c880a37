import type { Cypher, WriteTx } from '../db/graph-db.js';
import { changesOf, recordChanges, type Change } from '../graph/changes.js';
import type { MentionField } from '../graph/vocabulary.js';
import { CREATE_CONTENT, UPSERT_ENTITIES } from './ingest.cypher.js';
import { claimChanges, type PriorClaim } from './claim-changes.js';
import { derive, matchEvents } from './ingest.repository.js';
import type { PreparedAutoMention } from './prepare.js';
import type { PreparedExtraction } from './prepare-extraction.js';
import { RETRACT_EXTRACTION, WRITE_EXTRACTION } from './reextract.cypher.js';
import { applyReviews } from './reviews.js';
import * as Q from './relink.cypher.js';

/** An AUTO mention as stored: what relinking compares the linker's new finding with. */
export interface StoredAutoMention {
  field: MentionField;
  start: number;
  end: number;
  text: string;
  entity: string | null;
  score: number;
  evidence: string[];
  candidates: { entity: string; score: number }[];
}

export interface StoredArticle {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  language: string;
  publishedAt: string | null;
  hand: { start: number; end: number; text: string; entity: string }[];
  /** Spans reviewers resolved or rejected (src/ingest/review.cypher.ts): the linker adds no mention over them. */
  reviewed: { field: MentionField; start: number; end: number }[];
  auto: StoredAutoMention[];
  handClaims: boolean;
  handEvents: boolean;
  extractionHash: string | null;
}

/** Given articles, or the next `limit` of all of them after the id `after` ('' for the first). */
export type RelinkBatch = { ids: string[] } | { after: string; limit: number };

/** The AUTO mentions that replace an article's, and when re-extracting its AUTO claims and reports. */
export interface Replacement {
  articleId: string;
  autoMentions: PreparedAutoMention[];
  /** What the article's next ingest will find its AUTO mentions to be (articlePrint). */
  linkHash: string;
  extraction: PreparedExtraction | null;
}

export class RelinkRepository {
  constructor(private readonly db: Cypher) {}

  async count(): Promise<number> {
    const [row] = await this.db.read(Q.COUNT_ARTICLES);
    return row!['n'] as number;
  }

  async missing(ids: string[]): Promise<string[]> {
    const [row] = await this.db.read(Q.MISSING_ARTICLES, { ids });
    return row!['missing'] as string[];
  }

  /**
   * One batch in one transaction: its articles locked and read, `relink` working out their new
   * AUTO mentions (it runs again if the transaction is retried, so it must only compute), those
   * of the articles it returns replaced. What the old mentions referred to is derived again: an
   * entity an article introduced goes once nothing refers to it (PRUNE_ENTITIES). Such an entity
   * has no names left, so the linker's entries keep their names and the stamp stays. The
   * articles rewritten are stamped and logged UPDATED (STAMP_ARTICLES).
   */
  relinkBatch<T extends { replace: Replacement[] }>(
    batch: RelinkBatch,
    relink: (articles: StoredArticle[]) => Promise<T>,
  ): Promise<{ articles: StoredArticle[]; outcome: T }> {
    return this.db.write(async (tx) => {
      const rows = 'ids' in batch ? await tx.run(Q.LOCK_ARTICLES, batch) : await tx.run(Q.LOCK_NEXT_ARTICLES, batch);
      const articles = rows as unknown as StoredArticle[];
      const outcome = await relink(articles);
      if (outcome.replace.length) {
        const [retracted] = await tx.run(Q.RETRACT_AUTO_MENTIONS, { articles: outcome.replace.map((r) => r.articleId) });
        const touched = { relations: [], events: [] as string[], entities: retracted!['entities'] as string[], gone: [] as PriorClaim[] };
        const extracted = await replaceExtractions(tx, outcome.replace, touched);
        const claims = claimChanges(
          extracted.flatMap((r) => r.claims),
          touched.gone,
        );
        const stamped = new Map(claims.claims.map((c) => [c.properties.id, c]));
        const content = extracted
          .filter((r) => r.autoMentions.length || r.claims.length)
          .map((r) => ({
            articleId: r.articleId,
            mentions: [],
            autoMentions: r.autoMentions,
            claims: r.claims.map((c) => stamped.get(c.properties.id)!),
          }));
        if (content.length) await tx.run(CREATE_CONTENT, { articles: content, prior: claims.prior });
        // Claims the extractor found again where a reviewer corrected or rejected one go.
        const reviewed = await applyReviews(
          tx,
          outcome.replace.filter((r) => r.extraction).map((r) => r.articleId),
          touched,
        );
        const removed = new Set(reviewed.claims);
        const changes: Change[] = claims.changes.filter((c) => c.kind === 'RETRACTED' || !removed.has(c.id));
        changes.push(...(await derive(tx, touched)));
        const rewritten = outcome.replace.map((r) => ({ id: r.articleId, linkHash: r.linkHash }));
        changes.push(...changesOf('ARTICLE', await tx.run(Q.STAMP_ARTICLES, { articles: rewritten })));
        await recordChanges(tx, changes);
      }
      return { articles, outcome };
    });
  }
}

/**
 * The re-extracted articles' AUTO claims, reports and new speakers replaced; what the old ones
 * touched joins `touched`. Returns each replacement with the claims CREATE_CONTENT is to write.
 */
async function replaceExtractions(
  tx: WriteTx,
  replace: Replacement[],
  touched: { events: string[]; entities: string[]; gone: PriorClaim[] },
): Promise<(Replacement & { claims: PreparedExtraction['claims'] })[]> {
  const extracting = replace.filter((r) => r.extraction);
  if (!extracting.length) return replace.map((r) => ({ ...r, claims: [] }));
  const rows = await tx.run(RETRACT_EXTRACTION, { articles: extracting.map((r) => r.articleId) });
  for (const row of rows) {
    touched.events.push(...(row['events'] as string[]));
    touched.entities.push(...(row['entities'] as string[]));
    touched.gone.push(...(row['gone'] as PriorClaim[]));
  }
  const extractions = await matchEvents(
    tx,
    extracting.map((r) => r.extraction!),
  );
  const matched = new Map(extractions.map((e, i) => [extracting[i]!.articleId, e]));
  const entities = extractions.flatMap((e) => e.entities);
  if (entities.length) await tx.run(UPSERT_ENTITIES, { entities, reference: false });
  await tx.run(WRITE_EXTRACTION, {
    articles: [...matched].map(([id, e]) => ({
      id,
      events: e.events,
      claimedEvents: e.claimedEvents,
      extractedEntities: e.entities.map((x) => x.id),
      extractionHash: e.hash,
    })),
  });
  touched.events.push(...extractions.flatMap((e) => [...e.events, ...e.claimedEvents].map((x) => x.id)));
  return replace.map((r) => ({ ...r, claims: matched.get(r.articleId)?.claims ?? [] }));
}
