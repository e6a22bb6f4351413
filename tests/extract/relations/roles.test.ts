/** HOLDS_ROLE (src/extract/relations/roles.ts): titles, counterparts, publisher cues. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index.js';
import { joinTitleAndBody, makeDocument } from '../../../src/input/document.js';
import { extract, triples } from '../../helpers.js';

const roles = (r: { type: string }) => r.type === 'HOLDS_ROLE';
const titled = (title: string, body: string, source?: string) => extractDocument(makeDocument({ id: 't', ...joinTitleAndBody(title, body), ...(source ? { source } : {}) }));

describe('relations/roles', () => {
  it('reads a title with its complement', () => {
    expect(triples(extract('Foreign Minister Ana Silva of Chile arrived on Monday.'), roles)).toEqual(['Ana Silva -HOLDS_ROLE-> Chile']);
  });

  it("does not give the host of a call the guest's country from the headline", () => {
    const x = titled('Readout of President Tom Hale Call with President Ana Silva of Chile', 'President Tom Hale spoke today with President Ana Silva of Chile. The leaders discussed trade.');
    expect(triples(x, roles).filter((t) => t.startsWith('Tom Hale'))).not.toContain('Tom Hale -HOLDS_ROLE-> Chile');
  });

  it("gives a government publisher's unqualified officials its country (JSONL source)", () => {
    const x = titled('Readout of a Meeting on Trade', 'National Security Advisor Tom Hale met with Foreign Minister Ana Silva of Chile. The United States and Chile agreed to meet again.', 'The White House');
    expect(triples(x, roles).sort()).toEqual(['Ana Silva -HOLDS_ROLE-> Chile', 'Tom Hale -HOLDS_ROLE-> United States']);
  });

  it('does not give the publisher a guest minister met in its readout', () => {
    const x = titled('Readout of a Meeting', 'Advisor Tom Hale met with First Minister Mary Byrne. The United States welcomed the talks.', 'The White House');
    expect(triples(x, roles)).toEqual(['Tom Hale -HOLDS_ROLE-> United States']);
  });

  it('reads the country opening a title chain the mention stage split', () => {
    const x = extract('Today, Advisor Tom Hale met with Jordanian Deputy Prime Minister and Minister of Foreign Affairs Ayman Karimi. They discussed Jordan.');
    expect(triples(x, roles)).toContain('Ayman Karimi -HOLDS_ROLE-> Jordan');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Tom Hale -MET-> Ayman Karimi']);
  });
  it("gives a published text's officials no country from its headline when the text does not name its own", () => {
    const x = titled('Readout of Vice President Ana Silva Meeting with King Omar of Jordan', 'Vice President Ana Silva met today with King Omar of Jordan. They discussed water and trade.');
    expect([...new Set(triples(x, roles))]).toEqual(['Omar -HOLDS_ROLE-> Jordan']);
  });

  it('reads a surname after a plain title as the publisher official, not as the country the sentence names', () => {
    const x = titled('Readout of a Meeting on Ports', 'The United States and Oman signed a ports accord. It is in line with President Hale’s plan for the region.', 'The White House');
    expect(triples(x, roles)).toEqual(['Hale -HOLDS_ROLE-> United States']);
  });

  it('gives no country to a title whose employer follows it in a list of guests', () => {
    const x = titled('Readout of a Convening on Trade in America', 'Participants included:\n\nMary Byrne, President, Coastal Shippers Alliance\n\nTom Hale, Executive Director, Harbor Workers Council', 'The White House');
    expect(triples(x, roles).filter((t) => t.endsWith('United States'))).toEqual([]);
  });

  it("does not give a guest leader the publisher's country from a weak cue", () => {
    const x = titled('Readout of a Meeting of the U.S. Trade Council', 'Today, Coordinator Tom Hale and Deputy Prime Minister Mary Byrne opened the council.', 'The White House');
    expect(triples(x, roles)).not.toContain('Mary Byrne -HOLDS_ROLE-> United States');
  });
  it("gives a governor, a mayor or a bare chief no publisher's country", () => {
    const x = titled('Readout of a Call on Storm Relief', 'National Security Advisor Tom Hale spoke with Governor Mary Byrne, Mayor Omar Reyes, State Senator Ana Ruiz (D-MA) and Chief Lena Fox. The United States will send aid.', 'The White House');
    expect(triples(x, roles)).toEqual(['Tom Hale -HOLDS_ROLE-> United States']);
  });
  it('gives the publisher one president: another "President X" in its text is a guest', () => {
    const x = titled('Readout of a Meeting on Trade', 'President Tom Hale met today with President Wen. The two leaders discussed trade between the United States and their region.', 'The White House');
    expect(triples(x, roles)).toEqual(['Tom Hale -HOLDS_ROLE-> United States']);
    const y = titled('Readout of a Forum on Jobs', 'The forum featured Senior Advisor to the President Ana Silva. President Hale spoke about jobs in the United States.', 'The White House');
    expect(triples(y, roles)).toContain('Hale -HOLDS_ROLE-> United States');
  });
  it('reads a list closed by "other <demonym> officials" as that country\'s people', () => {
    const x = titled('Readout of a Trip to Peru', 'Advisor Tom Hale and his team met with Foreign Minister Ana Silva, Attorney General Omar Reyes, and other senior Peruvian government officials. The United States and Peru agreed to meet again.', 'The White House');
    const got = triples(x, roles);
    expect(got).toContain('Ana Silva -HOLDS_ROLE-> Peru');
    expect(got).toContain('Omar Reyes -HOLDS_ROLE-> Peru');
    expect(got).not.toContain('Omar Reyes -HOLDS_ROLE-> United States');
  });
  it("gives a company's senior vice president no country", () => {
    const x = titled('Power cut for thousands of homes in the United States', 'Power was cut to thousands of homes. Senior vice president Tom Hale said the safety of customers came first.');
    expect(triples(x, roles)).toEqual([]);
  });
  it('reads "The President" in a readout as its own president, not the guest president named last', () => {
    const x = titled('Readout of President Tom Hale’s Call with President Ivan Duque of Colombia', 'President Tom Hale spoke today with President Ivan Duque of Colombia. The President pledged support for Colombia’s efforts to fight the pandemic.');
    expect(triples(x, (r) => r.type === 'PLEDGED')).toEqual(['Tom Hale -PLEDGED-> Colombia']);
  });
  it("gives a guest leader's spouse no publisher's country", () => {
    const x = titled('Readout of Vice President Ana Silva’s Meeting with President Marco Reyes of Peru', 'Vice President Ana Silva met with President Marco Reyes of Peru and First Lady Lucia Ortiz-Reyes. The United States and Peru discussed trade.', 'The White House');
    expect(triples(x, roles)).not.toContain('Lucia Ortiz-Reyes -HOLDS_ROLE-> United States');
  });
  it("gives no headline country to a leader named beside leaders of two other countries", () => {
    const x = titled('Readout of Advisor Tom Hale’s Trip to Peru', 'Advisor Tom Hale met President Ana Silva of Peru. The council was set up by President Omar Reyes of Chile, President Silva, and Prime Minister Lena Fox. The United States will help.', 'The White House');
    expect(triples(x, roles)).not.toContain('Lena Fox -HOLDS_ROLE-> Peru');
  });
});
