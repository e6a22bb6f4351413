import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

const typeOf = (x: ReturnType<typeof extract>) => Object.fromEntries(x.entities.map((e) => [e.name, e.type]));

describe('sports governing bodies named by sport and country', () => {
  it('reads "Hockey Kenya", "Canada Swimming" and "World Archery" as organisations, not a place or a person', () => {
    const x = extract('Hockey Kenya accused Canada Swimming of poaching coaches. World Archery president Maria Lind said Netball Fiji would host the meeting.');
    const byName = typeOf(x);
    expect(byName['Hockey Kenya']).toBe('Organization');
    expect(byName['Canada Swimming']).toBe('Organization');
    expect(byName['World Archery']).toBe('Organization');
    expect(byName['Netball Fiji']).toBe('Organization');
    expect(byName['Maria Lind']).toBe('Person');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Maria Lind']);
  });

  it('keeps longer names and national sides apart from the rule', () => {
    const x = extract('The Tonga Cricket Association said the Canada Hockey team would tour in May.');
    const byName = typeOf(x);
    expect(byName['Tonga Cricket Association']).toBe('Organization');
    expect(byName['Canada Hockey']).toBeUndefined();
  });
});

describe('known region names ending in a lower-case word', () => {
  it('reads "the Balkan states" and "the Gulf countries" as the regions, not a sea or a province', () => {
    const x = extract('Troops stationed in the Balkan states held drills, and the Gulf countries sent observers.');
    expect(x.entities.filter((e) => e.type === 'Location').map((e) => e.name).sort()).toEqual(['Balkans', 'the Gulf']);
  });

  it('reads "the Baltic countries" as the Baltics while "the Baltic Sea" stays the sea', () => {
    const x = extract('Ferries crossed the Baltic Sea to the Baltic countries.');
    expect(x.entities.filter((e) => e.type === 'Location').map((e) => e.name).sort()).toEqual(['Baltic Sea', 'Baltics']);
  });
});

describe('places introduced by a plural descriptor', () => {
  it('reads both names after "the islands of" and "the districts of" as places', () => {
    const x = extract('Schools on the islands of Malekula and Ambrym were damaged, and voters in the districts of Kibera and Mathare queued for hours.');
    expect(x.entities.filter((e) => e.type === 'Location').map((e) => e.name).sort()).toEqual(['Ambrym', 'Kibera', 'Malekula', 'Mathare']);
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('does not make a place of a person coordinated with a singular "the town of X"', () => {
    const x = extract('Mayor Tomas Reyes of the town of Alora and Julia Mendes met on Monday.');
    expect(x.entities.find((e) => e.name === 'Julia Mendes')?.type).toBe('Person');
  });
});

describe('national Red Cross and Red Crescent societies', () => {
  it('reads "<Country> Red Cross Society" and "<demonym> Red Crescent" as their own organisations', () => {
    const x = extract('The Malawi Red Cross Society and the Egyptian Red Crescent sent tents, the International Committee of the Red Cross said.');
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort();
    expect(orgs).toEqual(['Egyptian Red Crescent', 'International Committee of the Red Cross', 'Malawi Red Cross Society']);
    expect(x.entities.filter((e) => e.type === 'Country')).toEqual([]);
  });
});

describe('broadcasters named "Radio <place>"', () => {
  it('reads "Radio Ghana" and "Radio Tallinn" as organisations, not a country and a person', () => {
    const x = extract('The minister told Radio Ghana and Radio Tallinn that talks would resume.');
    const byName = typeOf(x);
    expect(byName['Radio Ghana']).toBe('Organization');
    expect(byName['Radio Tallinn']).toBe('Organization');
    expect(byName['Ghana']).toBeUndefined();
  });
});

describe('Royal Air Force stations', () => {
  it('reads "RAF <name>" as a place while a bare "RAF" stays the air force', () => {
    const x = extract('The jets flew from RAF Brize Norton to RAF Akrotiri, the RAF said.');
    const byName = typeOf(x);
    expect(byName['RAF Brize Norton']).toBe('Location');
    expect(byName['RAF Akrotiri']).toBe('Location');
    expect(byName['Royal Air Force']).toBe('Organization');
  });
});

describe("a place's police force", () => {
  it('reads "<place> police" in lower case as an organisation', () => {
    const x = extract('Suffolk police said the driver had left the country. The Mombasa police chief agreed.');
    const byName = typeOf(x);
    expect(byName['Suffolk police']).toBe('Organization');
    expect(byName['Mombasa police']).toBe('Organization');
    expect(byName['Suffolk']).toBeUndefined();
  });
});

describe('places named by a leading head word', () => {
  it('reads "Lake X", "Mount X", "Fort X" and Romance "Palacio/Piazza X" as places, not people or the country inside', () => {
    const x = extract('Reporters waited at the Palais Rohan and the Piazza Navona. Rangers near Lake Tana, Mount Kenya and Fort Hood were warned.');
    const places = x.entities.filter((e) => e.type === 'Location').map((e) => e.name).sort();
    expect(places).toEqual(['Fort Hood', 'Lake Tana', 'Mount Kenya', 'Palais Rohan', 'Piazza Navona']);
    expect(x.entities.filter((e) => e.type !== 'Location')).toEqual([]);
  });

  it('keeps a known name that opens with such a word', () => {
    const x = extract('Flights to Cape Town resumed.');
    expect(x.entities.map((e) => e.name)).toEqual(['Cape Town']);
  });
});

describe("an organisation's named body", () => {
  it('reads "<known organisation> <head>" as one organisation, as a place before a head already was', () => {
    const x = extract('The ruling by the UEFA Council angered fans. Later UEFA said it would appeal.');
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort();
    expect(orgs).toEqual(['UEFA', 'UEFA Council']);
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('organisation names of the form "<head> for A and B"', () => {
  it('reads "Union for Dignity and Reform" whole, not the town Union plus a fragment', () => {
    const x = extract('The opposition Union for Dignity and Reform (UDR) accused the Ministry of Health and Nato of delays.');
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort();
    expect(orgs).toEqual(['Ministry of Health', 'NATO', 'Union for Dignity and Reform']);
    expect(x.entities.filter((e) => e.type === 'Location')).toEqual([]);
  });
});

describe('ministries named by a list of portfolios', () => {
  it('reads "Ministry of Fisheries, Forestry and Mining" whole', () => {
    const x = extract('Officials at the Ministry of Fisheries, Forestry and Mining said the quota would stay.');
    expect(x.entities.map((e) => e.name)).toEqual(['Ministry of Fisheries, Forestry and Mining']);
  });

  it('does not swallow a list of other entities after a ministry', () => {
    const x = extract('The Ministry of Finance, Nato and Ghana signed the deal.');
    expect(x.entities.map((e) => e.name).sort()).toEqual(['Ghana', 'Ministry of Finance', 'NATO']);
  });
});

describe('organisations named after a "Lake/Mount X" place', () => {
  it('keeps "Mount Elgon Water Board" an organisation', () => {
    const x = extract('The Mount Elgon Water Board raised its prices.');
    expect(x.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['Organization Mount Elgon Water Board']);
  });
});

describe('places inside a competition name', () => {
  it('does not make a place of the region or town that opens a competition name', () => {
    const x = extract('Kenya beat Uganda at the Africa Rugby Sevens Cup in Kampala.');
    expect(x.entities.map((e) => e.name).sort()).toEqual(['Kampala', 'Kenya', 'Uganda']);
  });
});
