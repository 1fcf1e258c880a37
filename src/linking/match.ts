/**
 * Finding name spans: every token starts an n-gram that grows while its key is still a prefix of
 * some name, so the work per token is bounded by the longest name, not by the gazetteer size.
 */
import { caseAllows, joinsName, tokenize, type Token } from './tokens.js';
import type { FormRef, NameIndex } from './types.js';

export interface NameMatch {
  start: number;
  end: number;
  text: string;
  /** Candidate entry → the form it matched under. */
  forms: ReadonlyMap<number, string>;
  /** Matched only through looseKey, i.e. a spelling no form has exactly. */
  loose: boolean;
  firstToken: number;
  lastToken: number;
}

/** Names in the text, non-overlapping, in text order; the longest wins where spans overlap. */
export function findNames(text: string, index: NameIndex): NameMatch[] {
  const tokens = tokenize(text);
  const found: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) found.push(...matchesFrom(text, tokens, i, index));
  return longestFirst(found, tokens.length);
}

function matchesFrom(text: string, tokens: readonly Token[], first: number, index: NameIndex): NameMatch[] {
  const out: NameMatch[] = [];
  let exact = '';
  let loose = '';
  for (let last = first; last < tokens.length; last++) {
    const token = tokens[last];
    if (last > first && !joinsName(text, tokens[last - 1], token)) break;
    exact = last === first ? token.exact : `${exact} ${token.exact}`;
    loose = last === first ? token.loose : `${loose} ${token.loose}`;
    const exactRefs = index.exact.get(exact);
    const looseRefs = index.loose.get(loose);
    if (exactRefs !== undefined || looseRefs !== undefined) {
      const start = tokens[first].start;
      const span = text.slice(start, token.end);
      // The loose tier is only a fallback: a spelling that is exactly some entity's form names it.
      const exactForms = allowed(exactRefs, span);
      const forms = exactForms ?? allowed(looseRefs, span);
      if (forms !== null) out.push({ start, end: token.end, text: span, forms, loose: exactForms === null, firstToken: first, lastToken: last });
    }
    if (!index.prefixes.has(exact) && !index.prefixes.has(loose)) break; // no longer name begins with these words
  }
  return out;
}

function allowed(refs: readonly FormRef[] | undefined, span: string): Map<number, string> | null {
  if (refs === undefined) return null;
  const forms = new Map<number, string>();
  for (const ref of refs) if (!forms.has(ref.entry) && caseAllows(span, ref.form)) forms.set(ref.entry, ref.form);
  return forms.size > 0 ? forms : null;
}

/** Greedy by token count, then character length, then position: "Donetsk People’s Republic"
 * takes its tokens before "Donetsk" can. */
function longestFirst(found: NameMatch[], tokenCount: number): NameMatch[] {
  const taken = new Uint8Array(tokenCount);
  const size = (m: NameMatch): number => m.lastToken - m.firstToken;
  const order = [...found].sort((a, b) => size(b) - size(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameMatch[] = [];
  for (const m of order) {
    if (taken.subarray(m.firstToken, m.lastToken + 1).includes(1)) continue;
    taken.fill(1, m.firstToken, m.lastToken + 1);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
