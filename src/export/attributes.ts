/**
 * The flat attributes every export format carries, so Gephi, Cytoscape desktop and any GraphML tool
 * see the same columns. Formats hold only scalars, so lists are joined with "; " and the evidence
 * (each sentence with its article, offsets, date and confidence) travels as a JSON string.
 * Layout, importance and community are included so a graph opens in Gephi already readable.
 */
import type { KnowledgeGraph } from '../graph/build.js';
import { detectCommunities } from '../graph/communities.js';
import { importance } from '../graph/importance.js';
import { computePositions, type Point } from '../graph/positions.js';
import { undirectedProjection } from '../graph/projection.js';
import type { EdgeAttributes, NodeAttributes } from '../model.js';

export type Scalar = string | number | boolean;
export type FlatAttributes = Record<string, Scalar>;

export const LIST_SEPARATOR = '; ';

export interface ExportNode {
  id: string;
  label: string;
  attributes: FlatAttributes;
  position: Point;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** Symmetric relations (MET) are undirected edges in the exports. */
  directed: boolean;
  label: string;
  attributes: FlatAttributes;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export function nodeAttributes(a: NodeAttributes): FlatAttributes {
  const flat: FlatAttributes = {
    type: a.type,
    name: a.name,
    aliases: a.aliases.join(LIST_SEPARATOR),
    documents: a.documentIds.join(LIST_SEPARATOR),
    mentions: a.mentions.length,
  };
  for (const [k, v] of Object.entries(a.attributes ?? {})) flat[`attr_${k}`] = v;
  return flat;
}

export function edgeAttributes(a: EdgeAttributes): FlatAttributes {
  const flat: FlatAttributes = {
    type: a.type,
    symmetric: a.symmetric,
    confidence: a.confidence,
    modality: a.modality,
    evidence_count: a.evidence.length,
    evidence: JSON.stringify(a.evidence),
  };
  if (a.date) flat.date = a.date;
  if (a.role) flat.role = a.role;
  return flat;
}

export function exportGraph(graph: KnowledgeGraph): ExportGraph {
  const network = undirectedProjection(graph);
  const ranks = importance(network);
  const communities = detectCommunities(network);
  const positions = computePositions(network, { communities: communities.of });
  return {
    nodes: graph.mapNodes((id, a) => ({
      id,
      label: a.name,
      attributes: { ...nodeAttributes(a), importance: Math.round((ranks.get(id) ?? 0) * 1e4) / 1e4, community: communities.of.get(id) ?? 0 },
      position: positions.get(id) ?? { x: 0, y: 0 },
    })),
    edges: graph.mapEdges((id, a, source, target) => ({ id, source, target, directed: !a.symmetric, label: a.type, attributes: edgeAttributes(a) })),
  };
}
