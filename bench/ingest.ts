import type { GraphDb } from '../src/db/graph-db.js';
import { BulkIngest } from '../src/ingest/bulk-ingest.js';
import { createIngestService } from '../src/ingest/ingest.service.js';
import { benchArticles } from './corpus/articles.js';
import type { Gazetteer } from './corpus/gazetteer.js';

export interface IngestFigures {
  path: string;
  articles: number;
  mentions: number;
  claims: number;
  events: number;
  seconds: number;
  articlesPerSecond: number;
  /** Highest RSS of this process seen during the phase (sampled every 20 ms), MB. */
  peakRssMb: number;
  /** RSS after each quarter of the articles, MB: flat when nothing grows with the corpus. */
  rssByQuarterMb: number[];
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** Times a phase and samples this process's RSS while it runs. */
async function measured(
  path: string,
  total: number,
  run: (
    progress: (done: number) => void,
  ) => Promise<Omit<IngestFigures, 'path' | 'seconds' | 'articlesPerSecond' | 'peakRssMb' | 'rssByQuarterMb'>>,
): Promise<IngestFigures> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const quarters: number[] = [];
  const started = performance.now();
  try {
    const counts = await run((done) => {
      while (quarters.length < 4 && done >= ((quarters.length + 1) * total) / 4) quarters.push(mb(process.memoryUsage().rss));
    });
    const seconds = (performance.now() - started) / 1000;
    return { path, ...counts, seconds, articlesPerSecond: counts.articles / seconds, peakRssMb: mb(peak), rssByQuarterMb: quarters };
  } finally {
    clearInterval(sampler);
  }
}

/** The gazetteer through the service the seed loader uses, in documents of 1,000 entities. */
export async function loadGazetteer(db: GraphDb, gazetteer: Gazetteer): Promise<number> {
  const service = createIngestService(db);
  const started = performance.now();
  let n = 0;
  for (const doc of gazetteer.documents()) await service.ingestGazetteer(doc, `gazetteer#${n++}`);
  return (performance.now() - started) / 1000;
}

/** Generate → validate (→ link) → write per batch, one transaction each (src/ingest/bulk-ingest.ts). */
export function bulkLoad(
  db: GraphDb,
  gazetteer: Gazetteer,
  from: number,
  count: number,
  eventPool: number,
  batchSize: number,
  link: boolean,
): Promise<IngestFigures> {
  return measured(link ? 'bulk, entity linking on' : 'bulk', count, async (progress) => {
    const documents = benchArticles(gazetteer, from, count, eventPool);
    const result = await new BulkIngest(db, { link }).ingest(documents, batchSize, 'bench', (t) => progress(t.articles));
    if (result.failed.length) throw new Error(`bulk ingest refused ${result.failed.length} documents: ${result.failed[0]}`);
    return result;
  });
}

/** The path of the ingestArticle mutation and the seed loader: linking, one transaction per article. */
export function perArticleLoad(db: GraphDb, gazetteer: Gazetteer, from: number, count: number, eventPool: number): Promise<IngestFigures> {
  const service = createIngestService(db);
  return measured('per-article', count, async (progress) => {
    const totals = { articles: 0, mentions: 0, autoMentions: 0, claims: 0, events: 0 };
    for (const doc of benchArticles(gazetteer, from, count, eventPool)) {
      const written = await service.ingestArticle(doc, `bench#${doc.id}`);
      totals.articles++;
      totals.mentions += doc.mentions.length;
      totals.autoMentions += written.mentions - doc.mentions.length;
      totals.claims += written.claims;
      totals.events += written.events;
      progress(totals.articles);
    }
    return totals;
  });
}
