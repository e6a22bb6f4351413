import { describe, expect, it } from 'vitest';
import { isAmbiguousName, lookupAll, lookupName } from '../../src/knowledge/index.js';

const key = (phrase: string): string | undefined => lookupName(phrase)?.key;

describe('cities', () => {
  it('finds major cities with their country', () => {
    expect(lookupName('Mumbai')).toMatchObject({ type: 'Location', kind: 'city', countryKey: 'country:in' });
    expect(lookupName('Shanghai')?.countryKey).toBe('country:cn');
    expect(lookupName('Lagos')?.countryKey).toBe('country:ng');
    expect(lookupName('Sao Paulo')?.countryKey).toBe('country:br');
    expect(lookupName('São Paulo')?.countryKey).toBe('country:br');
    expect(lookupName('Aleppo')?.countryKey).toBe('country:sy');
    expect(lookupName('Mariupol')?.countryKey).toBe('country:ua');
  });

  it('knows English exonyms and older transliterations news still uses', () => {
    expect(key('Cologne')).toBe(key('Köln'));
    expect(lookupName('Cologne')?.name).toBe('Cologne');
    expect(key('Munich')).toBe('city:de:munich');
    expect(key('Geneva')).toBe(key('Genève'));
    expect(key('Kharkov')).toBe(key('Kharkiv'));
    expect(key('Odesa')).toBe(key('Odessa'));
    expect(key('Zaporizhzhia')).toBe(key('Zaporozhye'));
    expect(key('Bombay')).toBe(key('Mumbai'));
    expect(key('Saigon')).toBe(key('Ho Chi Minh City'));
    expect(key('Rangoon')).toBe(key('Yangon'));
    expect(key('St. Petersburg')).toBe(key('Saint Petersburg'));
    expect(key('New York')).toBe(key('New York City'));
  });

  it('drops the Arabic article and final -h the way English copy does', () => {
    expect(lookupName('Raqqa')?.countryKey).toBe('country:sy');
    expect(lookupName('Fallujah')?.countryKey).toBe('country:iq');
    expect(lookupName('Hodeidah')?.countryKey).toBe('country:ye');
  });

  it('prefers the bigger of two same-named places, capitals first', () => {
    expect(lookupName('London')?.countryKey).toBe('country:gb');
    expect(lookupName('Paris')?.countryKey).toBe('country:fr');
    expect(lookupName('Birmingham')?.countryKey).toBe('country:gb');
    expect(lookupName('Washington')).toMatchObject({ capital: true, countryKey: 'country:us' });
    expect(lookupAll('Washington').some((e) => e.kind === 'admin-region')).toBe(true);
  });

  it('flags cities named like common words or first names, and drops very common words', () => {
    for (const name of ['Reading', 'Nice', 'Mobile', 'Bath', 'Split', 'Male', 'Charlotte']) {
      expect(lookupName(name)?.type, name).toBe('Location');
      expect(isAmbiguousName(name), name).toBe(true);
    }
    expect(lookupName('Of')).toBeUndefined();
    expect(lookupName('Police')).toBeUndefined();
    expect(isAmbiguousName('Moscow')).toBe(false);
    expect(isAmbiguousName('Paris')).toBe(false);
  });

  it('never lets a town shadow a demonym', () => {
    expect(lookupName('German')).toBeUndefined();
    expect(lookupName('Somali')).toBeUndefined();
  });
});

describe('regions, continents and water', () => {
  it('knows continents and macro-regions', () => {
    expect(lookupName('Europe')).toMatchObject({ type: 'Location', kind: 'continent' });
    expect(lookupName('Middle East')).toMatchObject({ type: 'Location', kind: 'region' });
    expect(key('the Middle East')).toBe('region:middle-east');
    expect(key('South-East Asia')).toBe(key('Southeast Asia'));
    for (const name of ['Latin America', 'the Balkans', 'the Caucasus', 'the Sahel', 'the Gulf', 'Indo-Pacific', 'the Arctic', 'Scandinavia', 'Horn of Africa', 'sub-Saharan Africa']) {
      expect(lookupName(name)?.type, name).toBe('Location');
    }
  });

  it('knows disputed and frequently reported regions with their country', () => {
    expect(lookupName('Crimea')).toMatchObject({ type: 'Location', countryKey: 'country:ua' });
    expect(key('Donbass')).toBe(key('Donbas'));
    expect(lookupName('Gaza')).toMatchObject({ key: 'region:ps:gaza-strip' });
    expect(lookupName('Gaza City')?.kind).toBe('city');
    expect(lookupName('West Bank')?.countryKey).toBe('country:ps');
    for (const name of ['Kashmir', 'Tibet', 'Xinjiang', 'Darfur', 'Tigray', 'Kurdistan', 'Catalonia', 'Siberia', 'Nagorno-Karabakh', 'Transnistria', 'Scotland', 'Hawaii']) {
      expect(lookupName(name)?.type, name).toBe('Location');
      expect(lookupName(name)?.countryKey, name).toBeDefined();
    }
  });

  it('knows first-level divisions from GeoNames, with and without their generic word', () => {
    expect(lookupName('Bavaria')?.countryKey).toBe('country:de');
    expect(lookupName('Ontario')?.countryKey).toBe('country:ca');
    expect(lookupName('Queensland')?.countryKey).toBe('country:au');
    expect(lookupName('Uttar Pradesh')?.countryKey).toBe('country:in');
    expect(lookupName('Sichuan')?.countryKey).toBe('country:cn');
    expect(lookupName('Texas')?.countryKey).toBe('country:us');
    expect(lookupName('Helmand')?.countryKey).toBe('country:af');
    expect(lookupName('Kyiv Oblast')?.countryKey).toBe('country:ua');
    expect(lookupAll('Kherson').some((e) => e.kind === 'admin-region')).toBe(true);
  });

  it('keeps the country reading of Georgia first but lists the US state', () => {
    expect(lookupName('Georgia')?.type).toBe('Country');
    expect(lookupAll('Georgia').map((e) => e.countryKey ?? e.key)).toContain('country:us');
  });

  it('knows seas, straits, gulfs and rivers', () => {
    expect(lookupName('Black Sea')).toMatchObject({ type: 'Location', kind: 'body-of-water' });
    expect(key('Sea of Azov')).toBe(key('Azov Sea'));
    expect(key('Strait of Hormuz')).toBe(key('Hormuz Strait'));
    for (const name of ['Taiwan Strait', 'South China Sea', 'Red Sea', 'the Mediterranean', 'Persian Gulf', 'Suez Canal', 'Nile', 'Danube', 'Bosphorus']) {
      expect(lookupName(name)?.kind, name).toBe('body-of-water');
    }
  });

  it('reads places in capitals, as in datelines', () => {
    expect(key('KYIV')).toBe('city:ua:kyiv');
    expect(key('NEW YORK')).toBe(key('New York'));
    expect(key('BLACK SEA')).toBe('water:black-sea');
  });
});
