/** Who does a predicate (src/extract/relations/subjects.ts): arguments that are not subjects, and subjects found past them. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../../helpers.js';

const notRole = (r: { type: string }) => r.type !== 'HOLDS_ROLE';

describe('relations/subjects', () => {
  it('does not make the object of a place or medium preposition the subject of a participle or infinitive after it', () => {
    expect(triples(extract('The governors were at the World Bank to meet with Senator Tom Hale.'), notRole)).toEqual([]);
    expect(triples(extract('Mayor Ana Ruiz praised Chile for sponsoring a motion at the African Union to support Peru.'), (r) => r.type === 'SUPPORTS')).toEqual([]);
    expect(triples(extract('Senator Tom Hale travelled to Kenya to meet President Ana Ruiz.'), notRole)).toEqual(['Tom Hale -VISITED-> Kenya', 'Tom Hale -MET-> Ana Ruiz']);
  });

  it('gives a participle after a medium to the one who issued it', () => {
    expect(triples(extract('Senator Tom Hale posted a message on Facebook blaming Peru for the floods.'), notRole)).toEqual(['Tom Hale -ACCUSED-> Peru']);
    expect(triples(extract('Minister Ana Ruiz issued a statement condemning Chile.'), notRole)).toEqual(['Ana Ruiz -ACCUSED-> Chile']);
  });
});
