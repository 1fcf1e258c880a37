import { ask } from './api.js';
import { isDirected } from './model/graph.js';
import { highlight } from './model/highlight.js';
import { ARTICLE_TEXT } from './model/queries.js';

/** The side panel: what a clicked node is, and the articles behind a clicked edge with their spans marked. */

const articles = new Map();
/** Each article's text is asked for once, when an edge that rests on it is first read; a failed ask is forgotten. */
function articleText(id) {
  if (!articles.has(id)) {
    const forget = (error) => {
      articles.delete(id);
      throw error;
    };
    articles.set(
      id,
      ask(ARTICLE_TEXT, { id }).then((data) => data.node, forget),
    );
  }
  return articles.get(id);
}

const element = (tag, text, className) => {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
};

function marked(text, spans) {
  const box = element('div', undefined, 'article-text');
  for (const piece of highlight(text, spans)) box.append(piece.marked ? element('mark', piece.text) : document.createTextNode(piece.text));
  return box;
}

const nameIn = (nodes, id) => nodes.find((node) => node.id === id)?.label ?? id;
const edgeTitle = (edge, nodes) =>
  `${nameIn(nodes, edge.source)} — ${edge.type}${edge.label ? ` (${edge.label})` : ''} ${isDirected(edge) ? '→' : '↔'} ${nameIn(nodes, edge.target)}`;

/** A node: what it is, its edges to pick one to read (a drawn edge is a small target), and a claim's quote in its article. */
export async function showNode(panel, node, graph, readEdge) {
  panel.dataset.showing = node.id;
  const edges = graph.edges.filter((edge) => edge.source === node.id || edge.target === node.id);
  const list = element('ul', undefined, 'edges');
  for (const edge of edges) {
    const button = element('button', edgeTitle(edge, graph.nodes));
    button.type = 'button';
    button.addEventListener('click', () => readEdge(edge.id));
    const item = element('li');
    item.append(button);
    list.append(item);
  }
  const meta = [node.kind, node.date, node.detail].filter(Boolean).join(' · ');
  panel.replaceChildren(
    element('h2', node.label),
    element('p', meta),
    element('h3', `${edges.length} edges: pick one to read its sources`),
    list,
  );
  const quoted = edges.find((edge) => edge.source === node.id && edge.type === 'QUOTED_IN');
  if (quoted) await showEvidence(panel, quoted);
}

export async function showEdge(panel, edge, nodes) {
  panel.dataset.showing = edge.id;
  panel.replaceChildren(element('h2', edgeTitle(edge, nodes)));
  await showEvidence(panel, edge);
}

/** Marks each article's spans, in order; a click elsewhere meanwhile ends it (the panel shows another thing). */
async function showEvidence(panel, edge) {
  const showing = panel.dataset.showing;
  if (edge.evidence.length === 0) panel.append(element('p', 'Reference data (gazetteer): no article states it.'));
  for (const evidence of edge.evidence) {
    const section = element('section');
    section.append(element('h3', evidence.articleTitle));
    if (evidence.quote) section.append(element('blockquote', evidence.quote));
    panel.append(section);
    if (evidence.spans.length === 0) {
      section.append(element('p', 'The article states it without a span.'));
      continue;
    }
    const article = await articleText(evidence.articleId);
    if (panel.dataset.showing !== showing) return;
    if (!article) continue;
    const inTitle = evidence.spans.filter(({ field }) => field === 'TITLE');
    if (inTitle.length > 0) section.append(marked(article.title, inTitle));
    section.append(
      marked(
        article.text,
        evidence.spans.filter(({ field }) => field === 'TEXT'),
      ),
    );
    section.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
  }
}
