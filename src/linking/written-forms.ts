/**
 * A case form two forms could decline (Просяной: of Просяная, or of Просяна taken as a noun) is read
 * as the one the article writes out elsewhere (Просяная, in the text's own case), not one it
 * never writes: a reader takes the declined name for the name already read.
 */
import { normalizeName } from '../names/normalize.js';
import type { NameMatch } from './types.js';

// Less than a region written after the name (placed.ts) or a namesake set against it: those say
// where the name is; this says only which spelling the article uses.
export const UNWRITTEN_FORM = -1.5;

/** The folded forms the article writes exactly, once per text. */
export const writtenForms = (matches: readonly NameMatch[]): ReadonlySet<string> =>
  new Set(matches.filter((m) => m.tier === 'exact').map((m) => normalizeName(m.text)));

/** For a case form whose candidates decline different forms, the form of `entry` when another's is written and its own is not. */
export function unwrittenForm(m: NameMatch, entry: number, written: ReadonlySet<string>): string | null {
  if (m.tier !== 'caseForm' || m.forms.size < 2) return null;
  const own = normalizeName(m.forms.get(entry)!.form);
  if (written.has(own)) return null;
  return [...m.forms.values()].some((ref) => written.has(normalizeName(ref.form))) ? m.forms.get(entry)!.form : null;
}
