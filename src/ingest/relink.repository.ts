import type { Cypher } from '../db/graph-db.js';
import type { MentionField } from '../graph/vocabulary.js';
import { CREATE_CONTENT } from './ingest.cypher.js';
import { derive } from './ingest.repository.js';
import type { PreparedAutoMention } from './prepare.js';
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
  hand: { start: number; end: number }[];
  auto: StoredAutoMention[];
}

/** Given articles, or the next `limit` of all of them after the id `after` ('' for the first). */
export type RelinkBatch = { ids: string[] } | { after: string; limit: number };

/** The AUTO mentions that replace an article's. */
export interface Replacement {
  articleId: string;
  autoMentions: PreparedAutoMention[];
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
   * has no names left, so the linker's entries keep their names and the stamp stays.
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
        const content = outcome.replace.filter((r) => r.autoMentions.length).map((r) => ({ ...r, mentions: [], claims: [] }));
        if (content.length) await tx.run(CREATE_CONTENT, { articles: content });
        await derive(tx, { relations: [], events: [], entities: retracted!['entities'] as string[] });
      }
      return { articles, outcome };
    });
  }
}
