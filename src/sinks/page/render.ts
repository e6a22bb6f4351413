/**
 * The interactive page: one self-contained HTML file with Cytoscape.js inlined from the npm
 * package and the graph embedded as JSON, so it opens from disk with no network.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { KnowledgeGraph } from '../../graph/build.js';

const require = createRequire(import.meta.url);

let cytoscapeSource: Promise<string> | undefined;
const loadCytoscape = () => (cytoscapeSource ??= readFile(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8'));

/** JSON that is safe inside a <script> element. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export async function renderPage(graph: KnowledgeGraph): Promise<string> {
  const elements = [
    ...graph.mapNodes((id, a) => ({ group: 'nodes', data: { id, label: a.name, type: a.type } })),
    ...graph.mapEdges((id, a, source, target) => ({ group: 'edges', data: { id, source, target, label: a.type, type: a.type, symmetric: a.symmetric } })),
  ];
  const cytoscape = (await loadCytoscape()).replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Knowledge graph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>html,body{margin:0;height:100%;font:14px system-ui,sans-serif}#cy{position:absolute;inset:0}</style>
</head><body><div id="cy"></div>
<script id="graph-data" type="application/json">${scriptJson(elements)}</script>
<script>${cytoscape}</script>
<script>
const elements = JSON.parse(document.getElementById('graph-data').textContent);
window.cy = cytoscape({ container: document.getElementById('cy'), elements,
  layout: { name: 'cose', randomize: false, animate: false },
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#888' } },
    { selector: 'node[type="Person"]', style: { 'background-color': '#4e79a7' } },
    { selector: 'node[type="Country"]', style: { 'background-color': '#e15759', shape: 'round-rectangle' } },
    { selector: 'node[type="Organization"]', style: { 'background-color': '#59a14f', shape: 'diamond' } },
    { selector: 'node[type="Location"]', style: { 'background-color': '#f28e2b', shape: 'triangle' } },
    { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1 } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
  ] });
</script></body></html>
`;
}
