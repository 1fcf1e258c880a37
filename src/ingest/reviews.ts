import type { WriteTx } from '../db/graph-db.js';
import { APPLY_REVIEWS } from './review.cypher.js';

/** The stored ids of the mentions and claims applying the reviews removed. */
export interface Removed {
  mentions: string[];
  claims: string[];
}

/**
 * The reviews of `articles` made to win over what was just written to them (APPLY_REVIEWS), in
 * the writer's transaction; what that touched joins `touched`, for the writer to derive again.
 */
export async function applyReviews(tx: WriteTx, articles: string[], touched: { events: string[]; entities: string[] }): Promise<Removed> {
  const removed: Removed = { mentions: [], claims: [] };
  if (!articles.length) return removed;
  for (const row of await tx.run(APPLY_REVIEWS, { articles })) {
    removed.mentions.push(...(row['mentions'] as string[]));
    removed.claims.push(...(row['claims'] as string[]));
    touched.events.push(...(row['events'] as string[]));
    touched.entities.push(...(row['entities'] as string[]));
  }
  return removed;
}
