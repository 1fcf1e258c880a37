/**
 * How near a context name stands to a mention, near before far: written right beside it (a
 * qualifier), listed with it, in its sentence, its paragraph, or elsewhere in the article. A
 * qualifier says where the name it stands beside is, not where the others of its sentence are: in
 * "Авдіївку поблизу Сосниці — з Авдіївкою на Донеччині" Donetsk Oblast places the second Avdiivka only.
 */
import type { Segments } from './segments.js';

export interface Span {
  start: number;
  end: number;
}

/** What nearness reads of one text. */
export interface Layout {
  text: string;
  segments: Segments;
  /** A qualifier's start → the starts of the names it stands beside: one, or a list (qualifiersOf). */
  qualified: ReadonlyMap<number, ReadonlySet<number>>;
}

// Near before far. A qualifier is a place written right beside the name: "Pokrovsk, Donetsk
// Oblast", "Volchansk in the Sverdlovsk region", "Russia's General Staff", "Донецке Ростовской области".
export const QUALIFIER = 2;
const PARAGRAPH = 0.5;
export const DOCUMENT = 0.3;
const QUALIFIER_GAP =
  /^(?:['’]s)?(?:\s*[,(]\s*|\s+(?:(?:in|near|of|at|outside|the)\s+)*|\s+(?:в|во|у|на|под|під|біля|поблизу|около|близ|возле|вблизи)\s+)$/iu;
// After the name, an English appositive or a Russian/Ukrainian chain of locatives leads to where it
// is ("Pokrovsk, a town on the Lena river in Yakutia", "в Покровске на реке Лене в Якутии"); any
// words before "in" do not ("Krasnoarmeysk, officials in Moscow said").
const LOCATED_BY =
  /^(?:\s*,\s*(?:an?|the)\s+(?:\p{L}+\s+){0,5}(?:in|near)\s+(?:the\s+)?|\s+(?:на|в|у|под|під|біля)\s+(?:\p{L}+\s+){1,3}(?:в|во|у|на)\s+)$/iu;
const QUALIFIER_MAX_GAP = 40;
const POSSESSIVE = /^['’]s\s/u;
// Names listed together (Krasnoarmysk and Volchansk) tend to be alike: nearly beside it.
const LISTED = 1.5;
const LIST_GAP = /^\s*(?:,|and|or|и|или|та|і|й|або)\s*$/u;

/**
 * Each name written right after another as its qualifier, by start, with the starts of the names
 * it qualifies: the one before it and any listed with that one (Pokrovsk and Myrnohrad, Donetsk Oblast).
 */
export function qualifiersOf(text: string, names: readonly Span[]): Map<number, Set<number>> {
  const qualified = new Map<number, Set<number>>();
  let listStart = 0;
  for (let k = 1; k < names.length; k++) {
    const [name, next] = [names[k - 1]!, names[k]!];
    const gap = next.start - name.end > QUALIFIER_MAX_GAP ? null : text.slice(name.end, next.start);
    // A possessive puts the qualifier first: Ukraine's Zaporizhzhia region.
    if (gap !== null && POSSESSIVE.test(gap)) qualified.set(name.start, new Set([next.start]));
    else if (gap !== null && (QUALIFIER_GAP.test(gap) || LOCATED_BY.test(gap))) {
      qualified.set(next.start, new Set(names.slice(listStart, k).map((n) => n.start)));
    }
    if (gap === null || !LIST_GAP.test(gap)) listStart = k;
  }
  return qualified;
}

/** The factor for context at `other` seen from the mention at `mention`, and how to say it. */
export function nearness(layout: Layout, mention: Span, other: Span): [number, string] {
  const [first, second] = mention.start < other.start ? [mention, other] : [other, mention];
  const distance = Math.max(0, second.start - first.end);
  // Only a short gap is read: this runs for every pair of mentions.
  if (distance <= QUALIFIER_MAX_GAP) {
    const gap = layout.text.slice(first.end, second.start);
    if (QUALIFIER_GAP.test(gap) || (first === mention && LOCATED_BY.test(gap))) return [QUALIFIER, 'beside it'];
    if (LIST_GAP.test(gap)) return [LISTED, 'listed with it'];
  }
  if (layout.segments.sentence(mention.start) === layout.segments.sentence(other.start)) {
    // Its own sentence says the qualifier is where another name is, which says nothing of this one.
    if (layout.qualified.get(other.start)?.has(mention.start) === false) return [0, 'beside another name'];
    return [0.5 + 0.5 / (1 + distance / 15), 'same sentence'];
  }
  if (layout.segments.paragraph(mention.start) === layout.segments.paragraph(other.start)) return [PARAGRAPH, 'same paragraph'];
  return [DOCUMENT, 'same article'];
}
