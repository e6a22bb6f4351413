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

  it("does not take a person for the antecedent of 'which'", () => {
    expect(triples(extract("The leaders noted reports of the death of Ali Karimi, which underscores Russia's brutality."), notRole)).toEqual([]);
  });

  it('does not take a subject from a reduced relative or subordinate clause for a coordinated infinitive', () => {
    expect(triples(extract('The two leaders discussed their commitment to providing Ukraine the support it needs to defend itself and to holding Russia accountable.'), notRole)).toEqual([]);
    expect(triples(extract("Peru is committed to deepening our partnership through cooperation and to supporting Chile's independence."), notRole)).toEqual(['Peru -SUPPORTS-> Chile']);
  });

  it('gives a participle after a comma the subject before it, not one later in the sentence', () => {
    expect(triples(extract('The leaders discussed threats to shipping, condemning Houthi attacks on vessels, and noted that Iran enabled these attacks.'), notRole)).toEqual([]);
    expect(triples(extract('Senator Tom Hale spoke to reporters on Monday, condemning Houthi attacks on vessels.'), notRole)).toEqual(['Tom Hale -ACCUSED-> Houthis']);
  });

  it("reads a name and a pronoun across ', and' as two clauses, not a list", () => {
    expect(triples(extract("Senator Tom Hale raised concerns about threats posed by North Korea, and he condemned Russia's war."), notRole)).toEqual(['Tom Hale -ACCUSED-> Russia']);
    expect(triples(extract('Peru, Chile, and Bolivia condemned Russia.'), notRole)).toEqual(['Peru -ACCUSED-> Russia', 'Chile -ACCUSED-> Russia', 'Bolivia -ACCUSED-> Russia']);
  });

  it('does not take a body named in a title, or a place before a comma, for who acts', () => {
    const met = (r: { type: string }) => r.type === 'MET';
    expect(triples(extract('The Director of the Peru Trade Council met Senator Tom Hale.'), met)).toEqual([]);
    expect(triples(extract('President Muhammadu Buhari of Nigeria met Senator Tom Hale.'), met)).toEqual(['Muhammadu Buhari -MET-> Tom Hale']);
    expect(triples(extract('Today at the Kremlin Palace, Advisor Jake Hale and Secretary Ana Ruiz hosted Advisor Tzachi Levi.'), met)).toEqual(['Jake Hale -MET-> Tzachi Levi', 'Ana Ruiz -MET-> Tzachi Levi']);
  });
});
