import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';

import { loadConfig } from '../src/config/config.js';
import { startNeo4j, type RunningNeo4j } from '../src/db/embedded-neo4j.js';
import { GraphDb } from '../src/db/graph-db.js';
import { applySchema } from '../src/db/schema-setup.js';
import { buildGraphSchema } from '../src/app/schema.js';
import { createApolloServer, serve } from '../src/app/server.js';
import { count } from './count-option.js';
import { serveFloor } from './floor.js';
import { jvmMeter } from './load.js';
import { Recorder } from './probe.js';
import { corpusAndQuestions } from './questions.js';
import { machine, markdown, writeReport } from './report.js';
import { buildSearchStore } from './search-store.js';
import { measureSearch, searchQuery, type SearchFigures } from './search.js';

const options = new Command('bench')
  .description('Ingest and query benchmark of the API against hand-written Cypher and @neo4j/graphql 7.')
  .option('--articles <n>', 'articles in the bulk-loaded corpus', count, 10_000)
  .option('--entities <n>', 'gazetteer entities (about 4 names each)', count, 25_000)
  .option('--sample <n>', 'articles through the per-article path', count, 500)
  .option('--linked <n>', 'articles through the bulk path with entity linking on', count, 2000)
  .option('--batch <n>', 'articles per bulk transaction', count, 500)
  .option('--rounds <n>', 'rounds per question and concurrency, each giving the three servers their turn', count, 5)
  .option('--seconds <n>', 'seconds per server per round', count, 2)
  .option('--quick', 'two rounds of one second each instead (CI-sized)')
  .option('--seed <n>', 'corpus seed', count, 42)
  .option('--search-entities <n>', 'entities of the name-search store (about 4 names each: 250,000 is a million names)', count, 250_000)
  .option('--search-only', 'only the name-search store and its measurement: no article corpus, no other questions')
  .option('--no-search', 'without the name-search store and its measurement')
  .parse()
  .opts<{
    articles: number;
    entities: number;
    sample: number;
    linked: number;
    batch: number;
    rounds: number;
    seconds: number;
    quick?: boolean;
    seed: number;
    searchEntities: number;
    searchOnly?: boolean;
    search: boolean;
  }>();
const [rounds, seconds] = options.quick ? [2, 1] : [options.rounds, options.seconds];
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
  const db = GraphDb.connect({
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: 60_000,
  });
  const driver = neo4j.driver(uri, auth);
  const peerDriver = neo4j.driver(uri, auth);
  const floorDriver = neo4j.driver(uri, auth);
  stops.push(
    () => db.close(),
    () => driver.close(),
    () => peerDriver.close(),
    () => floorDriver.close(),
  );
  // The JVM's CPU and Bolt bytes can be read only when it is the bench's own child.
  const timing = { rounds, seconds, jvm: embedded ? jvmMeter(embedded.pid) : null };
  await applySchema(db);

  const recorder = new Recorder();
  const silent = pino({ level: 'silent' });
  const ours = createApolloServer(await buildGraphSchema(), { INTROSPECTION: false, SANDBOX: 'none' }, silent);
  const oursHttp = await serve(ours, recorder.ours(db), { PORT: 0, API_KEY: undefined, CORS_ORIGINS: [] }, silent);
  stops.unshift(oursHttp.close, () => ours.stop());

  const corpus = options.searchOnly
    ? null
    : await corpusAndQuestions(
        db,
        { profile: driver, peer: peerDriver, floor: floorDriver },
        recorder,
        oursHttp.url,
        options,
        config.NEO4J_DATABASE,
        timing,
        stops,
        log,
      );
  const search = options.search ? await nameSearchAtScale(db, floorDriver, oursHttp.url) : null;
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { ...options, rounds, seconds },
    graph: corpus?.graph ?? {},
    gazetteerSeconds: corpus?.gazetteerSeconds ?? 0,
    ingest: corpus?.ingest ?? [],
    queries: corpus?.queries ?? [],
    search,
  };
  console.log(markdown(report));
  log(`written: ${writeReport(report)}`);
} finally {
  for (const stop of stops) await stop();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** The million-name store (built or checked) and ours against the floor on it, one request at a time. */
async function nameSearchAtScale(db: GraphDb, floorDriver: Driver, oursUrl: string): Promise<SearchFigures> {
  log(`name-search store: ${options.searchEntities} entities ...`);
  const { store, written, seconds: loadSeconds } = await buildSearchStore(db, options.searchEntities, options.seed, log);
  const [{ names }] = (await db.read('RETURN COUNT { (:Name) } AS names')) as [{ names: number }];
  const floor = await serveFloor(floorDriver, [searchQuery(store)], config.NEO4J_DATABASE);
  stops.unshift(floor.stop);
  log(`name search at ${names} names ...`);
  const search = {
    entities: store.size,
    written,
    names,
    loadSeconds,
    ...(await measureSearch(searchQuery(store), { ours: oursUrl, floor: floor.url }, rounds * seconds * 2)),
  };
  log(`  ours p50 ${search.ours.p50} ms, p99 ${search.ours.p99} ms; floor p50 ${search.floor.p50} ms, p99 ${search.floor.p99} ms`);
  return search;
}
