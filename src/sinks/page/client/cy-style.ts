/**
 * The Cytoscape stylesheet: shape and colour by entity type (or by community), size by importance,
 * edges coloured and labelled by relation, arrows only on directed relations, dashes for facts that
 * are only planned or hypothetical. Colours and shapes travel in element data (elements.ts), so the
 * stylesheet has few selectors: Cytoscape matches every selector against every element, and that
 * matching is most of the cost of drawing and filtering a big graph.
 *
 * Large graphs get level of detail: in the overview edges are plain straight lines (haystack) with
 * no arrow or label, which are invisible at that zoom anyway and cost most to draw; the focused
 * neighbourhood (selection or hover) gets its arrows and labels back. Node labels appear once they
 * are big enough on screen to read.
 */
import type cytoscape from 'cytoscape';
import { COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR } from '../palette.js';

export type ColourBy = 'type' | 'community';

export interface StyleOptions {
  colourBy: ColourBy;
  /** Cheaper drawing for big graphs. */
  large: boolean;
}

export const communityColour = (community: number): string => COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;

const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/** An edge with its direction and relation shown. */
const DETAILED_EDGE = {
  width: 'data(width)',
  'line-color': 'data(colour)',
  'target-arrow-color': 'data(colour)',
  'target-arrow-shape': 'data(arrow)',
  'line-style': 'data(line)',
  'arrow-scale': 0.9,
  'curve-style': 'bezier',
  label: 'data(type)',
  'font-size': 9,
  'font-family': FONT,
  color: '#4a5560',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
  'min-zoomed-font-size': 8,
};

export function stylesheet({ colourBy, large }: StyleOptions): cytoscape.StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)' as cytoscape.Css.NodeShape,
        'background-color': colourBy === 'type' ? 'data(colour)' : 'data(communityColour)',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 'data(fontSize)',
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'min-zoomed-font-size': large ? 8 : 6,
        // Every property costs time on every element: big graphs go without the finishing touches.
        ...(large
          ? {}
          : {
              'border-width': 1.5,
              'border-color': '#ffffff',
              'font-weight': 500,
              'text-wrap': 'ellipsis',
              'text-max-width': '160px',
              'text-outline-color': '#ffffff',
              'text-outline-width': 2,
              'text-outline-opacity': 0.9,
            }),
      },
    },
    {
      selector: 'edge',
      style: large
        ? { width: 'data(width)', 'line-color': 'data(colour)', 'line-style': 'data(line)', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.7 }
        : { ...DETAILED_EDGE, opacity: 0.85 },
    },
    { selector: 'edge.comention', style: { label: '', opacity: 0.55, 'target-arrow-shape': 'none', 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.07 } },
    { selector: 'node.focus', style: { 'z-index': 10 } },
    { selector: 'edge.focus', style: large ? { ...DETAILED_EDGE, opacity: 1, 'z-index': 9 } : { opacity: 1, 'z-index': 9 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', 'z-index': 20 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, 'z-index': 20 } },
  ] as cytoscape.StylesheetStyle[];
}
