import { registerEnumType } from 'type-graphql';

import { STATEMENT_SOURCE_MEANINGS, STATEMENT_SOURCES } from '../graph/vocabulary.js';
import { describedValues, enumOf } from './enums.js';

/** Claims and event reports share it: both are statements an article makes, annotated or extracted. */
export const StatementSource = enumOf(STATEMENT_SOURCES);
registerEnumType(StatementSource, {
  name: 'StatementSource',
  description: 'Whether a person annotated a statement in the ingested document or the extractor found it in the plain text.',
  valuesConfig: describedValues(STATEMENT_SOURCE_MEANINGS),
});

/** The field that says which extractor wrote an AUTO statement, the same on claims and reports. */
export const EXTRACTOR_VERSION_FIELD = {
  nullable: true,
  name: 'extractorVersion',
  description: 'The version of the extractor that found it (reextractArticles brings older ones up to date); null for hand annotations.',
} as const;
