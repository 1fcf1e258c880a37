import { Socket } from 'node:net';

import { Command } from 'commander';

import { attachToBenchGraph, withCorpusOptions } from './attached.js';
import { count } from './count-option.js';
import { post } from './measure.js';
import { dbHits, Recorder } from './probe.js';

/**
 * What ours and the floor send Neo4j per request of each bench question, on a graph the bench
 * wrote (NEO4J_URI, same --entities and --seed), averaged over the first --variants variants:
 * statements, bytes of Cypher text, socket writes and bytes written to Neo4j (the driver flushes
 * every 1,400 bytes, so a long statement costs a second write), and PROFILE db hits. These do
 * not move with the machine's load, unlike CPU time (bench/cpu.ts).
 */
const options = withCorpusOptions(new Command('bench-statements'))
  .option('--variants <n>', 'variants of each question to ask', count, 4)
  .option('--print', 'print the Cypher of ours for the first variant')
  .parse()
  .opts<{ entities: number; seed: number; variants: number; print?: boolean }>();

const recorder = new Recorder();
const { neo4jUri, driver, queries, urls, close } = await attachToBenchGraph(options, { wrap: (db) => recorder.ours(db) });
const boltPort = Number(new URL(neo4jUri).port);

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
        const url = urls[server];
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
  await close();
}
