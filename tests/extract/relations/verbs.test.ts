/** Verb triggers (src/extract/relations/verbs.ts): subject, object, voice, and acts whose author is accused. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../../helpers.js';

const of = (type: string) => (r: { type: string }) => r.type === type;

describe('relations/verbs', () => {
  it('reads a verb with its preposition and both voices', () => {
    expect(triples(extract('Minister Ana Ruiz met with Senator Tom Hale in Lima.'), of('MET'))).toEqual(['Ana Ruiz -MET-> Tom Hale']);
    expect(triples(extract('Peru was accused by Chile of spying.'), of('ACCUSED'))).toEqual(['Chile -ACCUSED-> Peru']);
  });

  it("accuses the named author of a condemned act ('condemned X's invasion', 'the attack by X')", () => {
    const x = extract("Minister Ana Ruiz condemned Russia's invasion of Georgia. Senator Tom Hale condemned the attack by the Houthis on Monday.");
    expect(triples(x, of('ACCUSED'))).toEqual(['Ana Ruiz -ACCUSED-> Russia', 'Tom Hale -ACCUSED-> Houthis']);
  });

  it("reads 'blamed the explosion on X' and 'attributed the bombing to X'", () => {
    const x = extract('Officials from Chile blamed the explosion on Peru. Dr Ali Karimi attributed the bombing to Hamas.');
    expect(triples(x, of('ACCUSED'))).toEqual(['Chile -ACCUSED-> Peru', 'Ali Karimi -ACCUSED-> Hamas']);
  });

  it("reads 'charged X with' but not 'charged X a fee'", () => {
    expect(triples(extract('Prosecutors in Kenya charged Mark Otieno with fraud.'), of('ACCUSED'))).toEqual(['Kenya -ACCUSED-> Mark Otieno']);
    expect(triples(extract('The bank charged Paul Green a fee.'), of('ACCUSED'))).toEqual([]);
  });

  it("reads 'assured X that …' as a pledge to X, not 'assured the rollout'", () => {
    expect(triples(extract('Advisor Tom Hale assured Mr. Ben Cohen that the U.S. will remain engaged.'), of('PLEDGED'))).toEqual(['Tom Hale -PLEDGED-> Ben Cohen']);
    expect(triples(extract('Advisor Tom Hale assured Mr. Ben Cohen.'), of('PLEDGED'))).toEqual([]);
  });

  it('does not make co-subjects meet each other when they met named people', () => {
    const met = (r: { type: string }) => r.type === 'MET';
    expect(triples(extract('Today, Speaker Ana Ruiz and Leader Tom Hale met with Acting Budget Director Paul Green to discuss the budget.'), met)).toEqual(['Ana Ruiz -MET-> Paul Green', 'Tom Hale -MET-> Paul Green']);
    expect(triples(extract('Today, Speaker Ana Ruiz and Leader Tom Hale met with Office of Budget Acting Director Paul Green, Mayor Mark Dole, and Governor Lisa Berg to discuss the budget.'), met)).not.toContain('Ana Ruiz -MET-> Tom Hale');
    expect(triples(extract('Minister Ana Ruiz and Senator Tom Hale met on Monday in Lima.'), met)).toEqual(['Ana Ruiz -MET-> Tom Hale']);
  });

  it('does not make the people met the subjects of the purpose infinitive after them', () => {
    const x = extract('Senator Tom Hale met with Minister Ana Ruiz, Mayor Paul Green and Governor Lisa Berg to discuss the budget.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Tom Hale -MET-> Ana Ruiz', 'Tom Hale -MET-> Paul Green', 'Tom Hale -MET-> Lisa Berg']);
  });

  it("does not take the owner of a body for its representatives ('representatives from X's administration')", () => {
    expect(triples(extract("Senator Tom Hale met with representatives from President Ana Ruiz's administration."), (r) => r.type === 'MET')).toEqual([]);
  });

  it('does not read hosting a multilateral body or a named event as meeting it', () => {
    const met = (r: { type: string }) => r.type === 'MET';
    expect(triples(extract('Prime Minister Ana Ruiz said Peru will host APEC in Lima next year.'), met)).toEqual([]);
    expect(triples(extract('Advisor Tom Hale hosted the Green Growth Investor Forum on Monday.'), met)).toEqual([]);
    expect(triples(extract('Prime Minister Ana Ruiz hosted Senator Tom Hale in Lima.'), met)).toEqual(['Ana Ruiz -MET-> Tom Hale']);
  });

  it('gives a pledge to its recipient, not to a name modifying what is given, nor for courtesy', () => {
    const pledged = (r: { type: string }) => r.type === 'PLEDGED';
    expect(triples(extract('Advisor Tom Hale offered full U.S. support for those efforts.'), pledged)).toEqual([]);
    expect(triples(extract('Advisor Tom Hale offered the United States’ continued support to the region.'), pledged)).toEqual([]);
    expect(triples(extract('President Ana Ruiz offered her congratulations to King Tom Hale on his birthday.'), pledged)).toEqual([]);
    expect(triples(extract('Minister Ana Ruiz and Senator Tom Hale pledged to further U.S.-Peru cooperation in the region.'), pledged)).toEqual([]);
    expect(triples(extract('Minister Ana Ruiz and Senator Tom Hale pledged to further their work to ease tensions.'), pledged)).toEqual([]);
    expect(triples(extract('President Ana Ruiz offered Ukraine support.'), pledged)).toEqual(['Ana Ruiz -PLEDGED-> Ukraine']);
    expect(triples(extract("President Ana Ruiz pledged support for Colombia's efforts to combat the pandemic."), pledged)).toEqual(['Ana Ruiz -PLEDGED-> Colombia']);
  });

  it("reads 'asked X to' an infinitive, not 'pushed X to the left'", () => {
    expect(triples(extract('Mr Ali claimed Democrats pushed Senator Tom Hale to the far left on medicine.'), (r) => r.type === 'URGED')).toEqual([]);
    expect(triples(extract('Senator Tom Hale asked Minister Ana Ruiz to resign.'), (r) => r.type === 'URGED')).toEqual(['Tom Hale -URGED-> Ana Ruiz']);
  });

  it('does not read a photo caption that places people as support', () => {
    expect(triples(extract('President Tom Hale (center) stands with Peruvian and Chilean representatives.'), (r) => r.type === 'SUPPORTS')).toEqual([]);
    expect(triples(extract('President Tom Hale stands with Peru.'), (r) => r.type === 'SUPPORTS')).toEqual(['Tom Hale -SUPPORTS-> Peru']);
  });

  it("does not read meeting a demand or an obligation as a meeting", () => {
    expect(triples(extract('Officials praised firms such as Sanofi and AstraZeneca working to meet demand this winter.'), (r) => r.type === 'MET')).toEqual([]);
    expect(triples(extract('Chile and Peru met on Monday.'), (r) => r.type === 'MET')).toEqual(['Chile -MET-> Peru']);
  });
  it('reads "Radio host X" as a title, not as hosting X', () => {
    const x = extract('Radio host Tom Hale dies aged 79\n\nTom Hale, who hosted a show on WKRP Radio for decades, died on Friday. WKRP Radio said he was a legend.');
    expect(x.relations.filter((r) => r.type === 'MET')).toEqual([]);
    expect(triples(extract('The Acme Foundation will host Tom Hale next week.'), (r) => r.type === 'MET').length).toBe(1);
  });
  it('reads a caption whose "Image:" is glued to its last word as a caption', () => {
    expect(extract('President Tom Hale stands with leaders from Peru and Chile, as part of the Andes AccordsImage: The Agency.').relations.filter((r) => r.type === 'SUPPORTS')).toEqual([]);
  });
});
