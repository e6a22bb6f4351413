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
  /**
   * Entities with no fact are not laid out by force (they would only form a ring around the rest):
   * they go in a grid below, in this order (ids; the network's order when absent).
   */
  isolatedOrder?: readonly string[];
  /**
   * Entities with no fact but named together with others (co-mentions): id → those others, strongest
   * first. They are placed around the first of them that has a place, not in the grid.
   */
  satellites?: ReadonlyMap<string, readonly string[]>;
}

/** ForceAtlas2 costs about iterations × (n log n + edges); this keeps the total near constant. */
export function defaultIterations(order: number): number {
  return Math.max(15, Math.min(150, Math.round(150_000 / Math.max(order, 1))));
}

export function computePositions(network: WeightedNetwork, options: PositionOptions = {}): Map<string, Point> {
  const { spacing = 110 } = options;
  const isolated = network.filterNodes((id) => network.degree(id) === 0);
  if (!isolated.length || isolated.length === network.order) return forcePositions(network, options);
  // Largest connected parts first: the big ones laid out together by force; small ones (a pair, a
  // star of four) would only drift into a ring around them, so they go below in rows, largest first.
  const parts = components(network).filter((c) => c.length > 1);
  const big = parts.filter((c, k) => k === 0 || c.length >= SMALL_PART);
  const main = network.copy();
  const inBig = new Set(big.flat());
  main.forEachNode((id) => void (inBig.has(id) || main.dropNode(id)));
  let placed = forcePositions(main, { ...options, iterations: options.iterations ?? defaultIterations(main.order) });
  placed = shelvesBelow(placed, parts.filter((c) => !inBig.has(c[0]!)).map((c) => smallPart(network, c, spacing / 2)), spacing / 2);
  if (options.satellites) placed = aroundPartners(placed, options.satellites, spacing / 2);
  const order = (options.isolatedOrder ?? isolated).filter((id) => network.hasNode(id) && network.degree(id) === 0 && !placed.has(id));
  return gridBelow(placed, order, spacing / 2);
}

/**
 * Places each satellite beside the first of its partners that has a place, on a sunflower spiral
 * around it (golden angle, so however many come they do not pile up); a satellite placed this way
 * can host others. Satellites none of whose partners get a place are left out.
 */
function aroundPartners(placed: Map<string, Point>, satellites: ReadonlyMap<string, readonly string[]>, cell: number): Map<string, Point> {
  const out = new Map(placed);
  const hosted = new Map<string, number>();
  const waiting = [...satellites.keys()].filter((id) => !out.has(id)).sort();
  for (let progress = true; progress && waiting.length; ) {
    progress = false;
    for (let k = 0; k < waiting.length; k++) {
      const id = waiting[k]!;
      const host = satellites.get(id)!.find((p) => out.has(p));
      if (!host) continue;
      const n = hosted.get(host) ?? 0;
      hosted.set(host, n + 1);
      const [angle, radius] = [n * 2.39996, cell * (0.8 + 0.45 * Math.sqrt(n))];
      const at = out.get(host)!;
      out.set(id, { x: Math.round(at.x + Math.cos(angle) * radius), y: Math.round(at.y + Math.sin(angle) * radius) });
      waiting.splice(k--, 1);
      progress = true;
    }
  }
  return out;
}

/** Connected parts under this many entities are small: laid out on their own, below the big ones. */
const SMALL_PART = 8;

/** Connected components, largest first (ties: in the network's order). */
export function components(network: WeightedNetwork): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  network.forEachNode((start) => {
    if (seen.has(start)) return;
    const part = [start];
    seen.add(start);
    for (let k = 0; k < part.length; k++)
      network.forEachNeighbor(part[k]!, (n) => {
        if (!seen.has(n)) (seen.add(n), part.push(n));
      });
    out.push(part);
  });
  return out.sort((a, b) => b.length - a.length);
}

/** A small part drawn around its best-connected entity, `cell` apart; positions relative to its centre. */
function smallPart(network: WeightedNetwork, part: string[], cell: number): Map<string, Point> {
  const [hub, ...rest] = [...part].sort((a, b) => network.degree(b) - network.degree(a) || (a < b ? -1 : 1));
  const out = new Map<string, Point>([[hub!, { x: 0, y: 0 }]]);
  if (rest.length === 1) return new Map([[hub!, { x: -cell / 2, y: 0 }], [rest[0]!, { x: cell / 2, y: 0 }]]);
  rest.forEach((id, k) => {
    const angle = (2 * Math.PI * k) / rest.length - Math.PI / 2;
    out.set(id, { x: Math.round(Math.cos(angle) * cell), y: Math.round(Math.sin(angle) * cell) });
  });
  return out;
}

/** Small parts in rows under what is placed, as wide as it is, `gap` apart. */
function shelvesBelow(placed: Map<string, Point>, parts: Map<string, Point>[], gap: number): Map<string, Point> {
  if (!parts.length) return placed;
  let [minX, maxX, maxY] = [Infinity, -Infinity, -Infinity];
  for (const p of placed.values()) [minX, maxX, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.max(maxY, p.y)];
  const out = new Map(placed);
  const box = (part: Map<string, Point>) => {
    let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of part.values()) [x1, x2, y1, y2] = [Math.min(x1, p.x), Math.max(x2, p.x), Math.min(y1, p.y), Math.max(y2, p.y)];
    return { x1, x2, y1, y2 };
  };
  // Rows at least as wide as a screen is for the height of what is placed (about 3:2).
  let minY = Infinity;
  for (const p of placed.values()) minY = Math.min(minY, p.y);
  const width = Math.max(maxX - minX, (maxY - minY) * 1.5, 10 * gap);
  const left = (minX + maxX) / 2 - width / 2;
  let [x, y, rowHeight] = [left, maxY + 2 * gap, 0];
  for (const part of parts) {
    const b = box(part);
    if (x > left && x + (b.x2 - b.x1) > left + width) [x, y, rowHeight] = [left, y + rowHeight + gap, 0];
    for (const [id, p] of part) out.set(id, { x: Math.round(x + p.x - b.x1), y: Math.round(y + p.y - b.y1) });
    x += b.x2 - b.x1 + gap;
    rowHeight = Math.max(rowHeight, b.y2 - b.y1);
  }
  return out;
}

/**
 * `ids` in rows under the laid-out entities, as wide as they are (at least square), `cell` apart:
 * shown on request, they read as a list of what is left out, apart from the connected story.
 */
export function gridBelow(placed: Map<string, Point>, ids: readonly string[], cell: number): Map<string, Point> {
  let [minX, maxX, maxY] = [Infinity, -Infinity, -Infinity];
  for (const p of placed.values()) [minX, maxX, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.max(maxY, p.y)];
  if (!placed.size) [minX, maxX, maxY] = [0, 0, -cell];
  const columns = Math.max(1, Math.round((maxX - minX) / cell), Math.ceil(Math.sqrt(ids.length)));
  const left = (minX + maxX) / 2 - ((columns - 1) * cell) / 2;
  const top = maxY + 2 * cell;
  const out = new Map(placed);
  ids.forEach((id, k) => out.set(id, { x: Math.round(left + (k % columns) * cell), y: Math.round(top + Math.floor(k / columns) * cell) }));
  return out;
}

function forcePositions(network: WeightedNetwork, options: PositionOptions): Map<string, Point> {
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
