import 'reflect-metadata';

import type { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';

import { buildGraphSchema } from '../src/app/schema.js';
import { createApolloServer, serve } from '../src/app/server.js';
import { loadConfig } from '../src/config/config.js';
import { GraphDb } from '../src/db/graph-db.js';
import { Gazetteer } from './corpus/gazetteer.js';
import { count } from './count-option.js';
import { serveFloor } from './floor.js';
import { benchQueries, type BenchQuery } from './queries.js';

/** The corpus options of a graph the bench wrote: the questions' variants are derived from them. */
export const withCorpusOptions = (command: Command): Command =>
  command.option('--entities <n>', 'gazetteer entities of the bench graph', count, 25_000).option('--seed <n>', 'corpus seed', count, 42);

export interface Attached {
  neo4jUri: string;
  driver: Driver;
  queries: BenchQuery[];
  urls: { ours: string; floor: string };
  close(): Promise<void>;
}

/**
 * Ours and the floor served over a graph the bench has already written (NEO4J_URI, the same
 * --entities and --seed): what bench/cpu.ts and bench/statements.ts measure on. `wrap` is given
 * the GraphDb that ours reads through (bench/probe.ts records its statements that way).
 */
export async function attachToBenchGraph(
  corpus: { entities: number; seed: number },
  { only = '', wrap = (db: GraphDb) => db }: { only?: string; wrap?: (db: GraphDb) => GraphDb } = {},
): Promise<Attached> {
  const config = loadConfig();
  if (!config.NEO4J_URI) throw new Error('NEO4J_URI must name the graph the bench wrote');
  const db = GraphDb.connect({
    uri: config.NEO4J_URI,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: 60_000,
  });
  const driver = neo4j.driver(config.NEO4J_URI);
  const silent = pino({ level: 'silent' });
  const apollo = createApolloServer(await buildGraphSchema(), { INTROSPECTION: false, SANDBOX: 'none' }, silent);
  const ours = await serve(apollo, wrap(db), { PORT: 0, API_KEY: undefined, CORS_ORIGINS: [] }, silent);
  const queries = benchQueries(new Gazetteer('bench', corpus.seed, corpus.entities)).filter((q) => q.name.includes(only));
  const floor = await serveFloor(driver, queries, config.NEO4J_DATABASE);
  return {
    neo4jUri: config.NEO4J_URI,
    driver,
    queries,
    urls: { ours: ours.url, floor: floor.url },
    async close() {
      await ours.close();
      await apollo.stop();
      await floor.stop();
      await driver.close();
      await db.close();
    },
  };
}
