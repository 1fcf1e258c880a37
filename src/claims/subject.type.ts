import { createUnionType } from 'type-graphql';

import { Organization, Person, Place } from '../entities/entity.type.js';
import { Event } from '../events/event.type.js';
import type { NodeRow } from '../graph/global-id.js';
import { typeOfRow } from '../graphql/relay.js';

/** What a claim can be about: an entity or an event. */
export const Subject = createUnionType({
  name: 'Subject',
  description: 'What a claim is about: an entity or an event.',
  types: () => [Person, Place, Organization, Event] as const,
  resolveType: (row) => typeOfRow(row as unknown as NodeRow),
});
