/**
 * The nominative forms a Russian or Ukrainian word can be a case form of, as normalizeName keys,
 * so that a token can be looked up among the gazetteer's forms (which are nominatives) as well as
 * by its own key. Only whole endings of one declension are undone (see declensions.ts), and a
 * candidate counts only if it belongs to the declension that produced it: Харківа is not taken
 * for a case form of Харків, whose declension has no -а.
 */
import { normalizeName } from '../names/normalize.js';
import { DECLENSIONS, declensionOf, type Declension } from './declensions.js';

interface Rule {
  declension: Declension;
  lemmaEnding: string;
  foldedEnding: string;
}

const RULES = new Map<string, Rule[]>();
for (const declension of DECLENSIONS) {
  for (const [caseEnding, lemmaEnding] of declension.endings) {
    if (caseEnding === lemmaEnding) continue; // the nominative itself: the exact key already has it
    const rules = RULES.get(caseEnding) ?? [];
    rules.push({ declension, lemmaEnding, foldedEnding: normalizeName(lemmaEnding) });
    RULES.set(caseEnding, rules);
  }
}
const LONGEST_ENDING = Math.max(...[...RULES.keys()].map((e) => e.length));

// A stem of one letter, or a lemma of two, would make nearly any short word a case form of a
// short name (Иса of Ис); Рим still declines (Рима, Риме), since its stem has three letters.
// Inside a longer name a two-letter word declines too (Часов Яр → Часова Яра): the name's other
// words keep the reading from matching by chance.
const MIN_STEM = 2;
const MIN_LEMMA = 3;
export const MIN_INNER_LEMMA = 2;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

/** normalizeName keys of the lemmas `word` may be a case form of, its own key excluded, each at least `minLemma` long. */
export function caseLemmas(word: string, minLemma = MIN_LEMMA): string[] {
  const lower = word.normalize('NFKC').toLowerCase();
  // Acronyms (ВСУ, ДНР) are written undeclined; words in Latin letters have no case endings here.
  if (!CYRILLIC.test(lower) || word === word.toUpperCase()) return [];
  const own = normalizeName(word);
  // Folding a word of Cyrillic letters alone maps letter to letter (й → и), so its stems' keys are
  // prefixes of its own.
  const letterForLetter = CYRILLIC_WORD.test(lower);
  const found = new Set<string>();
  for (let n = 0; n <= LONGEST_ENDING && lower.length - n >= MIN_STEM; n++) {
    const rules = RULES.get(lower.slice(lower.length - n));
    if (rules === undefined) continue;
    const stem = lower.slice(0, lower.length - n);
    const foldedStem = letterForLetter ? own.slice(0, stem.length) : normalizeName(stem);
    for (const rule of rules) {
      const lemma = stem + rule.lemmaEnding;
      if (lemma.length < minLemma || !rule.declension.lemma.test(lemma) || declensionOf(lemma) !== rule.declension) continue;
      found.add(foldedStem + rule.foldedEnding);
    }
  }
  found.delete(own);
  return [...found];
}
