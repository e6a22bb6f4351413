/**
 * The page's graph as numbers, computed once and shared by the overview and the filters: each
 * entity's index by id, and each relation's two ends as entity indexes (data order).
 */
import type { PageData } from '../types.js';

export interface GraphIndex {
  nodeIndex: Map<string, number>;
  source: Int32Array;
  target: Int32Array;
}

export function graphIndex(data: Pick<PageData, 'nodes' | 'edges'>): GraphIndex {
  const nodeIndex = new Map<string, number>();
  data.nodes.forEach((n, i) => nodeIndex.set(n.id, i));
  const source = new Int32Array(data.edges.length);
  const target = new Int32Array(data.edges.length);
  data.edges.forEach((e, i) => {
    source[i] = nodeIndex.get(e.source) ?? 0;
    target[i] = nodeIndex.get(e.target) ?? 0;
  });
  return { nodeIndex, source, target };
}
