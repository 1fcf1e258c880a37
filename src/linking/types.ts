/** Public shapes of the linker; linker.ts re-exports them. */

export interface GazetteerEntry {
  entityKey: string;
  kind: 'PERSON' | 'PLACE' | 'ORGANIZATION';
  /** ISO alpha-2 for places. */
  country: string | null;
  adminArea: string | null;
  /** Keys of places it lies in (from LOCATED_IN/PART_OF relations), for context. */
  within: string[];
  /** Every name form, in any script. */
  forms: string[];
  /** GeoNames' feature class where known: P for a populated place, A for an administrative area. */
  featureClass?: string | null;
  /** GeoNames' feature code where known: PCLI for a country, ADM1 for a first-level area. */
  featureCode?: string | null;
  /** For the prior: a city outranks a village of the same name. */
  population?: number | null;
  /** A news outlet, listed in the gazetteer's outlets file: what it reports, someone else stated. */
  outlet?: boolean;
  /** The forms that are weaker evidence than the entity's current names (`forms` holds them too). */
  weakForms?: readonly WeakForm[];
}

/** A former or colloquial form: a pre-1934 name needs strong context, a name Russian sources still use less. */
export interface WeakForm {
  form: string;
  kind: 'FORMER' | 'COLLOQUIAL';
  usedUntil?: string | null;
  usedBy?: string | null;
}

export interface Candidate {
  entityKey: string;
  score: number;
  evidence: string[];
}

export interface LinkedMention {
  /** Exact span of the article text, in UTF-16 offsets, possessive ’s excluded. */
  start: number;
  end: number;
  text: string;
  /** Null when the name is ambiguous and the article does not settle it. */
  entityKey: string | null;
  /** 0..1 confidence in entityKey; 0 when unresolved. */
  score: number;
  /** Every entity the name can denote, best first (at least one). */
  candidates: Candidate[];
  evidence: string[];
}

/** How the span matched a form: spelt exactly, as a case form of it (Покровська for Покровськ),
 * or only through looseKey, i.e. a spelling no form has exactly. */
export type MatchTier = 'exact' | 'caseForm' | 'loose';

export interface NameMatch {
  start: number;
  end: number;
  text: string;
  /** Candidate entry → the form it matched under (its strongest, where several fold alike). */
  forms: ReadonlyMap<number, FormRef>;
  tier: MatchTier;
  firstToken: number;
  lastToken: number;
}

/** One name form under a folded key. */
export interface FormRef {
  entry: number;
  form: string;
  /** Log-odds this form takes off (0 for a current name), and why. */
  penalty: number;
  note: string | null;
  /** Who still uses this former name (a country's sources), when the gazetteer says. */
  usedBy: string | null;
  /** For a former name, the year it was given up (null when the gazetteer does not say); null for any other form. */
  former: { until: string | null } | null;
  /** A person's surname alone (Fedorov of Ivan Fedorov), listed in the gazetteer or derived from
   * a full name; after another given name it is someone else's. */
  surname: 'listed' | 'derived' | null;
}

/** The matcher built once per gazetteer by buildNameIndex. */
export interface NameIndex {
  readonly entries: readonly GazetteerEntry[];
  /** normalizeName(form) → forms. */
  readonly exact: ReadonlyMap<string, readonly FormRef[]>;
  /** looseKey(form) → forms: the misspelling-tolerant tier. */
  readonly loose: ReadonlyMap<string, readonly FormRef[]>;
  /** The proper word-prefixes of multi-word keys, so n-gram growth stops as soon as no name can follow. */
  readonly prefixes: ReadonlySet<string>;
  /** Folded given names (person-words.ts): a capitalised word after one is a surname. */
  readonly givenNames: ReadonlySet<string>;
  /** Per entry, the keys of every place it lies in, transitively. */
  readonly ancestors: readonly ReadonlySet<string>[];
}
