import { describe, expect, it } from 'vitest';
import { addExtraction, buildGraph, createGraph } from '../../src/graph/build.js';
import type { Extraction } from '../../src/model.js';

const sha = (c: string) => c.repeat(64);

function article(id: string, c: string, evidenceStart: number, extra: Partial<Extraction> = {}): Extraction {
  return {
    document: { id, sha256: sha(c), date: '2022-01-02' },
    entities: [
      { id: 'person:ana-ruiz', type: 'Person', name: 'Ana Ruiz', aliases: ['Ms Ruiz'], mentions: [{ start: 0, end: 8 }] },
      { id: 'country:peru', type: 'Country', name: 'Peru', aliases: [], mentions: [{ start: 20, end: 24 }] },
    ],
    relations: [
      { source: 'person:ana-ruiz', type: 'VISITED', target: 'country:peru', evidence: 'Ana Ruiz visited Peru.', start: evidenceStart, end: evidenceStart + 22, confidence: 0.8, documentId: id },
    ],
    ...extra,
  };
}

describe('graph building', () => {
  it('merges the same entity across articles into one node and keeps every evidence on one edge', () => {
    const g = buildGraph([article('a1', 'a', 0), article('a2', 'b', 40)]);
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    const edge = g.getEdgeAttributes(g.edges()[0]!);
    expect(edge.evidence.map((e) => e.documentId)).toEqual(['a1', 'a2']);
    expect(g.getNodeAttribute('person:ana-ruiz', 'documentIds')).toEqual(['a1', 'a2']);
    expect(Object.keys(g.getAttribute('documents'))).toEqual(['a1', 'a2']);
  });

  it('skips an article seen before, by id or by content under another name', () => {
    const g = createGraph();
    expect(addExtraction(g, article('a1', 'a', 0))).toBe(true);
    expect(addExtraction(g, article('a1', 'a', 0))).toBe(false);
    expect(addExtraction(g, article('copy-of-a1', 'a', 0))).toBe(false);
    expect(g.getEdgeAttributes(g.edges()[0]!).evidence).toHaveLength(1);
  });

  it('stores a symmetric fact once whichever way round it is stated', () => {
    const met = (source: string, target: string, start: number) => ({ source, type: 'MET' as const, target, evidence: 'They met.', start, end: start + 9, confidence: 0.8, documentId: 'a1' });
    const x = article('a1', 'a', 0);
    x.entities.push({ id: 'person:li-wei', type: 'Person', name: 'Li Wei', aliases: [], mentions: [] });
    x.relations = [met('person:li-wei', 'person:ana-ruiz', 0), met('person:ana-ruiz', 'person:li-wei', 30)];
    const g = buildGraph([x]);
    expect(g.size).toBe(1);
    const [edge] = g.edges();
    expect(g.source(edge!)).toBe('person:ana-ruiz');
    expect(g.getEdgeAttribute(edge!, 'symmetric')).toBe(true);
    expect(g.getEdgeAttribute(edge!, 'evidence')).toHaveLength(2);
  });

  it('keeps the fullest name of an entity across articles, with the others as aliases', () => {
    const a = article('a1', 'a', 0);
    const b = article('a2', 'b', 0);
    b.entities[0]!.name = 'Ana María Ruiz';
    const g = buildGraph([a, b]);
    expect(g.getNodeAttribute('person:ana-ruiz', 'name')).toBe('Ana María Ruiz');
    expect(g.getNodeAttribute('person:ana-ruiz', 'aliases')).toEqual(['Ana Ruiz', 'Ms Ruiz']);
  });

  it('exports and re-imports through graphology serialisation', () => {
    const g = buildGraph([article('a1', 'a', 0)]);
    const copy = createGraph();
    copy.import(g.export());
    expect(copy.order).toBe(2);
    expect(copy.getAttribute('documents').a1!.date).toBe('2022-01-02');
  });
});
