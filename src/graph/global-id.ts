import { InputError } from '../errors.js';
import { NODE_KINDS, NODE_TYPES, type NodeKind, type NodeLabel } from './nodes.js';
import { parseRelationKey } from './relation-key.js';

export type { NodeLabel };
/** Labels of the nodes the API exposes by id, each stored under its key; the id says which one it is. */
export const NODE_LABELS: readonly NodeLabel[] = NODE_KINDS.flatMap((kind) => NODE_TYPES[kind].labels);
export const ENTITY_NODE_LABELS = NODE_TYPES.Entity.labels;
/** What an id can name: a node, or a relation seen from one of its ends (relation-key.ts). */
export type IdLabel = NodeLabel | 'Relation';
const ID_LABELS: readonly string[] = [...NODE_LABELS, 'Relation'];

/** A graph row as repositories return it: its label and its key. */
export interface NodeRow {
  label: IdLabel;
  id: string;
}

/** Opaque, stable ids: base64url of "Label:key", so node(id) knows where to look. */
export function toGlobalId(label: IdLabel, key: string): string {
  return Buffer.from(`${label}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string, field = 'id'): { label: IdLabel; key: string } {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const label = decoded.slice(0, colon) as IdLabel;
  const key = decoded.slice(colon + 1);
  const wellFormed = label === 'Relation' ? parseRelationKey(key) !== null : key.length > 0;
  if (colon < 1 || !ID_LABELS.includes(label) || !wellFormed) {
    throw new InputError(field, `"${id.slice(0, 60)}" is not an id issued by this API`);
  }
  return { label, key };
}

/** Decodes an id that must name one of `labels` (e.g. an entity id). */
export function decodeId(id: string, labels: readonly NodeLabel[], field = 'id'): { label: NodeLabel; key: string } {
  const { label, key } = fromGlobalId(id, field);
  const named = labels.find((l) => l === label);
  if (!named) throw new InputError(field, `expected the id of ${labels.join(' or ')}, got a ${label} id`);
  return { label: named, key };
}

/** Where nodes of a label are stored by key: persons, places and organizations share Entity's. */
export const kindOf = (label: NodeLabel): NodeKind =>
  NODE_KINDS.find((kind) => (NODE_TYPES[kind].labels as readonly string[]).includes(label))!;

/**
 * The node found under an id's key is the one the id names only when it carries the id's label:
 * the key of "Person:place:x" finds the place, yet that id names nothing.
 */
export const ifLabelled = <T extends NodeRow>(row: T | null | undefined, label: IdLabel): T | null => (row?.label === label ? row : null);
