import { InputError } from '../errors.js';

/** A maximum score filter is a probability: outside 0–1 it would silently match all or nothing. */
export function checkMaxScore(field: string, score: number | null | undefined): void {
  if (score !== null && score !== undefined && !(score >= 0 && score <= 1)) throw new InputError(field, 'must be between 0 and 1');
}

/** An empty string is not "any": it is refused, as an empty id is. */
export function checkNotEmpty(field: string, value: string | null | undefined): void {
  if (value === '') throw new InputError(field, 'must not be empty; leave it out for any');
}
