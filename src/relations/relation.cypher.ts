import { entityByKey } from '../graph/by-keys.js';
import { projectionOf } from '../graph/projections.js';

/**
 * Relations by the views their ids name ($views: [{key, viewpointKey, type, direction, otherKey}]),
 * each seen from its viewpoint. Both ends are known, so the match expands between two nodes, not
 * over every relation of a well-connected entity (a country's places). A merged key answers as the
 * entity it was merged into.
 */
export const RELATIONS_BY_VIEWS = `
UNWIND $views AS view
WITH view, ${entityByKey('view.viewpointKey')} AS viewpoint, ${entityByKey('view.otherKey')} AS r_other
WHERE viewpoint IS NOT NULL AND r_other IS NOT NULL
MATCH (viewpoint)-[r]-(r_other)
WHERE type(r) = view.type AND (startNode(r) = viewpoint) = (view.direction = 'OUT')
RETURN view.key AS key, ${projectionOf('Relation', 'r', null, 'viewpoint')} AS node`;
