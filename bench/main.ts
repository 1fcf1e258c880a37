import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Command, InvalidArgumentError } from 'commander';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';

import { loadConfig } from '../src/config/config.js';
import { startNeo4j, type RunningNeo4j } from '../src/db/embedded-neo4j.js';
import { GraphDb } from '../src/db/graph-db.js';
import { applySchema } from '../src/db/schema-setup.js';
import { buildGraphSchema } from '../src/server/schema.js';
import { createApolloServer, serve } from '../src/server/server.js';
import { Gazetteer } from './corpus/gazetteer.js';
import { serveFloor } from './floor.js';
import { bulkLoad, loadGazetteer, perArticleLoad } from './ingest.js';
import { measure, type QueryFigures } from './measure.js';
import { servePeer } from './peer.js';
import { Recorder } from './probe.js';
import { benchQueries } from './queries.js';
import { machine, markdown, writeReport } from './report.js';

const count = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};
const options = new Command('bench')
  .description('Ingest and query benchmark of the API against hand-written Cypher and @neo4j/graphql 7.')
  .option('--articles <n>', 'articles in the bulk-loaded corpus', count, 10_000)
  .option('--entities <n>', 'gazetteer entities (about 4 names each)', count, 25_000)
  .option('--sample <n>', 'articles through the per-article path', count, 500)
  .option('--linked <n>', 'articles through the bulk path with entity linking on', count, 2000)
  .option('--batch <n>', 'articles per bulk transaction', count, 500)
  .option('--seconds <n>', 'measured seconds per query, target and concurrency', count, 5)
  .option('--quick', 'one second per run instead')
  .option('--seed <n>', 'corpus seed', count, 42)
  .parse()
  .opts<{ articles: number; entities: number; sample: number; linked: number; batch: number; seconds: number; quick?: boolean; seed: number }>();
const seconds = options.quick ? 1 : options.seconds;
const log = (line: string): void => console.error(line);
const config = loadConfig();

// Our own Neo4j on a temporary store unless NEO4J_URI names one (then the corpus, with ids of
// its own prefix, is merged into that graph: rerunning replaces it).
const dataDir = config.NEO4J_URI ? null : mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
let embedded: RunningNeo4j | null = null;
const stops: (() => Promise<void>)[] = [];
try {
  embedded = dataDir ? await startNeo4j(dataDir) : null;
  const uri = config.NEO4J_URI ?? embedded!.uri;
  const auth = config.NEO4J_PASSWORD ? neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD) : undefined;
  const db = GraphDb.connect({ uri, username: config.NEO4J_USERNAME, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, queryTimeoutMs: 60_000 });
  const driver = neo4j.driver(uri, auth);
  const peerDriver = neo4j.driver(uri, auth);
  stops.push(() => db.close(), () => driver.close(), () => peerDriver.close());
  await applySchema(db);

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

  const recorder = new Recorder();
  const silent = pino({ level: 'silent' });
  const ours = createApolloServer(await buildGraphSchema(), { INTROSPECTION: false, SANDBOX: false }, silent);
  const oursHttp = await serve(ours, recorder.ours(db), { PORT: 0, API_KEY: undefined }, silent);
  stops.unshift(oursHttp.close, () => ours.stop());
  const queries = benchQueries(gazetteer);
  const floor = await serveFloor(db, queries);
  const peer = await servePeer(recorder.peer(peerDriver));
  stops.unshift(floor.stop, peer.stop);
  const urls = { ours: oursHttp.url, floor: floor.url, peer: peer.url };

  const figures: QueryFigures[] = [];
  for (const q of queries) {
    log(`query: ${q.name} ...`);
    figures.push(await measure(q, urls, recorder, driver, seconds, log));
  }
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { ...options, seconds },
    graph: graph as Record<string, number>,
    gazetteerSeconds,
    ingest: [bulk, linked, perArticle],
    queries: figures,
  };
  console.log(markdown(report));
  log(`written: ${writeReport(report)}`);
} finally {
  for (const stop of stops) await stop();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
