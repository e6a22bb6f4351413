// Where titles and names begin and end in runs of capitalised words: a title never holds another
// person's name, descriptors and portfolio words stay out of names. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

const roles = (x: ReturnType<typeof extract>) =>
  x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${r.source} ${r.target} [${r.role}]`);

describe('a title holds no other person', () => {
  it('ends the next title after a coordinated name', () => {
    const x = extract('Today, Secretary of Commerce Paula Hendricks and National Economic Council Director Brian Tate met industry leaders.');
    expect(roles(x)).toEqual(['person:brian-tate organization:national-economic-council [Director]']);
  });

  it('ends each title of a list without commas at the name before it', () => {
    const x = extract('Participants Secretary of the Treasury Janet Pryor Secretary of Commerce Paula Hendricks Chief of Staff Karen Mills');
    expect(x.relations.every((r) => !/Pryor/.test(r.role ?? '') && !/Hendricks/.test(r.role ?? ''))).toBe(true);
  });
});
