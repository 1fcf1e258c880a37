import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import { toPage, type PageRequest, type SortKey } from '../graph/page.js';
import { listColumns, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import { SelectedFields } from '../graph/selection.js';
import type { EntityRow } from '../graph/rows.js';
import { ENTITY_LABELS } from '../graph/vocabulary.js';
import { ENTITY_ORDERS, listEntities, COUNT_ENTITIES, type EntityOrder } from './entity-list.cypher.js';
import type { SearchFilter } from './search.input.js';

/** Lists entities by kind, country and admin area: browsing, where search needs a name. */
export class EntityListRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  /** A page of entities in `sort` order, with what `plan` asks beneath each one read in the same statement. */
  async list(filter: SearchFilter, sort: EntityOrder, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<EntityRow>> {
    checkCursor(sort, request.after);
    const params = {
      labels: filter.kinds?.map((kind) => ENTITY_LABELS[kind]) ?? null,
      country: filter.country,
      adminArea: filter.adminArea,
    };
    const readAhead = listColumns('Entity', plan, this.selected);
    const rows = await this.db.read(listEntities(sort, readAhead), {
      ...params,
      ...readAhead.params,
      after: request.after,
      limit: request.first + 1,
    });
    const sortKeys = new Map(rows.map((row) => [row['node'] as EntityRow, row['sortKey'] as SortKey]));
    const page = toPage(
      [...sortKeys.keys()],
      request,
      (entity) => sortKeys.get(entity)!,
      async () => {
        const [row] = await this.db.read(COUNT_ENTITIES, params);
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows, plan) };
  }
}

/** A cursor of one order means nothing in another: refused rather than read as an empty page. */
function checkCursor(sort: EntityOrder, after: SortKey | null): void {
  if (after && (after.length !== 2 || typeof after[0] !== ENTITY_ORDERS[sort].keyType)) {
    throw new InputError('after', `is not a cursor of a list sorted by ${sort}`);
  }
}
