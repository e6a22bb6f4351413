import { describe, expect, it } from 'vitest';
import { parseGold, parsePrediction, type GoldAnnotation } from '../../src/eval/formats.js';
import { addCounts, figures, scoreDocument, summarize } from '../../src/eval/score.js';

// Small hand-made cases, one rule each. Entity ids in predictions are arbitrary: matching is by name.
const gold: GoldAnnotation = parseGold({
  entities: [
    { id: 'lobo', type: 'Person', names: ['Ana Lobo'] },
    { id: 'ortega', type: 'Person', names: ['Luis Ortega'] },
    { id: 'hale', type: 'Person', names: ['Tom Hale'] },
    { id: 'portugal', type: 'Country', names: ['Portugal'] },
    { id: 'spain', type: 'Country', names: ['Spain', 'Kingdom of Spain'] },
    { id: 'lisbon', type: 'Location', names: ['Lisbon'] },
    { id: 'madrid', type: 'Location', names: ['Madrid'], optional: true },
  ],
  relations: [
    { source: 'lobo', type: 'MET', target: 'ortega', evidence: 'Ana Lobo met Luis Ortega' },
    { source: ['ortega', 'hale'], type: 'VISITED', target: ['lisbon', 'portugal'], evidence: 'visited Lisbon' },
    { source: 'spain', type: 'ACCUSED', target: 'portugal', evidence: 'Madrid accused Lisbon' },
    { source: 'lobo', type: 'VISITED', target: 'madrid', optional: true, evidence: 'she would like to visit Madrid' },
  ],
});

type PredEntity = { id: string; type?: string; name?: string; aliases?: string[] };
type PredRelation = { source: string; type: string; target: string; evidence?: string };
const allEntities: PredEntity[] = [
  { id: 'p1', type: 'Person', name: 'Ana Lobo' },
  { id: 'p2', type: 'Person', name: 'Luis Ortega' },
  { id: 'p3', type: 'Person', name: 'Tom Hale' },
  { id: 'c1', type: 'Country', name: 'Portugal' },
  { id: 'c2', type: 'Country', name: 'Spain' },
  { id: 'l1', type: 'Location', name: 'Lisbon' },
  { id: 'l2', type: 'Location', name: 'Madrid' },
];
const score = (entities: PredEntity[], relations: PredRelation[] = [], text?: string) =>
  scoreDocument(gold, parsePrediction({ entities, relations }), { document: 'doc', text });
const relationsOnly = (relations: PredRelation[], text?: string) => score(allEntities, relations, text);

describe('entities', () => {
  it('match by normalised name, then by alias', () => {
    const c = score([
      { id: 'a', type: 'Person', name: 'ana lobo' },
      { id: 'b', type: 'Person', name: 'Ortega', aliases: ['Mr Ortega', 'Luis Ortega'] },
      { id: 'c', type: 'Country', name: 'the Kingdom of Spain' },
    ]);
    expect(c.entities).toMatchObject({ tp: 3, fp: 0, fn: 3, typedTp: 3 });
  });

  it('count an unmatched prediction as spurious, by its type', () => {
    const c = score([{ id: 'x', type: 'Location', name: 'Porto' }]);
    expect(c.entities.fp).toBe(1);
    expect(c.byEntityType.Location.fp).toBe(1);
    expect(c.spurious[0]!.item).toContain('Porto');
  });

  it('count a second node for the same gold entity as a duplicate', () => {
    const c = score([
      { id: 'a', type: 'Person', name: 'Ana Lobo' },
      { id: 'b', type: 'Person', name: 'Lobo', aliases: ['Ana Lobo'] },
    ]);
    expect(c.entities).toMatchObject({ tp: 1, fp: 1, duplicates: 1 });
  });

  it('count a wrong type as found (untyped) but wrong (typed)', () => {
    const c = score([{ id: 'a', type: 'Location', name: 'Ana Lobo' }]);
    expect(c.entities).toMatchObject({ tp: 1, typedTp: 0, fp: 0 });
    expect(c.byEntityType.Location.fp).toBe(1);
    expect(c.byEntityType.Person).toMatchObject({ tp: 0, fn: 3 });
    const s = summarize(c);
    expect(s.entities.tp).toBe(1);
    expect(s.entitiesTyped).toMatchObject({ tp: 0, fp: 1, fn: 6 });
  });

  it('neither reward nor penalise optional gold entities, whatever the type', () => {
    const withOptional = score([{ id: 'a', type: 'Country', name: 'Madrid' }]);
    expect(withOptional.entities).toMatchObject({ tp: 0, fp: 0, fn: 6 });
  });

  it('ignore types outside the four, matching types case-insensitively', () => {
    const c = score([
      { id: 'e', type: 'Event', name: 'the fishing row' },
      { id: 'a', type: 'person', name: 'Ana Lobo' },
    ]);
    expect(c.entities).toMatchObject({ tp: 1, typedTp: 1, fp: 0 });
  });

  it('count every required gold entity not found as missed', () => {
    const c = score([]);
    expect(c.entities.fn).toBe(6);
    expect(c.missed.map((m) => m.item)).toContain('entity Location lisbon "Lisbon"');
  });
});

