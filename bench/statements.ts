import 'reflect-metadata';

import { Socket } from 'node:net';

import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';

import { buildGraphSchema } from '../src/app/schema.js';
import { createApolloServer, serve } from '../src/app/server.js';
import { loadConfig } from '../src/config/config.js';
import { GraphDb } from '../src/db/graph-db.js';
import { Gazetteer } from './corpus/gazetteer.js';
import { count } from './count-option.js';
import { serveFloor } from './floor.js';
import { post } from './measure.js';
import { dbHits, Recorder } from './probe.js';
import { benchQueries } from './queries.js';

/**
 * What ours and the floor send Neo4j per request of each bench question, on a graph the bench
 * wrote (NEO4J_URI, same --entities and --seed), averaged over the first --variants variants:
 * statements, bytes of Cypher text, socket writes and bytes written to Neo4j (the driver flushes
 * every 1,400 bytes, so a long statement costs a second write), and PROFILE db hits. These do
 * not move with the machine's load, unlike CPU time (bench/cpu.ts).
 */
const options = new Command('bench-statements')
  .option('--entities <n>', 'gazetteer entities of the bench graph', count, 25_000)
  .option('--seed <n>', 'corpus seed', count, 42)
  .option('--variants <n>', 'variants of each question to ask', count, 4)
  .option('--print', 'print the Cypher of ours for the first variant')
  .parse()
  .opts<{ entities: number; seed: number; variants: number; print?: boolean }>();

const config = loadConfig();
if (!config.NEO4J_URI) throw new Error('NEO4J_URI must name the graph the bench wrote');
const boltPort = Number(new URL(config.NEO4J_URI).port);
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
const recorder = new Recorder();
const ours = await serve(apollo, recorder.ours(db), { PORT: 0, API_KEY: undefined, CORS_ORIGINS: [] }, silent);
const queries = benchQueries(new Gazetteer('bench', options.seed, options.entities));
const floor = await serveFloor(driver, queries, config.NEO4J_DATABASE);

// Every write any socket of this process makes to Neo4j's Bolt port, while `tally` is set.
let tally: { writes: number; bytes: number } | null = null;
const write = Socket.prototype.write;
Socket.prototype.write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
  if (tally && this.remotePort === boltPort) {
    tally.writes++;
    tally.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Uint8Array).byteLength;
  }
  return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
} as typeof write;

/** One request, after one unmeasured (pools connected, plans cached): its writes to Neo4j and the statements it ran. */
async function measured(url: string, body: string) {
  await post(url, body);
  const bolt = (tally = { writes: 0, bytes: 0 });
  const statements = await recorder.during(() => post(url, body));
  tally = null;
  return { bolt, statements };
}

try {
  console.log(
    '| question | server | statements | Cypher bytes (largest) | Bolt writes | Bolt bytes | db hits |\n|---|---|---|---|---|---|---|',
  );
  for (const q of queries) {
    const variants = q.variants.slice(0, options.variants);
    for (const server of ['ours', 'floor'] as const) {
      const sum = { statements: 0, text: 0, largest: 0, writes: 0, bytes: 0, hits: 0 };
      for (const v of variants) {
        const body = JSON.stringify(server === 'ours' ? { query: q.ours, variables: v.ours } : { query: q.name, variables: v.floor });
        const url = server === 'ours' ? ours.url : floor.url;
        const { bolt, statements: recorded } = await measured(url, body);
        const statements = server === 'ours' ? recorded : [{ cypher: q.floor, params: v.floor }];
        if (options.print && server === 'ours' && v === variants[0]) statements.forEach((s) => console.error(`${s.cypher}\n;;`));
        sum.statements += statements.length;
        sum.writes += bolt.writes;
        sum.bytes += bolt.bytes;
        for (const s of statements) {
          const size = Buffer.byteLength(s.cypher);
          sum.text += size;
          sum.largest = Math.max(sum.largest, size);
          sum.hits += await dbHits(driver, s);
        }
      }
      const per = (n: number) => (n / variants.length).toFixed(1).replace(/\.0$/, '');
      console.log(
        `| ${q.name} | ${server} | ${per(sum.statements)} | ${per(sum.text)} (${sum.largest}) | ${per(sum.writes)} | ${per(sum.bytes)} | ${per(sum.hits)} |`,
      );
    }
  }
} finally {
  await ours.close();
  await apollo.stop();
  await floor.stop();
  await driver.close();
  await db.close();
}
