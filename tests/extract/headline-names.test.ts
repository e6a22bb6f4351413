/**
 * Title Case headlines: the verb or noun beside a name ("… Ruiz Call with …", "… Meeting", "…
 * Launches") is no word of the name. Sentences written for the project, in the shape of readout titles.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { isCommonWord } from '../../src/extract/headline-names.js';
import { makeDocument } from '../../src/input/document.js';

function withTitle(title: string, body: string) {
  const text = `${title}\n\n${body}`;
  return extractDocument(makeDocument({ id: 'h', text, title, titleSpan: { start: 0, end: title.length }, body: { start: title.length + 2, end: text.length } }));
}
const people = (x: ReturnType<typeof withTitle>) => x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

describe('names in Title Case headlines', () => {
  it('ends a full name at the common word after it', () => {
    const x = withTitle('Readout of President Ana Ruiz Call with Prime Minister Tomas Varga of Peru', 'President Ruiz spoke today with Prime Minister Tomas Varga of Peru about trade.');
    expect(people(x)).toEqual(['Ana Ruiz', 'Tomas Varga']);
  });

  it('ends a surname alone, and a name with initials and a suffix', () => {
    expect(people(withTitle('Readout of Vice President Ruiz Meeting with Chancellor Lena Vogt of Austria', 'Vice President Ana Ruiz met Chancellor Lena Vogt of Austria in Vienna.'))).toEqual(['Ana Ruiz', 'Lena Vogt']);
    expect(people(withTitle('Readout of President Paul K. Mensah, Jr. Call with President Ana Ruiz of Peru', 'President Mensah spoke with President Ana Ruiz of Peru.'))).toEqual(['Ana Ruiz', 'Paul K. Mensah, Jr.']);
  });

  it('keeps a surname that is a common word in the surname place or when the body writes it so', () => {
    // After a given name: "Rice" is the surname, "Call" the noun.
    expect(people(withTitle('Readout of Secretary Susan Rice Call with Minister Kwame Mensah of Ghana', 'Secretary Rice spoke with Minister Kwame Mensah of Ghana.'))).toEqual(['Kwame Mensah', 'Susan Rice']);
    // The body writes "Okafor Young": "Young" belongs to the name, "Trip" does not.
    expect(people(withTitle('Readout of Governor Dilma Okafor Young Trip to Ghana', 'Governor Dilma Okafor Young arrived in Accra on Monday.'))).toEqual(['Dilma Okafor Young']);
  });

  it('ends a surname that is also an English word when the body uses it as a surname', () => {
    expect(people(withTitle('Readout of President Young Call with President Ana Ruiz of Peru', 'President Young spoke with President Ana Ruiz of Peru today.'))).toEqual(['Ana Ruiz', 'Young']);
  });

  it('leaves a name ending in an organisation head as it was read', () => {
    const x = withTitle('Readout of Senior Administration Travel to Fiji and Samoa', 'A delegation of officials travelled to Fiji and Samoa.');
    expect(people(x)).toEqual([]);
  });
});

describe('hyphenated given names in Title Case headlines', () => {
  it('keeps a hyphenated given name after a surname inside the name', () => {
    // (The tagger reads "Sung-ho" and "Sung-min" as common nouns: the headline's capitals say nothing.)
    const x = withTitle('Readout of National Security Advisor Mark Cole’s Call with National Security Advisor Choi Sung-ho of the Republic of Korea', 'They spoke about trade.');
    expect(people(x)).toEqual(['Choi Sung-ho', 'Mark Cole']);
    expect(people(withTitle('Envoy Yoo Sung-min Visits Busan', 'The envoy arrived on Monday.'))).toEqual(['Yoo Sung-min']);
  });

  it('leaves a hyphenated English word out of a name', () => {
    expect(people(withTitle('Ambassador Maria Vidal Holds Follow-up Talks', 'Ambassador Maria Vidal held talks.'))).toEqual(['Maria Vidal']);
  });
});

describe('isCommonWord', () => {
  it('is true for capitalised English words and false for names, heads and titles', () => {
    for (const w of ['Call', 'Meeting', 'Launches', 'Announces', 'Delivers', 'Statement', 'Trip', 'Remarks', 'Manufacturers']) expect(isCommonWord(w)).toBe(true);
    for (const w of ['Varga', 'Mensah', 'Administration', 'Council', 'Minister', 'Peru', 'Jr.', 'Ana']) expect(isCommonWord(w)).toBe(false);
  });
});
