/**
 * How central each entity is: PageRank (graphology-metrics) on the undirected projection, scaled so
 * the most central entity scores 1. Entities with no facts score 0.
 */
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from '../cjs-interop.js';
import type { WeightedNetwork } from './projection.js';

const pagerank = cjsDefault(pagerankModule);

export function importance(network: WeightedNetwork): Map<string, number> {
  const scores = new Map<string, number>();
  if (network.size === 0) {
    network.forEachNode((id) => scores.set(id, 0));
    return scores;
  }
  const ranks = pagerank(network, { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-8 });
  // Isolated nodes keep the teleport share of PageRank; measure everyone above that floor.
  let floor = Infinity;
  let top = 0;
  network.forEachNode((id) => {
    const r = ranks[id] ?? 0;
    if (network.degree(id) === 0) return;
    floor = Math.min(floor, r);
    top = Math.max(top, r);
  });
  const base = Math.min(floor, 1 / network.order) * 0.5;
  network.forEachNode((id) => {
    if (network.degree(id) === 0) return void scores.set(id, 0);
    const r = ranks[id] ?? 0;
    scores.set(id, top > base ? (r - base) / (top - base) : 1);
  });
  return scores;
}
