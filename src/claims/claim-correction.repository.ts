import { randomUUID } from 'node:crypto';

import type { Cypher, WriteTx } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import type { ClaimRow } from '../graph/rows.js';
import type { ReviewNote } from '../graphql/review-note.js';
import { recordChanges } from '../graph/changes.js';
import { derive } from '../ingest/ingest.repository.js';
import { applyReviews } from '../ingest/reviews.js';
import { correctedClaim, segmentTexts, type CorrectionKeys } from './claim-correction.js';
import type { ClaimCorrectionInput } from './claim-correction.input.js';
import * as Q from './claim-correction.cypher.js';

/** What a correction did: the claim as corrected (null when marked no claim), and the claims it removed. */
export interface CorrectedClaim {
  articleId: string;
  claim: string | null;
  removed: string[];
}

interface Span {
  start: number;
  end: number;
}

/** The claim under correction as LOCK_CLAIM reads it. */
interface Locked {
  article: string;
  original: ClaimRow;
  reviewed: boolean;
  replaced: Span[];
}

/**
 * The review desk for claims, one transaction a correction: the article locked, the claim
 * written as corrected (a reviewer's HAND claim, src/ingest/review.cypher.ts) or its span
 * rejected, the statements under it removed and what they touched derived again.
 */
export class ClaimCorrectionRepository {
  constructor(private readonly db: Cypher) {}

  correct(claim: string, correction: ClaimCorrectionInput, keys: CorrectionKeys, note: ReviewNote): Promise<CorrectedClaim> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run(Q.LOCK_CLAIM, { claim, segments: correction.segments ?? [] });
      if (!row) throw new InputError('claim', 'no such claim');
      const segments = correction.segments ? segmentTexts(correction.segments, row['texts'] as string[], row['length'] as number) : null;
      const locked: Locked = {
        article: row['articleId'] as string,
        original: row['claim'] as ClaimRow,
        reviewed: row['reviewed'] as boolean,
        replaced: row['replaced'] as Span[],
      };
      const touched = { relations: [], events: [] as string[], entities: [] };
      if (locked.reviewed) {
        const [removed] = await tx.run(Q.REMOVE_REVIEWED_CLAIM, { claim });
        touched.events.push(...(removed!['about'] as string[]));
      }
      const id = correction.notAClaim
        ? await reject(tx, locked, note)
        : await rewrite(tx, locked, correctedClaim(locked.original, correction, keys, { segments, replaced: locked.replaced, note }));
      const { claims } = await applyReviews(tx, [locked.article], touched);
      const derived = await derive(tx, touched);
      const removed = [...(locked.reviewed ? [claim] : []), ...claims].filter((key) => key !== id);
      // A reviewer's claim corrected again keeps its id: an update; a first correction writes a new claim.
      const written = id ? [{ kind: locked.reviewed ? ('UPDATED' as const) : ('ADDED' as const), nodeKind: 'CLAIM' as const, id }] : [];
      const retracted = removed.map((key) => ({ kind: 'RETRACTED' as const, nodeKind: 'CLAIM' as const, id: key }));
      await recordChanges(tx, [...derived, ...written, ...retracted]);
      return { articleId: locked.article, claim: id, removed: [...new Set(removed)] };
    });
  }
}

const starts = (spans: Span[]): number[] => spans.map((s) => s.start);
const ends = (spans: Span[]): number[] => spans.map((s) => s.end);

/** The claim's span holds none: a rejection of its segments and of those it replaced. */
async function reject(tx: WriteTx, { article, original, replaced }: Locked, note: ReviewNote): Promise<null> {
  const { segments } = original;
  const rejection = {
    of: 'Claim',
    field: 'TEXT',
    segmentStarts: starts(segments),
    segmentEnds: ends(segments),
    segmentTexts: segments.map((s) => s.text),
    replacedStarts: starts(replaced),
    replacedEnds: ends(replaced),
    ...note,
  };
  await tx.run(Q.REJECT_CLAIM, { article, rejection });
  return null;
}

/**
 * The claim written as corrected. A reviewer's claim keeps its id through later corrections; a
 * new one gets an id with "~", which no key the document or the extractor gives holds.
 */
async function rewrite(tx: WriteTx, { article, reviewed, original }: Locked, claim: ReturnType<typeof correctedClaim>): Promise<string> {
  const id = reviewed ? original.id : `${article}:review~${randomUUID()}`;
  const { segmentStarts, segmentEnds } = claim.properties;
  await tx.run(Q.REPLACE_CLAIM_REJECTIONS, {
    article,
    spans: segmentStarts.map((start, i) => ({ field: 'TEXT', start, end: segmentEnds[i] })),
  });
  const ingestedAt = reviewed ? original.ingestedAt : null;
  await tx.run(Q.WRITE_CORRECTED_CLAIM, { article, ...claim, ingestedAt, properties: { id, ...claim.properties } });
  return id;
}
