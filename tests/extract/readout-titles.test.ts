// Readout title and portfolio parsing: "<title> of the <institution> of …" and participant lists.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

const typeOf = (x: ReturnType<typeof extract>) => Object.fromEntries(x.entities.map((e) => [e.name, e.type]));

describe('readout titles', () => {
  it('ends a title before an institution that has its own "of" phrase', () => {
    const x = extract('The board heard from Lena Ostrova, the Director of the Office of Housing and Transit, on Friday.');
    const types = typeOf(x);
    expect(types['Office of Housing and Transit']).toBe('Organization');
    expect(types['Transit']).toBeUndefined();
    expect(types['Lena Ostrova']).toBe('Person');
  });
});
