/** Gatherings, presence and lists of people (src/extract/relations/groups.ts, view.ts lists). */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../../helpers.js';

const of = (type: string) => (r: { type: string }) => r.type === type;

describe('relations/groups', () => {
  it("reads 'held a rally in P' as being there, not 'held a stake in X'", () => {
    expect(triples(extract('On Thursday, Maria Kolesnikova, an opposition candidate, held a rally in Minsk, Belarus.'), of('VISITED'))).toEqual(['Maria Kolesnikova -VISITED-> Minsk']);
    expect(triples(extract('Investor Paul Green held a large stake in Kenya Airways.'), of('VISITED'))).toEqual([]);
  });

  it("reads 'led a delegation to P' as a visit", () => {
    expect(triples(extract('Senator Tom Hale led a trade delegation to Nairobi in May.'), of('VISITED'))).toEqual(['Tom Hale -VISITED-> Nairobi']);
  });

  it('keeps a described member in a list of people met', () => {
    const x = extract('In Chile, Senator Ana Ruiz met with President Tomas Vidal, Finance Minister Rosa Pardo, and opposition leader Pablo Soto.');
    expect(triples(x, of('MET')).sort()).toEqual(['Ana Ruiz -MET-> Pablo Soto', 'Ana Ruiz -MET-> Rosa Pardo', 'Ana Ruiz -MET-> Tomas Vidal']);
  });
  it('reads no visit into a problem addressed or a topic spoken about in a place', () => {
    const x = extract('The Vice President and the Prime Minister agreed to keep addressing the situation in Haiti. The minister spoke about the crisis in Sudan.');
    expect(triples(x, of('VISITED'))).toEqual([]);
    const y = extract('Tom Hale addressed the crowd in Warsaw. Mary Byrne spoke on Monday at a rally in Leeds.');
    expect(triples(y, of('VISITED')).sort()).toEqual(['Mary Byrne -VISITED-> Leeds', 'Tom Hale -VISITED-> Warsaw']);
  });

  it('does not place a speaker where the topic is, nor one who addresses an issue', () => {
    const visited = (r: { type: string }) => r.type === 'VISITED';
    expect(triples(extract('President Ana Ruiz and Chancellor Tom Hale spoke today about the situation in Afghanistan.'), visited)).toEqual([]);
    expect(triples(extract('President Ana Ruiz agreed to keep working together, including addressing the situation in Haiti.'), visited)).toEqual([]);
    expect(triples(extract('Senator Tom Hale addressed a rally in Lima.'), visited)).toEqual(['Tom Hale -VISITED-> Lima']);
  });

  it('does not place someone at an event they did not attend or only reacted to', () => {
    const visited = (r: { type: string }) => r.type === 'VISITED';
    expect(triples(extract('Senator Tom Hale did not attend the funeral in Orlando.'), visited)).toEqual([]);
    expect(triples(extract('Leaders met in Niamey for a summit. In reaction to the summit, Senator Tom Hale accused Peru of lying.'), visited)).toEqual([]);
    expect(triples(extract('Leaders met in Niamey for a summit. At the opening of the summit, Senator Tom Hale said the deal was good.'), visited)).toEqual(['Tom Hale -VISITED-> Niamey']);
    expect(triples(extract('Secretary Tom Hale also spoke to the unprecedented investments in America.'), visited)).toEqual([]);
  });
});
