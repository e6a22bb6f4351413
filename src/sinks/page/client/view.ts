/**
 * What the page asks of whatever draws the graph. Small graphs are drawn by Cytoscape.js itself
 * (cy-view.ts: full detail, fCoSE layout); large ones by the overview canvas (overview.ts), with
 * Cytoscape kept headless as the graph model. Either way `window.cy` holds every element and its
 * selection, so the panel, the URL hash, the search and console users work the same.
 */
import type { ColourBy } from './cy-style.js';
import type { Visibility } from './visibility.js';

export interface ShownTypes {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

export interface GraphView {
  /** Width and height of the drawing area in CSS pixels. */
  size(): { width: number; height: number };
  /** Moves (animated) so the element is centred in the part `coveredRight` pixels short of the right edge, zoomed in to at least `minZoom`. */
  centreOn(id: string, minZoom: number, coveredRight: number): void;
  /** The starting view: what is shown (every entity when nothing is). */
  fitAll(): void;
  /** Fits what the filters leave shown. */
  fitShown(): void;
  /** What to draw changed (legend, time, article count, layers: visibility.ts). */
  show(visibility: Visibility): void;
  /** The selection changed (ids of the selected elements): highlight its neighbourhood. */
  focusSelection(ids: readonly string[]): void;
  colourBy(by: ColourBy): void;
  /** The whole graph as a PNG image. */
  png(): Promise<Blob>;
}
