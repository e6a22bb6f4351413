/** The overview's arithmetic: screen ↔ graph coordinates, zooming, hit testing, filters, labels. */
import { describe, expect, it } from 'vitest';
import { fontSize } from '../../src/sinks/page/client/elements.js';
import {
  centreAt,
  edgeAt,
  labelledNodes,
  labelPlacer,
  nodeAt,
  toGraph,
  toScreen,
  zoomAbout,
  type Layout,
  type Viewport,
} from '../../src/sinks/page/client/overview-geometry.js';

/** Three entities on a line, 100 apart, and two relations: a–b and b–c. */
const layout: Layout = {
  x: Float64Array.from([0, 100, 200]),
  y: Float64Array.from([0, 0, 0]),
  size: Float64Array.from([20, 40, 20]),
  source: Int32Array.from([0, 1]),
  target: Int32Array.from([1, 2]),
};
const all = Uint8Array.from([1, 1, 1]);
const view: Viewport = { zoom: 2, pan: { x: 10, y: 50 } };

describe('coordinates', () => {
  it('maps graph points to the screen and back', () => {
    expect(toScreen(view, 100, 0)).toEqual({ x: 210, y: 50 });
    expect(toGraph(view, 210, 50)).toEqual({ x: 100, y: 0 });
  });

  it('zooms about a point, which stays where it is, within limits', () => {
    const zoomed = zoomAbout(view, 2, { x: 210, y: 50 }, { min: 0.5, max: 3 });
    expect(zoomed.zoom).toBe(3); // 4 asked, 3 allowed
    expect(toScreen(zoomed, 100, 0)).toEqual({ x: 210, y: 50 });
  });

  it('centres a graph point on a screen point', () => {
    expect(toScreen(centreAt({ x: 200, y: 0 }, { x: 300, y: 400 }, 1.5), 200, 0)).toEqual({ x: 300, y: 400 });
  });
});

describe('hit testing', () => {
  it('finds the entity under the pointer, with a little slack, and skips hidden ones', () => {
    expect(nodeAt(layout, all, view, { x: 210, y: 50 })).toBe(1);
    expect(nodeAt(layout, all, view, { x: 210 + 40 + 2, y: 50 })).toBe(1); // radius 20 × zoom 2, plus slack 3
    expect(nodeAt(layout, all, view, { x: 260, y: 50 })).toBe(-1);
    expect(nodeAt(layout, Uint8Array.from([1, 0, 1]), view, { x: 210, y: 50 })).toBe(-1);
  });

  it('picks the entity whose centre is nearest where discs overlap', () => {
    const crowded: Layout = { ...layout, size: Float64Array.from([20, 200, 20]) }; // the middle disc covers its neighbours
    expect(nodeAt(crowded, all, view, { x: 12, y: 50 })).toBe(0);
    expect(nodeAt(crowded, all, view, { x: 200, y: 50 })).toBe(1);
    expect(nodeAt(crowded, all, view, { x: 405, y: 52 })).toBe(2);
  });

  it('finds the relation nearest the pointer within a few pixels', () => {
    expect(edgeAt(layout, Uint8Array.from([1, 1]), view, { x: 110, y: 53 })).toBe(0);
    expect(edgeAt(layout, Uint8Array.from([1, 1]), view, { x: 310, y: 47 })).toBe(1);
    expect(edgeAt(layout, Uint8Array.from([1, 1]), view, { x: 110, y: 60 })).toBe(-1);
    expect(edgeAt(layout, Uint8Array.from([0, 1]), view, { x: 110, y: 50 })).toBe(-1);
  });
});

describe('labels', () => {
  const order = Int32Array.from([1, 0, 2]); // biggest first
  const screen = { width: 1000, height: 600 };

  it('names only entities whose text is big enough to read, biggest first, within a budget', () => {
    // Font sizes: 10 for size 20, 13 for size 40 (elements.ts); at zoom 0.75 only the big one reaches 8 px.
    expect(fontSize(20)).toBeLessThan(fontSize(40));
    expect(labelledNodes(layout, all, order, fontSize, { zoom: 0.75, pan: { x: 0, y: 0 } }, screen)).toEqual([1]);
    expect(labelledNodes(layout, all, order, fontSize, view, screen)).toEqual([1, 0, 2]);
    expect(labelledNodes(layout, all, order, fontSize, view, screen, { budget: 2 })).toEqual([1, 0]);
    expect(labelledNodes(layout, Uint8Array.from([1, 0, 1]), order, fontSize, view, screen)).toEqual([0, 2]);
  });

  it('leaves out entities off the screen', () => {
    // At x −350, −150 and 50 on screen: only the last is near enough to show.
    expect(labelledNodes(layout, all, order, fontSize, { zoom: 2, pan: { x: -350, y: 50 } }, screen)).toEqual([2]);
  });

  it('places a label only where it covers no earlier one', () => {
    const place = labelPlacer(32);
    expect(place({ x: 0, y: 0, width: 100, height: 12 })).toBe(true);
    expect(place({ x: 90, y: 5, width: 50, height: 12 })).toBe(false);
    expect(place({ x: 101, y: 0, width: 50, height: 12 })).toBe(true);
    expect(place({ x: 0, y: 13, width: 300, height: 12 })).toBe(true);
  });
});
