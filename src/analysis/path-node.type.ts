import { createUnionType } from 'type-graphql';

import { Claim } from '../claims/claim.type.js';
import { Organization, Person, Place } from '../entities/entity.type.js';
import { Event } from '../events/event.type.js';
import type { NodeRow } from '../graph/global-id.js';
import { typeOfRow } from '../graphql/relay.js';

/** What a connection between entities passes through: entities, events and claims. */
export const PathNode = createUnionType({
  name: 'PathNode',
  description: 'An end of a hop on a connection path: an entity, an event or a claim.',
  types: () => [Person, Place, Organization, Event, Claim] as const,
  resolveType: (row) => typeOfRow(row as unknown as NodeRow),
});