describe('relations', () => {
  it('earn a required gold relation, and miss the rest', () => {
    const c = relationsOnly([{ source: 'c2', type: 'ACCUSED', target: 'c1' }]);
    expect(c.relations).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect(c.byRelationType.ACCUSED.tp).toBe(1);
  });

  it('match MET either way round, but not other types', () => {
    const c = relationsOnly([
      { source: 'p2', type: 'MET', target: 'p1' },
      { source: 'c1', type: 'ACCUSED', target: 'c2' },
    ]);
    expect(c.byRelationType.MET.tp).toBe(1);
    expect(c.byRelationType.ACCUSED).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('accept any member of an endpoint list, and ignore the other members’ copies', () => {
    const c = relationsOnly([
      { source: 'p3', type: 'VISITED', target: 'c1' },
      { source: 'p2', type: 'VISITED', target: 'l1' },
    ]);
    expect(c.byRelationType.VISITED).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('neither reward nor penalise optional relations', () => {
    const c = relationsOnly([{ source: 'p1', type: 'VISITED', target: 'l2' }]);
    expect(c.relations).toEqual({ tp: 0, fp: 0, fn: 3 });
  });

  it('count the same fact once, however often it is predicted', () => {
    const c = relationsOnly([
      { source: 'p1', type: 'MET', target: 'p3' },
      { source: 'p1', type: 'MET', target: 'p3' },
      { source: 'p1', type: 'MET', target: 'p2' },
      { source: 'p1', type: 'MET', target: 'p2' },
    ]);
    expect(c.byRelationType.MET).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('count a relation whose endpoint matches no gold entity as spurious', () => {
    const c = score([...allEntities, { id: 'x', type: 'Person', name: 'Rui Costa' }], [
      { source: 'p1', type: 'MET', target: 'x' },
      { source: 'p1', type: 'MET', target: 'not-an-entity' },
    ]);
    expect(c.byRelationType.MET.fp).toBe(2);
    expect(c.spurious.map((s) => s.item).join('\n')).toContain('"not-an-entity" (no gold entity)');
  });

  it('let unscored entities stand as endpoints, and ignore unscored relation types', () => {
    const c = score([{ id: 'e', type: 'Nationality', name: 'Spain' }, ...allEntities.slice(3, 4)], [
      { source: 'e', type: 'accused', target: 'c1' },
      { source: 'e', type: 'LOCATED_IN', target: 'c1' },
    ]);
    expect(c.relations).toEqual({ tp: 1, fp: 0, fn: 2 });
  });
});

describe('evidence', () => {
  const text = 'Madrid accused Lisbon on “Tuesday” of   breaking\nthe deal.';
  it('is grounded when it occurs in the text after folding whitespace and quotes', () => {
    const c = relationsOnly(
      [
        { source: 'c2', type: 'ACCUSED', target: 'c1', evidence: 'accused Lisbon on "Tuesday" of breaking the deal' },
        { source: 'c2', type: 'ACCUSED', target: 'c1', evidence: 'Lisbon accused Madrid' },
        { source: 'c2', type: 'LOCATED_IN', target: 'c1', evidence: 'not counted' },
        { source: 'c2', type: 'SUPPORTS', target: 'c1' },
      ],
      text,
    );
    expect(c.evidence).toEqual({ documents: 1, checked: 2, grounded: 1 });
  });

  it('is not checked without the text', () => {
    const c = relationsOnly([{ source: 'c2', type: 'ACCUSED', target: 'c1', evidence: 'anything' }]);
    expect(c.evidence).toEqual({ documents: 0, checked: 0, grounded: 0 });
  });
});

describe('several documents', () => {
  it('are micro-averaged: counts are added before P/R/F1', () => {
    const perfect = relationsOnly([
      { source: 'p1', type: 'MET', target: 'p2' },
      { source: 'p2', type: 'VISITED', target: 'l1' },
      { source: 'c2', type: 'ACCUSED', target: 'c1' },
    ]);
    const empty = score([]);
    const total = summarize(addCounts(perfect, empty));
    expect(total.documents).toBe(2);
    expect(total.relations).toMatchObject({ tp: 3, fp: 0, fn: 3, precision: 1, recall: 0.5 });
    expect(total.relations.f1).toBeCloseTo(2 / 3); // the mean of the two documents' F1 would be 0.5
    expect(total.missed.length).toBe(perfect.missed.length + empty.missed.length);
  });

  it('give 0, not NaN, when nothing is predicted or expected', () => {
    expect(figures({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
