import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/sinks/page/client/hash.js';
import { buildIndex, normalise, search } from '../../src/sinks/page/client/match.js';
import { segments } from '../../src/sinks/page/client/segments.js';
import { fitViewport } from '../../src/sinks/page/client/elements.js';
import { viewOptions } from '../../src/sinks/page/client/options.js';
import { seededRandom } from '../../src/sinks/page/seeded-random.js';

describe('search', () => {
  const index = buildIndex([
    { id: 'p:vz', name: 'Volodymyr Zelensky', aliases: ['Mr Zelensky'], importance: 0.5 },
    { id: 'p:oz', name: 'Olena Zelenska', aliases: [], importance: 0.9 },
    { id: 'c:ua', name: 'Ukraine', aliases: ['Ukrainian'], importance: 1 },
    { id: 'l:kyiv', name: 'Kyiv', aliases: ['Kiev'], importance: 0.2 },
    { id: 'p:jose', name: 'José Álvarez', aliases: [], importance: 0.1 },
  ]);

  it('finds a name by one of its words, ahead of mere substrings', () => {
    expect(search(index, 'Zelensky')[0]).toMatchObject({ id: 'p:vz' });
    expect(search(index, 'zel').map((m) => m.id)).toEqual(['p:oz', 'p:vz']); // both word starts: more central first
  });

  it('ranks exact names first, then prefixes, then aliases', () => {
    expect(search(index, 'ukraine')[0]!.id).toBe('c:ua');
    expect(search(index, 'Kiev')[0]).toEqual({ id: 'l:kyiv', score: 1, matched: 'Kiev' });
  });

  it('ignores case, accents and extra spaces', () => {
    expect(normalise('  José   ÁLVAREZ ')).toBe('jose alvarez');
    expect(search(index, 'jose alv')[0]!.id).toBe('p:jose');
  });

  it('returns nothing for an empty query or no match', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'Biden')).toEqual([]);
  });
});

describe('URL hash', () => {
  it('round-trips node and edge selections, including odd ids', () => {
    for (const sel of [{ kind: 'node', id: 'person:antony-blinken' }, { kind: 'edge', id: 'MET|a b|c#d' }] as const) expect(parseHash(formatHash(sel))).toEqual(sel);
    expect(formatHash(undefined)).toBe('');
  });

  it('ignores hashes it did not write', () => {
    expect(parseHash('')).toBeUndefined();
    expect(parseHash('#top')).toBeUndefined();
    expect(parseHash('#node=%E0%A4%A')).toBeUndefined();
  });
});

describe('segments', () => {
  it('cuts a sentence into plain and marked pieces', () => {
    expect(segments('Ann met Bob.', [[0, 3, 'source'], [8, 11, 'target']])).toEqual([
      { text: 'Ann', mark: 'source' },
      { text: ' met ' },
      { text: 'Bob', mark: 'target' },
      { text: '.' },
    ]);
  });

  it('skips marks that overlap or fall outside the text', () => {
    expect(segments('Ann met Bob.', [[0, 3, 'source'], [2, 5, 'target'], [10, 40, 'target']])).toEqual([{ text: 'Ann', mark: 'source' }, { text: ' met Bob.' }]);
    expect(segments('', [])).toEqual([{ text: '' }]);
  });
});

describe('fitViewport', () => {
  it('fits every node with padding, centred', () => {
    const v = fitViewport([{ x: -100, y: 0, size: 20 }, { x: 100, y: 0, size: 20 }], 400, 400, 40)!;
    expect(v.zoom).toBeCloseTo(320 / 220);
    expect(v.pan.x).toBeCloseTo(200);
  });

  it('declines when positions are missing (the browser lays out)', () => {
    expect(fitViewport([{ size: 20 }], 400, 400, 40)).toBeUndefined();
  });
});

describe('viewOptions', () => {
  it('draws big graphs with the overview, and lets the URL choose', () => {
    expect(viewOptions(100, '')).toMatchObject({ renderer: 'cytoscape', large: false, lod: false, hoverFocus: true });
    expect(viewOptions(30_000, '')).toMatchObject({ renderer: 'overview', large: true, lod: true, hoverFocus: false });
    expect(viewOptions(10_000, '')).toMatchObject({ renderer: 'overview', hoverFocus: true });
    expect(viewOptions(30_000, '?lod=0&renderer=webgl')).toMatchObject({ renderer: 'webgl', lod: false });
    expect(viewOptions(30_000, '?renderer=cytoscape&hover=1')).toMatchObject({ renderer: 'cytoscape', hoverFocus: true });
    expect(viewOptions(30_000, '?renderer=nonsense')).toMatchObject({ renderer: 'overview' });
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(seededRandom(2)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
