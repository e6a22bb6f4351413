/**
 * The Cytoscape stylesheet: shape and colour by entity type (or by community), size by importance,
 * edges coloured and labelled by relation, arrows only on directed relations, dashes for facts that
 * are only planned or hypothetical. Colours and shapes travel in element data (elements.ts), so the
 * stylesheet has few selectors: Cytoscape matches every selector against every element, and that
 * matching is most of the cost of drawing and filtering a big graph. Large graphs also drop what
 * costs most to draw (curved edges, edge labels, label outlines).
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

export function stylesheet({ colourBy, large }: StyleOptions): cytoscape.StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)' as cytoscape.Css.NodeShape,
        'background-color': colourBy === 'type' ? 'data(colour)' : 'data(communityColour)',
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 'data(fontSize)',
        'font-weight': 500,
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'min-zoomed-font-size': large ? 8 : 6,
        ...(large ? {} : { 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9 }),
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'data(arrow)' as cytoscape.Css.ArrowShape,
        'line-style': 'data(line)' as cytoscape.Css.LineStyle,
        'arrow-scale': 0.9,
        'curve-style': large ? 'straight' : 'bezier',
        opacity: 0.85,
        ...(large
          ? {}
          : {
              label: 'data(type)',
              'font-size': 9,
              'font-family': FONT,
              color: '#4a5560',
              'text-rotation': 'autorotate',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '1px',
              'min-zoomed-font-size': 8,
            }),
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.07 } },
    { selector: 'node.focus', style: { 'z-index': 10 } },
    { selector: 'edge.focus', style: { opacity: 1, 'z-index': 9 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', 'z-index': 20 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, 'z-index': 20 } },
  ] as cytoscape.StylesheetStyle[];
}
