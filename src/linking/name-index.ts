/**
 * The gazetteer side of matching: every name form under its normalizeName key (exact tier) and
 * its looseKey (misspelling tier), the same folds the search index stores, so that linking finds
 * what a name search finds.
 */
import { looseKey, normalizeName } from '../names/normalize.js';
import type { FormRef, GazetteerEntry, NameIndex, WeakForm } from './types.js';

// What a weak form takes off a candidate's log-odds. A name Russian sources still use
// (Krasnoarmeysk) is nearly as good as the current one; a Soviet-era name (Гришино until 1934,
// Stalino until 1961) now mostly names something else, so it needs strong context.
const STILL_USED = -0.3;
const FORMER = -0.8;
const SOVIET_ERA = -2.5;
const SOVIET_ERA_ENDS = '1991';
// A colloquial form (Donetsk for the oblast) is what the thing of that name is rarely called.
const COLLOQUIAL = -0.7;

function weakness(weak: WeakForm): [number, string] {
  if (weak.kind === 'COLLOQUIAL') return [COLLOQUIAL, `colloquial form “${weak.form}”`];
  if (weak.usedBy) return [STILL_USED, `former name “${weak.form}”, still used by ${weak.usedBy}`];
  if (weak.usedUntil && weak.usedUntil < SOVIET_ERA_ENDS) return [SOVIET_ERA, `former name “${weak.form}” until ${weak.usedUntil}`];
  return [FORMER, `former name “${weak.form}”`];
}

/** Builds the matcher once per gazetteer (reused across articles). */
export function buildNameIndex(entries: GazetteerEntry[]): NameIndex {
  const exact = new Map<string, FormRef[]>();
  const loose = new Map<string, FormRef[]>();
  const prefixes = new Set<string>();
  entries.forEach((entry, i) => {
    const weak = new Map((entry.weakForms ?? []).map((w) => [w.form, weakness(w)]));
    for (const form of entry.forms) {
      const key = normalizeName(form);
      if (key === '') continue;
      const [penalty, note] = weak.get(form) ?? [0, null];
      const ref: FormRef = { entry: i, form, penalty, note };
      addRef(exact, key, ref, prefixes);
      addRef(loose, looseKey(form), ref, prefixes);
    }
  });
  return { entries, exact, loose, prefixes, ancestors: ancestorsOf(entries) };
}

// Repeats (several forms of one entity under one key) are kept: case rules are per form, and
// matching takes the first of an entity's forms that the text's case allows.
function addRef(map: Map<string, FormRef[]>, key: string, ref: FormRef, prefixes: Set<string>): void {
  if (key === '') return;
  const refs = map.get(key);
  if (refs === undefined) map.set(key, [ref]);
  else refs.push(ref);
  for (let end = key.indexOf(' '); end !== -1; end = key.indexOf(' ', end + 1)) prefixes.add(key.slice(0, end));
}

/** The transitive closure of `within`, memoised; a cycle in the data just stops the walk. */
function ancestorsOf(entries: readonly GazetteerEntry[]): Set<string>[] {
  const byKey = new Map(entries.map((e, i) => [e.entityKey, i]));
  const done: (Set<string> | undefined)[] = new Array(entries.length);
  const visit = (i: number, open: Set<number>): Set<string> => {
    const known = done[i];
    if (known !== undefined) return known;
    const up = new Set<string>();
    open.add(i);
    for (const key of entries[i].within) {
      up.add(key);
      const parent = byKey.get(key);
      if (parent === undefined || open.has(parent)) continue;
      for (const k of visit(parent, open)) up.add(k);
    }
    open.delete(i);
    done[i] = up;
    return up;
  };
  return entries.map((_, i) => visit(i, new Set()));
}
