import { describe, expect, it } from 'vitest';

import { buildNameIndex } from '../../src/linking/linker.js';
import { findNames } from '../../src/linking/match.js';
import { firstSteps, step, trieOf, triesOf, type SteppingWord } from '../../src/linking/name-trie.js';
import type { FormRef } from '../../src/linking/types.js';
import { wordKeys } from '../../src/linking/word-keys.js';
import { entry, GAZETTEER, place } from './gazetteer.fixture.js';

const ref = (form: string): FormRef => ({ entry: 0, form, penalty: 0, note: null, usedBy: null, former: null, surname: null });
const walk = (root: ReturnType<typeof trieOf>, words: string[]) => words.reduce(step, root);

describe('trieOf and step', () => {
  const refs = { donetsk: [ref('Donetsk')], oblast: [ref('Donetsk Oblast')], spaced: [ref('A  B')] };
  const root = trieOf(
    new Map([
      ['donetsk', refs.donetsk],
      ['donetsk oblast', refs.oblast],
      ['a  b', refs.spaced],
    ]),
  );

  it('finds a key by its words, and says whether a longer key goes on', () => {
    expect(walk(root, ['donetsk'])?.refs).toBe(refs.donetsk);
    expect(walk(root, ['donetsk'])?.next).toBeDefined();
    expect(walk(root, ['donetsk', 'oblast'])?.refs).toBe(refs.oblast);
    expect(walk(root, ['donetsk', 'oblast'])?.next).toBeUndefined();
  });

  it('has a node for a prefix but no forms there, and none for words no key begins with', () => {
    const onlyPrefix = trieOf(new Map([['donetsk oblast', refs.oblast]]));
    expect(walk(onlyPrefix, ['donetsk'])?.refs).toBeUndefined();
    expect(walk(onlyPrefix, ['oblast'])).toBeUndefined();
    expect(walk(root, ['donetsk', 'region'])).toBeUndefined();
  });

  it('steps through every word of a key that folds to several, as the joined key would', () => {
    expect(step(root, 'donetsk oblast')?.refs).toBe(refs.oblast);
    expect(step(root, 'a  b')?.refs).toBe(refs.spaced);
    expect(walk(root, ['a', 'b'])).toBeUndefined();
  });
});

describe('firstSteps', () => {
  const index = buildNameIndex(GAZETTEER);
  const word = (exact: string, lemmas: string[] = []): SteppingWord => ({ exact, loose: exact, lemmas, firstSteps: undefined });

  it('reads the word as spelt and as each of its lemmas, where some exact key begins so', () => {
    const tries = triesOf(index);
    const steps = firstSteps(tries, word('донецькій', ['донецьк', 'нічого']));
    expect(steps.exact).toBeUndefined();
    expect(steps.readings).toEqual([step(tries.exact, 'донецьк')]);
  });

  it('keeps the steps with the word for the same tries, and takes them afresh for another index', () => {
    const w = word('donetsk');
    const kept = firstSteps(triesOf(index), w);
    expect(firstSteps(triesOf(index), w)).toBe(kept);
    const other = buildNameIndex([place('place:x', 'UA', null, [], ['Donetsk Basin'])]);
    const fresh = firstSteps(triesOf(other), w);
    expect(fresh).not.toBe(kept);
    expect(fresh.exact?.refs).toBeUndefined();
    expect(fresh.exact?.next).toBeDefined();
  });

  it('leaves a word kept across two indexes matching what each index holds', () => {
    const donetsk = wordKeys('Donetsk');
    const first = buildNameIndex([entry('org:a', 'ORGANIZATION', ['Donetsk'])]);
    const second = buildNameIndex([entry('org:b', 'ORGANIZATION', ['Donetsk Basin'])]);
    expect(findNames('Donetsk', first).map((m) => m.text)).toEqual(['Donetsk']);
    expect(donetsk.firstSteps).toBeDefined();
    expect(findNames('Donetsk', second)).toEqual([]);
    expect(findNames('Donetsk Basin', second).map((m) => m.text)).toEqual(['Donetsk Basin']);
    expect(findNames('Donetsk', first).map((m) => m.text)).toEqual(['Donetsk']);
  });
});
