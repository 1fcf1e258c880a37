/**
 * A former name is evidence for the place that bore it only when the text says names changed: its
 * sentence speaks of a renaming ("was called Pokrovsk until 1931", «который назывался Ждановым»,
 * «перейменовано»), or gives the year the name was dropped. Without that, the old name of one
 * town is more often the current name of another (Pokrovsk in Donetsk region) or a surname
 * (Zhdanov said), and it keeps its own weakness (name-index.ts) against the article's other
 * evidence; users' own former names (Артемовск in Russian text) are not weighed here (linker.ts).
 */
import type { FormRef } from './types.js';

// Words of renaming and of names given up, by stem for Russian and Ukrainian (назывался, называлась).
const RENAMING = new RegExp(
  [
    String.raw`\b(?:renamed|formerly|former name|old name|once called|(?:was|were) (?:called|named|known as)|until (?:it was )?renamed)\b`,
    String.raw`переименова|назывались?|называлось|называлась|прежнее название|старое название|до переименования`,
    String.raw`перейменова|називал(?:ося|ася|ися|ся)|колишня назва|стара назва|до перейменування`,
  ].join('|'),
  'iu',
);

/** What a former name adds when its sentence speaks of the renaming (the form's own weakness is waived too). */
const RENAMING_STATED = 1.5;

/** Whether the sentence around a former name says it is one. */
function renamingStated(sentence: string, former: { until: string | null }): boolean {
  return RENAMING.test(sentence) || (former.until !== null && sentence.includes(former.until));
}

/** What a former-name form gets when its sentence speaks of the renaming: the form's own penalty back, and more. */
export function formerNameWeight(ref: FormRef, sentence: string): { weight: number; note: string } | null {
  if (ref.former === null || !renamingStated(sentence, ref.former)) return null;
  return { weight: RENAMING_STATED - ref.penalty, note: 'its sentence speaks of the renaming' };
}
