import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import { createIngestService, type IngestService, type ReadyArticle } from './ingest.service.js';

export interface BulkResult {
  articles: number;
  /** Hand-annotated mentions; `autoMentions` are those the linker added. */
  mentions: number;
  autoMentions: number;
  claims: number;
  events: number;
  /** Documents refused by validation ("<name>: field: problem"); the rest of their batch is written. */
  failed: string[];
}

type Counted = Exclude<keyof BulkResult, 'failed'>;
const COUNTED: Counted[] = ['articles', 'mentions', 'autoMentions', 'claims', 'events'];
/** Validating a batch holds the event loop; yielding this often lets the write in flight go on meanwhile. */
const YIELD_EVERY = 50;

/**
 * Loads many articles in the seed format (text inline) through the same steps as the per-article
 * path (IngestService.ready: zod schema, checkArticle, entity linking, prepareArticle) and the
 * same writes, but with one transaction per batch. Documents are consumed as they come, so
 * memory stays that of two batches whatever the corpus size. A reference to an entity that
 * exists nowhere fails its whole batch (nothing of it is written); the error names the document
 * and field.
 */
export class BulkIngest {
  private readonly service: IngestService;

  /**
   * `link: false` skips the entity linker (about half the CPU per article) for corpora whose
   * mentions are already annotated: their hand mentions are written, and nothing is auto-linked.
   */
  constructor(
    db: Cypher,
    private readonly options: { link: boolean } = { link: true },
  ) {
    this.service = createIngestService(db);
  }

  /**
   * `source` names each document in messages: "<source>#<position>" (0-based), or what a function
   * of the position gives, e.g. a file's line number.
   */
  async ingest(
    documents: Iterable<unknown> | AsyncIterable<unknown>,
    batchSize = 500,
    source: string | ((position: number) => string) = 'bulk',
    onBatch?: (total: BulkResult) => void,
  ): Promise<BulkResult> {
    const nameOf = typeof source === 'string' ? (position: number) => `${source}#${position}` : source;
    const total: BulkResult = { articles: 0, mentions: 0, autoMentions: 0, claims: 0, events: 0, failed: [] };
    let batch: unknown[] = [];
    let position = 0;
    // One write in flight while the next batch is validated: Neo4j and Node each keep a core busy.
    let writing: Promise<void> = Promise.resolve();
    const flush = async (): Promise<void> => {
      const prepared = await this.prepare(batch, nameOf, position - batch.length, total.failed);
      batch = [];
      await writing;
      writing = this.write(prepared).then((written) => {
        for (const key of COUNTED) total[key] += written[key];
        onBatch?.(total);
      });
      // Marked handled now: its failure surfaces at the next await of it, not as an unhandled rejection meanwhile.
      writing.catch(() => undefined);
    };
    for await (const document of documents) {
      batch.push(document);
      position++;
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length) await flush();
    await writing;
    return total;
  }

  /** Validates, links and prepares; a later document with the same id replaces an earlier one, as a rerun would. */
  private async prepare(
    documents: unknown[],
    nameOf: (position: number) => string,
    offset: number,
    failed: string[],
  ): Promise<ReadyArticle[]> {
    const articles = new Map<string, ReadyArticle>();
    // The gazetteer's stamp is checked once a batch.
    const gazetteer = this.options.link ? await this.service.linker.current() : null;
    for (const [i, input] of documents.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
      try {
        const ready = this.service.ready(input, nameOf(offset + i), gazetteer);
        articles.set(ready.doc.id, ready);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failed.push(error.message);
      }
    }
    return [...articles.values()];
  }

  private async write(batch: ReadyArticle[]): Promise<Record<Counted, number>> {
    const articles = batch.map((b) => b.prepared);
    if (articles.length)
      await this.service.repository.writeArticles(
        articles,
        batch.flatMap((b) => b.refs),
        batch.flatMap((b) => b.identities),
      );
    const count = (key: Exclude<Counted, 'articles'>) => articles.reduce((n, a) => n + a[key].length, 0);
    return {
      articles: articles.length,
      mentions: count('mentions'),
      autoMentions: count('autoMentions'),
      claims: count('claims'),
      events: count('events'),
    };
  }
}
