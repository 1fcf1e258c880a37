import { InvalidArgumentError } from 'commander';

/** A commander parser for the benches' sizes and counts: a bad value is refused by name, not run as NaN. */
export const count = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};
