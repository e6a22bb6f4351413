import { describe, expect, it } from 'vitest';
import { extract, triples } from '../helpers.js';

describe('relations: appositions, places and possessive titles', () => {
  it('reads an appositive title before a name as part of the object ("met her counterpart, X")', () => {
    const x = extract('Chilean Trade Minister Irene Valdivia met her Peruvian counterpart, Tomas Quispe Mamani, in Lima on Friday.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Irene Valdivia -MET-> Tomas Quispe Mamani']);
  });

  it('reads a phone call with an appositive counterpart as a meeting', () => {
    const x = extract('Kenyan President Amara Wanjiku spoke by phone with his Ugandan counterpart, Joseph Okello, on Sunday.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Amara Wanjiku -MET-> Joseph Okello']);
  });
});
