/**
 * Cytoscape JSON (.cyjs), the format Cytoscape desktop and Cytoscape.js read: `name` is the node
 * label and `interaction` the relation type, as Cytoscape expects; positions are included.
 */
import { VERSION } from '../version.js';
import type { ExportGraph } from './attributes.js';

export function toCyjs(data: ExportGraph): string {
  const doc = {
    format_version: '1.0',
    generated_by: `kg-news ${VERSION}`,
    target_cytoscapejs_version: '~3.30',
    data: { name: 'kg-news knowledge graph', shared_name: 'kg-news knowledge graph', selected: true },
    elements: {
      nodes: data.nodes.map((n) => ({ data: { id: n.id, shared_name: n.label, ...n.attributes, name: n.label }, position: n.position })),
      edges: data.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          name: `${e.source} (${e.label}) ${e.target}`,
          shared_name: `${e.source} (${e.label}) ${e.target}`,
          interaction: e.label,
          shared_interaction: e.label,
          directed: e.directed,
          ...e.attributes,
        },
      })),
    },
  };
  return JSON.stringify(doc, null, 1) + '\n';
}
