import { graphqlTypesOf, type RowKind } from './nodes.js';
import { ROW_PROJECTIONS } from './projections.js';

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

/**
 * What one request selects of each kind of row, over the whole operation: every statement and
 * loader of the request projects a kind's rows alike, so a row one field cached in a loader has
 * all another field needs. Unknown (null) until the operation is known: rows are then read whole.
 */
export class SelectedFields {
  private byKind: Map<RowKind, ReadonlySet<string>> | null = null;

  constructor(private byType: FieldsByType | null = null) {}

  set(byType: FieldsByType): void {
    this.byType = byType;
    this.byKind = null;
  }

  /** The selected GraphQL fields of the kind's types; null when the selection is not known. */
  of(kind: RowKind): ReadonlySet<string> | null {
    if (!this.byType) return null;
    this.byKind ??= this.perKind(this.byType);
    return this.byKind.get(kind) ?? new Set();
  }

  private perKind(byType: FieldsByType): Map<RowKind, ReadonlySet<string>> {
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
}
