/**
 * The overview: large graphs drawn straight onto one canvas from the positions computed at build
 * time. Cytoscape.js spends most of its time on a big graph computing a style for every element
 * and caching textures for it (seconds at 5,000 entities, docs/viewer.md); the overview instead
 * draws each type of entity and relation as one path per colour, so a frame of 20,000 entities
 * takes tens of milliseconds and a filter click is a redraw. Cytoscape stays the graph model
 * (headless `window.cy`): selection goes through it, so the panel, the URL hash and the console
 * behave as on a small graph.
 *
 * Level of detail: entities never shrink below a dot; labels appear once their text is big enough
 * to read (the most central first, a few hundred at most); the selected or hovered entity's
 * neighbourhood is drawn on top with arrows, relation labels and names while the rest fades.
 */
import { ENTITY_LOOK, PAGE_RELATION_TYPES, RELATION_COLOR, type NodeShape } from '../palette.js';
import type { PageData } from '../types.js';
import { communityColour, type ColourBy } from './cy-style.js';
import { fitViewport, fontSize, MAX_START_ZOOM, relationWidth } from './elements.js';
import {
  centreAt,
  edgeAt,
  labelledNodes,
  labelPlacer,
  nodeAt,
  screenRadius,
  toGraph,
  toScreen,
  zoomAbout,
  type Box,
  type Layout,
  type Point,
  type Viewport,
} from './overview-geometry.js';
import type { GraphIndex } from './ends.js';
import type { GraphView } from './view.js';
import type { Visibility } from './visibility.js';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const MAX_ZOOM = 5;
/** A pointer that moves less than this between press and release clicked rather than dragged. */
const CLICK_SLOP = 4;
/** How long after the last wheel step the view counts as still moving (level of detail). */
const SETTLE_MS = 180;
/** Entities drawn smaller than this (radius in CSS pixels) are drawn as squares. */
const TINY_RADIUS = 2.5;
/** How many of the most important entities on screen are named whatever the zoom, and at what size. */
const ALWAYS_NAMED = 15;
const MIN_NAME_PX = 11;
/** "Mentioned together" lines: grey, never a relation colour; darker when named together in more sentences. */
const CO_MENTION_COLOUR = '#7f8a96';

/** Device pixels per CSS pixel of a context's current transform. */
const deviceScale = (g: CanvasRenderingContext2D): number => g.getTransform().a || 1;

/** What tests, the benchmark and curious users can ask the overview (`window.kgViewer.overview`). */
export interface OverviewProbe {
  /** Where an entity (or a relation's midpoint) is drawn, in CSS pixels from the canvas's top left. */
  screenPoint(id: string): Point | undefined;
  /** Whether the legend's ticks leave the element shown. */
  isShown(id: string): boolean;
  /** True while the view is moving to a selection. */
  animating: boolean;
  /** What the last frame drew, and how long it took. */
  lastFrame: { nodes: number; edges: number; labels: number; ms: number; co: number };
}

export interface OverviewOptions {
  /** Entity indexes by id and relation ends (shared with the filters). */
  graph: GraphIndex;
  /** Skip relations and labels while the view moves. */
  lod: boolean;
  hoverFocus: boolean;
  /** A click on an entity or relation (or on nothing: undefined). */
  pick: (picked: { kind: 'node' | 'edge'; id: string } | undefined) => void;
}

