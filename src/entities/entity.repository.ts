import type { Cypher } from '../db/graph-db.js';
import { rowsByKey } from '../graph/by-keys.js';
import { countChildren, fetchChildren, fetchLists, type ChildRequest } from '../graph/children.js';
import type { ClaimRow, EntityRow, EventRow, MentionRow, NameRow, RelationRow } from '../graph/rows.js';
import type { RelationType } from '../graph/vocabulary.js';
import * as Q from './entity.cypher.js';

/** Reads entities and what hangs off them; every method serves a batch of entities at once. */
export class EntityRepository {
  constructor(private readonly db: Cypher) {}

  byKeys = (keys: readonly string[]) => rowsByKey<EntityRow>(this.db, Q.ENTITIES_BY_KEYS, keys);

  namesOf = (keys: readonly string[]) => fetchLists<NameRow>(this.db, Q.NAMES_OF, keys);

  mentionsOf = (requests: ChildRequest[], limit: number) => fetchChildren<MentionRow>(this.db, Q.MENTIONS_OF, requests, limit);
  countMentionsOf = (keys: readonly string[]) => countChildren(this.db, Q.COUNT_MENTIONS_OF, keys);

  claimsBy = (requests: ChildRequest[], limit: number) => fetchChildren<ClaimRow>(this.db, Q.CLAIMS_BY, requests, limit);
  countClaimsBy = (keys: readonly string[]) => countChildren(this.db, Q.COUNT_CLAIMS_BY, keys);

  claimsAbout = (requests: ChildRequest[], limit: number) => fetchChildren<ClaimRow>(this.db, Q.CLAIMS_ABOUT, requests, limit);
  countClaimsAbout = (keys: readonly string[]) => countChildren(this.db, Q.COUNT_CLAIMS_ABOUT, keys);

  eventsOf = (requests: ChildRequest[], limit: number) => fetchChildren<EventRow>(this.db, Q.EVENTS_OF, requests, limit);
  countEventsOf = (keys: readonly string[]) => countChildren(this.db, Q.COUNT_EVENTS_OF, keys);

  relationsOf(types: readonly RelationType[]) {
    return {
      fetch: (requests: ChildRequest[], limit: number) => fetchChildren<RelationRow>(this.db, Q.RELATIONS_OF, requests, limit, { types }),
      count: (keys: readonly string[]) => countChildren(this.db, Q.COUNT_RELATIONS_OF, keys, { types }),
    };
  }
}
