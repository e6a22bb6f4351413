import { describe, expect, it } from 'vitest';
import { finalIds, mapExtractionIds } from '../../src/identities/map-ids.js';
import type { Extraction, IdentityMap } from '../../src/model.js';
import { batchesOf, planMentions, planRelationships } from '../../src/sinks/neo4j/merge-plan.js';

const x: Extraction = {
  document: { id: 'd1', sha256: 'a'.repeat(64) },
  entities: [
    { id: 'person:hale', type: 'Person', name: 'Hale', aliases: ['Mr Hale'], mentions: [{ start: 40, end: 44 }, { start: 0, end: 4 }], attributes: { note: 'short' } },
    { id: 'person:joseph-hale', type: 'Person', name: 'Joseph Hale', aliases: [], mentions: [{ start: 0, end: 4 }, { start: 10, end: 21 }] },
    { id: 'person:ada-brook', type: 'Person', name: 'Ada Brook', aliases: [], mentions: [{ start: 60, end: 69 }] },
  ],
  relations: [
    { source: 'person:ada-brook', type: 'MET', target: 'person:hale', evidence: 'e', start: 0, end: 9, confidence: 0.9, documentId: 'd1' },
    { source: 'person:ada-brook', type: 'MET', target: 'person:joseph-hale', evidence: 'e', start: 0, end: 9, confidence: 0.9, documentId: 'd1' },
    { source: 'person:hale', type: 'MET', target: 'person:joseph-hale', evidence: 'f', start: 20, end: 29, confidence: 0.9, documentId: 'd1' },
    { source: 'person:hale', type: 'VISITED', target: 'person:ada-brook', evidence: 'g', start: 30, end: 39, confidence: 0.9, documentId: 'd1' },
  ],
};
const map: IdentityMap = { ids: { 'person:hale': 'person:joseph-hale' }, entities: { 'person:joseph-hale': { name: 'Joseph Hale', aliases: ['Hale', 'Joe Hale'] } } };

describe('mapExtractionIds', () => {
  it('puts the entities of one resolved id together and moves their relations', () => {
    const y = mapExtractionIds(x, map);
    expect(y.entities.map((e) => e.id)).toEqual(['person:joseph-hale', 'person:ada-brook']);
    expect(y.entities[0]).toEqual({
      id: 'person:joseph-hale',
      type: 'Person',
      name: 'Joseph Hale',
      aliases: ['Hale', 'Mr Hale', 'Joe Hale'],
      mentions: [{ start: 0, end: 4 }, { start: 10, end: 21 }, { start: 40, end: 44 }],
      attributes: { note: 'short' },
    });
    // The two METs are one piece of evidence; the fact between two names of one person goes; MET runs from the smaller id.
    expect(y.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['person:ada-brook MET person:joseph-hale', 'person:joseph-hale VISITED person:ada-brook']);
  });

  it('returns the article itself when the map changes nothing in it', () => {
    expect(mapExtractionIds(x, { ids: { 'person:other': 'person:someone' }, entities: {} })).toBe(x);
  });

  it('follows chains of ids and refuses cycles', () => {
    expect(finalIds({ ids: { a: 'b', b: 'c', c: 'c' }, entities: {} })).toEqual(new Map([['a', 'c'], ['b', 'c']]));
    expect(() => finalIds({ ids: { a: 'b', b: 'a' }, entities: {} })).toThrow(/cycle/);
  });
});

describe('merge plan', () => {
  it('batches keep every old id of one entity together', () => {
    const batches = batchesOf(new Map([['p:a', 'p:z'], ['p:b', 'p:z'], ['p:c', 'p:y']]), 2);
    expect(batches.map((b) => [...b.keys()])).toEqual([['p:c'], ['p:a', 'p:b']]);
  });

  it('moves relationships to the resolved ends, drops self-loops and duplicates, keeps what a rename put in place', () => {
    const batch = new Map([['person:hale', 'person:joseph-hale']]);
    const rel = (elementId: string, type: 'MET' | 'VISITED', source: string, target: string, start: number) => ({ elementId, type, source, target, props: { documentId: 'd1', start, end: start + 9 } });
    const plan = planRelationships(batch, [{ from: 'person:hale', to: 'person:joseph-hale' }], [
      rel('r1', 'VISITED', 'person:hale', 'country:x', 0), // in place after the rename
      rel('r2', 'MET', 'person:ada-brook', 'person:hale', 0), // in place: ada-brook < joseph-hale
      rel('r3', 'MET', 'person:hale', 'person:zoe-ward', 10), // hale < zoe, joseph-hale < zoe: in place
      rel('r4', 'MET', 'person:hale', 'person:joseph-hale', 20), // a self-loop now
    ]);
    expect(plan.deleted).toEqual(['r4']);
    expect(Object.values(plan.created).flat()).toEqual([]);

    const turned = planRelationships(batch, [], [rel('r5', 'MET', 'person:hale', 'person:ivy-dunn', 0)]);
    expect(turned.deleted).toEqual(['r5']);
    expect(turned.created.MET).toEqual([{ source: 'person:ivy-dunn', target: 'person:joseph-hale', props: { documentId: 'd1', start: 0, end: 9 } }]);
  });

  it('unites the mentions of one article', () => {
    const plan = planMentions(new Map([['person:hale', 'person:joseph-hale']]), [
      { elementId: 'm1', entityId: 'person:hale', documentId: 'd1', count: 2, offsets: ['40-44', '0-4'] },
      { elementId: 'm2', entityId: 'person:joseph-hale', documentId: 'd1', count: 2, offsets: ['0-4', '10-21'] },
    ]);
    expect(plan).toEqual({ deleted: ['m1', 'm2'], created: [{ entityId: 'person:joseph-hale', documentId: 'd1', count: 3, offsets: ['0-4', '10-21', '40-44'] }] });
  });
});