export function overviewView(container: HTMLElement, data: PageData, options: OverviewOptions): GraphView & { probe: OverviewProbe } {
  const { nodes, edges } = data;
  const { nodeIndex, source, target } = options.graph;
  const edgeIndex = new Map(edges.map((e, i) => [e.id, i]));
  const layout: Layout = {
    x: Float64Array.from(nodes, (n) => n.x ?? 0),
    y: Float64Array.from(nodes, (n) => n.y ?? 0),
    size: Float64Array.from(nodes, (n) => n.size),
    source,
    target,
  };
  const nodeShape: NodeShape[] = nodes.map((n) => ENTITY_LOOK[n.type].shape);
  const edgeType = Uint8Array.from(edges, (e) => PAGE_RELATION_TYPES.indexOf(e.type));
  const edgeDashed = Uint8Array.from(edges, (e) => (e.modality === 'asserted' ? 0 : 1));
  const edgeWidth = Float64Array.from(edges, (e) => relationWidth(e.evidence.length));
  const bySizeDesc = Int32Array.from(nodes.keys()).sort((a, b) => layout.size[b]! - layout.size[a]! || a - b);
  const incident: number[][] = nodes.map(() => []);
  edges.forEach((_, i) => {
    incident[layout.source[i]!]!.push(i);
    incident[layout.target[i]!]!.push(i);
  });
  const names = nodes.map((n) => (n.name.length > 40 ? `${n.name.slice(0, 39)}…` : n.name));
  const coPairs = data.coMentions.length / 4;
  const coSource = Int32Array.from({ length: coPairs }, (_, k) => data.coMentions[4 * k]!);
  const coTarget = Int32Array.from({ length: coPairs }, (_, k) => data.coMentions[4 * k + 1]!);
  const coStrong = Uint8Array.from({ length: coPairs }, (_, k) => (data.coMentions[4 * k + 2]! >= 3 ? 1 : 0));

  let nodeColour: string[] = nodes.map((n) => ENTITY_LOOK[n.type].color);
  let shown: Pick<Visibility, 'nodes' | 'edges' | 'co'> = { nodes: new Uint8Array(nodes.length).fill(1), edges: new Uint8Array(edges.length).fill(1), co: new Uint8Array(coPairs) };

  // --- canvas -----------------------------------------------------------------------------------
  const canvas = document.createElement('canvas');
  canvas.className = 'overview';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Graph of ${nodes.length} entities and ${edges.length} relations`);
  Object.assign(canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', touchAction: 'none', cursor: 'grab' });
  container.append(canvas);
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('this browser cannot draw on a canvas');
  const ctx = context;
  let width = 0;
  let height = 0;
  let ratio = 1;
  const measure = () => {
    width = container.clientWidth;
    height = container.clientHeight;
    ratio = Math.min(window.devicePixelRatio || 1, 2);
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
  };
  measure();

  let viewport: Viewport = { zoom: 1, pan: { x: 0, y: 0 } };
  let zoomLimits = { min: 0.01, max: MAX_ZOOM };

  // --- focus: the selection, or the hovered entity, with its neighbourhood ----------------------------
  interface Focus {
    nodes: Uint8Array;
    edges: Uint8Array;
    selectedNodes: Set<number>;
    selectedEdges: Set<number>;
  }
  const focusOf = (nodeIds: number[], edgeIds: number[]): Focus | undefined => {
    if (!nodeIds.length && !edgeIds.length) return undefined;
    const f: Focus = { nodes: new Uint8Array(nodes.length), edges: new Uint8Array(edges.length), selectedNodes: new Set(nodeIds), selectedEdges: new Set(edgeIds) };
    for (const i of nodeIds) {
      f.nodes[i] = 1;
      for (const e of incident[i]!) {
        f.edges[e] = 1;
        f.nodes[layout.source[e]!] = 1;
        f.nodes[layout.target[e]!] = 1;
      }
    }
    for (const e of edgeIds) {
      f.edges[e] = 1;
      f.nodes[layout.source[e]!] = 1;
      f.nodes[layout.target[e]!] = 1;
    }
    return f;
  };
  let selectionFocus: Focus | undefined;
  let hovered = -1;
  let hoverFocus: Focus | undefined;

  // --- drawing ----------------------------------------------------------------------------------------
  const probe: OverviewProbe = {
    screenPoint(id) {
      const i = nodeIndex.get(id);
      if (i !== undefined) return toScreen(viewport, layout.x[i]!, layout.y[i]!);
      const e = edgeIndex.get(id);
      if (e === undefined) return undefined;
      const [a, b] = [layout.source[e]!, layout.target[e]!];
      return toScreen(viewport, (layout.x[a]! + layout.x[b]!) / 2, (layout.y[a]! + layout.y[b]!) / 2);
    },
    isShown(id) {
      const i = nodeIndex.get(id);
      if (i !== undefined) return shown.nodes[i] === 1;
      const e = edgeIndex.get(id);
      return e !== undefined && shown.edges[e] === 1;
    },
    animating: false,
    lastFrame: { nodes: 0, edges: 0, labels: 0, ms: 0, co: 0 },
  };

  const sx = new Float64Array(nodes.length);
  const sy = new Float64Array(nodes.length);
  const sr = new Float64Array(nodes.length);

  const nodePath = (g: CanvasRenderingContext2D, shape: NodeShape, x: number, y: number, r: number) => {
    switch (shape) {
      case 'ellipse':
        g.moveTo(x + r, y);
        g.arc(x, y, r, 0, 2 * Math.PI);
        break;
      case 'round-rectangle':
        g.rect(x - r, y - r * 0.85, 2 * r, 1.7 * r);
        break;
      case 'diamond':
        g.moveTo(x, y - r);
        g.lineTo(x + r, y);
        g.lineTo(x, y + r);
        g.lineTo(x - r, y);
        g.closePath();
        break;
      case 'triangle':
        g.moveTo(x, y - r);
        g.lineTo(x + r, y + r * 0.85);
        g.lineTo(x - r, y + r * 0.85);
        g.closePath();
        break;
    }
  };

  const onScreen = (i: number, w: number, h: number) => sx[i]! + sr[i]! >= 0 && sy[i]! + sr[i]! >= 0 && sx[i]! - sr[i]! <= w && sy[i]! - sr[i]! <= h;

  /** Draws the graph onto `g` (CSS-pixel coordinates) as seen through `v`; returns what it drew. */
  /** `light`: a frame drawn while the view moves, without what costs most (relations, names). */
  const paint = (g: CanvasRenderingContext2D, v: Viewport, w: number, h: number, light: boolean, labelBudget: number): OverviewProbe['lastFrame'] => {
    const started = performance.now();
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, w, h);
    for (let i = 0; i < nodes.length; i++) {
      sx[i] = layout.x[i]! * v.zoom + v.pan.x;
      sy[i] = layout.y[i]! * v.zoom + v.pan.y;
      sr[i] = screenRadius(layout.size[i]!, v.zoom);
    }
    const focus = hoverFocus ?? selectionFocus;
    let drawnEdges = 0;
    let drawnNodes = 0;
    let drawnCo = 0;
    let labels = 0;
    const offScreen = (a: number, b: number) => (sx[a]! < 0 && sx[b]! < 0) || (sy[a]! < 0 && sy[b]! < 0) || (sx[a]! > w && sx[b]! > w) || (sy[a]! > h && sy[b]! > h);

    // Co-mentions under everything, in grey hairlines: two paths, weak and strong.
    if (!light && coPairs) {
      const lists: number[][] = [[], []];
      for (let k = 0; k < coPairs; k++) if (shown.co[k] && !offScreen(coSource[k]!, coTarget[k]!)) lists[coStrong[k]!]!.push(k);
      g.lineWidth = 1 / deviceScale(g);
      g.strokeStyle = CO_MENTION_COLOUR;
      lists.forEach((list, strong) => {
        if (!list.length) return;
        g.globalAlpha = (focus ? 0.05 : 0.22) * (strong ? 2 : 1);
        g.beginPath();
        for (const k of list) {
          g.moveTo(sx[coSource[k]!]!, sy[coSource[k]!]!);
          g.lineTo(sx[coTarget[k]!]!, sy[coTarget[k]!]!);
        }
        g.stroke();
        drawnCo += list.length;
      });
      g.globalAlpha = 1;
    }

    // Relations: one path per relation type and line style.
    if (!light) {
      const buckets = new Map<number, number[]>();
      for (let e = 0; e < edges.length; e++) {
        if (!shown.edges[e] || focus?.edges[e]) continue;
        if (offScreen(layout.source[e]!, layout.target[e]!)) continue;
        const key = edgeType[e]! * 2 + edgeDashed[e]!;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(e);
        else buckets.set(key, [e]);
      }
      g.globalAlpha = focus ? 0.07 : 0.55;
      // One device pixel: canvases draw hairlines on a fast path, any wider line costs many times more.
      g.lineWidth = 1 / deviceScale(g);
      for (const [key, list] of buckets) {
        g.strokeStyle = RELATION_COLOR[PAGE_RELATION_TYPES[key >> 1]!];
        g.setLineDash(key & 1 ? [5, 4] : []);
        g.beginPath();
        for (const e of list) {
          g.moveTo(sx[layout.source[e]!]!, sy[layout.source[e]!]!);
          g.lineTo(sx[layout.target[e]!]!, sy[layout.target[e]!]!);
        }
        g.stroke();
        drawnEdges += list.length;
      }
      g.setLineDash([]);
    }

    // Entities: one path per colour and shape.
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < nodes.length; i++) {
      if (!shown.nodes[i] || focus?.nodes[i] || !onScreen(i, w, h)) continue;
      const key = `${nodeColour[i]}|${nodeShape[i]}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    g.globalAlpha = focus ? 0.18 : 1;
    g.strokeStyle = '#ffffff';
    g.lineWidth = 1;
    for (const [key, list] of buckets) {
      const [colour, shape] = key.split('|') as [string, NodeShape];
      g.fillStyle = colour;
      g.beginPath();
      // Below a few pixels no shape can be told apart, and squares cost half as much as discs.
      for (const i of list) nodePath(g, sr[i]! < TINY_RADIUS ? 'round-rectangle' : shape, sx[i]!, sy[i]!, sr[i]!);
      g.fill();
      if (v.zoom > 0.25) g.stroke(); // outlines separate touching entities once they are big enough to touch
      drawnNodes += list.length;
    }
    g.globalAlpha = 1;

    if (!focus && !light) {
      const place = labelPlacer();
      const named = new Set<number>();
      for (const i of labelledNodes(layout, shown.nodes, bySizeDesc, fontSize, v, { width: w, height: h }, { budget: labelBudget })) {
        named.add(i);
        if (label(g, i, fontSize(layout.size[i]!) * v.zoom, place)) labels++;
      }
      // The most important entities on screen are named at any zoom, so the first view says who the story is about.
      for (let k = 0, tried = 0; k < bySizeDesc.length && tried < ALWAYS_NAMED; k++) {
        const i = bySizeDesc[k]!;
        if (!shown.nodes[i] || named.has(i) || !onScreen(i, w, h)) continue;
        tried++;
        if (label(g, i, Math.max(MIN_NAME_PX, fontSize(layout.size[i]!) * v.zoom), place)) labels++;
      }
    }
    if (focus) {
      const f = focus;
      // The selection's co-mentions, grey and dashed under its relations: named together, not a fact.
      g.strokeStyle = CO_MENTION_COLOUR;
      g.lineWidth = 1.5;
      g.setLineDash([3, 3]);
      g.beginPath();
      for (let k = 0; k < coPairs; k++)
        if (shown.co[k] && (f.selectedNodes.has(coSource[k]!) || f.selectedNodes.has(coTarget[k]!))) {
          g.moveTo(sx[coSource[k]!]!, sy[coSource[k]!]!);
          g.lineTo(sx[coTarget[k]!]!, sy[coTarget[k]!]!);
        }
      g.stroke();
      g.setLineDash([]);
      const focusEdges: number[] = [];
      for (let e = 0; e < edges.length; e++) if (f.edges[e] && shown.edges[e]) focusEdges.push(e);
      for (const e of focusEdges) focusEdge(g, e, v, f.selectedEdges.has(e));
      const focusNodes: number[] = [];
      for (let i = 0; i < nodes.length; i++) if (f.nodes[i] && shown.nodes[i]) focusNodes.push(i);
      for (const i of focusNodes) {
        g.fillStyle = nodeColour[i]!;
        g.beginPath();
        nodePath(g, nodeShape[i]!, sx[i]!, sy[i]!, sr[i]!);
        g.fill();
        g.lineWidth = f.selectedNodes.has(i) ? 3 : 1.5;
        g.strokeStyle = f.selectedNodes.has(i) ? '#111111' : '#ffffff';
        g.stroke();
      }
      // Names first (the selection's, then the biggest), relation labels where room is left.
      const place = labelPlacer();
      const named = focusNodes.sort((a, b) => Number(f.selectedNodes.has(b)) - Number(f.selectedNodes.has(a)) || layout.size[b]! - layout.size[a]!).slice(0, labelBudget);
      for (const i of named) if (label(g, i, Math.max(11, fontSize(layout.size[i]!) * v.zoom), place)) labels++;
      for (const e of focusEdges.slice(0, labelBudget)) edgeLabel(g, e, place);
      [drawnEdges, drawnNodes] = [drawnEdges + focusEdges.length, drawnNodes + focusNodes.length];
    }
    return { nodes: drawnNodes, edges: drawnEdges, labels, ms: performance.now() - started, co: drawnCo };
  };

  /** Draws entity i's name under it, unless it would cover a name already drawn; says whether it drew. */
  const label = (g: CanvasRenderingContext2D, i: number, px: number, place: (box: Box) => boolean): boolean => {
    const size = Math.round(px);
    g.font = `${size}px ${FONT}`;
    const y = sy[i]! + sr[i]! + 3;
    const width = g.measureText(names[i]!).width;
    if (!place({ x: sx[i]! - width / 2 - 2, y, width: width + 4, height: size + 2 })) return false;
    g.textAlign = 'center';
    g.textBaseline = 'top';
    g.lineJoin = 'round';
    g.lineWidth = 3;
    g.strokeStyle = 'rgba(255,255,255,0.9)';
    g.strokeText(names[i]!, sx[i]!, y);
    g.fillStyle = '#1d2733';
    g.fillText(names[i]!, sx[i]!, y);
    return true;
  };

  const focusEdge = (g: CanvasRenderingContext2D, e: number, v: Viewport, selected: boolean) => {
    const [a, b] = [layout.source[e]!, layout.target[e]!];
    const colour = RELATION_COLOR[PAGE_RELATION_TYPES[edgeType[e]!]!];
    const [dx, dy] = [sx[b]! - sx[a]!, sy[b]! - sy[a]!];
    const length = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / length, dy / length];
    const directed = !edges[e]!.symmetric;
    const arrow = directed ? Math.max(6, Math.min(12, 9 * v.zoom)) : 0;
    // Stop at the target's edge, so the arrow head shows.
    const [tx, ty] = [sx[b]! - ux * sr[b]!, sy[b]! - uy * sr[b]!];
    g.strokeStyle = colour;
    g.fillStyle = colour;
    g.lineWidth = selected ? 5 : Math.min(6, Math.max(1.5, edgeWidth[e]! * v.zoom));
    g.setLineDash(edgeDashed[e] ? [6, 4] : []);
    g.beginPath();
    g.moveTo(sx[a]!, sy[a]!);
    g.lineTo(tx - ux * arrow * 0.8, ty - uy * arrow * 0.8);
    g.stroke();
    g.setLineDash([]);
    if (directed) {
      g.beginPath();
      g.moveTo(tx, ty);
      g.lineTo(tx - ux * arrow - uy * arrow * 0.55, ty - uy * arrow + ux * arrow * 0.55);
      g.lineTo(tx - ux * arrow + uy * arrow * 0.55, ty - uy * arrow - ux * arrow * 0.55);
      g.closePath();
      g.fill();
    }
  };

  const edgeLabel = (g: CanvasRenderingContext2D, e: number, place: (box: Box) => boolean) => {
    const [a, b] = [layout.source[e]!, layout.target[e]!];
    const [mx, my] = [(sx[a]! + sx[b]!) / 2, (sy[a]! + sy[b]!) / 2];
    const text = PAGE_RELATION_TYPES[edgeType[e]!]!;
    g.font = `10px ${FONT}`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    const w = g.measureText(text).width + 4;
    if (!place({ x: mx - w / 2, y: my - 7, width: w, height: 14 })) return;
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.fillRect(mx - w / 2, my - 7, w, 14);
    g.fillStyle = '#4a5560';
    g.fillText(text, mx, my);
  };

  // --- frames ---------------------------------------------------------------------------------------
  let moving = false;
  let fullFrameMs = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const draw = () => {
    frame = 0;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Level of detail only when full frames are too slow to follow the pointer (about 30 fps).
    const light = moving && options.lod && fullFrameMs > 30;
    probe.lastFrame = paint(ctx, viewport, width, height, light, 300);
    if (!light) fullFrameMs = probe.lastFrame.ms;
  };
  const redraw = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const settleSoon = () => {
    moving = true;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      moving = false;
      redraw();
    }, SETTLE_MS);
  };

  let animation = 0;
  const animateTo = (target: Viewport, duration = 250) => {
    cancelAnimationFrame(animation);
    const from = viewport;
    const started = performance.now();
    probe.animating = true;
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / duration);
      const k = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      viewport = { zoom: from.zoom + (target.zoom - from.zoom) * k, pan: { x: from.pan.x + (target.pan.x - from.pan.x) * k, y: from.pan.y + (target.pan.y - from.pan.y) * k } };
      draw();
      if (t < 1) animation = requestAnimationFrame(step);
      else probe.animating = false;
    };
    animation = requestAnimationFrame(step);
  };

  const fitTo = (indices: Iterable<number>, maxZoom: number): Viewport | undefined => {
    const fit = fitViewport([...indices].map((i) => nodes[i]!), width, height, 40);
    return fit && { zoom: Math.min(fit.zoom, maxZoom), pan: fit.zoom > maxZoom ? centreOf(fit, maxZoom) : fit.pan };
  };
  /** The same centre as `fit`, at another zoom. */
  const centreOf = (fit: Viewport, zoom: number) => {
    const c = toGraph(fit, width / 2, height / 2);
    return centreAt(c, { x: width / 2, y: height / 2 }, zoom).pan;
  };

  // --- pointer --------------------------------------------------------------------------------------
  let press: { x: number; y: number; pan: Point; dragging: boolean } | undefined;
  const local = (event: MouseEvent): Point => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    canvas.setPointerCapture(event.pointerId);
    const p = local(event);
    press = { ...p, pan: viewport.pan, dragging: false };
    cancelAnimationFrame(animation);
    probe.animating = false;
  });
  canvas.addEventListener('pointermove', (event) => {
    const p = local(event);
    if (press) {
      if (!press.dragging && Math.hypot(p.x - press.x, p.y - press.y) < CLICK_SLOP) return;
      press.dragging = true;
      canvas.style.cursor = 'grabbing';
      viewport = { zoom: viewport.zoom, pan: { x: press.pan.x + p.x - press.x, y: press.pan.y + p.y - press.y } };
      settleSoon();
      redraw();
      return;
    }
    const over = nodeAt(layout, shown.nodes, viewport, p);
    canvas.style.cursor = over >= 0 ? 'pointer' : 'grab';
    if (options.hoverFocus && over !== hovered) {
      hovered = over;
      hoverFocus = over >= 0 ? focusOf([over], []) : undefined;
      redraw();
    }
  });
  canvas.addEventListener('pointerup', (event) => {
    const wasDrag = press?.dragging;
    press = undefined;
    canvas.style.cursor = 'grab';
    if (wasDrag) return;
    const p = local(event);
    const node = nodeAt(layout, shown.nodes, viewport, p);
    if (node >= 0) return options.pick({ kind: 'node', id: nodes[node]!.id });
    const edge = edgeAt(layout, shown.edges, viewport, p);
    options.pick(edge >= 0 ? { kind: 'edge', id: edges[edge]!.id } : undefined);
  });
  canvas.addEventListener('pointerleave', () => {
    if (hovered < 0) return;
    hovered = -1;
    hoverFocus = undefined;
    redraw();
  });
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? height : 1;
      viewport = zoomAbout(viewport, Math.exp(-event.deltaY * lines * 0.0015), local(event), zoomLimits);
      settleSoon();
      redraw();
    },
    { passive: false },
  );
  // The keyboard moves the view too: arrows pan, + and - zoom about the centre, Escape clears the selection.
  canvas.tabIndex = 0;
  canvas.addEventListener('keydown', (event) => {
    const step = 60;
    const pans: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const zooms: Record<string, number> = { '+': 1.25, '=': 1.25, '-': 0.8, _: 0.8 };
    if (event.key === 'Escape') options.pick(undefined);
    else if (pans[event.key]) {
      const [dx, dy] = pans[event.key]!;
      viewport = { zoom: viewport.zoom, pan: { x: viewport.pan.x + dx, y: viewport.pan.y + dy } };
    } else if (zooms[event.key]) viewport = zoomAbout(viewport, zooms[event.key]!, { x: width / 2, y: height / 2 }, zoomLimits);
    else return;
    event.preventDefault();
    redraw();
  });
  new ResizeObserver(() => {
    measure();
    draw();
  }).observe(container);

  const everyNode = () => nodes.keys();
  const shownNodes = function* () {
    for (let i = 0; i < nodes.length; i++) if (shown.nodes[i]) yield i;
  };

  return {
    probe,
    size: () => ({ width, height }),
    centreOn(id, minZoom, coveredRight) {
      const at = probe.screenPoint(id);
      if (!at) return;
      const zoom = Math.min(zoomLimits.max, Math.max(viewport.zoom, minZoom));
      animateTo(centreAt(toGraph(viewport, at.x, at.y), { x: (width - coveredRight) / 2, y: height / 2 }, zoom));
    },
    fitAll() {
      // The shown part first (the connected story), but zooming out must still reach everything.
      const whole = fitTo(everyNode(), MAX_START_ZOOM);
      const fit = shown.nodes.some((x) => x === 1) ? fitTo(shownNodes(), MAX_START_ZOOM) : whole;
      if (!fit || !whole) return;
      viewport = fit;
      zoomLimits = { min: Math.min(whole.zoom / 4, fit.zoom / 4, 0.5), max: MAX_ZOOM };
      redraw();
    },
    fitShown() {
      const fit = fitTo(shownNodes(), MAX_ZOOM);
      if (fit) animateTo(fit);
    },
    show(visibility: Visibility) {
      shown = visibility;
      if (hovered >= 0 && !shown.nodes[hovered]) [hovered, hoverFocus] = [-1, undefined];
      redraw();
    },
    focusSelection(ids) {
      const nodeIds = ids.map((id) => nodeIndex.get(id)).filter((i): i is number => i !== undefined);
      const edgeIds = ids.map((id) => edgeIndex.get(id)).filter((i): i is number => i !== undefined);
      selectionFocus = focusOf(nodeIds, edgeIds);
      redraw();
    },
    colourBy(by: ColourBy) {
      nodeColour = nodes.map((n) => (by === 'type' ? ENTITY_LOOK[n.type].color : communityColour(n.community)));
      redraw();
    },
    png() {
      // The whole graph (what the filters leave), at up to 4,000 pixels on its longer side.
      const all = [...shownNodes()].map((i) => nodes[i]!);
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const n of all) [x1, y1, x2, y2] = [Math.min(x1, n.x ?? 0), Math.min(y1, n.y ?? 0), Math.max(x2, n.x ?? 0), Math.max(y2, n.y ?? 0)];
      const aspect = Number.isFinite(x1) ? Math.max(0.25, Math.min(4, (x2 - x1 + 1) / (y2 - y1 + 1))) : 1;
      const [w, h] = aspect >= 1 ? [4000, Math.round(4000 / aspect)] : [Math.round(4000 * aspect), 4000];
      const out = document.createElement('canvas');
      [out.width, out.height] = [w, h];
      const g = out.getContext('2d', { alpha: false })!;
      const v = fitViewport(all, w, h, 40) ?? viewport;
      paint(g, v, w, h, false, 2000);
      draw(); // paint() reused the screen-position buffers: put the screen's frame back
      return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
    },
  };
}
