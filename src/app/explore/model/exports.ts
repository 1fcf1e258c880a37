import { isDirected, type Graph, type GraphEdge } from './graph.js';

/**
 * The shown neighbourhood as files: JSON (nodes and edges, with the evidence behind each edge) and
 * CSV as two files, nodes and edges, with the column names Gephi's spreadsheet import reads
 * (Id, Label; Source, Target, Type: Directed, or Undirected for a co-mention); graphml.ts writes the third format.
 */

export const toJson = (graph: Graph): string => JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2);

/** The titles of the articles behind an edge, for formats that carry no nested values. */
export const articlesOf = (edge: GraphEdge): string => edge.evidence.map(({ articleTitle }) => articleTitle).join(' | ');

/** RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRows = (rows: (string | number | null)[][]): string => rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');

export function toCsv(graph: Graph): { nodes: string; edges: string } {
  const nodes = csvRows([
    ['Id', 'Label', 'kind', 'date', 'detail'],
    ...graph.nodes.map((node) => [node.id, node.label, node.kind, node.date, node.detail]),
  ]);
  const edges = csvRows([
    ['Source', 'Target', 'Type', 'Id', 'Label', 'relation', 'articles'],
    ...graph.edges.map((edge) => [
      edge.source,
      edge.target,
      isDirected(edge) ? 'Directed' : 'Undirected',
      edge.id,
      edge.label,
      edge.type,
      articlesOf(edge),
    ]),
  ]);
  return { nodes, edges };
}
