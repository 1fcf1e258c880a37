import { InputError } from '../errors.js';
import type { ArticleDoc, EntityDoc, GazetteerDoc } from './seed.schema.js';

/** A key the document points at, with the field that holds it, so a dangling one can be named. */
export interface Reference {
  path: string;
  key: string;
  /** Claims may be about events as well as entities. */
  eventAllowed: boolean;
  /** An event's place must be a Place. */
  placeOnly: boolean;
}

const ref = (path: string, key: string, eventAllowed = false, placeOnly = false): Reference => ({ path, key, eventAllowed, placeOnly });

function relationReferences(relations: GazetteerDoc['relations']): Reference[] {
  return relations.flatMap((r, i) => [ref(`relations[${i}].from`, r.from), ref(`relations[${i}].to`, r.to)]);
}

/** Paths are prefixed with the document's source ("seeds/x.yaml: relations[0].to"). */
const within = (source: string, refs: Reference[]): Reference[] => refs.map((r) => ({ ...r, path: `${source}: ${r.path}` }));

export function gazetteerReferences(doc: GazetteerDoc, source: string): Reference[] {
  return within(source, relationReferences(doc.relations));
}

export function articleReferences(doc: ArticleDoc, source: string): Reference[] {
  return within(source, [
    ...doc.mentions.map((m, i) => ref(`mentions[${i}].entity`, m.entity)),
    ...doc.claims.flatMap((c, i) => [
      ...('entity' in c.speaker ? [ref(`claims[${i}].speaker.entity`, c.speaker.entity)] : []),
      ...('affiliation' in c.speaker && c.speaker.affiliation ? [ref(`claims[${i}].speaker.affiliation`, c.speaker.affiliation)] : []),
      ...(c.via?.entity ? [ref(`claims[${i}].via.entity`, c.via.entity)] : []),
      ...c.about.map((key, j) => ref(`claims[${i}].about[${j}]`, key, true)),
    ]),
    ...doc.events.flatMap((e, i) => [
      ...(e.place ? [ref(`events[${i}].place`, e.place, false, true)] : []),
      ...e.participants.map((p, j) => ref(`events[${i}].participants[${j}].entity`, p.entity)),
    ]),
    ...relationReferences(doc.relations),
  ]);
}

/** An id a document gives a node of its own: an entity of some kind, or an event. */
export interface Identity {
  path: string;
  key: string;
  kind: EntityDoc['kind'] | 'EVENT';
}

const entityIdentities = (entities: EntityDoc[]): Identity[] =>
  entities.map((e, i) => ({ path: `entities[${i}].id`, key: e.id, kind: e.kind }));

/**
 * The ids a document defines, which must not be taken by a node of another kind (an entity's
 * kind never changes; an entity and an event never share an id). Checked within the document
 * here, against the graph by IngestRepository.
 */
export function articleIdentities(doc: ArticleDoc, source: string): Identity[] {
  const identities = [
    ...entityIdentities(doc.entities),
    ...doc.events.map((e, i): Identity => ({ path: `events[${i}].id`, key: e.id, kind: 'EVENT' })),
  ];
  const kinds = new Map<string, Identity>();
  for (const identity of identities) {
    const other = kinds.get(identity.key);
    if (other && other.kind !== identity.kind) {
      throw new InputError(
        `${source}: ${identity.path}`,
        `"${identity.key}" is already the id of ${describeKind(other.kind)} at ${other.path}`,
      );
    }
    kinds.set(identity.key, identity);
  }
  return identities.map((i) => ({ ...i, path: `${source}: ${i.path}` }));
}

export const gazetteerIdentities = (doc: GazetteerDoc, source: string): Identity[] =>
  entityIdentities(doc.entities).map((i) => ({ ...i, path: `${source}: ${i.path}` }));

export const describeKind = (kind: Identity['kind']): string => (kind === 'EVENT' ? 'an event' : `a ${kind}`);
