import { describe, expect, it } from 'vitest';
import { preparePage } from '../../src/sinks/page/prepare.js';
import { createGraph } from '../../src/graph/build.js';
import { storyGraph, XSS_NAME } from '../fixtures/viewer/story.js';
import { syntheticGraph } from '../fixtures/viewer/synthetic.js';

describe('preparePage', () => {
  it('keeps every entity and fact, with its evidence and articles', () => {
    const graph = storyGraph();
    const data = preparePage(graph);
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    expect(data.documents.map((d) => d.id)).toEqual(['story-one', 'story-two']);
    const met = data.edges.find((e) => e.type === 'MET' && e.source === 'person:elena-marchetti' && e.target === 'person:tomas-varga')!;
    expect(met.symmetric).toBe(true);
    expect(met.evidence).toHaveLength(2);
    const [first] = met.evidence;
    expect(first!.marks.map(([a, b]) => first!.text.slice(a, b))).toEqual(['Elena Marchetti', 'Tomas Varga']);
    const elena = data.nodes.find((n) => n.id === 'person:elena-marchetti')!;
    expect(elena.docs.map(([d]) => data.documents[d]!.id)).toEqual(['story-one', 'story-two']);
    expect(data.nodes.find((n) => n.name === XSS_NAME)).toBeDefined();
  });

  it('sizes entities by centrality and lays out small graphs in the browser', () => {
    const data = preparePage(storyGraph());
    expect(data.layout).toBe('fcose');
    expect(data.nodes.every((n) => n.x === undefined)).toBe(true);
    const size = (id: string) => data.nodes.find((n) => n.id === id)!.size;
    expect(size('person:elena-marchetti')).toBeGreaterThan(size('location:selka-peninsula'));
    expect(Math.max(...data.nodes.map((n) => n.importance))).toBe(1);
  });

  it('computes positions ahead of time for large graphs, the same every time', () => {
    const graph = syntheticGraph(400);
    const a = preparePage(graph, { presetAbove: 300 });
    const b = preparePage(graph, { presetAbove: 300 });
    expect(a.layout).toBe('preset');
    expect(a.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(b).toEqual(a);
    expect(a.communitySizes.reduce((s, x) => s + x, 0)).toBe(400);
  });

  it('handles an empty graph', () => {
    const data = preparePage(createGraph());
    expect(data).toMatchObject({ nodes: [], edges: [], documents: [], layout: 'fcose' });
  });
});

describe('the page palette', () => {
  it('lists the whole vocabulary in model order (the page cannot import model.ts)', async () => {
    const { ENTITY_TYPES, RELATION_TYPES } = await import('../../src/model.js');
    const { PAGE_ENTITY_TYPES, PAGE_RELATION_TYPES } = await import('../../src/sinks/page/palette.js');
    expect(PAGE_ENTITY_TYPES).toEqual([...ENTITY_TYPES]);
    expect(PAGE_RELATION_TYPES).toEqual([...RELATION_TYPES]);
  });

  it('keeps server-side libraries out of the page bundle', async () => {
    const { stat } = await import('node:fs/promises');
    // Cytoscape + fCoSE + the client are about 600 KB; zod or graphology leaking in would add 100s of KB.
    expect((await stat('dist/page/viewer.js')).size).toBeLessThan(700_000);
  });
});
