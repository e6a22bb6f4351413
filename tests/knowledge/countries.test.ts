import { describe, expect, it } from 'vitest';
import {
  capitalOf,
  entryByKey,
  isAmbiguousName,
  lookupAll,
  lookupDemonym,
  lookupName,
} from '../../src/knowledge/index.js';

const key = (phrase: string): string | undefined => lookupName(phrase)?.key;

describe('country names', () => {
  it('finds common, official and short forms', () => {
    expect(key('Ukraine')).toBe('country:ua');
    expect(key('United States')).toBe('country:us');
    expect(key('United States of America')).toBe('country:us');
    expect(key('USA')).toBe('country:us');
    expect(key('U.S.')).toBe('country:us');
    expect(key('U.S.A.')).toBe('country:us');
    expect(key('US')).toBe('country:us');
    expect(key('UK')).toBe('country:gb');
    expect(key('Britain')).toBe('country:gb');
    expect(key('UAE')).toBe('country:ae');
    expect(key('PRC')).toBe('country:cn');
    expect(key('DPRK')).toBe('country:kp');
    expect(key('ROK')).toBe('country:kr');
    expect(key('DRC')).toBe('country:cd');
    expect(key('Russian Federation')).toBe('country:ru');
  });

  it('is case-sensitive, so pronouns and words are not countries', () => {
    expect(lookupName('us')).toBeUndefined();
    expect(lookupName('uk')).toBeUndefined();
    expect(lookupName('turkey')).toBeUndefined();
    expect(lookupName('china')).toBeUndefined();
  });

  it('ignores a leading article, diacritics, apostrophes and possessives', () => {
    expect(key('the United States')).toBe('country:us');
    expect(key('The Netherlands')).toBe('country:nl');
    expect(key("Côte d'Ivoire")).toBe('country:ci');
    expect(key('Cote d’Ivoire')).toBe('country:ci');
    expect(key('Ivory Coast')).toBe('country:ci');
    expect(key("Russia's")).toBe('country:ru');
    expect(key('Türkiye')).toBe('country:tr');
    expect(key('Turkiye')).toBe('country:tr');
  });

  it('matches phrases written in capitals (datelines, headlines) when they have 4+ letters', () => {
    expect(key('UKRAINE')).toBe('country:ua');
    expect(key('UNITED KINGDOM')).toBe('country:gb');
  });

  it('knows alternative and former names news still uses', () => {
    expect(key('Burma')).toBe('country:mm');
    expect(key('Myanmar')).toBe('country:mm');
    expect(key('Czechia')).toBe('country:cz');
    expect(key('Czech Republic')).toBe('country:cz');
    expect(key('Swaziland')).toBe('country:sz');
    expect(key('Eswatini')).toBe('country:sz');
    expect(key('East Timor')).toBe('country:tl');
    expect(key('Timor-Leste')).toBe('country:tl');
    expect(key('Cabo Verde')).toBe('country:cv');
    expect(key('Holy See')).toBe('country:va');
  });

  it('uses the names English news uses as canonical names', () => {
    expect(entryByKey('country:tr')?.name).toBe('Turkey');
    expect(entryByKey('country:cz')?.name).toBe('Czech Republic');
    expect(entryByKey('country:us')?.name).toBe('United States');
    expect(entryByKey('country:gb')?.name).toBe('United Kingdom');
  });

  it('drops native forms that collide with English words', () => {
    expect(lookupName('Island')).toBeUndefined(); // Iceland's native name
    expect(lookupName('Thai')).toBeUndefined(); // a demonym, not the country
    expect(lookupName('Togolese')).toBeUndefined();
    expect(lookupName('Timor')).toBeUndefined();
  });

  it('flags names that need context', () => {
    for (const name of ['Chad', 'Jordan', 'Georgia', 'Niger', 'Congo', 'America', 'Holland', 'Korea', 'Macedonia']) {
      expect(isAmbiguousName(name), name).toBe(true);
      expect(lookupName(name)?.type, name).toBe('Country');
    }
    expect(entryByKey('country:td')?.ambiguous).toBe(true);
    expect(isAmbiguousName('United States')).toBe(false);
    expect(isAmbiguousName('Ukraine')).toBe(false);
    expect(isAmbiguousName('Nigeria')).toBe(false);
  });

  it('tells Niger from Nigeria and the two Congos apart', () => {
    expect(key('Niger')).toBe('country:ne');
    expect(key('Nigeria')).toBe('country:ng');
    expect(key('Republic of Congo')).toBe('country:cg');
    expect(key('Congo-Brazzaville')).toBe('country:cg');
    expect(key('Democratic Republic of Congo')).toBe('country:cd');
    expect(key('Congo')).toBe('country:cd');
  });

  it('types territories as countries of kind territory, partially recognised states as states', () => {
    expect(lookupName('Greenland')).toMatchObject({ type: 'Country', kind: 'territory' });
    expect(lookupName('Puerto Rico')).toMatchObject({ type: 'Country', kind: 'territory' });
    expect(lookupName('Taiwan')).toMatchObject({ type: 'Country', kind: 'state' });
    expect(lookupName('Kosovo')).toMatchObject({ type: 'Country', kind: 'state' });
    expect(lookupName('Palestine')).toMatchObject({ type: 'Country', kind: 'state' });
    expect(lookupName('Antarctica')?.type).not.toBe('Country');
  });

  it('lists every reading of a shared name, default first', () => {
    const all = lookupAll('Singapore').map((e) => e.key);
    expect(all[0]).toBe('country:sg');
  });
});

