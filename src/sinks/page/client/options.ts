/**
 * Drawing options, chosen by graph size and overridable from the URL query, so the benchmark (and a
 * curious user) can compare: `?renderer=webgl|canvas`, `?lod=0|1` (level-of-detail tricks),
 * `?hover=0|1` (neighbourhood highlight on hover).
 */
export interface ViewOptions {
  /** Cheaper styles and viewport tricks. */
  large: boolean;
  webgl: boolean;
  /** Hide edges and draw a cached texture while panning or zooming. */
  lod: boolean;
  hoverFocus: boolean;
}

/** Above this many elements (about 500 entities), drawing switches to the cheaper mode: full detail costs about three times as much per element, and is not readable at overview zoom anyway. */
export const LARGE_ELEMENTS = 1_500;
/** Above this many elements, re-styling on every hover costs more than it helps. */
const HOVER_ELEMENTS = 2_000;

export function viewOptions(elementCount: number, query: string): ViewOptions {
  const params = new URLSearchParams(query);
  const flag = (name: string, fallback: boolean): boolean => {
    const v = params.get(name);
    return v === null ? fallback : v === '1' || v === 'true';
  };
  const large = flag('large', elementCount > LARGE_ELEMENTS);
  return {
    large,
    webgl: params.get('renderer') === 'webgl',
    lod: flag('lod', large),
    hoverFocus: flag('hover', elementCount <= HOVER_ELEMENTS),
  };
}
