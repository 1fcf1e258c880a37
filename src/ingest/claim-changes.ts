import { createHash } from 'node:crypto';

import type { Change } from '../graph/changes.js';
import type { PreparedArticle, PreparedAutoMention } from './prepare.js';

/**
 * A claim's stamps as its retraction returned them (deleteReturningClaimed): a source rewritten
 * deletes its claims and writes them anew, so whether one changed is told by its fingerprint.
 */
export interface PriorClaim {
  id: string;
  fingerprint: string | null;
  ingestedAt: string | null;
  updatedAt: string | null;
}

/** The same statement, fingerprinted again, gives the same fingerprint: prepared values are built in a fixed key order. */
export const fingerprint = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * An article's fingerprint, of what its document states: not its AUTO mentions nor what the
 * extractor found, which relinking rewrites without the document. Those carry their own:
 * `linkHash` (linkHash) and `extractionHash` (prepare-extraction.ts), both refreshed by relinking,
 * so an article relinked and then ingested again unchanged is found unchanged.
 */
export const articlePrint = (a: PreparedArticle): string =>
  fingerprint({
    article: { ...a.article, properties: { ...a.article.properties, statedEntities: null, extractedEntities: null, extractionHash: null } },
    entities: a.entities.filter((e) => e.properties.source !== 'AUTO'),
    mentions: a.mentions,
    claims: a.claims.filter((c) => c.properties.source !== 'AUTO'),
    events: a.events.filter((e) => e.statement.source !== 'AUTO'),
    relations: a.relations,
  });

/** The fingerprint of an article's AUTO mentions, as ingest and relinking write them. */
export const linkHash = (autoMentions: readonly PreparedAutoMention[]): string => fingerprint(autoMentions);

interface WrittenClaim {
  properties: { id: string };
}

/**
 * The claims about to be written, each with its fingerprint, the stamps of the claims they
 * replace by id (CREATE_CONTENT's `$prior`, which keeps them for a claim unchanged), and what
 * changed: a claim new or restated differently, and a claim no longer stated (RETRACTED).
 */
export function claimChanges<C extends WrittenClaim>(written: C[], gone: PriorClaim[]) {
  const prior = Object.fromEntries(gone.map((claim) => [claim.id, claim]));
  const changes: Change[] = [];
  const claims = written.map((claim) => {
    const print = fingerprint(claim);
    const before = prior[claim.properties.id];
    if (!before?.ingestedAt) changes.push({ kind: 'ADDED', nodeKind: 'CLAIM', id: claim.properties.id });
    else if (before.fingerprint !== print) changes.push({ kind: 'UPDATED', nodeKind: 'CLAIM', id: claim.properties.id });
    return { ...claim, properties: { ...claim.properties, fingerprint: print } };
  });
  const kept = new Set(written.map((claim) => claim.properties.id));
  for (const claim of gone) if (!kept.has(claim.id)) changes.push({ kind: 'RETRACTED', nodeKind: 'CLAIM', id: claim.id });
  return { claims, prior, changes };
}
