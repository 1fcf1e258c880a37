import { ask } from './api.js';
import { COLOURS, EDGE_COLOURS, createDrawing } from './drawing.js';
import { exportFiles } from './downloads.js';
import { expansionOf } from './model/expansion.js';
import { EDGE_KINDS, NODE_KINDS, emptyGraph, mergeGraphs } from './model/graph.js';
import { visiblePart } from './model/filter.js';
import { SEARCH } from './model/queries.js';
import { showEdge, showNode } from './panel.js';

/** The page: a search, the graph found so far, the filters on it, and what a click does. */

const $ = (id) => document.getElementById(id);
/** `picture` counts the pictures started, so an answer that comes after a new pick is dropped. */
const state = { graph: emptyGraph(), expanded: new Set(), kinds: new Set(NODE_KINDS), edgeKinds: new Set(EDGE_KINDS), picture: 0 };

const drawing = createDrawing($('graph'), { onNode: (id) => void expand(id), onEdge: (id) => void readEdge(id) });

const filter = () => ({ kinds: state.kinds, edgeKinds: state.edgeKinds, from: $('from').value || null, to: $('to').value || null });
const shown = () => visiblePart(state.graph, filter());

function redraw(around) {
  const part = shown();
  drawing.show(part, state.expanded, around);
  const status = $('status');
  status.dataset.nodes = String(part.nodes.length);
  status.dataset.edges = String(part.edges.length);
  status.textContent = `${part.nodes.length} nodes and ${part.edges.length} edges shown (${state.graph.nodes.length} nodes found).`;
}

async function run(task) {
  try {
    await task();
  } catch (error) {
    $('status').textContent = `Failed: ${error.message}`;
  }
}

/** Adds a node's neighbourhood, as the API gives it, to the graph. */
async function grow(id, kind) {
  await run(async () => {
    const { picture } = state;
    const expansion = expansionOf(kind, id);
    $('status').textContent = 'Asking the API…';
    const found = expansion.read(await ask(expansion.query, expansion.variables));
    if (picture !== state.picture) return;
    state.graph = mergeGraphs(state.graph, found);
    state.expanded.add(id);
    redraw(id);
  });
}

/** An entity picked from the search results starts a new picture. */
async function pick(id, kind) {
  state.picture += 1;
  state.graph = emptyGraph();
  state.expanded.clear();
  await grow(id, kind);
}

/** A click on a node: its neighbourhood the first time, and what it is. */
async function expand(id) {
  const node = state.graph.nodes.find((known) => known.id === id);
  if (!node) return;
  if (!state.expanded.has(id)) await grow(id, node.kind);
  await run(() => showNode($('panel'), node, shown(), (edgeId) => void readEdge(edgeId)));
}

async function readEdge(id) {
  const edge = state.graph.edges.find((known) => known.id === id);
  if (edge) await run(() => showEdge($('panel'), edge, state.graph.nodes));
}

async function search(query) {
  await run(async () => {
    const data = await ask(SEARCH, { query });
    const items = data.searchEntities.edges.map(({ node, matchedName }) => {
      const where = [node.adminArea, node.country].filter(Boolean).join(', ');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${node.name} — ${node.__typename}${where ? `, ${where}` : ''} (as “${matchedName.form}”)`;
      button.addEventListener('click', () => void pick(node.id, node.__typename));
      const item = document.createElement('li');
      item.append(button);
      return item;
    });
    $('results').replaceChildren(...items);
    $('status').textContent = items.length ? 'Pick an entity to draw its neighbourhood.' : `No entity is named “${query}”.`;
  });
}

/** A ticked box per kind in the fieldset, each adding its kind to `shown` or taking it out, with its colour beside it. */
function kindControls(fieldset, kinds, shown, colours) {
  for (const kind of kinds) {
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true, name: kind });
    box.addEventListener('change', () => {
      if (box.checked) shown.add(kind);
      else shown.delete(kind);
      redraw();
    });
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = colours[kind];
    const label = document.createElement('label');
    label.append(box, swatch, kind);
    fieldset.append(label);
  }
}

kindControls($('kinds'), NODE_KINDS, state.kinds, COLOURS);
kindControls($('edge-kinds'), EDGE_KINDS, state.edgeKinds, EDGE_COLOURS);
for (const id of ['from', 'to']) $(id).addEventListener('change', () => redraw());
$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  void search($('query').value.trim());
});
exportFiles($('exports'), shown);
