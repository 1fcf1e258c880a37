import { childCount, childList, childRows } from '../graph/child-cypher.js';
import { NODE_BY_KEY } from '../graph/by-keys.js';
import { EDGES } from '../graph/edges.js';
import { ENTITY } from '../graph/projections.js';

export const ENTITIES_BY_KEYS = `
UNWIND $keys AS key
${NODE_BY_KEY.Entity('e')}
RETURN key, ${ENTITY('e')} AS node`;

export const NAMES_OF = childRows('Entity', EDGES['Entity.names']);

/** Child lists of a batch of entities, each in child-id order (keyset). */
export const MENTIONS_OF = childList('Entity', EDGES['Entity.mentions']);
export const COUNT_MENTIONS_OF = childCount('Entity', EDGES['Entity.mentions']);

export const CLAIMS_BY = childList('Entity', EDGES['Entity.claimsBy']);
export const COUNT_CLAIMS_BY = childCount('Entity', EDGES['Entity.claimsBy']);

export const CLAIMS_ABOUT = childList('Entity', EDGES['Entity.claimsAbout']);
export const COUNT_CLAIMS_ABOUT = childCount('Entity', EDGES['Entity.claimsAbout']);

export const EVENTS_OF = childList('Entity', EDGES['Entity.events']);
export const COUNT_EVENTS_OF = childCount('Entity', EDGES['Entity.events']);

/** Relations in either direction, of the types in $types (values from RELATION_TYPES). */
export const RELATIONS_OF = childList('Entity', EDGES['Entity.relations']);
export const COUNT_RELATIONS_OF = childCount('Entity', EDGES['Entity.relations']);
