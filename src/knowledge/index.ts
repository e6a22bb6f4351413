/**
 * General knowledge for the extractor: a gazetteer of countries, places and organisations,
 * demonyms, first names, honorifics, surname particles, role titles and head nouns. Everything
 * ships with the repo (src/knowledge/data, generated from npm packages, plus curated lists);
 * nothing is fetched at run time. The gazetteer is built once, on first use.
 */
import { addCountries } from './countries.js';
import { Gazetteer } from './gazetteer.js';
import { addOrganizations } from './organizations.js';
import { addPlaces } from './places.js';
import type { DemonymInfo, KnowledgeEntry } from './types.js';

export type { DemonymInfo, KnowledgeEntry, KnowledgeType, TitleMatch } from './types.js';
export { isTitleWord, matchTitle } from './titles.js';
export { HONORIFICS, isAmbiguousFirstName, isFirstName, isKnownSurnameParticle, sameGivenName } from './names.js';
export { isLocationHead, isOrganizationHead } from './heads.js';

let gazetteer: Gazetteer | undefined;

function knowledge(): Gazetteer {
  if (!gazetteer) {
    const g = new Gazetteer();
    addCountries(g);
    addOrganizations(g);
    addPlaces(g);
    gazetteer = g;
  }
  return gazetteer;
}

/**
 * The entry a proper-name phrase, as written in text, stands for: case-sensitive ('US' but not
 * 'us'), with diacritics, dots, apostrophes and hyphens ignored ('Cote d'Ivoire', 'U.S.'), a leading
 * 'the' and a trailing possessive ignored, 4+-letter acronyms also in title case ('Nato'), and
 * phrases in capitals of 4+ letters matched case-insensitively ('KYIV'). When entries share a name,
 * the default reading wins (the country Georgia over the US state).
 */
export function lookupName(phrase: string): KnowledgeEntry | undefined {
  return knowledge().lookup(phrase)?.entry;
}

/** Every entry the phrase can stand for, default reading first ('Georgia': the country, then the US state). */
export function lookupAll(phrase: string): KnowledgeEntry[] {
  return knowledge().lookupAll(phrase);
}

/**
 * True when the phrase matches an entry but needs context to be trusted: the form is flagged
 * ('Chad', 'Jordan', 'Congo', 'America', 'Male') or it also names an entry of another type.
 */
export function isAmbiguousName(phrase: string): boolean {
  return knowledge().lookup(phrase)?.ambiguous ?? false;
}

/** 'Russian', 'Russians', 'British', 'Britons', 'North Korean', 'Emirati', 'Filipino' → the country. */
export function lookupDemonym(word: string): DemonymInfo | undefined {
  return knowledge().lookupDemonym(word);
}

export function entryByKey(key: string): KnowledgeEntry | undefined {
  return knowledge().entry(key);
}

/** The capital city (the seat of government where there are several): 'country:ua' → Kyiv. */
export function capitalOf(countryKey: string): KnowledgeEntry | undefined {
  return knowledge().capitalOf(countryKey);
}

/** The country a dateline ("KATHMANDU", "PORT VILA", "Egypt") is in, as a knowledge key. */
export function datelineCountryKey(dateline: string): string | undefined {
  const entry = lookupName(dateline.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()));
  return entry?.type === 'Country' ? entry.key : entry?.countryKey;
}

/** Every entry, for tools and tests (built on first call). */
export function allEntries(): KnowledgeEntry[] {
  return knowledge().entries();
}
