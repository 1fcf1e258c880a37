/**
 * A name map's keys as a trie of their words. Growing an n-gram by a token is then one lookup of
 * that token's key in a node's children, a short string whose hash the word cache keeps
 * (word-keys.ts), where a joined key would be a new string to hash at every length; and one node
 * says both which names end at the n-gram and whether a longer one can begin with it.
 */
import type { FormRef, NameIndex } from './types.js';

export interface TrieNode {
  /** The forms whose key is the words on the path to this node. */
  refs: readonly FormRef[] | undefined;
  /** Set only where some longer key goes on, so its absence ends the n-gram. */
  next: Map<string, TrieNode> | undefined;
}

export interface NameTries {
  readonly exact: TrieNode;
  readonly loose: TrieNode;
  /** Tells these tries from an earlier index's, which a word's kept first steps may still lead into. */
  readonly generation: number;
}

/** The words of every key, in the map's order; a key's word sequence is its split on single spaces. */
export function trieOf(map: ReadonlyMap<string, readonly FormRef[]>): TrieNode {
  const root: TrieNode = { refs: undefined, next: undefined };
  for (const [key, refs] of map) {
    let node = root;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) node.next.set(word, (child = { refs: undefined, next: undefined }));
      node = child;
    }
    node.refs = refs;
  }
  return root;
}

/** The node `key` leads to from `node`: a token's key is one word, but for a fold that splits it (½ → 1 2). */
export function step(node: TrieNode | undefined, key: string): TrieNode | undefined {
  if (key.includes(' ')) return key.split(' ').reduce(step, node);
  return node?.next?.get(key);
}

// Built on first use, for an index's life: the index's maps are read-only.
const built = new WeakMap<NameIndex, NameTries>();
let generations = 0;

export function triesOf(index: NameIndex): NameTries {
  let tries = built.get(index);
  if (tries === undefined) {
    tries = { exact: trieOf(index.exact), loose: trieOf(index.loose), generation: ++generations };
    built.set(index, tries);
  }
  return tries;
}

/** Where a word's keys lead from the roots of one generation of tries. */
export interface FirstSteps {
  readonly generation: number;
  readonly exact: TrieNode | undefined;
  readonly loose: TrieNode | undefined;
  /** The word as spelt and as each case form it may be, where some exact key begins so. */
  readonly readings: readonly TrieNode[];
}

/** A word's keys (word-keys.ts) with the slot its first steps are kept in. */
export interface SteppingWord {
  readonly exact: string;
  readonly loose: string;
  readonly lemmas: readonly string[];
  firstSteps: FirstSteps | undefined;
}

/**
 * The first steps of an n-gram that starts with the word, kept with the word: the roots hold every
 * name's first word, so looking words up there misses the processor's caches, and news repeats
 * its words. Only the generation is compared, so a kept step never keeps an old index's roots alive.
 */
export function firstSteps(tries: NameTries, word: SteppingWord): FirstSteps {
  const kept = word.firstSteps;
  if (kept?.generation === tries.generation) return kept;
  const readings: TrieNode[] = [];
  for (const key of [word.exact, ...word.lemmas]) {
    const node = step(tries.exact, key);
    if (node !== undefined) readings.push(node);
  }
  const steps = { generation: tries.generation, exact: step(tries.exact, word.exact), loose: step(tries.loose, word.loose), readings };
  word.firstSteps = steps;
  return steps;
}
