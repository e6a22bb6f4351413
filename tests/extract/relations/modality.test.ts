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

  it("marks a meeting looked forward to as planned", () => {
    const x = extract('President Tom Hale looks forward to the meeting with President Ana Silva in Rome later this month.');
    const met = x.relations.find((r) => r.type === 'MET');
    expect(met?.modality).toBe('planned');
  });

  it("marks 'will visit P, R on a date for meetings' as planned", () => {
    const x = extract('Dr. Tom Hale will visit Ramallah, the West Bank on December 6 for meetings with senior officials.', '2023-12-05');
    expect(x.relations.filter((r) => r.type === 'VISITED').map((r) => r.modality)).toEqual(['planned']);
  });

  it('marks a trip one is invited or asked to make as planned, and one one is unable to make as not happening', () => {
    const x = extract('Mr. Tom Hale invited his counterpart, Ana Ruiz, to visit Lima before the end of the month.');
    expect(x.relations.filter((r) => r.type === 'VISITED').map((r) => r.modality)).toEqual(['planned']);
    const y = extract('President Tom Hale said that he would be unable to travel to Peru to meet with President Ana Ruiz.');
    expect(triples(y, (r) => r.type === 'VISITED' || r.type === 'MET')).toEqual([]);
  });
  it('marks a visit someone is invited to make, far after the invitation, as planned', () => {
    const x = extract('During the meeting, Mr. Tom Hale extended an invitation on behalf of President Ana Silva for President-elect Omar Reyes to visit Washington.');
    expect(x.relations.filter((r) => r.type === 'VISITED').map((r) => r.modality)).toEqual(['planned']);
  });
});
