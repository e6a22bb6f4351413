/**
 * The graph drawn by Cytoscape.js itself: every detail (curved edges, arrows, labels, outlines), used
 * for graphs small enough for it to draw quickly, or on request (`?renderer=cytoscape|webgl`).
 */
import type cytoscape from 'cytoscape';
import type { PageNode } from '../types.js';
import { stylesheet, type ColourBy } from './cy-style.js';
import { fitViewport, MAX_START_ZOOM } from './elements.js';
import { focusOn } from './focus.js';
import type { GraphView, ShownTypes } from './view.js';

export function cytoscapeView(cy: cytoscape.Core, nodes: readonly PageNode[], options: { large: boolean; hoverFocus: boolean }): GraphView {
  const fadeOthers = !options.large;
  // Members of each type, found once: filtering then only toggles a class on them.
  const lists = new Map<string, cytoscape.SingularElementArgument[]>();
  cy.elements().forEach((e) => {
    const t = e.data('type') as string;
    const list = lists.get(t);
    if (list) list.push(e);
    else lists.set(t, [e]);
  });
  const byType = new Map([...lists].map(([t, list]) => [t, cy.collection(list as unknown as cytoscape.CollectionArgument)]));
  if (options.hoverFocus) {
    cy.on('mouseover', 'node', (e) => focusOn(cy, cy.$id((e.target as cytoscape.NodeSingular).id()), fadeOthers));
    cy.on('mouseout', 'node', () => focusOn(cy, cy.elements(':selected'), fadeOthers));
  }
  return {
    size: () => ({ width: cy.width(), height: cy.height() }),
    centreOn(id, minZoom, coveredRight) {
      const target = cy.getElementById(id);
      if (target.empty()) return;
      const zoom = Math.max(cy.zoom(), minZoom);
      const at = target.isNode() ? target.position() : (target as unknown as { midpoint(): cytoscape.Position }).midpoint();
      const pan = { x: (cy.width() - coveredRight) / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom };
      cy.stop(true).animate({ pan, zoom }, { duration: 250 });
    },
    fitAll() {
      // Cytoscape's own fit measures every label and edge first (seconds on a big graph); positions
      // computed at build time give the answer from a loop.
      const preset = fitViewport(nodes, cy.width(), cy.height(), 40);
      if (preset) cy.viewport({ zoom: Math.max(cy.minZoom(), Math.min(preset.zoom, cy.maxZoom())), pan: preset.pan });
      else cy.fit(undefined, 40);
      if (cy.zoom() > MAX_START_ZOOM) cy.zoom({ level: MAX_START_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fitShown: () => void cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 }),
    showTypes(shown: ShownTypes) {
      cy.batch(() => {
        for (const [type, members] of byType) {
          const isShown = members.first().isNode() ? shown.entities.has(type) : shown.relations.has(type);
          if (isShown) members.removeClass('filtered');
          else members.addClass('filtered');
        }
      });
    },
    focusSelection: () => focusOn(cy, cy.elements(':selected'), fadeOthers),
    colourBy: (by: ColourBy) => void cy.style(stylesheet({ colourBy: by, large: options.large })),
    png: async () => cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob,
  };
}
