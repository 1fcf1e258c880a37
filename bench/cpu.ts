import 'reflect-metadata';

import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

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
import { burst, percentile } from './load.js';
import { benchQueries } from './queries.js';

/**
 * Node CPU per request of ours and the floor, one request at a time (or --connections at once), on a graph the bench has
 * already written (NEO4J_URI, same --entities and --seed). CPU time, unlike wall time, hardly
 * moves with what else loads the machine, so a change to the server can be told from noise in
 * a few seconds. With --profile <dir>, a V8 CPU profile of each question's timed turns (not of
 * start-up and warm-up) is written there, for Chrome DevTools or any .cpuprofile reader.
 */
const options = new Command('bench-cpu')
  .option('--entities <n>', 'gazetteer entities of the bench graph', count, 25_000)
  .option('--seed <n>', 'corpus seed', count, 42)
  .option('--seconds <n>', 'seconds per server and question in each round', count, 3)
  .option('--rounds <n>', 'rounds, the two servers alternating', count, 2)
  .option('--only <name>', 'only the questions whose name contains this')
  .option('--connections <n>', 'request loops at once', count, 1)
  .option('--servers <list>', 'comma-separated: ours, floor', 'ours,floor')
  .option('--profile <file>', "write a CPU profile of each question's timed turns into this folder")
  .parse()
  .opts<{
    entities: number;
    seed: number;
    seconds: number;
    rounds: number;
    connections: number;
    only?: string;
    servers: string;
    profile?: string;
  }>();

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
const ours = await serve(apollo, db, { PORT: 0, API_KEY: undefined, CORS_ORIGINS: [] }, silent);
const queries = benchQueries(new Gazetteer('bench', options.seed, options.entities)).filter((q) => q.name.includes(options.only ?? ''));
const floor = await serveFloor(driver, queries, config.NEO4J_DATABASE);
const servers = options.servers.split(',') as ('ours' | 'floor')[];
const urls = { ours: ours.url, floor: floor.url };
const inspector = new Session();
inspector.connect();
await inspector.post('Profiler.enable');

try {
  console.log('| question | server | requests | Node CPU ms | p50 ms |\n|---|---|---|---|---|');
  for (const q of queries) {
    const bodies = {
      ours: q.variants.map((v) => JSON.stringify({ query: q.ours, variables: v.ours })),
      floor: q.variants.map((v) => JSON.stringify({ query: q.name, variables: v.floor })),
    };
    const totals = Object.fromEntries(servers.map((s) => [s, { cpu: 0, latencies: [] as number[] }]));
    for (const s of servers) await burst(urls[s], bodies[s], 1, 1); // warm-up
    if (options.profile) await inspector.post('Profiler.start');
    for (let round = 0; round < options.rounds; round++) {
      for (const s of round % 2 ? [...servers].reverse() : servers) {
        const before = process.cpuUsage();
        const samples = await burst(urls[s], bodies[s], options.connections, options.seconds, round);
        const used = process.cpuUsage(before);
        if (samples.failures) throw new Error(`${s} failed ${samples.failures} requests of ${q.name}`);
        totals[s]!.cpu += (used.user + used.system) / 1000;
        totals[s]!.latencies.push(...samples.latencies);
      }
    }
    if (options.profile) {
      const { profile } = await inspector.post('Profiler.stop');
      mkdirSync(options.profile, { recursive: true });
      writeFileSync(`${options.profile}/${q.name.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
    }
    for (const s of servers) {
      const { cpu, latencies } = totals[s]!;
      latencies.sort((a, b) => a - b);
      console.log(
        `| ${q.name} | ${s} | ${latencies.length} | ${(cpu / latencies.length).toFixed(2)} | ${percentile(latencies, 50).toFixed(2)} |`,
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
