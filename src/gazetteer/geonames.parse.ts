/**
 * Parsers of GeoNames' own download formats (https://download.geonames.org/export/dump/readme.txt),
 * one tab-separated line at a time. Each returns null for a line that is no record (a comment, or
 * one too short for its table), so a loader can stream a file through it.
 */

/** A row of the main table (allCountries.txt, cities500.txt, UA.txt …): 19 columns. */
export interface GeonameRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  population: number;
}

/** A row of alternateNamesV2.txt: one name of one place, with its language and flags. */
export interface AlternateNameRecord {
  geonameId: number;
  /** ISO 639 code, a pseudo-language such as "link" or "post", or empty. */
  language: string;
  name: string;
  preferred: boolean;
  short: boolean;
  colloquial: boolean;
  historic: boolean;
  from: string;
  to: string;
  /**
   * An eleventh column GeoNames' own file does not have: the country whose sources still use a
   * former name (curated files only, see CURATED_NAMES), else empty.
   */
  usedBy: string;
}

/** A row of admin1CodesASCII.txt: "UA.05" → Donetsk. */
export interface Admin1Record {
  code: string;
  name: string;
  geonameId: number;
}

/** A row of countryInfo.txt. */
export interface CountryRecord {
  iso: string;
  name: string;
  capital: string;
  population: number;
  geonameId: number;
}

const columns = (line: string, min: number): string[] | null => {
  if (line.startsWith('#')) return null;
  const cells = line.split('\t');
  return cells.length >= min ? cells : null;
};

const list = (cell: string): string[] => (cell ? cell.split(',').filter((s) => s !== '') : []);
const count = (cell: string | undefined): number => (cell ? Number.parseInt(cell, 10) || 0 : 0);

export function parseGeoname(line: string): GeonameRecord | null {
  const c = columns(line, 19);
  if (!c) return null;
  return {
    geonameId: Number(c[0]),
    name: c[1]!,
    asciiName: c[2]!,
    alternateNames: list(c[3]!),
    latitude: Number(c[4]),
    longitude: Number(c[5]),
    featureClass: c[6]!,
    featureCode: c[7]!,
    countryCode: c[8]!,
    admin1: c[10]!,
    population: count(c[14]),
  };
}

export function parseAlternateName(line: string): AlternateNameRecord | null {
  const c = columns(line, 4);
  if (!c) return null;
  return {
    geonameId: Number(c[1]),
    language: c[2]!,
    name: c[3]!,
    preferred: c[4] === '1',
    short: c[5] === '1',
    colloquial: c[6] === '1',
    historic: c[7] === '1',
    from: c[8] ?? '',
    to: c[9] ?? '',
    usedBy: c[10]?.trim() ?? '',
  };
}

export function parseAdmin1(line: string): Admin1Record | null {
  const c = columns(line, 4);
  return c ? { code: c[0]!, name: c[1]!, geonameId: Number(c[3]) } : null;
}

export function parseCountryInfo(line: string): CountryRecord | null {
  const c = columns(line, 17);
  return c ? { iso: c[0]!, name: c[4]!, capital: c[5]!, population: count(c[7]), geonameId: Number(c[16]) } : null;
}
