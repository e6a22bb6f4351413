import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../src/model.js';
import { entityNames, extract, triples } from '../helpers.js';

describe('mentions and coreference', () => {
  it('joins honorific and surname mentions to the full name, and keeps the alias', () => {
    const x = extract('Canadian Foreign Minister Helena Marchetti arrived in Lima on Monday. Ms Marchetti said Peru was a partner. Marchetti left later.', '2022-03-09');
    const people = x.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.name)).toEqual(['Helena Marchetti']);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Ms Marchetti', 'Marchetti']));
    expect(extractionSchema.safeParse(x).success).toBe(true);
  });

  it('keeps two people who share a surname apart', () => {
    const x = extract('Senator Paul Okafor met his brother Daniel Okafor in Abuja. Daniel Okafor is a banker.');
    expect(entityNames(x, 'Person')).toEqual(['Daniel Okafor', 'Paul Okafor']);
  });

  it('does not make a person of a vocative title', () => {
    const x = extract('"Thank you, Mr President," said the visiting envoy Tomas Lindqvist.');
    expect(entityNames(x, 'Person')).toEqual(['Tomas Lindqvist']);
  });

  it('reads a capital acting as its government as the country, and as a place otherwise', () => {
    const x = extract('Paris says the deal is dead. The minister flew to Paris on Friday.', '2023-06-10');
    const france = x.entities.find((e) => e.name === 'France');
    expect(france?.type).toBe('Country');
    expect(x.entities.find((e) => e.name === 'Paris')?.type).toBe('Location');
  });

  it('types demonym-qualified titles as roles of the country', () => {
    const x = extract('Kenyan President Amara Wanjiku visited Uganda.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toEqual(['Amara Wanjiku -HOLDS_ROLE-> Kenya']);
    expect(x.relations.find((r) => r.type === 'HOLDS_ROLE')?.role).toBe('President');
  });

  it('reads "X of Y" roles and possessive roles', () => {
    const x = extract("Chile's foreign minister Rosa Alvarado met Prime Minister Anand Mehta of India in Santiago.");
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE').sort()).toEqual(['Anand Mehta -HOLDS_ROLE-> India', 'Rosa Alvarado -HOLDS_ROLE-> Chile']);
  });
});

describe('relations', () => {
  it('finds a meeting in the active voice, with its date', () => {
    const x = extract('Prime Minister Anand Mehta met Rosa Alvarado on Tuesday.', '2021-05-08');
    const met = x.relations.find((r) => r.type === 'MET')!;
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Anand Mehta -MET-> Rosa Alvarado']);
    expect(met.date).toBe('2021-05-04');
    expect(met.evidence).toBe('Prime Minister Anand Mehta met Rosa Alvarado on Tuesday.');
  });

  it('reads the passive voice with its agent', () => {
    const x = extract('Brazil was accused by Argentina of flooding the market.');
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Argentina -ACCUSED-> Brazil']);
  });

  it('drops negated relations', () => {
    const x = extract('Nigeria did not accuse Ghana of anything, officials said.');
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual([]);
  });

  it('marks hedged plans as not asserted', () => {
    const x = extract('Chancellor Greta Holm is keen to visit Norway next month.', '2022-01-15');
    const visit = x.relations.find((r) => r.type === 'VISITED');
    expect(visit?.modality).toBe('planned');
  });

  it('coordinated objects each get the relation', () => {
    const x = extract('The crisis prompted Poland to urge Germany and France to act.');
    expect(triples(x, (r) => r.type === 'URGED').sort()).toEqual(['Poland -URGED-> France', 'Poland -URGED-> Germany']);
  });

  it('reads "X and Y traded accusations" both ways', () => {
    const x = extract('Armenia and Azerbaijan traded accusations over the shelling.');
    expect(triples(x, (r) => r.type === 'ACCUSED').sort()).toEqual(['Armenia -ACCUSED-> Azerbaijan', 'Azerbaijan -ACCUSED-> Armenia']);
  });

  it('gives a sentence-initial adjunct the main clause subject', () => {
    const x = extract('After meeting Prime Minister Anand Mehta, Senator Paul Okafor said the talks went well.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Paul Okafor -MET-> Anand Mehta']);
  });

  it('reads a visit noun with the clause subject as visitor', () => {
    const x = extract('During a visit to Nairobi, Senator Paul Okafor praised Kenya.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Paul Okafor -VISITED-> Nairobi']);
  });

  it('reads relative clauses: "which it annexed"', () => {
    const x = extract('Troops moved to the Sinai peninsula, which Egypt annexed long ago.');
    expect(triples(x, (r) => r.type === 'ANNEXED')).toEqual(['Egypt -ANNEXED-> Sinai Peninsula']);
  });

  it('every evidence is a sentence of the text', () => {
    const text = 'Japan pledged support to the Philippines. Later, Vietnam urged China to show restraint.';
    const x = extract(text);
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) expect(text.slice(r.start, r.end)).toBe(r.evidence);
  });
});
