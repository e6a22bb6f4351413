/**
 * How each entity and relation type looks, in one place: the page's stylesheet and legend and the
 * exports' colours (GEXF viz) all read it, so Gephi shows the same colours as the page.
 * Colours are Tableau 10, chosen for telling categories apart, including by most colour-blind readers.
 */
import type { EntityType, RelationType } from '../../model.js';

/** Cytoscape node shapes; each also has an SVG twin in the legend. */
export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'triangle';

export const ENTITY_LOOK: Readonly<Record<EntityType, { color: string; shape: NodeShape }>> = {
  Person: { color: '#4e79a7', shape: 'ellipse' },
  Country: { color: '#e15759', shape: 'round-rectangle' },
  Organization: { color: '#59a14f', shape: 'diamond' },
  Location: { color: '#f28e2b', shape: 'triangle' },
};

export const RELATION_COLOR: Readonly<Record<RelationType, string>> = {
  MET: '#4e79a7',
  VISITED: '#f28e2b',
  ACCUSED: '#e15759',
  PLEDGED: '#59a14f',
  URGED: '#b07aa1',
  SUPPORTS: '#76b7b2',
  ANNEXED: '#9c755f',
  HOLDS_ROLE: '#edc948',
  LOCATED_IN: '#8c8c8c',
};

/** Community colours, largest community first; smaller communities share the last, neutral one. */
/**
 * The vocabulary in its model order, for the page's legend. Taken from the keys above rather than
 * from model.ts, whose zod schemas would otherwise be bundled into every page (450 KB).
 */
export const PAGE_ENTITY_TYPES = Object.keys(ENTITY_LOOK) as EntityType[];
export const PAGE_RELATION_TYPES = Object.keys(RELATION_COLOR) as RelationType[];

export const COMMUNITY_COLORS: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f',
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22',
];
export const OTHER_COMMUNITY_COLOR = '#bab0ac';
