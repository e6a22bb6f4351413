/**
 * Ingest applies the run's resolution: one node per resolved entity, with its edges, aliases,
 * mentions and articles; the per-article graph merge and resolution together.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { mergeIdentities } from '../../src/graph/identities.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { Extraction } from '../../src/model.js';
import { resolveIdentities } from '../../src/resolve/index.js';
import { summarise } from '../../src/resolve/summaries.js';

const SHA = (n: number) => String(n).padStart(64, '0');

function article(n: number, entities: [string, string][], relations: [string, 'MET' | 'VISITED', string][]): Extraction {
  const id = `doc${n}`;
  return {
    document: { id, sha256: SHA(n) },
    entities: entities.map(([eid, name]) => ({ id: eid, type: eid.startsWith('person') ? 'Person' : 'Location', name, aliases: [], mentions: [{ start: 0, end: name.length }] })),
    relations: relations.map(([source, type, target], i) => ({ source, type, target, evidence: `sentence ${i}`, start: i * 10, end: i * 10 + 9, confidence: 0.8, documentId: id })),
  };
}

describe('mergeIdentities', () => {
  it('merges the nodes of one person with their edges, aliases, mentions and articles', () => {
    const xs = [
      article(1, [['person:nora-vance', 'Nora Vance'], ['location:oslo', 'Oslo']], [['person:nora-vance', 'VISITED', 'location:oslo']]),
      article(2, [['person:vance', 'Vance'], ['location:oslo', 'Oslo'], ['person:ali-reza', 'Ali Reza']], [['person:vance', 'VISITED', 'location:oslo'], ['person:vance', 'MET', 'person:ali-reza']]),
    ];
    const graph = buildGraph(xs);
    expect(graph.order).toBe(4);
    mergeIdentities(graph, resolveIdentities(xs.flatMap(summarise)));
    expect(graph.nodes().sort()).toEqual(['location:oslo', 'person:ali-reza', 'person:nora-vance']);
    const nora = graph.getNodeAttributes('person:nora-vance');
    expect(nora).toMatchObject({ name: 'Nora Vance', aliases: ['Vance'], documentIds: ['doc1', 'doc2'] });
    expect(nora.mentions.map((m) => m.documentId)).toEqual(['doc1', 'doc2']);
    const visits = graph.edges('person:nora-vance', 'location:oslo');
    expect(visits).toHaveLength(1);
    expect(graph.getEdgeAttribute(visits[0]!, 'evidence').map((e) => e.documentId)).toEqual(['doc1', 'doc2']);
    expect(graph.hasEdge('MET|person:ali-reza|person:nora-vance')).toBe(true);
  });
});

describe('ingest', () => {
  it('writes one node per resolved person across the articles of a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-resolve-ingest-'));
    writeFileSync(join(dir, 'a.txt'), 'OSLO (Reuters) - Prime Minister Ingrid Solberg of Norway met President Joseph R. Ravel, Jr. of Freedonia in Oslo on Tuesday.\n');
    writeFileSync(join(dir, 'b.txt'), 'LONDON (Reuters) - Mr Ravel visited London on Wednesday.\n');
    writeFileSync(join(dir, 'c.txt'), 'PARIS (Reuters) - Joe Ravel spoke with Ingrid Solberg by telephone on Friday.\n');
    const { graph, identities } = await ingest([dir], { maxBytes: 1024 * 1024, workers: 1 });
    const ravel = graph.filterNodes((_, a) => a.type === 'Person' && /Ravel/.test(a.name));
    expect(ravel).toEqual(['person:joseph-r-ravel-jr']);
    expect(graph.getNodeAttributes(ravel[0]!)).toMatchObject({ name: 'Joseph R. Ravel, Jr.', documentIds: ['a', 'b', 'c'] });
    expect(graph.getNodeAttribute(ravel[0]!, 'aliases')).toEqual(expect.arrayContaining(['Joe Ravel', 'Ravel']));
    expect(identities?.ids).toMatchObject({ 'person:ravel': 'person:joseph-r-ravel-jr', 'person:joe-ravel': 'person:joseph-r-ravel-jr' });
    const off = await ingest([dir], { maxBytes: 1024 * 1024, workers: 1, resolve: false });
    expect(off.graph.filterNodes((_, a) => a.type === 'Person' && /Ravel/.test(a.name))).toHaveLength(3);
  });
});
