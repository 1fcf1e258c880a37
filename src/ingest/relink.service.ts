import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import type { GazetteerSnapshot } from '../linking/linker-index.js';
import { linkHash } from './claim-changes.js';
import type { IngestService } from './ingest.service.js';
import { prepareAutoMentions, type FoundMention, type PreparedAutoMention } from './prepare.js';
import type { ExtractionDoc } from './prepare-extraction.js';
import { RelinkRepository, type RelinkBatch, type Replacement, type StoredArticle, type StoredAutoMention } from './relink.repository.js';

/** What relinking changed, counted over AUTO mentions by span. */
export interface Relinked {
  articles: number;
  mentionsAdded: number;
  mentionsRemoved: number;
  /** A span the linker still names, but with another entity, score, evidence or candidates. */
  mentionsChanged: number;
  /** Re-extraction only: articles whose claims, events or new speakers came out otherwise, and were rewritten. */
  extractionsChanged: number;
}

type MentionCounts = Omit<Relinked, 'articles'>;

export const RELINK_BATCH = 100;
/** Linking a batch holds the event loop and the batch's transaction; yielding this often lets other work go on. */
const YIELD_EVERY = 20;

/**
 * Links stored articles again against the gazetteer as it is now (after a gazetteer load, a merge,
 * entities another process seeded), through the linking of ingest (IngestService.link,
 * prepareAutoMentions): their AUTO mentions are replaced, and nothing else they state. An article
 * whose mentions come out the same is not written, so a second run changes nothing.
 */
export class RelinkService {
  private readonly repository: RelinkRepository;
  private readonly batchSize: number;

  /** `extract`: re-extract too (reextract), replacing AUTO claims, reports and new speakers where they changed. */
  constructor(
    db: Cypher,
    private readonly ingest: IngestService,
    private readonly options: { extract: boolean; batchSize?: number } = { extract: false },
  ) {
    this.repository = new RelinkRepository(db);
    this.batchSize = options.batchSize ?? RELINK_BATCH;
  }

  /** `ids`: the articles to relink (every one must exist), or null for all of them, in id order. */
  async relink(ids: string[] | null, onBatch?: (done: Relinked, total: number) => void): Promise<Relinked> {
    if (ids) await this.checkExist(ids);
    const keys = ids && [...new Set(ids)];
    const total = keys ? keys.length : await this.repository.count();
    const done: Relinked = { articles: 0, mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 0, extractionsChanged: 0 };
    let after = '';
    for (let offset = 0; !keys || offset < keys.length; offset += this.batchSize) {
      const batch: RelinkBatch = keys ? { ids: keys.slice(offset, offset + this.batchSize) } : { after, limit: this.batchSize };
      // The gazetteer's stamp is checked once a batch: a change while relinking reaches the batches after it.
      const gazetteer = await this.ingest.linker.current();
      const { articles, outcome } = await this.repository.relinkBatch(batch, (stored) => this.relinked(stored, gazetteer));
      done.articles += articles.length;
      for (const key of COUNTED) done[key] += outcome.counts[key];
      onBatch?.(done, total);
      if (!keys && articles.length < this.batchSize) break;
      after = articles.at(-1)?.id ?? after;
    }
    return done;
  }

  private async checkExist(ids: string[]): Promise<void> {
    const [missing] = await this.repository.missing(ids);
    if (missing !== undefined) throw new InputError(`ids[${ids.indexOf(missing)}]`, `no article has the id "${missing}"`);
  }

  /** Pure but for yielding: a retried transaction runs it again. */
  private async relinked(
    articles: StoredArticle[],
    gazetteer: GazetteerSnapshot,
  ): Promise<{ replace: Replacement[]; counts: MentionCounts }> {
    const replace: Replacement[] = [];
    const counts: MentionCounts = { mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 0, extractionsChanged: 0 };
    for (const [i, article] of articles.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
      const linked = this.ingest.link(
        { entities: [], outlet: article.outlet ?? undefined, title: article.title, language: article.language },
        article.text,
        gazetteer,
      );
      const found = outside(article.reviewed, linked);
      const autoMentions = prepareAutoMentions(article.id, article.hand, found);
      const extraction = this.options.extract ? this.ingest.extract(storedDoc(article), article.text, found, gazetteer) : null;
      const diff = {
        ...compare(article.auto, autoMentions),
        extractionsChanged: Number(!!extraction && extraction.hash !== article.extractionHash),
      };
      for (const key of COUNTED) counts[key] += diff[key];
      if (COUNTED.some((key) => diff[key]))
        replace.push({
          articleId: article.id,
          autoMentions,
          // As ingest hashes them: before the reviewers' spans are taken out (applyReviews does that after).
          linkHash: linkHash(prepareAutoMentions(article.id, article.hand, linked)),
          extraction: diff.extractionsChanged ? extraction : null,
        });
    }
    return { replace, counts };
  }
}

const COUNTED: (keyof MentionCounts)[] = ['mentionsAdded', 'mentionsRemoved', 'mentionsChanged', 'extractionsChanged'];

/** A stored article as extraction reads it (its own entities are in the gazetteer by now). */
const storedDoc = (article: StoredArticle): ExtractionDoc => ({
  id: article.id,
  language: article.language,
  publishedAt: article.publishedAt,
  mentions: article.hand,
  entities: [],
  handClaims: article.handClaims,
  handEvents: article.handEvents,
});

/** What the linker found outside the spans reviewers settled: a reviewer's word wins there, as a hand annotation's does. */
const outside = (reviewed: StoredArticle['reviewed'], found: FoundMention[]): FoundMention[] =>
  found.filter((m) => !reviewed.some((r) => r.field === m.field && r.start < m.end && m.start < r.end));

const spanOf = (m: { field: string; start: number; end: number }): string => `${m.field}:${m.start}-${m.end}`;

/** Everything a stored AUTO mention records, in one comparable form (candidates in entity order). */
const recorded = (m: Omit<StoredAutoMention, 'field' | 'start' | 'end'>): string =>
  JSON.stringify([m.text, m.entity, m.score, m.evidence, m.candidates.map((c) => [c.entity, c.score]).sort()]);

/** The stored AUTO mentions against the new ones, span by span (the linker names a span once). */
function compare(stored: StoredAutoMention[], relinked: PreparedAutoMention[]): Omit<MentionCounts, 'extractionsChanged'> {
  const before = new Map(stored.map((m) => [spanOf(m), recorded(m)]));
  const after = new Map(relinked.map((m) => [spanOf(m), recorded(m)]));
  const kept = [...after.keys()].filter((span) => before.has(span));
  return {
    mentionsAdded: after.size - kept.length,
    mentionsRemoved: before.size - kept.length,
    mentionsChanged: kept.filter((span) => before.get(span) !== after.get(span)).length,
  };
}
