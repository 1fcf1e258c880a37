/**
 * `node dist/bench/linker-ab.js <base dist> [--seconds n]`: this build's linker and extractor
 * against another build's (a dist/ folder of an earlier commit), in one process, pass by pass in
 * alternating order, timed by CPU per pass, so whatever else loads the machine weighs on both.
 * It prints, per task, both rates (best and p25) and this build's speed-up over the base at p50.
 */
import { cpuUsage } from 'node:process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { Command } from 'commander';

import { fromRoot } from '../src/config/project-root.js';
import { DEFAULT_SELECTION } from '../src/gazetteer/default-set.js';
import { count } from './count-option.js';
import { entriesOf } from './linker-entries.js';
import type * as Extract from '../src/extraction/extract.js';
import type * as Linker from '../src/linking/linker.js';
import { goldArticles, joinedToNewsLength, seedArticle, type Text } from './linker-texts.js';

const options = new Command('bench-linker-ab')
  .argument('<base>', 'the dist/ folder of the build to compare with')
  .option('--seconds <n>', 'CPU seconds in all', count, 40)
  .parse();
const { seconds } = options.opts<{ seconds: number }>();

type Pass = () => void;

const TEXTS = { 'news length': [seedArticle(), ...joinedToNewsLength(goldArticles())], 'gold + seed': [...goldArticles(), seedArticle()] };

/** The default gazetteer's entries, the same data for both builds (their import mapping being the same). */
const entries = await entriesOf(DEFAULT_SELECTION);
const kinds = new Map(entries.map((e) => [e.entityKey, e.kind]));

/** One build's linker over the default gazetteer, and its passes over each text set. */
async function build(dist: string): Promise<Record<string, Pass>> {
  const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(dist, 'src', path)).href) as Promise<T>;
  const { buildNameIndex, linkMentions } = await load<typeof Linker>('linking/linker.js');
  const { extractArticle } = await load<typeof Extract>('extraction/extract.js');
  const index = buildNameIndex(entries);
  const passes: Record<string, Pass> = {};
  for (const [name, texts] of Object.entries(TEXTS)) {
    const link = (t: Text) => linkMentions(t.text, index, { outlet: t.outlet });
    const inputs = texts.map((t) => ({
      text: t.text,
      language: t.language,
      publishedAt: null,
      mentions: link(t).map((m) => ({ ...m, kind: m.entityKey ? (kinds.get(m.entityKey) ?? null) : null })),
    }));
    passes[`linking, ${name}`] = () => texts.forEach(link);
    passes[`extraction, ${name}`] = () => inputs.forEach(extractArticle);
  }
  return passes;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const at = (times: number[], p: number): number => [...times].sort((a, b) => a - b)[Math.floor(p * (times.length - 1))]!;

const sides = [await build(resolve(options.args[0]!)), await build(fromRoot('dist'))] as const;
const tasks = Object.keys(sides[0]);
const times = new Map(tasks.map((t) => [t, [[], []] as [number[], number[]]]));
for (const side of sides) for (const t of tasks) for (let i = 0; i < 5; i++) side[t]!(); // warm-up
const started = cpuUsage();
for (let round = 0; cpuMs(started) < seconds * 1000; round++) {
  for (const t of tasks) {
    for (const k of round % 2 ? [1, 0] : [0, 1]) {
      const before = cpuUsage();
      sides[k]![t]!();
      times.get(t)![k]!.push(cpuMs(before));
    }
  }
}
for (const t of tasks) {
  const n = TEXTS[t.replace(/^\w+, /, '') as keyof typeof TEXTS].length;
  const [base, ours] = times.get(t)!;
  const rate = (list: number[], p: number) => ((n * 1000) / at(list, p)).toFixed(0);
  console.log(
    `${t}: base ${rate(base, 0)} / ${rate(base, 0.25)} articles/s, this build ${rate(ours, 0)} / ${rate(ours, 0.25)} (best / p25), ` +
      `speed-up ${(at(base, 0.5) / at(ours, 0.5)).toFixed(2)}× at p50, ${base.length} passes each`,
  );
}
