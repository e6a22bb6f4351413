/**
 * The knowledge graph seen as a plain weighted network: one undirected edge per pair of entities
 * that share at least one fact, weighted by how many sentences state facts between them. Centrality,
 * communities and layout are about who is connected to whom, not about relation direction or type,
 * and these algorithms want a simple graph.
 */
import { UndirectedGraph } from 'graphology';
import type { KnowledgeGraph } from './build.js';

/** Node attributes hold a position only while a layout runs on a copy. */
export type WeightedNetwork = UndirectedGraph<{ x?: number; y?: number }, { weight: number }>;

export function undirectedProjection(graph: KnowledgeGraph): WeightedNetwork {
  const network: WeightedNetwork = new UndirectedGraph();
  graph.forEachNode((id) => network.addNode(id));
  graph.forEachEdge((_, a, source, target) => {
    const weight = Math.max(1, a.evidence.length);
    network.updateEdge(source, target, (w) => ({ weight: (w.weight ?? 0) + weight }));
  });
  return network;
}
