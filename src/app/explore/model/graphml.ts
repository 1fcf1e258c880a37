import { articlesOf } from './exports.js';
import { isDirected, type Graph } from './graph.js';

/**
 * GraphML (http://graphml.graphdrawing.org/), as Gephi and yEd read it: a directed graph whose
 * nodes and edges carry the explorer's fields as declared string keys; a co-mention says it is undirected.
 */

const NODE_KEYS = ['label', 'kind', 'date', 'detail'] as const;
const EDGE_KEYS = ['label', 'type', 'articles'] as const;

/** Characters XML 1.0 cannot hold at all, even escaped (most C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const xmlText = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);

const keyDeclaration = (scope: 'node' | 'edge', name: string): string =>
  `  <key id="${scope}-${name}" for="${scope}" attr.name="${name}" attr.type="string"/>`;

/** The data elements of the values that are set; GraphML leaves an absent key unset. */
function dataOf(scope: 'node' | 'edge', values: Record<string, string | null>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `<data key="${scope}-${name}">${xmlText(value)}</data>`)
    .join('');
}

export function toGraphml(graph: Graph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((name) => keyDeclaration('node', name)),
    ...EDGE_KEYS.map((name) => keyDeclaration('edge', name)),
    '  <graph id="neighbourhood" edgedefault="directed">',
    ...graph.nodes.map(
      ({ id, label, kind, date, detail }) => `    <node id="${xmlText(id)}">${dataOf('node', { label, kind, date, detail })}</node>`,
    ),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"${isDirected(edge) ? '' : ' directed="false"'}>` +
        `${dataOf('edge', { label: edge.label, type: edge.type, articles: articlesOf(edge) || null })}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}
