import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

import { Command } from 'commander';

import { attachToBenchGraph, withCorpusOptions } from './attached.js';
import { count } from './count-option.js';
import { burst, percentile } from './load.js';

const options = withCorpusOptions(new Command('bench-cpu'))
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

const { queries, urls, close } = await attachToBenchGraph(options, { only: options.only });
const servers = options.servers.split(',') as ('ours' | 'floor')[];
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
  await close();
}
