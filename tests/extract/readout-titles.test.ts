// Readout title and portfolio parsing: "<title> of the <institution> of …" and participant lists.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

const typeOf = (x: ReturnType<typeof extract>) => Object.fromEntries(x.entities.map((e) => [e.name, e.type]));

describe('readout titles', () => {
  it('ends a title before an institution that has its own "of" phrase', () => {
    const x = extract('The board heard from Lena Ostrova, the Director of the Office of Housing and Transit, on Friday.');
    const types = typeOf(x);
    expect(types['Office of Housing and Transit']).toBe('Organization');
    expect(types['Transit']).toBeUndefined();
    expect(types['Lena Ostrova']).toBe('Person');
  });

  it('keeps "on" inside a deliberating body\'s name, not before a day', () => {
    const x = extract('The forum heard Transport Secretary Ivo Brandt, Council on Coastal Resilience Chair Dana Okoro, and others.');
    const types = typeOf(x);
    expect(types['Council on Coastal Resilience']).toBe('Organization');
    expect(types['Coastal Resilience']).toBeUndefined();
    expect(x.relations.some((r) => r.type === 'HOLDS_ROLE' && r.target === 'organization:council-on-coastal-resilience')).toBe(true);
    const y = typeOf(extract('The Harbour Council on Monday approved the new budget.'));
    expect(Object.keys(y).some((n) => /Monday/.test(n))).toBe(false);
  });

  it('reads a town\'s name after a given name at the end of a portfolio title as a surname', () => {
    // "Rodriguez" is a town's name too; after the given name "Marta" it is her surname.
    const types = typeOf(extract('The panel featured Senior Advisor and Director of Rural Affairs Marta Rodriguez, and others.'));
    expect(types['Marta Rodriguez']).toBe('Person');
    expect(types['Rodriguez']).toBeUndefined();
  });

  it('reads portfolio words of readout titles as part of the title, not as names', () => {
    const x = extract('Yesterday, Domestic Policy Advisor Nora Feld and Director of Public Engagement and Senior Advisor Omar Tesfaye met with mayors.');
    const types = typeOf(x);
    expect(types['Nora Feld']).toBe('Person');
    expect(types['Omar Tesfaye']).toBe('Person');
    expect(types['Domestic']).toBeUndefined();
    expect(types['Engagement']).toBeUndefined();
  });

  it('ends a title before capitalised words that run on to an institution\'s head', () => {
    const x = extract('Tomas Reyes, the Administrator of the Environmental Safety Agency, spoke on Friday.');
    const types = typeOf(x);
    expect(types['Environmental Safety Agency']).toBe('Organization');
    expect(types['Safety Agency']).toBeUndefined();
    expect(types['Tomas Reyes']).toBe('Person');
  });

  it('reads spouses\' titles and a cabinet seat as titles before a name', () => {
    const types = typeOf(extract('The summit featured Second Gentleman Arlo Finch and War Cabinet Member Dov Shalev among others.'));
    expect(types['Arlo Finch']).toBe('Person');
    expect(types['Dov Shalev']).toBe('Person');
    expect(Object.keys(types).some((n) => /Member|Gentleman/.test(n))).toBe(false);
  });

  it('reads a title word or a town\'s name as part of a person\'s name after a title', () => {
    // "Dean" is a title and "Mary" a town's name too.
    const types = typeOf(extract('Congresswoman Helen Dean (NY-3) and Congresswoman Mary Beth Okafor (NY-7) also took part.'));
    expect(types['Helen Dean']).toBe('Person');
    expect(types['Mary Beth Okafor']).toBe('Person');
    expect(types['Mary']).toBeUndefined();
  });

  it('reads a modal opening a question as the verb, not a given name', () => {
    const names = extract('((Q)) Will Red Kestrel employees be moved to the new site?').entities.map((e) => e.name);
    expect(names.some((n) => /^Will\b/.test(n))).toBe(false);
  });

  it('keeps two plain words after "and" inside "<head> of X and Y Z"', () => {
    const types = typeOf(extract('The Office of Oceans and Coastal Planning released a report on Monday.'));
    expect(types['Office of Oceans and Coastal Planning']).toBe('Organization');
    expect(types['Coastal Planning']).toBeUndefined();
  });

  it('ends a title before an institution whose name holds "and"', () => {
    const types = typeOf(extract('Lina Park, the Administrator of the National Oceans and Fisheries Administration, spoke.'));
    expect(types['National Oceans and Fisheries Administration']).toBe('Organization');
    expect(types['Oceans and Fisheries Administration']).toBeUndefined();
  });
});

describe('"Under" opening a sentence', () => {
  it('is the preposition before a title, and still part of "Under Secretary"', () => {
    const x = extract('Under President Lena Ortiz, the county grew. Under Secretary of State Tomas Berg visited Lima.');
    const titles = Object.fromEntries(x.entities.map((e) => [e.name, e.attributes?.title]));
    expect(titles['Lena Ortiz']).toBe('President');
    expect(titles['Tomas Berg']).toBe('Under Secretary of State');
  });
  it("gives a governor named before 'of <state>' that state", () => {
    const x = extract('Governor Tom Hale of Connecticut and Governor Lena Fox of Maine discussed heating aid.');
    const roles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${r.source} ${r.target}`);
    expect(roles).toContain('person:tom-hale location:connecticut');
    expect(roles).toContain('person:lena-fox location:maine');
  });

  it('reads a place before a state office as the state, not its city', () => {
    const x = extract('The President spoke with New York Governor Mary Byrne about the storm.');
    expect(x.relations.find((r) => r.type === 'HOLDS_ROLE')?.target).toBe('location:new-york');
  });

  it('does not read the capitalised first word of a lower-case title as a name', () => {
    const x = extract('Prime minister Omar Reyes said twenty people died. Foreign minister Lena Fox said talks would resume.');
    expect(Object.keys(typeOf(x)).sort()).toEqual(['Lena Fox', 'Omar Reyes']);
  });
  it("gives a state's legislators their state, not the publisher's country", () => {
    const x = extract('Participants:\n\n- Vermont Representative Emma Stone\n- Washington State Representative Lauren Davis\n\nThe United States will help.');
    const roles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${r.source} ${r.target}`).sort();
    expect(roles).toEqual(['person:emma-stone location:vermont', 'person:lauren-davis location:washington-state']);
    const senators = extract('Participants:\n\n- North Carolina State Senator Jim Hale\n\nThe United States will help.').relations.filter((r) => r.type === 'HOLDS_ROLE');
    expect(senators.map((r) => r.target)).toEqual(['location:north-carolina']);
  });
});
