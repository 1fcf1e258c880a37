import { graphqlTypesOf, type RowKind } from './nodes.js';
import { projectionOf, ROW_PROJECTIONS } from './projections.js';

/** GraphQL field names by the type they are selected on (`Event` → {id, label, …}). */
export type FieldsByType = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Fields whose resolvers read rows of another kind than their own, and what of them: an event's
 * label names its place (or first participant); a speaker group's speaker is its first claim's.
 */
const READS_BEYOND: Readonly<Record<string, Partial<Record<RowKind, readonly string[]>>>> = {
  // Placeless, it names the first participant's entity.
  'Event.label': { Entity: ['name'], Participant: ['entity'] },
  'SpeakerGroup.speaker': { Claim: ['speaker'] },
  'Entity.nameAt': { Name: Object.keys(ROW_PROJECTIONS.Name) },
};

/** What a selection gives each kind of row, and the projections made from it (by kind, v and p). */
interface PerKind {
  fields: Map<RowKind, ReadonlySet<string>>;
  projections: Map<string, string>;
}

/**
 * By selection: a FieldsByType is made once per operation text (selected-fields.ts), so the
 * requests of one operation share the kinds' fields and the Cypher of their projections.
 */
const perSelection = new WeakMap<FieldsByType, PerKind>();
/** Projections of whole rows, while the selection is not known. */
const WHOLE: PerKind = { fields: new Map(), projections: new Map() };

/**
 * What one request selects of each kind of row, over the whole operation: every statement and
 * loader of the request projects a kind's rows alike, so a row one field cached in a loader has
 * all another field needs. Unknown (null) until the operation is known: rows are then read whole.
 */
export class SelectedFields {
  private byKind: PerKind | null = null;

  constructor(private byType: FieldsByType | null = null) {}

  set(byType: FieldsByType): void {
    this.byType = byType;
    this.byKind = null;
  }

  /** The selected GraphQL fields of the kind's types; null when the selection is not known. */
  of(kind: RowKind): ReadonlySet<string> | null {
    if (!this.byType) return null;
    return this.perKind().fields.get(kind) ?? EMPTY;
  }

  /** projectionOf the kind's row bound to `v` (parent `p`) for this selection, made once per selection. */
  projection(kind: RowKind, v: string, p = '', omit: readonly string[] = []): string {
    const { projections } = this.byType ? this.perKind() : WHOLE;
    const key = `${kind} ${v} ${p} ${omit.join()}`;
    let cypher = projections.get(key);
    if (cypher === undefined) projections.set(key, (cypher = projectionOf(kind, v, this.of(kind), p, omit)));
    return cypher;
  }

  private perKind(): PerKind {
    if (this.byKind) return this.byKind;
    let known = perSelection.get(this.byType!);
    if (!known) perSelection.set(this.byType!, (known = { fields: fieldsPerKind(this.byType!), projections: new Map() }));
    return (this.byKind = known);
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function fieldsPerKind(byType: FieldsByType): Map<RowKind, ReadonlySet<string>> {
  const kinds = new Map<RowKind, Set<string>>();
  const add = (kind: RowKind, fields: Iterable<string>) => {
    const set = kinds.get(kind) ?? new Set<string>();
    for (const field of fields) set.add(field);
    kinds.set(kind, set);
  };
  for (const kind of Object.keys(ROW_PROJECTIONS) as RowKind[]) {
    for (const type of graphqlTypesOf(kind)) add(kind, byType.get(type) ?? []);
  }
  for (const [typeField, reads] of Object.entries(READS_BEYOND)) {
    const [type, field] = typeField.split('.') as [string, string];
    // On a row's own type, the field may be selected on any of the kind's types (Person.nameAt).
    if (!(kinds.get(type as RowKind) ?? byType.get(type))?.has(field)) continue;
    for (const [kind, fields] of Object.entries(reads)) add(kind as RowKind, fields);
  }
  return kinds;
}
