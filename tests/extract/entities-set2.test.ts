import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

describe('organisation names opening with a title word', () => {
  it('reads "the General Tribunal" as one organisation, not General + a person', () => {
    const x = extract('The carrier said it would appeal to the General Tribunal in Lisbon. Lieutenant General Kofi Mensah declined to comment.');
    const byName = Object.fromEntries(x.entities.map((e) => [e.name, e.type]));
    expect(byName['General Tribunal']).toBe('Organization');
    expect(byName['Kofi Mensah']).toBe('Person');
    expect(byName['Tribunal']).toBeUndefined();
  });
});

describe('described businesses in coreference', () => {
  it('reads "the company" as the unknown firm the text described as a company', () => {
    const x = extract('Regulators fined logistics company Trasko on Monday. The company pledged to the European Commission to change its contracts.');
    expect(x.relations.filter((r) => r.type === 'PLEDGED').map((r) => `${r.source} -> ${r.target}`)).toEqual(['organization:trasko -> organization:european-commission']);
  });
});

describe('surnames that are also town names', () => {
  it('reads a bare surname of a person named before as that person, not a town', () => {
    const x = extract('Opposition leader Peter Banda accused the commission of fraud. Banda said his party would appeal.');
    expect(x.entities.filter((e) => e.type === 'Location').map((e) => e.name)).toEqual([]);
    expect(x.entities.find((e) => e.name === 'Peter Banda')?.aliases).toContain('Banda');
  });
});

describe('demonym + lone head names', () => {
  it('reads "the Bhutanese Congress" as one party, and a later bare "Congress" as the same party', () => {
    const x = extract('The Bhutanese Congress accused the government of delays. Congress officials said they would protest.');
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toEqual(['Bhutanese Congress']);
  });

  it('does not read a capitalised "Former" opening a sentence as a name', () => {
    const x = extract('Former federation president Yusuf Karim welcomed the ruling.');
    expect(x.entities.map((e) => e.name)).toEqual(['Yusuf Karim']);
  });
});

describe('two-word names opening with a small town\'s name', () => {
  it('reads "Mao Xuefeng" after a title as a person, not the town Mao', () => {
    const x = extract('The ministry spokesman, Mao Xuefeng, told reporters the talks would continue.');
    expect(x.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Mao Xuefeng:Person']);
  });
});
