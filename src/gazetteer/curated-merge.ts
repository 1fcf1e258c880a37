import type { MergeRepository } from '../entities/merge.repository.js';
import { InputError } from '../errors.js';
import type { ImportRepository } from './import.repository.js';

export interface CuratedMergeReport {
  merged: number;
  /** Pairs the merge refused (two curated entities with one GeoNames id, a kind that differs). */
  refused: string[];
}

/**
 * Folds each imported place or country into the curated entity that carries its GeoNames id or
 * ISO 3166 code: the curated id and properties stay (seed articles keep resolving), the imported
 * names join them, and the imported id becomes an alias, so later loads write to the curated
 * entity. Idempotent: a pair merged before is no longer found.
 */
export async function mergeCurated(imports: ImportRepository, merges: MergeRepository): Promise<CuratedMergeReport> {
  const report: CuratedMergeReport = { merged: 0, refused: [] };
  for (const { keep, remove } of await imports.curatedTwins()) {
    try {
      await merges.merge(keep, remove);
      report.merged++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report.refused.push(`${remove} into ${keep}: ${error.message}`);
    }
  }
  return report;
}
