/**
 * A given name and the capitalised word after it are a person's full name (Владимир Цимлянский,
 * Александр Гусев, Oleksii Kuleba): the given name is no place there, even when a city bears it
 * (Vladimir), and that surname alone, anywhere in the article, is the same person, not the town
 * (Гусев) nor another person of the surname (Dmytro Kuleba). Where the gazetteer knows the full
 * name, it is matched as one name and nothing here applies.
 */
import { normalizeName } from '../names/normalize.js';
import { titleCaseLines } from './title-case.js';
import { isGivenName } from './person-words.js';
import { isCapitalised, type Token } from './tokens.js';
import type { NameIndex, NameMatch } from './types.js';

const SPACES = /^[ \t\u00a0]+$/u;

export function namesOfUnknownPeople(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  const inTitleCase = titleCaseLines(text, tokens, found);
  // A longer known name after the given name is no surname: в Анне Воронежской области.
  const longerNames = new Set(found.filter((m) => m.lastToken > m.firstToken).map((m) => m.firstToken));
  const person = (i: number): boolean => {
    const next = tokens[i + 1];
    return (
      next !== undefined &&
      !longerNames.has(i + 1) &&
      isGivenName(tokens[i]!, index.givenNames) &&
      isCapitalised(text, next) &&
      next.end - next.start > 1 &&
      SPACES.test(text.slice(tokens[i]!.end, next.start)) &&
      !inTitleCase(tokens[i]!.start)
    );
  };
  // Known when matched in full, or when the surname's person bears this given name in some form
  // (Volodymyr Zelensky, where the gazetteer spells the full name Zelenskyy).
  const knownPerson = (i: number): boolean =>
    found.some(
      (m) =>
        m.firstToken <= i + 1 &&
        m.lastToken > i &&
        [...m.forms.keys()].some((e) => index.entries[e]!.kind === 'PERSON' && (m.firstToken <= i || bearsGivenName(index, e, tokens[i]!))),
    );
  const surnames = new Set<string>();
  tokens.forEach((_, i) => {
    if (person(i) && !knownPerson(i)) for (const key of [tokens[i + 1]!.exact, ...tokens[i + 1]!.lemmas]) surnames.add(key);
  });
  return found.flatMap((m) => {
    const single = m.firstToken === m.lastToken;
    const givenName = single && person(m.firstToken);
    const surname = single && [tokens[m.firstToken]!.exact, ...tokens[m.firstToken]!.lemmas].some((k) => surnames.has(k));
    if (!givenName && !surname) return [m];
    // A place, or a person the name matched by surname alone, is someone else.
    const forms = new Map([...m.forms].filter(([e, ref]) => index.entries[e]!.kind !== 'PLACE' && (givenName || ref.surname === null)));
    return forms.size ? [{ ...m, forms }] : [];
  });
}

function bearsGivenName(index: NameIndex, entry: number, token: Token): boolean {
  const keys = new Set([token.exact, ...token.lemmas]);
  return index.entries[entry]!.forms.some((form) => keys.has(normalizeName(form.trim().split(/\s+/u)[0]!)));
}
