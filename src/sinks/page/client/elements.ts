/**
 * Page data → Cytoscape elements. Element data carries what drawing needs already resolved
 * (colour, shape, font size, arrow, dash), so the stylesheet can stay a handful of selectors.
 */
import type cytoscape from 'cytoscape';
import { ENTITY_LOOK, RELATION_COLOR } from '../palette.js';
import type { PageData } from '../types.js';
import { communityColour } from './cy-style.js';

/** Font size grows with node size: important entities are also easier to read. */
export const fontSize = (size: number): number => Math.round(10 + ((size - 18) / (56 - 18)) * 5);

/** Line width grows with the evidence behind a relation: a fact read in many sentences stands out. */
export const relationWidth = (evidenceCount: number): number => Math.min(4, 1.2 + 0.6 * (evidenceCount - 1));

/** The starting view never zooms in further than this: a tiny graph is not blown up to fill the window. */
export const MAX_START_ZOOM = 1.6;

export function toElements(data: PageData): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = [];
  for (const n of data.nodes) {
    const look = ENTITY_LOOK[n.type];
    const el: cytoscape.ElementDefinition = {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.name,
        type: n.type,
        size: n.size,
        fontSize: fontSize(n.size),
        colour: look.color,
        shape: look.shape,
        communityColour: communityColour(n.community),
      },
    };
    if (n.x !== undefined && n.y !== undefined) el.position = { x: n.x, y: n.y };
    elements.push(el);
  }
  for (const e of data.edges)
    elements.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        colour: RELATION_COLOR[e.type],
        arrow: e.symmetric ? 'none' : 'triangle',
        line: e.modality === 'asserted' ? 'solid' : 'dashed',
        width: relationWidth(e.evidence.length),
      },
    });
  return elements;
}

/**
 * The viewport that shows every node, from positions alone. Cytoscape's own fit measures every
 * label and edge first, which takes seconds on a big graph; this takes a loop.
 */
export function fitViewport(
  nodes: readonly { x?: number; y?: number; size: number }[],
  width: number,
  height: number,
  padding: number,
): { zoom: number; pan: { x: number; y: number } } | undefined {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    if (n.x === undefined || n.y === undefined) return undefined;
    const r = n.size / 2;
    [x1, y1, x2, y2] = [Math.min(x1, n.x - r), Math.min(y1, n.y - r), Math.max(x2, n.x + r), Math.max(y2, n.y + r + 16)];
  }
  if (!Number.isFinite(x1)) return undefined;
  const zoom = Math.min((width - 2 * padding) / Math.max(x2 - x1, 1), (height - 2 * padding) / Math.max(y2 - y1, 1));
  return { zoom, pan: { x: width / 2 - ((x1 + x2) / 2) * zoom, y: height / 2 - ((y1 + y2) / 2) * zoom } };
}
