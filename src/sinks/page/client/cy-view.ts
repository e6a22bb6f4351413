/**
 * The graph drawn by Cytoscape.js itself: every detail (curved edges, arrows, labels, outlines), used
 * for graphs small enough for it to draw quickly, or on request (`?renderer=cytoscape|webgl`).
 */
import type cytoscape from 'cytoscape';
import type { PageData } from '../types.js';
import { stylesheet, type ColourBy } from './cy-style.js';
import { fitViewport, MAX_START_ZOOM } from './elements.js';
import { focusOn } from './focus.js';
import type { GraphView } from './view.js';
import type { Visibility } from './visibility.js';

export function cytoscapeView(cy: cytoscape.Core, data: Pick<PageData, 'nodes' | 'edges' | 'coMentions'>, options: { large: boolean; hoverFocus: boolean }): GraphView {
  const { nodes } = data;
  const fadeOthers = !options.large;
  // Elements in data order, found once: filtering then only toggles a class on those that change.
  const nodeEles = nodes.map((n) => cy.getElementById(n.id));
  const edgeEles = data.edges.map((e) => cy.getElementById(e.id));
  let shownNodes: Uint8Array = new Uint8Array(nodes.length).fill(1);
  let shownEdges: Uint8Array = new Uint8Array(data.edges.length).fill(1);
  /** "Mentioned together" edges, added while the layer is on; not selectable, never a relation. */
  const coEles = new Map<number, cytoscape.CollectionReturnValue>();
  const toggle = (eles: cytoscape.CollectionReturnValue[], before: Uint8Array, after: Uint8Array) => {
    for (let i = 0; i < eles.length; i++)
      if (before[i] !== after[i]) {
        if (after[i]) eles[i]!.removeClass('filtered');
        else eles[i]!.addClass('filtered');
      }
  };
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
    show(v: Visibility) {
      cy.batch(() => {
        toggle(nodeEles, shownNodes, v.nodes);
        toggle(edgeEles, shownEdges, v.edges);
        [shownNodes, shownEdges] = [v.nodes, v.edges];
        for (let k = 0; k < v.co.length; k++) {
          const drawn = coEles.get(k);
          if (v.co[k] && !drawn) {
            const [a, b, sentences] = [data.coMentions[4 * k]!, data.coMentions[4 * k + 1]!, data.coMentions[4 * k + 2]!];
            const ele = cy.add({
              group: 'edges',
              data: { id: `co:${k}`, source: nodes[a]!.id, target: nodes[b]!.id, type: 'mentioned together', colour: '#9aa3ad', arrow: 'none', line: 'dashed', width: sentences >= 3 ? 1.5 : 1 },
              classes: 'comention',
              selectable: false,
            });
            coEles.set(k, ele);
          } else if (!v.co[k] && drawn) {
            cy.remove(drawn);
            coEles.delete(k);
          }
        }
      });
    },
    focusSelection: () => focusOn(cy, cy.elements(':selected'), fadeOthers),
    colourBy: (by: ColourBy) => void cy.style(stylesheet({ colourBy: by, large: options.large })),
    png: async () => cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob,
  };
}
