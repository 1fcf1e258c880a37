import { createHash } from 'node:crypto';

import { fileHash } from './lines.js';

/**
 * Bumped whenever the mapping from GeoNames to entities changes, so that files loaded by an
 * older mapping are loaded again although their bytes did not change.
 */
export const MAPPING_VERSION = 3;

/** What a load depends on: the mapping, what was selected, and each input file's sha256. */
export async function fingerprint(parts: (string | number)[], files: (string | undefined)[]): Promise<string> {
  const hashes = await Promise.all(files.map((file) => (file ? fileHash(file) : null)));
  return createHash('sha256')
    .update(JSON.stringify([MAPPING_VERSION, ...parts, ...hashes]))
    .digest('hex');
}
