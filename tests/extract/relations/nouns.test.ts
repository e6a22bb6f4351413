/** Noun triggers (src/extract/relations/nouns.ts): visits, meetings, support, commitment, the need for X to act. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../../helpers.js';

const of = (type: string) => (r: { type: string }) => r.type === type;

describe('relations/nouns', () => {
  it('reads a visit noun with its visitor', () => {
    expect(triples(extract("Senator Tom Hale's visit to Nairobi ended on Friday."), of('VISITED'))).toEqual(['Tom Hale -VISITED-> Nairobi']);
  });

  it("reads 'travel' as a visit noun", () => {
    expect(triples(extract("Senator Tom Hale's recent travel to Idaho and Colorado was discussed."), of('VISITED')).sort()).toEqual(['Tom Hale -VISITED-> Colorado', 'Tom Hale -VISITED-> Idaho']);
  });

  it("reads support voiced by a speaker, and a possessor's support ('the United States' support to X')", () => {
    expect(triples(extract('They discussed the United States’ enduring support to Ukraine.'), of('SUPPORTS'))).toEqual(['United States -SUPPORTS-> Ukraine']);
    expect(triples(extract("Senator Maria Lopez reiterated the Administration's resolute support for Israel's right to defend itself."), of('SUPPORTS'))).toEqual(['Maria Lopez -SUPPORTS-> Israel']);
  });

  it("reads a commitment to someone as a pledge to them", () => {
    expect(triples(extract('Mr. Tom Sullivan expressed the administration’s commitment to Israel’s security.'), of('PLEDGED'))).toEqual(['Tom Sullivan -PLEDGED-> Israel']);
    expect(triples(extract('Minister Rosa Pardo reaffirmed her commitment to providing aid to Haiti.'), of('PLEDGED'))).toEqual(['Rosa Pardo -PLEDGED-> Haiti']);
  });

  it("reads 'the need for X to act' as urging X", () => {
    expect(triples(extract('Foreign Minister Ana Silva underscored the need for Russia to adhere to the deal.'), of('URGED'))).toEqual(['Ana Silva -URGED-> Russia']);
    expect(triples(extract('Foreign Minister Ana Silva underscored the need for Russia.'), of('URGED'))).toEqual([]);
  });

  it('does not read talks between two parties that others discuss or back as their meeting', () => {
    expect(triples(extract('Minister Ana Silva welcomed the EU-facilitated dialogue between Kosovo and Serbia.'), of('MET'))).toEqual([]);
    expect(triples(extract('Minister Ana Silva stressed the importance of concluding the border negotiations between Peru and Chile.'), of('MET'))).toEqual([]);
    expect(triples(extract('Talks between Peru and Chile took place in Lima on Monday.'), of('MET'))).toEqual(['Peru -MET-> Chile']);
  });

  it('does not give a commitment to a two-party partnership to an entity named by the pair', () => {
    const x = extract('The Peru-Chile Economic Council met in Lima. President Ana Silva and President Tom Hale reiterated their commitment to a strong Peru-Chile partnership.');
    expect(triples(x, of('PLEDGED'))).toEqual([]);
    expect(triples(extract('President Ana Silva expressed support for NATO enlargement.'), of('SUPPORTS'))).toEqual(['Ana Silva -SUPPORTS-> NATO']);
  });

  it('gives a commitment to an act the one the act helps, and no one when the act does not help its object', () => {
    expect(triples(extract('President Ana Silva reiterated her commitment to support Peru through a security package.'), of('PLEDGED'))).toEqual(['Ana Silva -PLEDGED-> Peru']);
    expect(triples(extract('President Ana Silva made clear her commitment to ensure Iran never develops a nuclear weapon.'), of('PLEDGED'))).toEqual([]);
    expect(triples(extract('President Ana Silva underscored her commitment to continue holding Russia accountable.'), of('PLEDGED'))).toEqual([]);
  });

  it("gives 'the visit to P this week by X' to X, and to no one when X is unnamed", () => {
    expect(triples(extract('President Ana Silva welcomed the visit to Lima this week by Advisor Tom Hale.'), of('VISITED'))).toEqual(['Tom Hale -VISITED-> Lima']);
    expect(triples(extract("President Ana Silva welcomed the visit to Lima this week by the Prime Minister's adviser."), of('VISITED'))).toEqual([]);
  });

  it("does not make one side of 'meetings between A, B, and their counterparts' meet each other", () => {
    expect(triples(extract('This follows meetings between Secretary Ana Silva, Secretary Paul Green, Envoy Mark Dole, and their counterparts in Beijing.'), of('MET'))).toEqual([]);
    expect(triples(extract('A meeting between Chile, Peru and Bolivia took place.'), of('MET'))).toEqual(['Chile -MET-> Peru', 'Chile -MET-> Bolivia']);
  });
  it('does not give a visit to the subject of the clause after its "by" agent', () => {
    const x = extract('They discussed the upcoming visit to Washington by Prime Minister Naftali Bennett, and Mr. Tom Hale conveyed that the President looks forward to it.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Naftali Bennett -VISITED-> Washington']);
  });
});
