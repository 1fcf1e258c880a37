import { Command } from 'commander';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';

import { loadConfig } from '../src/config/config.js';
import type { Cypher, Params, Row, WriteTx } from '../src/db/graph-db.js';
import { GraphDb } from '../src/db/graph-db.js';
import { toDriver, toPlain } from '../src/db/values.js';
import type { BulkIngest } from '../src/ingest/bulk-ingest.js';
import { derive } from '../src/ingest/ingest.repository.js';
import { benchArticles } from './corpus/articles.js';
import { Gazetteer } from './corpus/gazetteer.js';
import { count } from './count-option.js';
import { bulkLoad, loadGazetteer } from './ingest.js';

/**
 * PROFILE db hits of one bulk batch (no linking) into a store of the bench corpus, statement by
 * statement, rolled back so the store stays as it was. Db hits do not move with the machine's
 * load, so two builds profiled on one store (`--build` names the other's dist/) compare fairly.
 * The store is first filled to `--stored` articles (committed, with this build), so running it
 * again at a larger `--stored` only adds the difference.
 *
 *   NEO4J_URI=bolt://… node dist/bench/profile-ingest.js --stored 4000 [--build /other/dist]
 */
const options = new Command('bench-profile-ingest')
  .option('--prefix <p>', 'id prefix of this store’s corpus', 'prof')
  .option('--entities <n>', 'gazetteer entities', count, 10_000)
  .option('--pool <n>', 'events the corpus draws from (Zipf)', count, 2_500)
  .option('--stored <n>', 'articles stored before the profiled batch', count, 4_000)
  .option('--batch <n>', 'articles in the profiled batch', count, 500)
  .option('--seed <n>', 'corpus seed', count, 42)
  .option('--tally', 'first derive every event of the store once (committed), so each keeps its tallies')
  .option('--rounds <n>', 'time the batch this many times without PROFILE (rolled back each time) instead', count, 0)
  .option('--build <dist>', 'the dist/ folder whose BulkIngest is profiled (default: this one)')
  .parse()
  .opts<{
    prefix: string;
    entities: number;
    pool: number;
    stored: number;
    batch: number;
    seed: number;
    tally?: boolean;
    rounds: number;
    build?: string;
  }>();

const config = loadConfig();
if (!config.NEO4J_URI) throw new Error('NEO4J_URI must name the Neo4j to profile on');
const connection = {
  uri: config.NEO4J_URI,
  username: config.NEO4J_USERNAME,
  password: config.NEO4J_PASSWORD,
  database: config.NEO4J_DATABASE,
};
const db = GraphDb.connect({ ...connection, queryTimeoutMs: 600_000 });
const driver = neo4j.driver(config.NEO4J_URI, connection.password ? neo4j.auth.basic(connection.username, connection.password) : undefined);
const gazetteer = new Gazetteer(options.prefix, options.seed, options.entities);

const [{ stored, places }] = (await db.read(
  `RETURN COUNT { (a:Article) WHERE a.id STARTS WITH $articles } AS stored, COUNT { (e:Entity) WHERE e.id STARTS WITH $entities } AS places`,
  { articles: `${options.prefix}-a`, entities: `${options.prefix}:` },
)) as [{ stored: number; places: number }];
if (places === 0) await loadGazetteer(db, gazetteer);
if (stored < options.stored) await bulkLoad(db, gazetteer, stored, options.stored - stored, options.pool, 500, false);

if (options.tally) {
  // A store written before events kept tallies: each gets them at its first derivation.
  const rows = await db.read(`MATCH (ev:Event) WHERE ev.id STARTS WITH $prefix AND ev.reportCount IS NULL RETURN ev.id AS id ORDER BY id`, {
    prefix: `${options.prefix}:`,
  });
  const ids = rows.map((r) => r['id'] as string);
  for (let i = 0; i < ids.length; i += 200)
    await db.write((tx) => derive(tx, { relations: [], entities: [], events: ids.slice(i, i + 200) }));
}

