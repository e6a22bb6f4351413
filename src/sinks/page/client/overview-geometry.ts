/**
 * The overview drawing's arithmetic, kept apart from the canvas so it can be tested in Node: where a
 * graph point lands on screen, zooming about a point, which entity or relation is under the pointer,
 * and which labels are worth drawing.
 */

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Point {
  x: number;
  y: number;
}

export const toScreen = (v: Viewport, x: number, y: number): Point => ({ x: x * v.zoom + v.pan.x, y: y * v.zoom + v.pan.y });
export const toGraph = (v: Viewport, sx: number, sy: number): Point => ({ x: (sx - v.pan.x) / v.zoom, y: (sy - v.pan.y) / v.zoom });

/** The viewport after zooming by `factor` (clamped to `limits`) about the screen point `at`, which stays put. */
export function zoomAbout(v: Viewport, factor: number, at: Point, limits: { min: number; max: number }): Viewport {
  const zoom = Math.min(limits.max, Math.max(limits.min, v.zoom * factor));
  const g = toGraph(v, at.x, at.y);
  return { zoom, pan: { x: at.x - g.x * zoom, y: at.y - g.y * zoom } };
}

/** The viewport that puts graph point `p` at screen point `at` with `zoom`. */
export const centreAt = (p: Point, at: Point, zoom: number): Viewport => ({ zoom, pan: { x: at.x - p.x * zoom, y: at.y - p.y * zoom } });

/** The drawn graph, as flat arrays indexed by node and edge number (one allocation, fast loops). */
export interface Layout {
  x: Float64Array;
  y: Float64Array;
  /** Diameter in graph units. */
  size: Float64Array;
  source: Int32Array;
  target: Int32Array;
}

/** Screen radius of a node: its size, but never so small that it disappears in the overview. */
export const screenRadius = (size: number, zoom: number): number => Math.max(1.5, (size / 2) * zoom);

/**
 * The shown node under screen point `p` (within its disc plus a little slack for small ones); where
 * discs overlap, the one whose centre is nearest. Nodes are drawn batched by colour, not one above
 * the other in a fixed order, so "nearest centre" is what a click most plausibly meant.
 */
export function nodeAt(layout: Layout, shown: Uint8Array, v: Viewport, p: Point, slack = 3): number {
  const g = toGraph(v, p.x, p.y);
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < layout.x.length; i++) {
    if (!shown[i]) continue;
    const r = screenRadius(layout.size[i]!, v.zoom) + slack;
    const dx = (layout.x[i]! - g.x) * v.zoom;
    const dy = (layout.y[i]! - g.y) * v.zoom;
    const d = dx * dx + dy * dy;
    if (d <= r * r && d < bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

/** The shown edge nearest to screen point `p` within `tolerance` pixels, or -1. */
export function edgeAt(layout: Layout, shown: Uint8Array, v: Viewport, p: Point, tolerance = 4): number {
  const g = toGraph(v, p.x, p.y);
  const limit = tolerance / v.zoom;
  let best = -1;
  let bestDistance = limit * limit;
  for (let i = 0; i < layout.source.length; i++) {
    if (!shown[i]) continue;
    const [ax, ay] = [layout.x[layout.source[i]!]!, layout.y[layout.source[i]!]!];
    const [bx, by] = [layout.x[layout.target[i]!]!, layout.y[layout.target[i]!]!];
    // Cheap rejection first: the point is outside the segment's box widened by the tolerance.
    if (g.x < Math.min(ax, bx) - limit || g.x > Math.max(ax, bx) + limit || g.y < Math.min(ay, by) - limit || g.y > Math.max(ay, by) + limit) continue;
    const d = segmentDistance2(g.x, g.y, ax, ay, bx, by);
    if (d <= bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const [cx, cy] = [ax + t * dx - px, ay + t * dy - py];
  return cx * cx + cy * cy;
}

/**
 * Which nodes get a label: shown, on screen, with a font big enough to read (`minFontPx`), most
 * important first (`order`: biggest first, and fonts grow with size), at most `budget` of them. Beyond a few hundred labels an overview is
 * unreadable anyway, and text is the costliest thing a canvas draws.
 */
export function labelledNodes(
  layout: Layout,
  shown: Uint8Array,
  order: Int32Array,
  fontSize: (size: number) => number,
  v: Viewport,
  screen: { width: number; height: number },
  { minFontPx = 8, budget = 300 } = {},
): number[] {
  const chosen: number[] = [];
  for (let k = 0; k < order.length && chosen.length < budget; k++) {
    const i = order[k]!;
    if (fontSize(layout.size[i]!) * v.zoom < minFontPx) break; // every later node is smaller still
    if (!shown[i]) continue;
    const p = toScreen(v, layout.x[i]!, layout.y[i]!);
    if (p.x < -100 || p.y < -50 || p.x > screen.width + 100 || p.y > screen.height + 50) continue;
    chosen.push(i);
  }
  return chosen;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Greedy label placement: a label is drawn only if it overlaps no label placed before it, so asking
 * in order of importance keeps the important names and drops the ones that would pile up. Boxes are
 * kept in a grid of `cell`-pixel buckets, so each check looks only at its neighbours.
 */
export function labelPlacer(cell = 64): (box: Box) => boolean {
  const grid = new Map<number, Box[]>();
  const cells = (b: Box, visit: (key: number) => boolean | void): boolean => {
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.width) / cell); cx++)
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.height) / cell); cy++) if (visit(cx * 100_003 + cy)) return true;
    return false;
  };
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  return (box) => {
    if (cells(box, (key) => grid.get(key)?.some((other) => overlaps(box, other)))) return false;
    cells(box, (key) => {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    });
    return true;
  };
}
