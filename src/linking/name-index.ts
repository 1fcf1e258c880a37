/**
 * The gazetteer side of matching: every name form under its normalizeName key (exact tier) and
 * its looseKey (misspelling tier), the same folds the search index stores, so that linking finds
 * what a name search finds.
 */
import { looseKey, normalizeName } from '../names/normalize.js';
import { givenNamesOf } from './person-words.js';
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

// A surname alone, where the gazetteer does not list it as a form (it is another person's too, or a
// common word), names the person when the article has named them in full: it needs that context,
// and without it is no mention at all (linker.ts).
const SURNAME_ALONE = -2.5;
const MIN_SURNAME = 3;
const lastWord = (form: string): string => form.slice(form.lastIndexOf(' ') + 1);

/** The last words of a person's multi-word forms, by key, each with the first form ending in it. */
function surnamesOf(forms: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const form of forms) {
    const word = lastWord(form.trim());
    // Initials, numerals (Leo XIV) and particles are no surname.
    if (word === form.trim() || word.length < MIN_SURNAME || word === word.toUpperCase()) continue;
    const key = normalizeName(word);
    if (key !== '' && !out.has(key)) out.set(key, form);
  }
  return out;
}

// GeoNames lists some regions' names among their capitals' alternate names (Воронежская область
// for the city of Voronezh): a form with a region's word names the region, never the town.
const REGION_WORDS = new Set(
  ['область', 'oblast', 'region', 'krai', 'край', 'voivodeship', 'воеводство', 'воєводство', 'province', 'район', 'raion', 'district'].map(
    normalizeName,
  ),
);
const namesRegion = (form: string): boolean =>
  normalizeName(form)
    .split(' ')
    .some((word) => REGION_WORDS.has(word));

/** Builds the matcher once per gazetteer (reused across articles). */
export function buildNameIndex(entries: GazetteerEntry[]): NameIndex {
  const exact = new Map<string, FormRef[]>();
  const loose = new Map<string, FormRef[]>();
  const prefixes = new Set<string>();
  entries.forEach((entry, i) => {
    // By key: GeoNames' undated spellings of a former name (Artëmovsk beside the curated Artemovsk)
    // are that former name too, not a current name beside it.
    const weak = new Map((entry.weakForms ?? []).map((w) => [normalizeName(w.form), w]));
    const surnames = entry.kind === 'PERSON' ? surnamesOf(entry.forms) : new Map<string, string>();
    const add = (ref: FormRef): void => {
      addRef(exact, normalizeName(ref.form), ref, prefixes);
      addRef(loose, looseKey(ref.form), ref, prefixes);
    };
    for (const form of entry.forms) {
      if (entry.featureClass === 'P' && namesRegion(form)) continue;
      const key = normalizeName(form);
      const w = weak.get(key);
      const [penalty, note] = w ? weakness(w) : [0, null];
      const former = w?.kind === 'FORMER' ? { until: w.usedUntil ?? null } : null;
      add({ entry: i, form, penalty, note, usedBy: w?.usedBy ?? null, former, surname: surnames.has(key) ? 'listed' : null });
      surnames.delete(key);
    }
    for (const full of surnames.values()) {
      add({
        entry: i,
        form: lastWord(full),
        penalty: SURNAME_ALONE,
        note: `surname alone of “${full}”`,
        usedBy: null,
        former: null,
        surname: 'derived',
      });
    }
  });
  return { entries, exact, loose, prefixes, givenNames: givenNamesOf(entries), ancestors: ancestorsOf(entries) };
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
