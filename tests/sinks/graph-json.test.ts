import { describe, expect, it } from 'vitest';
import { buildGraph, createGraph } from '../../src/graph/build.js';
import { extractDocument } from '../../src/extract/index.js';
import { makeDocument } from '../../src/input/document.js';
import { graphJsonChunks } from '../../src/sinks/graph-json.js';
import { generateCorpus } from '../../scripts/corpus/generate.js';

describe('graph.json in chunks', () => {
  it('is byte for byte JSON.stringify(graph.export())', () => {
    const articles = [...generateCorpus({ seed: 'graph-json', count: 5 })];
    const graph = buildGraph(articles.map((a) => extractDocument(makeDocument({ id: a.id, text: a.body }))));
    expect(graph.size).toBeGreaterThan(0);
    expect([...graphJsonChunks(graph)].join('')).toBe(JSON.stringify(graph.export()));
  });

  it('serialises an empty graph too', () => {
    const graph = createGraph();
    expect([...graphJsonChunks(graph)].join('')).toBe(JSON.stringify(graph.export()));
  });
});
