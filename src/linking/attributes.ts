/**
 * A place named by an adjective (Крымское, Чёрное, Покровське) declines like one, so its case
 * forms are also the adjective of any noun after it: «Крымскому мосту» is the Crimean bridge,
 * «Чёрного моря» the Black Sea, «Покровського району» the district, none of them the village. A
 * case form followed by a lower-case noun in the same case is such an attribute: the match loses
 * its places (and goes, when nothing else is left). Not after a settlement word (в посёлке
 * Афипском атаке подвергся НПЗ): that is the noun the adjective agrees with, so it is a name.
 */
import { cueAround } from './cues.js';
import type { Token } from './tokens.js';
import type { NameIndex, NameMatch } from './types.js';

// The masculine and neuter case endings of the adjective, each with the endings a noun takes in
// that case (Russian and Ukrainian together: моря, мосту, району, мосте, мостом, районі; the
// Ukrainian locative -ому takes -і).
const AGREEMENT: readonly (readonly [RegExp, RegExp])[] = [
  [/[ое]го$/u, /[аяую]$/u],
  [/[ое]му$/u, /(?:[ую]|ові|еві|і)$/u],
  [/[ое]м$/u, /[еі]$/u],
  [/[ыи]м$/u, /[оеё]м$/u],
];
// The nominative endings of a single-word adjectival name.
const ADJECTIVE = /(?:[оеыи]й|[оеє]е|ське|[нв]е)$/u;
const LOWER_CYRILLIC = /^(?=\p{Ll}+$)\p{Script=Cyrillic}{3,}$/u;
// Ukrainian "a few" is no noun an adjective agrees with, though it ends like one: «в центрі Рівного
// кілька сотень» is a few hundred people in Rivne. (Russian несколько, много end in -о, which no
// case ending above takes.)
const QUANTITY = new Set(['кілька', 'декілька']);
const SPACES = /^[ \t\u00a0]+$/u;

export function adjectivalAttributes(text: string, tokens: readonly Token[], found: NameMatch[], index: NameIndex): NameMatch[] {
  return found.flatMap((m) => {
    const next = tokens[m.lastToken + 1];
    if (m.tier !== 'caseForm' || m.firstToken !== m.lastToken || next === undefined) return [m];
    const noun = text.slice(next.start, next.end);
    if (!LOWER_CYRILLIC.test(noun) || QUANTITY.has(noun) || !SPACES.test(text.slice(m.end, next.start))) return [m];
    const word = m.text.toLowerCase();
    if (!AGREEMENT.some(([adjective, nounEnding]) => adjective.test(word) && nounEnding.test(noun))) return [m];
    if (cueAround(text, m.start, m.end) === 'village') return [m];
    const forms = new Map([...m.forms].filter(([e, ref]) => index.entries[e]!.kind !== 'PLACE' || !ADJECTIVE.test(ref.form.toLowerCase())));
    return forms.size ? [{ ...m, forms }] : [];
  });
}
