/**
 * Node positions computed ahead of time (graphology's ForceAtlas2), for graphs too large to lay out
 * in the browser without freezing it. Seeded start positions make it deterministic. The result is
 * scaled so an average node gets about `spacing` × `spacing` pixels of room.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../cjs-interop.js';
import { seededRandom } from '../sinks/page/seeded-random.js';
import type { WeightedNetwork } from './projection.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

export interface Point {
  x: number;
  y: number;
}

export interface PositionOptions {
  seed?: number;
  /** Pixels of room per node, on average. */
  spacing?: number;
  /** Fewer for very large graphs: the cost is iterations × (nodes log nodes + edges). */
  iterations?: number;
}

export function defaultIterations(order: number): number {
  if (order <= 2_000) return 300;
  if (order <= 10_000) return 150;
  return 80;
}

export function computePositions(network: WeightedNetwork, options: PositionOptions = {}): Map<string, Point> {
  const { seed = 1, spacing = 70, iterations = defaultIterations(network.order) } = options;
  const positions = new Map<string, Point>();
  if (network.order === 0) return positions;
  const random = seededRandom(seed);
  const side = Math.sqrt(network.order) * 10;
  const layoutGraph = network.copy();
  layoutGraph.forEachNode((id) => layoutGraph.replaceNodeAttributes(id, { x: (random() - 0.5) * side, y: (random() - 0.5) * side }));
  const settings = { ...forceAtlas2.inferSettings(network.order), linLogMode: false, adjustSizes: false };
  const raw = forceAtlas2(layoutGraph, { iterations, settings, getEdgeWeight: 'weight' });
  return normalise(raw, spacing);
}

/** Centres the layout on 0,0 and scales it so that area per node ≈ spacing². */
function normalise(raw: Record<string, { x: number; y: number }>, spacing: number): Map<string, Point> {
  const entries = Object.entries(raw);
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [, p] of entries) [minX, maxX, minY, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.min(minY, p.y), Math.max(maxY, p.y)];
  const area = Math.max(maxX - minX, 1e-9) * Math.max(maxY - minY, 1e-9);
  const scale = Math.sqrt((entries.length * spacing * spacing) / area);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return new Map(entries.map(([id, p]) => [id, { x: Math.round((p.x - cx) * scale), y: Math.round((p.y - cy) * scale) }]));
}
