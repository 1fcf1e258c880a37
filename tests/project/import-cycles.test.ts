import { describe, expect, it } from 'vitest';

import { cycles, explain, groupedBy, importGraph, type ImportGraph } from '../support/import-graph.js';

/** A file's folder under its tree (`src/app/http.ts` → `src/app`); a top-level file is its own group. */
const folderOf = (root: string) => (file: string) =>
  file
    .split('/')
    .slice(0, root.split('/').length + 1)
    .join('/');

/**
 * The layers of src/, lowest first; every folder not named is a feature. A file imports only its
 * own layer or lower ones, so the kits import no feature and nothing imports the app root.
 */
const LAYERS = [['src/config', 'src/errors.ts'], ['src/db'], ['src/graph'], ['src/graphql'], ['<features>'], ['src/app']];
const layerOf = (group: string): number => {
  const named = LAYERS.findIndex((layer) => layer.includes(group));
  return named >= 0 ? named : LAYERS.findIndex((layer) => layer.includes('<features>'));
};

/** Each import from a lower layer into a higher one, as `from -> to`. */
function upward(graph: ImportGraph, group: (file: string) => string): string[] {
  return [...graph].flatMap(([from, targets]) =>
    [...targets].filter((to) => layerOf(group(to)) > layerOf(group(from))).map((to) => `${from} -> ${to}`),
  );
}

function report(graph: ImportGraph): string[] {
  return cycles(graph).map((component) => `${component.join(' ⇄ ')}\n${explain(graph, component)}`);
}

const src = await importGraph('src');
const control = await importGraph('tests/fixtures/import-cycle');

describe('imports in src/', () => {
  it('finds none between the files of src/ (type-only imports included)', () => {
    expect(report(src)).toEqual([]);
  });

  it('finds none between the folders of src/: a feature never imports a folder that imports it', () => {
    expect(report(groupedBy(src, folderOf('src')))).toEqual([]);
  });

  it('finds none between the folders of src/extraction/: text, speech, speakers, quotes, events … import one way', () => {
    const extraction = new Map([...src].filter(([file]) => file.startsWith('src/extraction/')));
    expect(report(groupedBy(extraction, folderOf('src/extraction')))).toEqual([]);
  });

  it('has no import from a layer into a higher one (config → db → graph kit → GraphQL kit → features → app root)', () => {
    expect(upward(src, folderOf('src'))).toEqual([]);
  });

  it('would find them: the control tree has a cycle of files closed by a type import and one of folders', () => {
    expect(cycles(control)).toEqual([['tests/fixtures/import-cycle/pair/x.ts', 'tests/fixtures/import-cycle/pair/y.ts']]);
    expect(cycles(groupedBy(control, folderOf('tests/fixtures/import-cycle')))).toEqual([
      ['tests/fixtures/import-cycle/one', 'tests/fixtures/import-cycle/two'],
    ]);
    const feature = 'tests/fixtures/import-cycle/one/a.ts';
    expect(upward(new Map([['src/graphql/relay.ts', new Set([feature])]]), folderOf('src'))).toEqual([
      `src/graphql/relay.ts -> ${feature}`,
    ]);
  });
});
