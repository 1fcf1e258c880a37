import { RELATION_TYPES, type RelationType } from './vocabulary.js';

/**
 * A relation as seen from one of its ends: seen from the other end it has the other direction
 * and the other `other`, so each view is an object of its own, with an id of its own (clients'
 * normalized caches keep one record per id). The entity keys are the ends' current ids.
 */
export interface RelationView {
  viewpointKey: string;
  type: RelationType;
  direction: 'OUT' | 'IN';
  otherKey: string;
}

// Entity keys are lowercase letters, digits and ":._-" (seed.schema.ts), so "|" separates safely.
const SEPARATOR = '|';

/** The key of a relation id ("Relation:<key>"): viewpoint, type, direction, other end. */
export const relationKey = (view: RelationView): string => [view.viewpointKey, view.type, view.direction, view.otherKey].join(SEPARATOR);

/** The view a relation key names, or null when it is no key this API made. */
export function parseRelationKey(key: string): RelationView | null {
  const [viewpointKey, type, direction, otherKey, ...rest] = key.split(SEPARATOR);
  const known = (RELATION_TYPES as readonly string[]).includes(type ?? '') && (direction === 'OUT' || direction === 'IN');
  if (!viewpointKey || !otherKey || rest.length > 0 || !known) return null;
  return { viewpointKey, type: type as RelationType, direction: direction as RelationView['direction'], otherKey };
}
