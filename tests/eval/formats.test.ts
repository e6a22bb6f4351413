import { describe, expect, it } from 'vitest';
import { parseGold, parsePrediction } from '../../src/eval/formats.js';

const valid = {
  document: 'a.txt',
  entities: [
    { id: 'a', type: 'Person', names: ['Ana Lobo'] },
    { id: 'pt', type: 'Country', names: ['Portugal'], optional: true },
  ],
  relations: [{ source: 'a', type: 'HOLDS_ROLE', target: ['pt'], role: 'minister', evidence: 'Portuguese minister Ana Lobo' }],
};

describe('parseGold', () => {
  it('accepts a gold annotation, ids and id lists as endpoints', () => {
    expect(parseGold(valid).relations[0]!.target).toEqual(['pt']);
  });

  it.each([
    ['an unknown endpoint', { ...valid, relations: [{ ...valid.relations[0], source: 'nobody' }] }, /relations\[0\]\.source: unknown entity "nobody"/],
    ['an entity type outside the four', { ...valid, entities: [{ id: 'a', type: 'Event', names: ['x'] }] }, /entities\[0\]\.type: /],
    ['a relation type outside the vocabulary', { ...valid, relations: [{ ...valid.relations[0], type: 'LIKES' }] }, /relations\[0\]\.type: /],
    ['a duplicate id', { ...valid, entities: [...valid.entities, { id: 'a', type: 'Person', names: ['Other'] }] }, /duplicate entity id "a"/],
    ['a name shared by two entities', { ...valid, entities: [...valid.entities, { id: 'b', type: 'Person', names: ['ana lobo'] }] }, /name "ana lobo" also belongs to entity "a"/],
    ['an entity without names', { ...valid, entities: [{ id: 'a', type: 'Person', names: [] }] }, /entities\[0\]\.names: /],
    ['an empty endpoint list', { ...valid, relations: [{ ...valid.relations[0], target: [] }] }, /relations\[0\]\.target: /],
    ['missing relations', { entities: [] }, /relations: /],
    ['not an object', [1, 2], /not a valid gold annotation/],
  ])('rejects %s with a one-line message', (_, json, message) => {
    let error: Error | undefined;
    try {
      parseGold(json);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});

describe('parsePrediction', () => {
  it('reads what kg extract prints and ignores fields it does not score', () => {
    const p = parsePrediction({
      document: { id: 'x' },
      entities: [{ id: 'person:a', type: 'Person', name: 'A', aliases: [], mentions: [{ start: 0, end: 1 }] }],
      relations: [{ source: 'person:a', type: 'MET', target: 'person:a', evidence: 'A', start: 0, end: 1, confidence: 1 }],
    });
    expect(p.entities[0]).toEqual({ id: 'person:a', type: 'Person', name: 'A', aliases: [] });
  });

  it('treats null and missing lists as empty', () => {
    expect(parsePrediction({ entities: null })).toEqual({ entities: [], relations: [] });
    expect(parsePrediction({ entities: [{ id: 'x', name: null, type: null }] }).entities[0]).toEqual({ id: 'x' });
  });

  it('rejects relations without endpoints', () => {
    expect(() => parsePrediction({ relations: [{ type: 'MET' }] })).toThrow(/relations\[0\]\.source/);
  });
});
