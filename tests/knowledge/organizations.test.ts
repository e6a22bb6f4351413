import { describe, expect, it } from 'vitest';
import { entryByKey, isAmbiguousName, lookupName } from '../../src/knowledge/index.js';

const key = (phrase: string): string | undefined => lookupName(phrase)?.key;

describe('organisations', () => {
  it('knows the UN system and international bodies by name and acronym', () => {
    expect(key('United Nations')).toBe('org:un');
    expect(key('UN')).toBe('org:un');
    expect(key('U.N.')).toBe('org:un');
    expect(key('Security Council')).toBe('org:unsc');
    expect(key('UN Security Council')).toBe('org:unsc');
    expect(key('UNHCR')).toBe('org:unhcr');
    expect(key('WHO')).toBe('org:who');
    expect(lookupName('who')).toBeUndefined();
    expect(key('IAEA')).toBe('org:iaea');
    expect(key('European Union')).toBe('org:eu');
    expect(key('EU')).toBe('org:eu');
    expect(key('European Commission')).toBe('org:european-commission');
    expect(key('ECB')).toBe('org:ecb');
    for (const name of ['IMF', 'World Bank', 'OECD', 'OSCE', 'G7', 'G20', 'BRICS', 'Arab League', 'GCC', 'ECOWAS', 'Mercosur', 'APEC', 'Interpol', 'ICJ', 'ICRC', 'Amnesty International', 'Human Rights Watch', 'MSF', 'Greenpeace', 'African Union', 'ASEAN', 'OPEC']) {
      expect(lookupName(name)?.type, name).toBe('Organization');
    }
  });

  it('matches 4+-letter acronyms in title case too', () => {
    expect(key('Nato')).toBe('org:nato');
    expect(key('NATO')).toBe('org:nato');
    expect(key('Opec')).toBe('org:opec');
    expect(key('Asean')).toBe('org:asean');
    expect(key('Unicef')).toBe('org:unicef');
    expect(key('Nasa')).toBe('org:us-nasa');
    expect(lookupName('Un')).toBeUndefined(); // 2-3 letter acronyms stay in capitals
    expect(lookupName('Eu')).toBeUndefined();
  });

  it('knows news agencies and outlets', () => {
    for (const name of ['Reuters', 'Associated Press', 'AP', 'AFP', 'Xinhua', 'TASS', 'Interfax', 'Yonhap', 'KCNA', 'Kyodo', 'Anadolu', 'IRNA', 'WAFA', 'CNN', 'BBC', 'Al Jazeera', 'Fox News', 'Sky News', 'NHK', 'Deutsche Welle', 'France 24', 'New York Times', 'The New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'Le Monde', 'Der Spiegel', 'Politico']) {
      expect(lookupName(name), name).toMatchObject({ type: 'Organization', kind: 'news' });
    }
    expect(isAmbiguousName('ABC')).toBe(true);
    expect(isAmbiguousName('Guardian')).toBe(true);
  });

  it('gives national institutions their country', () => {
    expect(lookupName('White House')).toMatchObject({ type: 'Organization', countryKey: 'country:us' });
    expect(lookupName('the White House')?.key).toBe('org:us-white-house');
    expect(lookupName('White House')?.seatOf).toBeUndefined();
    expect(lookupName('State Department')?.countryKey).toBe('country:us');
    expect(lookupName('Pentagon')?.countryKey).toBe('country:us');
    expect(lookupName('FBI')?.countryKey).toBe('country:us');
    expect(lookupName('Duma')?.countryKey).toBe('country:ru');
    expect(lookupName('Bundestag')?.countryKey).toBe('country:de');
    expect(lookupName('Knesset')?.countryKey).toBe('country:il');
    expect(lookupName('IDF')?.countryKey).toBe('country:il');
    expect(lookupName('PLA')?.countryKey).toBe('country:cn');
    expect(lookupName('Foreign Office')?.countryKey).toBe('country:gb');
    expect(lookupName('Hezbollah')?.countryKey).toBe('country:lb');
  });

  it('marks seats of government that stand for the government', () => {
    expect(lookupName('Kremlin')).toMatchObject({ seatOf: 'country:ru', kind: 'seat' });
    expect(lookupName('the Kremlin')?.seatOf).toBe('country:ru');
    expect(lookupName('Downing Street')?.seatOf).toBe('country:gb');
    expect(lookupName('Élysée')?.seatOf).toBe('country:fr');
    expect(lookupName('Elysee')?.seatOf).toBe('country:fr');
    expect(entryByKey('org:us-white-house')?.seatOf).toBeUndefined();
  });

  it('knows armed groups and parties', () => {
    for (const name of ['Hamas', 'Taliban', 'ISIS', 'Islamic State', 'al-Qaeda', 'Al Qaeda', 'Houthis', 'Boko Haram', 'Wagner Group', 'Republican Party', 'Labour Party', 'BJP', 'ANC']) {
      expect(lookupName(name)?.type, name).toBe('Organization');
    }
  });

  it('knows major companies and flags those named like words', () => {
    for (const name of ['Gazprom', 'Boeing', 'Huawei', 'Microsoft', 'Toyota', 'Saudi Aramco', 'TSMC']) {
      expect(lookupName(name), name).toMatchObject({ type: 'Organization', kind: 'company' });
    }
    expect(isAmbiguousName('Apple')).toBe(true);
    expect(isAmbiguousName('Amazon')).toBe(true);
    expect(isAmbiguousName('Shell')).toBe(true);
    expect(lookupName('the Amazon')?.type).toBe('Location');
  });

  it('does not flag a country because a foreign town shares its name', () => {
    expect(isAmbiguousName('Lebanon')).toBe(false);
    expect(isAmbiguousName('Armenia')).toBe(false);
    expect(isAmbiguousName('Singapore')).toBe(false);
  });
});
