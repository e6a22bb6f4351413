// Where titles and names begin and end in runs of capitalised words: a title never holds another
// person's name, descriptors and portfolio words stay out of names. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { joinTitleAndBody, makeDocument } from '../../src/input/document.js';
import { extract } from '../helpers.js';

const roles = (x: ReturnType<typeof extract>) =>
  x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${r.source} ${r.target} [${r.role}]`);

describe('a title holds no other person', () => {
  it('ends the next title after a coordinated name', () => {
    const x = extract('Today, Secretary of Commerce Paula Hendricks and National Economic Council Director Brian Tate met industry leaders.');
    expect(roles(x)).toEqual(['person:brian-tate organization:national-economic-council [Director]']);
  });

  it('ends each title of a list without commas at the name before it', () => {
    const x = extract('Participants Secretary of the Treasury Janet Pryor Secretary of Commerce Paula Hendricks Chief of Staff Karen Mills');
    expect(x.relations.every((r) => !/Pryor/.test(r.role ?? '') && !/Hendricks/.test(r.role ?? ''))).toBe(true);
  });
});

describe('a surname before a staff title names the person served', () => {
  it('keeps a sentence-opening descriptor out of the name and emits no employer', () => {
    const x = extract('Former Lindqvist adviser Tom Berg predicted a hard winter.');
    expect(x.entities.some((e) => /Former/.test(e.name))).toBe(false);
    expect(roles(x)).toEqual([]);
    expect(x.entities.find((e) => e.name === 'Tom Berg')?.type).toBe('Person');
  });

  it('reads a surname met before as a person, not an employer, whatever the title', () => {
    const x = extract('Paula Ventner met the board. Longtime Ventner spokesman Jim Cole confirmed it.');
    expect(roles(x)).toEqual([]);
    expect(x.entities.some((e) => e.type === 'Organization')).toBe(false);
  });

  it('still reads an unknown company before a title as the employer', () => {
    const x = extract('Former Telvora chief executive Laura Hines resigned on Monday.');
    expect(roles(x)).toEqual(['person:laura-hines organization:telvora [chief executive]']);
  });
});

describe('titles of several words after their head', () => {
  it('keeps "pro tempore" in the title, out of the name', () => {
    const x = extract('The vote passed. Oregon Senate President Pro Tempore Anna Keller signed the bill on Tuesday.');
    expect(roles(x)).toEqual(['person:anna-keller organization:oregon-senate [President Pro Tempore]']);
    const y = extract('Assembly Assistant Speaker pro tempore Laura Winfield-Hayes voted against it.');
    expect(y.entities.find((e) => e.type === 'Person')?.name).toBe('Laura Winfield-Hayes');
  });
});

describe('the last portfolio word belongs to the title', () => {
  it('keeps "Climate Change" and "X and Y" portfolios out of the name', () => {
    const x = extract('Special Envoy for Climate Change Li Wenhao met the delegation in Paris.');
    expect(x.entities.find((e) => e.type === 'Person')?.name).toBe('Li Wenhao');
    const y = extract('The talks included the European Commission Director General for Neighbourhood and Enlargement Anna Keller and others.');
    expect(roles(y)).toEqual(['person:anna-keller organization:european-commission [Director General for Neighbourhood and Enlargement]']);
    const z = extract('They were joined by Assistant Secretary for Mental Health and Substance Use Dr. Laura Keller yesterday.');
    expect(z.entities.map((e) => e.name)).toEqual(['Laura Keller']);
  });

  it('gives no one a title that ends on "and"', () => {
    const x = extract('The panel heard Ana Ruiz, Assistant to the President and Director of the Gender Policy Council and Tom Berg, Deputy Director.');
    expect(x.relations.some((r) => r.source === 'person:tom-berg' && /Council/.test(r.role ?? ''))).toBe(false);
    const y = extract('The Secretary met Director of the Office of the Foreign Affairs Commission and Foreign Minister Zhang Wei in Beijing.');
    expect(y.relations.filter((r) => r.type === 'HOLDS_ROLE').every((r) => !/\band$/.test(r.role ?? ''))).toBe(true);
  });
});

describe('a headline name opening with a possessive', () => {
  it('reads "People’s Republic of China" whole in Title Case, with either apostrophe', () => {
    for (const title of ['Readout of the Meeting with People’s Republic of China Foreign Minister Zhang Wei', "Readout of the Meeting with People's Republic of China Director of the Office of the Foreign Affairs Commission Zhang Wei"]) {
      const x = extractDocument(makeDocument({ id: 't', ...joinTitleAndBody(title, 'The talks went on.') }));
      expect(x.entities.filter((e) => e.type === 'Country').map((e) => e.id)).toEqual(['country:china']);
    }
  });
});

describe('named periods are events, not entities', () => {
  it('types no "… Month", "… Year" or "… Anniversary" as an organisation that meets people', () => {
    const x = extract('On the first day of Black History Month, Domestic Policy Advisor Susan Hale hosted a roundtable in Atlanta.');
    expect(x.entities.some((e) => /Month/.test(e.name))).toBe(false);
    expect(x.relations.some((r) => r.type === 'MET')).toBe(false);
    const z = extract('Ahead of the Summit for Democracy, the President and Prime Minister affirmed their commitment.');
    expect(z.entities).toEqual([]);
    const y = extract('The Lunar New Year and the Golden Jubilee were celebrated in Oakland.');
    expect(y.entities.map((e) => e.name)).toEqual(['Oakland']);
  });
});

describe('a title ending in an honorific word', () => {
  it('gives "First Lady X" her title although "Lady" is an honorific', () => {
    const x = extract('First Lady Maria Keller visited a school in Ohio on Monday.');
    expect(x.entities.find((e) => e.name === 'Maria Keller')?.attributes?.title).toBe('First Lady');
    const z = extract('The minister met Saudi Defense Minister Prince Khalid Al Rashed and Crown Prince Omar Al Rashed.');
    expect(z.entities.find((e) => e.name === 'Khalid Al Rashed')?.attributes?.title).toBe('Defense Minister');
    expect(z.entities.find((e) => e.name === 'Omar Al Rashed')?.attributes?.title).toBe('Crown Prince');
    const y = extract('The minister met Lady Anne Carter in London.');
    expect(y.entities.find((e) => e.name === 'Anne Carter')?.attributes?.title).toBeUndefined();
  });
});

describe('spouse titles', () => {
  it("gives a spouse's title named with a leader the leader's country", () => {
    const x = extract('They discussed the State Visit by ROK President Lee Min-ho and First Lady Park Soo-jin next month.');
    expect(roles(x)).toContain('person:park-soo-jin country:south-korea [First Lady]');
  });
});

describe('names cut or glued', () => {
  it("keeps a one-word company's name after a lone given name as the surname", () => {
    const x = extract('Former Boston Mayor Laura Brookings planned to invest in the city.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Laura Brookings']);
  });

  it('splits given name, surname, given name, surname into two people', () => {
    const x = extract('The guests included Port Envoy Robert Pellham Thomas Greer, the chief executive of Acme Freight.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Robert Pellham', 'Thomas Greer']);
    expect(roles(x)).toContain('person:thomas-greer organization:acme-freight [chief executive]');
    const y = extract('President Gustavo Francisco Petro Urrego spoke with reporters.');
    expect(y.entities.map((e) => e.name)).toEqual(['Gustavo Francisco Petro Urrego']);
  });
});

describe('"<title> to the <title>" is one title', () => {
  it('gives "Counselor to the President X" that title, not "President"', () => {
    const x = extract('Counselor to the President Tom Reed and Chief Economic Advisor to the Vice President Ana Ruiz joined the call.');
    const titles = Object.fromEntries(x.entities.map((e) => [e.name, e.attributes?.title]));
    expect(titles['Tom Reed']).toBe('Counselor to the President');
    expect(titles['Ana Ruiz']).toBe('Chief Economic Advisor to the Vice President');
  });
});

describe('role labels', () => {
  it('end on no connector before the employer', () => {
    const x = extract('They met Defence Minister Ion Rusu and Commander-in-Chief of the Moldovan Armed Forces Gen. Petru Lungu to discuss aid.');
    const roles = x.relations.filter((r) => r.type === 'HOLDS_ROLE' && r.source === 'person:petru-lungu').map((r) => r.role);
    expect(roles).toEqual(['Commander-in-Chief']);
  });
});