const hits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, child) => n + hits(child), 0);
const byStatement = new Map<string, { hits: number; rows: number; runs: number }>();

/** Every statement of a write profiled and tallied by its first line; the transaction is then rolled back. */
const profiling: Cypher = {
  read: (cypher, params) => db.read(cypher, params),
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = driver.session({ database: connection.database });
    const tx = session.beginTransaction();
    try {
      return await work({
        run: async (cypher: string, params: Params = {}): Promise<Row[]> => {
          const result = await tx.run(`${options.rounds ? '' : 'PROFILE '}${cypher}`, toDriver(params) as Params);
          const name = statementName(cypher);
          if (options.rounds) return result.records.map((r) => toPlain(r.toObject()) as Row);
          const tally = byStatement.get(name) ?? { hits: 0, rows: 0, runs: 0 };
          byStatement.set(name, {
            hits: tally.hits + hits(result.summary.profile as ProfiledPlan),
            rows: tally.rows + result.records.length,
            runs: tally.runs + 1,
          });
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        },
      });
    } finally {
      await tx.rollback();
      await session.close();
    }
  },
};

/** A statement told by its text: the DERIVE_EVENTS of either build, and so on. */
function statementName(cypher: string): string {
  const known: [RegExp, string][] = [
    [/UNWIND \$events AS (id|x)\s+MATCH \(ev:Event/, 'DERIVE_EVENTS'],
    [/MERGE \(log:ChangeLog/, 'RECORD_CHANGES'],
    [/UNWIND \$articles AS art/, 'CREATE_CONTENT'],
    [/UNWIND \$articles AS x\s+MERGE \(a:Article/, 'UPSERT_ARTICLES'],
    [/UNWIND \$articles AS id\s+MATCH \(record:Article/, 'RETRACT_ARTICLES'],
    [/HAS_REVIEW/, 'APPLY_REVIEWS'],
    [/UNWIND \$identities/, 'CHECK_DOCUMENTS'],
    [/UNWIND \$relations AS rel/, 'DERIVE_RELATIONS'],
    [/UNWIND \$entities AS key/, 'PRUNE_ENTITIES'],
    [/UNWIND \$entities AS x/, 'UPSERT_ENTITIES'],
  ];
  return known.find(([pattern]) => pattern.test(cypher))?.[1] ?? cypher.trim().split('\n')[0]!.slice(0, 60);
}

const { BulkIngest: Bulk } = (await import(
  options.build ? `${options.build}/src/ingest/bulk-ingest.js` : '../src/ingest/bulk-ingest.js'
)) as {
  BulkIngest: typeof BulkIngest;
};
const from = Math.max(stored, options.stored);
if (options.rounds) {
  for (let round = 0; round < options.rounds; round++) {
    const started = performance.now();
    await new Bulk(profiling, { link: false }).ingest(benchArticles(gazetteer, from, options.batch, options.pool), options.batch, 'timed');
    console.log(`round ${round}: ${Math.round(performance.now() - started)} ms for ${options.batch} articles`);
  }
  await driver.close();
  await db.close();
  process.exit(0);
}
await new Bulk(profiling, { link: false }).ingest(benchArticles(gazetteer, from, options.batch, options.pool), options.batch, 'profile');
const total = [...byStatement.values()].reduce((n, s) => n + s.hits, 0);
console.log(
  `build ${options.build ?? 'this'}: ${options.batch} articles into ${from} stored (pool ${options.pool}, ${options.entities} entities)`,
);
for (const [name, s] of [...byStatement].sort((a, b) => b[1].hits - a[1].hits))
  console.log(`${name.padEnd(24)} ${String(s.hits).padStart(9)}  ${((100 * s.hits) / total).toFixed(1).padStart(5)} %  rows ${s.rows}`);
console.log(`${'all'.padEnd(24)} ${String(total).padStart(9)}`);
await driver.close();
await db.close();
