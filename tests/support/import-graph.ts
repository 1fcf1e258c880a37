import { relative } from 'node:path';

import { cruise, type ICruiseResult } from 'dependency-cruiser';

import { fromRoot } from '../../src/config/project-root.js';

/** Who imports whom among a tree's TypeScript files, paths relative to the project root. */
export type ImportGraph = Map<string, Set<string>>;

/**
 * The imports of every file under `root`, type-only ones included: a type import "up" a layer
 * couples the layers as much as a value import does (the Context type was the case in point).
 */
export async function importGraph(root: string): Promise<ImportGraph> {
  const { output } = await cruise(
    [relative(fromRoot(), fromRoot(root))],
    { tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, exclude: { path: 'node_modules' }, baseDir: fromRoot() },
    undefined,
    { tsConfig: { fileName: fromRoot('tsconfig.json') } },
  );
  const graph: ImportGraph = new Map();
  for (const module of (output as ICruiseResult).modules) {
    const targets = module.dependencies.filter((d) => !d.coreModule && !d.couldNotResolve && !d.resolved.includes('node_modules'));
    graph.set(module.source, new Set(targets.map((d) => d.resolved)));
  }
  return graph;
}

/** The same graph between groups of files (`group` names a file's group); imports within a group are dropped. */
export function groupedBy(graph: ImportGraph, group: (file: string) => string): ImportGraph {
  const grouped: ImportGraph = new Map();
  for (const [from, targets] of graph) {
    const edges = grouped.get(group(from)) ?? new Set<string>();
    grouped.set(group(from), edges);
    for (const to of targets) if (group(to) !== group(from)) edges.add(group(to));
  }
  return grouped;
}

/** Every cycle as its strongly connected component (Tarjan), members sorted, so a failure lists each once. */
export function cycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do component.push((member = stack.pop()!));
    while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A cycle's members with the imports that close it, for a failure message a reader can act on. */
export function explain(graph: ImportGraph, component: string[]): string {
  const members = new Set(component);
  const edges = component.flatMap((from) => [...(graph.get(from) ?? [])].filter((to) => members.has(to)).map((to) => `  ${from} -> ${to}`));
  return edges.join('\n');
}
