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
