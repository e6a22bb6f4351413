import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseParam, toDriverValue, toPlain } from '../../src/neo4j/values.js';

describe('query parameters', () => {
  it('reads JSON values as JSON and anything else as a string', () => {
    expect(parseParam('limit=5')).toEqual(['limit', 5]);
    expect(parseParam('flag=true')).toEqual(['flag', true]);
    expect(parseParam('ids=["a","b"]')).toEqual(['ids', ['a', 'b']]);
    expect(parseParam('name="123"')).toEqual(['name', '123']);
    expect(parseParam('entity=Antony Blinken')).toEqual(['entity', 'Antony Blinken']);
    expect(parseParam('q=a=b')).toEqual(['q', 'a=b']);
    expect(parseParam('empty=')).toEqual(['empty', '']);
    expect(() => parseParam('no-equals')).toThrow(/expected key=value/);
    expect(() => parseParam('1x=2')).toThrow(/expected key=value/);
  });

  it('sends whole numbers as integers, deep inside lists and maps too', () => {
    const v = toDriverValue({ limit: 5, ratio: 0.5, list: [1, 'a'], map: { n: 2 } }) as Record<string, unknown>;
    expect(neo4j.isInt(v.limit)).toBe(true);
    expect(v.ratio).toBe(0.5);
    expect(neo4j.isInt((v.list as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((v.map as Record<string, unknown>).n)).toBe(true);
  });
});

describe('plain values', () => {
  it('turns driver values into JSON', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(new neo4j.types.Date(2021, 5, 8))).toBe('2021-05-08');
    expect(toPlain(new neo4j.types.Node(1, ['Entity', 'Person'], { name: 'A', n: neo4j.int(1) }, 'e1'))).toEqual({ _labels: ['Entity', 'Person'], name: 'A', n: 1 });
    expect(toPlain(new neo4j.types.Relationship(1, 1, 2, 'MET', { date: '2021' }, 'r1', 'e1', 'e2'))).toEqual({ _type: 'MET', date: '2021' });
    expect(toPlain([null, undefined, 'x', { a: [1] }])).toEqual([null, null, 'x', { a: [1] }]);
  });
});
