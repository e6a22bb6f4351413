import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../src/graph/communities.js';
import { importance } from '../../src/graph/importance.js';
import { computePositions, defaultIterations } from '../../src/graph/positions.js';
import { undirectedProjection } from '../../src/graph/projection.js';
import { storyGraph } from '../fixtures/viewer/story.js';
import { syntheticGraph } from '../fixtures/viewer/synthetic.js';

describe('undirectedProjection', () => {
  it('merges facts between the same two entities into one weighted edge', () => {
    const network = undirectedProjection(storyGraph());
    // MET (2 sentences) and HOLDS_ROLE do not share ends; Varga–Ostrania has ACCUSED + VISITED.
    expect(network.getEdgeAttribute('person:tomas-varga', 'country:ostrania', 'weight')).toBe(2);
    expect(network.getEdgeAttribute('person:elena-marchetti', 'person:tomas-varga', 'weight')).toBe(2);
  });
});

describe('importance', () => {
  it('scores the most central entity 1 and entities without facts 0', () => {
    const graph = storyGraph();
    graph.addNode('person:nobody', { type: 'Person', name: 'Nobody', aliases: [], mentions: [], documentIds: [] });
    const scores = importance(undirectedProjection(graph));
    expect(Math.max(...scores.values())).toBe(1);
    expect(scores.get('person:nobody')).toBe(0);
    expect(scores.get('person:elena-marchetti')).toBeGreaterThan(scores.get('location:selka-peninsula')!);
  });
});

describe('detectCommunities', () => {
  it('numbers communities by size and is the same every run', () => {
    const network = undirectedProjection(syntheticGraph(300));
    const a = detectCommunities(network);
    expect(detectCommunities(network)).toEqual(a);
    expect([...a.sizes].sort((x, y) => y - x)).toEqual(a.sizes);
    expect(a.of.size).toBe(300);
  });
});

describe('computePositions', () => {
  it('places every node, deterministically, about `spacing` apart', () => {
    const network = undirectedProjection(syntheticGraph(300));
    const communities = detectCommunities(network).of;
    const a = computePositions(network, { communities, spacing: 50, iterations: 20 });
    expect(computePositions(network, { communities, spacing: 50, iterations: 20 })).toEqual(a);
    const xs = [...a.values()].map((p) => p.x);
    const ys = [...a.values()].map((p) => p.y);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    // Force-laid parts get spacing² each; the grid below of entities without facts is a little denser.
    expect(area / 300).toBeGreaterThan(2000);
    expect(area / 300).toBeLessThan(3000);
  });

  it('spends fewer iterations on bigger graphs', () => {
    expect(defaultIterations(1_000)).toBeGreaterThan(defaultIterations(20_000));
    expect(defaultIterations(1e9)).toBeGreaterThan(0);
  });
});

describe('computePositions with entities without facts', () => {
  it('lays out the big connected part by force, small parts in rows below it, entities without facts below those', () => {
    const graph = syntheticGraph(300);
    // A pair of entities linked only to each other: a small part.
    graph.addNode('person:pair-a', { type: 'Person', name: 'Pair A', aliases: [], mentions: [], documentIds: [] });
    graph.addNode('person:pair-b', { type: 'Person', name: 'Pair B', aliases: [], mentions: [], documentIds: [] });
    graph.addEdgeWithKey('MET|person:pair-a|person:pair-b', 'person:pair-a', 'person:pair-b', { type: 'MET', symmetric: true, evidence: [], confidence: 1, modality: 'asserted' });
    const network = undirectedProjection(graph);
    const alone = network.filterNodes((id) => network.degree(id) === 0);
    expect(alone.length).toBeGreaterThan(0);
    const p = computePositions(network, { spacing: 50, iterations: 20, isolatedOrder: [...alone].reverse() });
    expect(p.size).toBe(network.order);
    const linkedY = network.filterNodes((id) => network.degree(id) > 0 && !id.startsWith('person:pair')).map((id) => p.get(id)!.y);
    const pairY = p.get('person:pair-a')!.y;
    expect(pairY).toBeGreaterThan(Math.max(...linkedY));
    expect(Math.min(...alone.map((id) => p.get(id)!.y))).toBeGreaterThan(pairY);
    // In the order asked: the first one asked for is top left.
    const first = p.get(alone[alone.length - 1]!)!;
    expect(alone.every((id) => p.get(id)!.y > first.y || (p.get(id)!.y === first.y && p.get(id)!.x >= first.x))).toBe(true);
  });

  it('places an entity named with others (no fact) beside the first of them that has a place', () => {
    const network = undirectedProjection(syntheticGraph(300));
    const [a, b] = network.filterNodes((id) => network.degree(id) === 0);
    const hub = network.nodes().find((id) => network.degree(id) > 2)!;
    const p = computePositions(network, { spacing: 50, iterations: 20, satellites: new Map([[a!, ['nowhere', hub]], [b!, [a!]]]) });
    const distance = (x: string, y: string) => Math.hypot(p.get(x)!.x - p.get(y)!.x, p.get(x)!.y - p.get(y)!.y);
    expect(distance(a!, hub)).toBeLessThan(50);
    expect(distance(b!, a!)).toBeLessThan(50); // a satellite hosts others
  });
});
