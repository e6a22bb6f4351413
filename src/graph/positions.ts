/**
 * Node positions computed ahead of time, for graphs too large to lay out in the browser without
 * freezing it. Communities are first packed as circles (graphology-layout's circlepack: instant, and
 * already shows the structure), then graphology's ForceAtlas2 refines it for a number of iterations
 * that shrinks with size, so a 20,000-entity graph costs seconds, not minutes. Seeded, so the same
 * graph always gets the same picture. The result is scaled so an average node gets about
 * `spacing` × `spacing` pixels of room.
 */
import circlepackModule from 'graphology-layout/circlepack.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../cjs-interop.js';
import { seededRandom } from '../sinks/page/seeded-random.js';
import type { WeightedNetwork } from './projection.js';

const circlepack = cjsDefault(circlepackModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);

export interface Point {
  x: number;
  y: number;
}

export interface PositionOptions {
  /** Community of each node; nodes of one community start close together. */
  communities?: ReadonlyMap<string, number>;
  seed?: number;
  /** Pixels of room per node, on average. */
  spacing?: number;
  iterations?: number;
}

/** ForceAtlas2 costs about iterations × (n log n + edges); this keeps the total near constant. */
export function defaultIterations(order: number): number {
  return Math.max(15, Math.min(150, Math.round(150_000 / Math.max(order, 1))));
}

export function computePositions(network: WeightedNetwork, options: PositionOptions = {}): Map<string, Point> {
  const { communities, seed = 1, spacing = 110, iterations = defaultIterations(network.order) } = options;
  if (network.order === 0) return new Map();
  const layoutGraph = network.copy();
  layoutGraph.forEachNode((id) => layoutGraph.replaceNodeAttributes(id, { community: communities?.get(id) ?? 0 } as never));
  circlepack.assign(layoutGraph, { hierarchyAttributes: ['community'], rng: seededRandom(seed), scale: 10 });
  const settings = { ...forceAtlas2.inferSettings(network.order), barnesHutOptimize: network.order > 500 };
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
