import { describe, expect, it } from 'vitest';
import { formatCell, formatTable } from '../../src/cli/table.js';

describe('formatTable', () => {
  it('aligns columns under a ruled header; the last column is not padded', () => {
    expect(formatTable(['who', 'n'], [{ who: 'Alice', n: 2 }, { who: 'Bo', n: null }])).toBe(
      ['who    n', '─────  ─', 'Alice  2', 'Bo'].join('\n') + '\n',
    );
  });

  it('shows lists joined, maps as JSON and text on one line', () => {
    expect(formatCell(['a', 'b'])).toBe('a; b');
    expect(formatCell({ x: 1 })).toBe('{"x":1}');
    expect(formatCell('one\n  two')).toBe('one two');
    expect(formatCell(undefined)).toBe('');
  });
});