describe('demonyms', () => {
  it('maps adjectives and people forms to countries', () => {
    expect(lookupDemonym('Russian')).toEqual({ countryKey: 'country:ru', plural: false });
    expect(lookupDemonym('Russians')).toEqual({ countryKey: 'country:ru', plural: true });
    expect(lookupDemonym('Ukrainian')?.countryKey).toBe('country:ua');
    expect(lookupDemonym('British')).toMatchObject({ countryKey: 'country:gb', plural: false });
    expect(lookupDemonym('Britons')).toMatchObject({ countryKey: 'country:gb', plural: true });
    expect(lookupDemonym('Brits')).toMatchObject({ countryKey: 'country:gb', plural: true });
    expect(lookupDemonym('North Korean')?.countryKey).toBe('country:kp');
    expect(lookupDemonym('South Korean')?.countryKey).toBe('country:kr');
    expect(lookupDemonym('Emirati')?.countryKey).toBe('country:ae');
    expect(lookupDemonym('Filipino')?.countryKey).toBe('country:ph');
    expect(lookupDemonym('Filipinos')).toMatchObject({ countryKey: 'country:ph', plural: true });
    expect(lookupDemonym('Philippine')?.countryKey).toBe('country:ph');
    expect(lookupDemonym('American')?.countryKey).toBe('country:us');
    expect(lookupDemonym('Americans')?.countryKey).toBe('country:us');
    expect(lookupDemonym('French')?.countryKey).toBe('country:fr');
    expect(lookupDemonym('Dutch')?.countryKey).toBe('country:nl');
    expect(lookupDemonym('Chinese')).toMatchObject({ countryKey: 'country:cn', plural: false });
    expect(lookupDemonym('Turkish')?.countryKey).toBe('country:tr');
    expect(lookupDemonym('Turks')).toMatchObject({ countryKey: 'country:tr', plural: true });
    expect(lookupDemonym('Czechs')).toMatchObject({ countryKey: 'country:cz', plural: true });
    expect(lookupDemonym('Saudi')?.countryKey).toBe('country:sa');
    expect(lookupDemonym('Saudis')?.countryKey).toBe('country:sa');
    expect(lookupDemonym('Israeli')?.countryKey).toBe('country:il');
    expect(lookupDemonym('Israelis')).toMatchObject({ countryKey: 'country:il', plural: true });
    expect(lookupDemonym('Nigerien')?.countryKey).toBe('country:ne');
    expect(lookupDemonym('Nigerian')?.countryKey).toBe('country:ng');
    expect(lookupDemonym('Congolese')?.countryKey).toBe('country:cd');
    expect(lookupDemonym('Kazakh')?.countryKey).toBe('country:kz');
    expect(lookupDemonym('Azeri')?.countryKey).toBe('country:az');
  });

  it('does not invent plurals for -ese/-ish/-ch forms', () => {
    expect(lookupDemonym('Chineses')).toBeUndefined();
    expect(lookupDemonym('Britishs')).toBeUndefined();
    expect(lookupDemonym('Swisss')).toBeUndefined();
  });

  it('is case-sensitive but reads capitals', () => {
    expect(lookupDemonym('russian')).toBeUndefined();
    expect(lookupDemonym('RUSSIAN')?.countryKey).toBe('country:ru');
  });
});

describe('capitals', () => {
  it('gives the capital of a country as a Location in it', () => {
    expect(capitalOf('country:ua')).toMatchObject({ name: 'Kyiv', type: 'Location', capital: true, countryKey: 'country:ua' });
    expect(capitalOf('country:us')?.name).toBe('Washington');
    expect(capitalOf('country:ru')?.name).toBe('Moscow');
    expect(capitalOf('country:gb')?.name).toBe('London');
    expect(capitalOf('country:bo')?.name).toBe('La Paz');
    expect(capitalOf('country:lk')?.name).toBe('Colombo');
    expect(capitalOf('country:nl')?.name).toBe('Amsterdam');
  });

  it('finds capitals by alternate spellings', () => {
    expect(key('Kiev')).toBe('city:ua:kyiv');
    expect(key('Kyiv')).toBe('city:ua:kyiv');
    expect(key('Washington, D.C.')).toBe('city:us:washington');
    expect(key('Bogota')).toBe(key('Bogotá'));
    expect(key('Sanaa')).toBe(key("Sana'a"));
    expect(key('Ulaanbaatar')).toBe(key('Ulan Bator'));
    expect(key('The Hague')).toBe('city:nl:the-hague');
  });

  it('prefers the country when a capital shares its name', () => {
    expect(lookupName('Singapore')?.type).toBe('Country');
    expect(lookupName('Luxembourg')?.type).toBe('Country');
    expect(lookupName('Kuwait')?.type).toBe('Country');
    expect(key('Kuwait City')).toBe('city:kw:kuwait-city');
  });
});
