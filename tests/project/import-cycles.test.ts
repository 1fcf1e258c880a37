import { describe, expect, it } from 'vitest';

import { cycles, explain, groupedBy, importGraph, type ImportGraph } from '../support/import-graph.js';

/** A file's folder under its tree (`src/app/http.ts` → `src/app`); a top-level file is its own group. */
const folderOf = (root: string) => (file: string) => file.split('/').slice(0, root.split('/').length + 1).join('/');

function report(graph: ImportGraph): string[] {
  return cycles(graph).map((component) => `${component.join(' ⇄ ')}\n${explain(graph, component)}`);
}

const src = await importGraph('src');
const control = await importGraph('tests/fixtures/import-cycle');

describe('import cycles', () => {
  it('finds none between the files of src/ (type-only imports included)', () => {
    expect(report(src)).toEqual([]);
  });

  it('finds none between the folders of src/: a feature never imports a folder that imports it', () => {
    expect(report(groupedBy(src, folderOf('src')))).toEqual([]);
  });

  it('would find them: the control tree has a cycle of files closed by a type import and one of folders', () => {
    expect(cycles(control)).toEqual([['tests/fixtures/import-cycle/pair/x.ts', 'tests/fixtures/import-cycle/pair/y.ts']]);
    expect(cycles(groupedBy(control, folderOf('tests/fixtures/import-cycle')))).toEqual([
      ['tests/fixtures/import-cycle/one', 'tests/fixtures/import-cycle/two'],
    ]);
  });
});
