/**
 * GEXF for Gephi, written by graphology-gexf (GEXF 1.3): node colour, shape, size and position in
 * `viz`, everything else as typed attributes; symmetric relations as undirected edges.
 */
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { EntityType } from '../model.js';
import { ENTITY_LOOK, RELATION_COLOR, type NodeShape } from '../sinks/page/palette.js';
import { VERSION } from '../version.js';
import type { ExportGraph, FlatAttributes } from './attributes.js';

const GEXF_SHAPE: Record<NodeShape, string> = { ellipse: 'disc', 'round-rectangle': 'square', diamond: 'diamond', triangle: 'triangle' };

export function toGexf(data: ExportGraph): string {
  const graph = new MultiGraph<{ label: string; attributes: FlatAttributes; position: { x: number; y: number } }, { label: string; attributes: FlatAttributes }>({ allowSelfLoops: false });
  graph.replaceAttributes({ creator: `kg-news ${VERSION}`, description: 'Entities and relations extracted from news articles' });
  for (const n of data.nodes) graph.addNode(n.id, n);
  for (const e of data.edges) {
    const attrs = { label: e.label, attributes: e.attributes };
    if (e.directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, n) => {
      const look = ENTITY_LOOK[n.attributes.type as EntityType];
      return {
        label: n.label,
        attributes: n.attributes,
        viz: { color: look?.color ?? '#888888', shape: look ? GEXF_SHAPE[look.shape] : 'disc', size: 5 + 20 * Number(n.attributes.importance ?? 0), x: n.position.x, y: -n.position.y },
      };
    },
    formatEdge: (_key, e) => ({
      label: e.label,
      attributes: e.attributes,
      weight: Number(e.attributes.evidence_count ?? 1),
      viz: { color: RELATION_COLOR[e.attributes.type as keyof typeof RELATION_COLOR] ?? '#999999' },
    }),
  });
}
