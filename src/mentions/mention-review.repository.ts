import type { Cypher, WriteTx } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import type { MentionField } from '../graph/vocabulary.js';
import type { ReviewNote } from '../graphql/review-note.js';
import { recordChanges } from '../graph/changes.js';
import { derive } from '../ingest/ingest.repository.js';
import { mentionId } from '../ingest/prepare.js';
import { applyReviews } from '../ingest/reviews.js';
import * as Q from './mention-review.cypher.js';

/** What a review of a mention did: the mention now at the span (null when rejected), and the mentions it removed. */
export interface ReviewedMention {
  articleId: string;
  mention: string | null;
  removed: string[];
}

interface Span {
  field: MentionField;
  start: number;
  end: number;
  text: string;
  entity: string | null;
}

/**
 * The review desk for mentions. Each review is one transaction: the article locked, the review
 * recorded (src/ingest/review.cypher.ts), the statements under its span removed and what they
 * touched derived again, as when the article is next written.
 */
export class MentionReviewRepository {
  constructor(private readonly db: Cypher) {}

  /** The mention's span refers to `entity` (a key of an existing entity) from now on. */
  resolve(mention: string, entity: string, note: ReviewNote): Promise<ReviewedMention> {
    return this.review(mention, async (tx, article, span) => {
      // Marked apart from the linker's and the document's ids (no key holds "~"), so neither meets it when it writes again.
      const id = `${mentionId(article, span.field, span.start, span.end, entity)}~review`;
      const { field, start, end, text } = span;
      await tx.run(Q.RESOLVE_MENTION, { article, entity, mention: { id, field, start, end, text, source: 'HAND', ...note } });
      return id;
    });
  }

  /** The mention's span names nothing (or not what it was linked to): no mention stands there from now on. */
  reject(mention: string, note: ReviewNote): Promise<ReviewedMention> {
    return this.review(mention, async (tx, article, { field, start, end, text, entity }) => {
      const rejection = { of: 'Mention', field, segmentStarts: [start], segmentEnds: [end], segmentTexts: [text], entity, ...note };
      await tx.run(Q.REJECT_MENTION, { article, rejection });
      return null;
    });
  }

  private review(mention: string, record: (tx: WriteTx, article: string, span: Span) => Promise<string | null>): Promise<ReviewedMention> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run(Q.LOCK_MENTION, { mention });
      if (!row) throw new InputError('mention', 'no such mention');
      const article = row['articleId'] as string;
      const span = row['span'] as Span;
      const [replaced] = await tx.run(Q.REPLACE_MENTION_REVIEWS, { article, spans: [span] });
      const id = await record(tx, article, span);
      const touched = { relations: [], events: [], entities: [] };
      const { mentions } = await applyReviews(tx, [article], touched);
      await recordChanges(tx, await derive(tx, touched));
      const removed = [...(replaced!['removed'] as string[]), ...mentions].filter((key) => key !== id);
      return { articleId: article, mention: id, removed: [...new Set(removed)] };
    });
  }
}
