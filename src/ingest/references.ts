import type { ArticleDoc, GazetteerDoc } from './seed.schema.js';

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
