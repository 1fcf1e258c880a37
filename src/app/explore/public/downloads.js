import { toCsv, toJson } from './model/exports.js';
import { toGraphml } from './model/graphml.js';

/** Each export button's file: its name, type and text, from the part of the graph shown. */
const FILES = {
  json: (graph) => ['neighbourhood.json', 'application/json', toJson(graph)],
  graphml: (graph) => ['neighbourhood.graphml', 'application/graphml+xml', toGraphml(graph)],
  'csv-nodes': (graph) => ['nodes.csv', 'text/csv', toCsv(graph).nodes],
  'csv-edges': (graph) => ['edges.csv', 'text/csv', toCsv(graph).edges],
};

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Wires the buttons (data-export) in the container to download what `shown()` returns. */
export function exportFiles(container, shown) {
  container.addEventListener('click', (event) => {
    const format = event.target.closest('[data-export]')?.dataset.export;
    if (format) download(...FILES[format](shown()));
  });
}
