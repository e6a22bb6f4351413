import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/sinks/json-chunks.js';

describe('JSON in chunks', () => {
  it('is byte for byte JSON.stringify of the record, whatever the chunk size', () => {
    const value = {
      title: 'A "quoted" <title> & more\u2028',
      empty: [],
      skipped: undefined,
      nested: { a: [1, 2], b: null },
      items: Array.from({ length: 50 }, (_, i) => ({ i, text: `item ${i}`, tags: ['x', i % 2 ? 'odd' : 'even'], none: undefined })),
      holes: [1, undefined, 3],
    };
    for (const size of [1, 16, 1 << 20]) expect([...jsonChunks(value, size)].join('')).toBe(JSON.stringify(value));
  });

  it('yields several chunks for a large record', () => {
    const value = { rows: Array.from({ length: 1000 }, (_, i) => `row ${i}`.repeat(10)) };
    expect([...jsonChunks(value, 4096)].length).toBeGreaterThan(10);
  });
});
