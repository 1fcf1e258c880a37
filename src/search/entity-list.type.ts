import { registerEnumType } from 'type-graphql';

import { Entity } from '../entities/entity.type.js';
import { describedValues } from '../graphql/enums.js';
import { Connection } from '../graphql/relay.js';
import type { EntityOrder } from './entity-list.cypher.js';

export const EntitySort = { NAME: 'NAME', MENTIONS: 'MENTIONS' } as const satisfies Record<EntityOrder, EntityOrder>;
registerEnumType(EntitySort, {
  name: 'EntitySort',
  description: 'The order of an entity list.',
  valuesConfig: describedValues<EntityOrder>({
    NAME: 'By name, A to Z (then by id).',
    MENTIONS: 'Most mentioned first (then by id).',
  }),
});

export const EntityConnection = Connection(Entity, 'Entity');
