import cytoscape from './vendor/cytoscape.esm.min.mjs';

import { edgeKindOf, isDirected } from './model/graph.js';

/** One colour per node kind, for the drawing and the filter's swatches. */
export const COLOURS = {
  Person: '#d9534f',
  Place: '#2e8b57',
  Organization: '#3a6ea5',
  Event: '#e69b00',
  Claim: '#8e44ad',
  Article: '#6c757d',
};

/** One colour per edge kind (model/graph.ts), for the drawing and the edge filter's swatches. */
export const EDGE_COLOURS = {
  relations: '#aab1bd',
  events: '#e3c27a',
  claims: '#c3a3d3',
  mentions: '#c9ccd2',
  'co-mentions': '#3aa8a0',
};

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(colour)',
      'font-size': 10,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      width: 22,
      height: 22,
    },
  },
  { selector: 'node[kind = "Claim"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[kind = "Article"]', style: { shape: 'rectangle', width: 16, height: 20 } },
  { selector: 'node[kind = "Event"]', style: { shape: 'diamond', width: 26, height: 26 } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2330' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 8,
      color: '#4a5262',
      'text-rotation': 'autorotate',
    },
  },
  // Named together, not one stating the other: dashed, with no arrow.
  { selector: 'edge[!directed]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', width: 2 } },
  // Edge labels only around what was clicked: on every edge at once they hide the nodes.
  { selector: 'edge.lit, edge:selected', style: { label: 'data(label)', 'line-color': '#5b6475', 'target-arrow-color': '#5b6475' } },
  {
    selector: ':selected',
    style: { 'line-color': '#1d2330', 'target-arrow-color': '#1d2330', 'border-width': 3, 'border-color': '#1f5fbf' },
  },
];

/** Force-directed, spread so that labels stay apart on the seed's 20–60 nodes. */
const layout = (randomize) => ({
  name: 'cose',
  animate: false,
  randomize,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 110,
  nodeRepulsion: () => 400000,
  gravity: 0.3,
});

/**
 * A Cytoscape drawing in the container. `show` puts a graph in it, keeping the places of nodes
 * already drawn and starting new ones beside the node they were found from (`around`).
 */
export function createDrawing(container, { onNode, onEdge }) {
  const cy = cytoscape({ container, style: STYLE });
  // A handle for the browser's console and the browser test, which clicks where a node is drawn.
  globalThis.cy = cy;
  cy.on('tap', 'node', (event) => {
    cy.edges().removeClass('lit');
    event.target.connectedEdges().addClass('lit');
    onNode(event.target.id());
  });
  cy.on('tap', 'edge', (event) => onEdge(event.target.id()));
  return {
    show(graph, expanded, around) {
      const wanted = new Set([...graph.nodes, ...graph.edges].map(({ id }) => id));
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const added = cy.add([
        ...graph.nodes.filter(({ id }) => cy.getElementById(id).empty()).map(nodeElement),
        ...graph.edges.filter(({ id }) => cy.getElementById(id).empty()).map(edgeElement),
      ]);
      const centre = cy.getElementById(around ?? '');
      if (centre.nonempty()) added.nodes().forEach((node) => node.position(beside(centre.position())));
      cy.nodes().forEach((node) => node.toggleClass('expanded', expanded.has(node.id())));
      const fresh = cy.nodes().length === added.nodes().length;
      if (added.nonempty()) cy.layout(layout(fresh)).run();
    },
  };
}

const beside = ({ x, y }) => ({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });

const nodeElement = ({ id, kind, label }) => ({ group: 'nodes', data: { id, kind, label, colour: COLOURS[kind] } });
const edgeElement = (edge) => ({
  group: 'edges',
  data: {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label ? `${edge.type}: ${edge.label}` : edge.type,
    colour: EDGE_COLOURS[edgeKindOf(edge)],
    directed: isDirected(edge),
  },
});
