/**
 * Drawing options, chosen by graph size and overridable from the URL query, so the benchmark (and a
 * curious user) can compare: `?renderer=overview|cytoscape|webgl`, `?large=0|1` (cheaper Cytoscape
 * styles), `?lod=0|1` (level-of-detail tricks while moving), `?hover=0|1` (highlight on hover), `?isolated=0|1` (entities without relations),
 * `?comentions=0|1` (the "mentioned together" layer).
 */
export type Renderer =
  /** Our canvas drawing of precomputed positions, Cytoscape headless (overview.ts). */
  | 'overview'
  /** Cytoscape.js's canvas renderer. */
  | 'cytoscape'
  /** Cytoscape.js's WebGL renderer. */
  | 'webgl';

export interface ViewOptions {
  renderer: Renderer;
  /** Cheaper styles (Cytoscape renderers). */
  large: boolean;
  /** Hide relations (and labels) while the view moves; Cytoscape also draws a cached texture. */
  lod: boolean;
  hoverFocus: boolean;
  /** Show entities with no relation in view (`?isolated=0|1`); hidden at first on large graphs. */
  isolated: boolean;
  /** Draw the "mentioned together" layer (`?comentions=0|1`); off at first. */
  coMentions: boolean;
}

/** Above this many elements (about 500 entities), Cytoscape's full detail costs seconds: the overview draws instead. */
export const LARGE_ELEMENTS = 1_500;
/** Above this many elements, re-styling on every hover costs Cytoscape more than it helps. */
const HOVER_ELEMENTS = 2_000;
/** The overview redraws everything on a hover; beyond this many elements that is no longer instant. */
const OVERVIEW_HOVER_ELEMENTS = 20_000;

const RENDERERS: readonly Renderer[] = ['overview', 'cytoscape', 'webgl'];

/**
 * Above this many entities the first view draws the connected story: entities without relations
 * (84% of a news archive) would otherwise form a ring of dots around it.
 */
export const CONNECTED_FIRST_ABOVE = 300;

export function viewOptions(elementCount: number, query: string, entityCount = 0): ViewOptions {
  const params = new URLSearchParams(query);
  const flag = (name: string, fallback: boolean): boolean => {
    const v = params.get(name);
    return v === null ? fallback : v === '1' || v === 'true';
  };
  const large = flag('large', elementCount > LARGE_ELEMENTS);
  const asked = params.get('renderer') as Renderer | null;
  const renderer = asked && RENDERERS.includes(asked) ? asked : large ? 'overview' : 'cytoscape';
  return {
    renderer,
    large,
    lod: flag('lod', large),
    hoverFocus: flag('hover', elementCount <= (renderer === 'overview' ? OVERVIEW_HOVER_ELEMENTS : HOVER_ELEMENTS)),
    isolated: flag('isolated', entityCount <= CONNECTED_FIRST_ABOVE),
    coMentions: flag('comentions', false),
  };
}
