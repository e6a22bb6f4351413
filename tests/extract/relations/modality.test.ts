/** Negation and modality (src/extract/relations/modality.ts). */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../../helpers.js';

describe('relations/modality', () => {
  it('drops a negated trigger and marks a planned one', () => {
    expect(triples(extract('Senator Tom Hale did not meet Minister Ana Ruiz.'))).not.toContain('Tom Hale -MET-> Ana Ruiz');
    const x = extract('Senator Tom Hale plans to visit Nairobi next week.');
    expect(x.relations.find((r) => r.type === 'VISITED')?.modality).toBe('planned');
  });

  it('drops a stance voiced in a negated clause', () => {
    expect(triples(extract('Minister Rosa Pardo did not express support for Peru.'), (r) => r.type === 'SUPPORTS')).toEqual([]);
  });
});
