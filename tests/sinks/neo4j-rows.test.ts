import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model.js';
import { batchRows, uniqueArticles } from '../../src/sinks/neo4j/rows.js';

function article(id: string, over: Partial<Extraction> = {}): Extraction {
  return {
    document: { id, sha256: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a') },
    entities: [
      { id: 'person:b', type: 'Person', name: 'B', aliases: [], mentions: [{ start: 0, end: 1 }] },
      { id: 'person:a', type: 'Person', name: 'A', aliases: [], mentions: [{ start: 4, end: 5 }, { start: 9, end: 10 }] },
    ],
    relations: [],
    ...over,
  };
}

const met = (source: string, target: string, start = 0, documentId = 'x') => ({
  source,
  type: 'MET' as const,
  target,
  evidence: 'B met A.',
  start,
  end: start + 8,
  confidence: 0.8,
  documentId,
});

describe('batchRows', () => {
  it('stores a symmetric relation once, from the smaller id to the larger, and a directed one as given', () => {
    const rows = batchRows([
      article('x', {
        relations: [met('person:b', 'person:a'), { ...met('person:b', 'person:a', 20), type: 'ACCUSED' }],
      }),
    ]);
    expect(rows.relations.MET.map((r) => [r.source, r.target])).toEqual([['person:a', 'person:b']]);
    expect(rows.relations.ACCUSED.map((r) => [r.source, r.target])).toEqual([['person:b', 'person:a']]);
  });

  it('keeps every piece of evidence, once, with modality made explicit', () => {
    const rows = batchRows([article('x', { relations: [met('person:a', 'person:b'), met('person:b', 'person:a'), met('person:a', 'person:b', 30)] })]);
    expect(rows.relations.MET.map((r) => r.props)).toEqual([
      { documentId: 'x', evidence: 'B met A.', start: 0, end: 8, confidence: 0.8, modality: 'asserted' },
      { documentId: 'x', evidence: 'B met A.', start: 30, end: 38, confidence: 0.8, modality: 'asserted' },
    ]);
  });

  it('drops self-loops and relations to entities the article does not have', () => {
    const rows = batchRows([article('x', { relations: [met('person:a', 'person:a'), met('person:a', 'person:z')] })]);
    expect(rows.relations.MET).toEqual([]);
  });

  it('merges an entity seen in several articles of the batch: longest name, other names as aliases', () => {
    const second = article('y');
    second.entities[1] = { id: 'person:a', type: 'Person', name: 'Anna A', aliases: ['Ms A'], mentions: [], attributes: { id: 'no', iso2: 'AA' } };
    const rows = batchRows([article('x'), second]);
    expect(rows.entities.Person).toEqual([
      { id: 'person:a', name: 'Anna A', aliases: ['A', 'Ms A'], attributes: { iso2: 'AA' } },
      { id: 'person:b', name: 'B', aliases: [], attributes: {} },
    ]);
    expect(rows.mentions).toEqual([
      { entityId: 'person:b', documentId: 'x', count: 1, offsets: ['0-1'] },
      { entityId: 'person:a', documentId: 'x', count: 2, offsets: ['4-5', '9-10'] },
      { entityId: 'person:b', documentId: 'y', count: 1, offsets: ['0-1'] },
      { entityId: 'person:a', documentId: 'y', count: 0, offsets: [] },
    ]);
  });

  it('gives documents only the fields they have', () => {
    const x = article('x');
    x.document.title = 'T';
    expect(batchRows([x]).documents).toEqual([{ id: 'x', sha256: x.document.sha256, title: 'T' }]);
  });
});

describe('uniqueArticles', () => {
  it('keeps the first of each id and of each text hash', () => {
    const a = article('a');
    const sameText = { ...article('b'), document: { ...article('b').document, sha256: a.document.sha256 } };
    const sameId = article('a');
    const other = article('c');
    expect(uniqueArticles([a, sameText, sameId, other]).map((x) => x.document.id)).toEqual(['a', 'c']);
  });
});
