/** Page data → Cytoscape elements. Only what drawing and filtering need goes into element data. */
import type cytoscape from 'cytoscape';
import type { PageData } from '../types.js';
import { communityColour } from './cy-style.js';

export function toElements(data: PageData): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = [];
  for (const n of data.nodes) {
    const el: cytoscape.ElementDefinition = {
      group: 'nodes',
      data: { id: n.id, name: n.name, type: n.type, size: n.size, community: n.community, communityColour: communityColour(n.community) },
    };
    if (n.x !== undefined && n.y !== undefined) el.position = { x: n.x, y: n.y };
    elements.push(el);
  }
  for (const e of data.edges)
    elements.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, symmetric: e.symmetric, modality: e.modality, weight: e.evidence.length },
    });
  return elements;
}
