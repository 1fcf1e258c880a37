import countries from 'i18n-iso-countries';

import { InputError } from '../errors.js';
import type { EntityKind } from '../graph/vocabulary.js';

/** What a name search is narrowed to; null is no condition. */
export interface SearchFilter {
  kinds: readonly EntityKind[] | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  adminArea: string | null;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_ADMIN_AREA_LENGTH = 200;

export function checkQuery(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) throw new InputError('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
}

function country(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !Object.hasOwn(countries.getAlpha2Codes(), code)) {
    throw new InputError('country', `"${value.slice(0, 60)}" is not an ISO 3166-1 alpha-2 code such as "UA"`);
  }
  return code;
}

function adminArea(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const area = value.trim();
  if (area === '') throw new InputError('adminArea', 'must not be empty; leave it out for any');
  if (area.length > MAX_ADMIN_AREA_LENGTH) throw new InputError('adminArea', `must be at most ${MAX_ADMIN_AREA_LENGTH} characters`);
  return area;
}

/** The filter arguments checked and brought to the form the graph stores. */
export function searchFilter(
  kinds: readonly EntityKind[] | null | undefined,
  countryArg?: string | null,
  adminAreaArg?: string | null,
): SearchFilter {
  return { kinds: kinds?.length ? kinds : null, country: country(countryArg), adminArea: adminArea(adminAreaArg) };
}
