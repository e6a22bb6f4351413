/**
 * The Cytoscape stylesheet: shape and colour by entity type (or by community), size by importance,
 * edges coloured and labelled by relation, arrows only on directed relations, dashes for facts that
 * are only planned or hypothetical. Large graphs drop what costs most to draw (curved edges, edge
 * labels, label outlines), and labels only show once they are big enough on screen to read.
 */
import type cytoscape from 'cytoscape';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../model.js';
import { COMMUNITY_COLORS, ENTITY_LOOK, OTHER_COMMUNITY_COLOR, RELATION_COLOR } from '../palette.js';

export type ColourBy = 'type' | 'community';

export interface StyleOptions {
  colourBy: ColourBy;
  /** Cheaper drawing for big graphs. */
  large: boolean;
}

export const communityColour = (community: number): string => COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;

export function stylesheet({ colourBy, large }: StyleOptions): cytoscape.StylesheetStyle[] {
  const style: cytoscape.StylesheetStyle[] = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#888',
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: 'data(name)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': large ? 'mapData(size, 18, 56, 9, 14)' : 'mapData(size, 18, 56, 11, 15)',
        'font-weight': 500,
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'min-zoomed-font-size': large ? 9 : 6,
        ...(large
          ? {}
          : { 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9 }),
      },
    },
    ...ENTITY_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { shape: ENTITY_LOOK[t].shape, ...(colourBy === 'type' ? { 'background-color': ENTITY_LOOK[t].color } : {}) },
    })),
    ...(colourBy === 'community' ? [{ selector: 'node', style: { 'background-color': 'data(communityColour)' } }] : []),
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 6, 1.4, 4)',
        'line-color': '#999',
        'target-arrow-color': '#999',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': large ? 'straight' : 'bezier',
        opacity: 0.85,
        ...(large
          ? {}
          : {
              label: 'data(type)',
              'font-size': 9,
              'font-family': 'system-ui, "DejaVu Sans", sans-serif',
              color: '#4a5560',
              'text-rotation': 'autorotate',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '1px',
              'min-zoomed-font-size': 8,
            }),
      },
    },
    ...RELATION_TYPES.map((t) => ({
      selector: `edge[type = "${t}"]`,
      style: { 'line-color': RELATION_COLOR[t], 'target-arrow-color': RELATION_COLOR[t] },
    })),
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[modality != "asserted"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.07 } },
    { selector: 'node.focus', style: { 'z-index': 10 } },
    { selector: 'edge.focus', style: { opacity: 1, width: 'mapData(weight, 1, 6, 2.4, 5)', 'z-index': 9 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', 'z-index': 20 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, 'z-index': 20 } },
  ];
  return style;
}
