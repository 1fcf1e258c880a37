import type { Driver } from 'neo4j-driver';

import type { GraphDb } from '../src/db/graph-db.js';
import { Gazetteer } from './corpus/gazetteer.js';
import { serveFloor } from './floor.js';
import { bulkLoad, loadGazetteer, perArticleLoad, type IngestFigures } from './ingest.js';
import { measure, type QueryFigures, type Timing } from './measure.js';
import { servePeer } from './peer.js';
import type { Recorder } from './probe.js';
import { benchQueries } from './queries.js';

export interface CorpusOptions {
  articles: number;
  entities: number;
  sample: number;
  linked: number;
  batch: number;
  seed: number;
}

export interface CorpusFigures {
  graph: Record<string, number>;
  gazetteerSeconds: number;
  ingest: IngestFigures[];
  queries: QueryFigures[];
}

/**
 * The article corpus through the three ingest paths, then the five questions put to ours (at
 * `oursUrl`), the floor and the peer. Servers it starts are stopped through `stops`.
 */
export async function corpusAndQuestions(
  db: GraphDb,
  drivers: { profile: Driver; peer: Driver; floor: Driver },
  recorder: Recorder,
  oursUrl: string,
  options: CorpusOptions,
  database: string | undefined,
  timing: Timing,
  stops: (() => Promise<void>)[],
  log: (line: string) => void,
): Promise<CorpusFigures> {
  const gazetteer = new Gazetteer('bench', options.seed, options.entities);
  const eventPool = Math.max(10, Math.round(options.articles / 4));
  log(`gazetteer: ${gazetteer.size} entities ...`);
  const gazetteerSeconds = await loadGazetteer(db, gazetteer);
  // The corpus bulk-loaded as annotated; then further articles through the two paths that link.
  log(`bulk: ${options.articles} articles ...`);
  const bulk = await bulkLoad(db, gazetteer, 0, options.articles, eventPool, options.batch, false);
  log(`bulk with linking: ${options.linked} articles ...`);
  const linked = await bulkLoad(db, gazetteer, options.articles, options.linked, eventPool, options.batch, true);
  log(`per-article: ${options.sample} articles ...`);
  const perArticle = await perArticleLoad(db, gazetteer, options.articles + options.linked, options.sample, eventPool);
  const [graph] = await db.read(`RETURN COUNT { (:Entity) } AS entities, COUNT { (:Name) } AS names, COUNT { (:Article) } AS articles,
    COUNT { (:Mention) } AS mentions, COUNT { (:Claim) } AS claims, COUNT { (:Event) } AS events`);

  const queries = benchQueries(gazetteer);
  const floor = await serveFloor(drivers.floor, queries, database);
  const peer = await servePeer(recorder.peer(drivers.peer));
  stops.unshift(floor.stop, peer.stop);
  const urls = { ours: oursUrl, floor: floor.url, peer: peer.url };
  const figures: QueryFigures[] = [];
  for (const q of queries) {
    log(`query: ${q.name} ...`);
    figures.push(await measure(q, urls, recorder, drivers.profile, timing, log));
  }
  return { graph: graph as Record<string, number>, gazetteerSeconds, ingest: [bulk, linked, perArticle], queries: figures };
}
