/**
 * Countries and territories (generated from world-countries) with the curated corrections applied:
 * names and short forms, demonyms, and capital cities.
 */
import countries from './data/countries.json' with { type: 'json' };
import { CAPITAL_ALIASES, CAPITAL_REPLACEMENTS, COUNTRY_OVERRIDES, NOT_COUNTRIES } from './curated/countries.js';
import { Gazetteer, RANK, slug } from './gazetteer.js';
import type { KnowledgeEntry } from './types.js';

export interface CountryRecord {
  code: string;
  cca3: string;
  name: string;
  official: string;
  alt: string[];
  capitals: string[];
  demonyms: string[];
  independent: boolean;
  region: string;
  subregion: string;
}

export const COUNTRY_RECORDS: readonly CountryRecord[] = countries;

export function countryKey(code: string): string {
  return `country:${code.toLowerCase()}`;
}

export function cityKey(code: string, name: string): string {
  return `city:${code.toLowerCase()}:${slug(name)}`;
}

/** Demonyms with no distinct plural: 'the Chinese', 'the Swiss', 'the British'. */
function hasPlainPlural(demonym: string): boolean {
  return !/(ese|ish|ch|sh|ss|s|x|z)$/.test(demonym) && !/(Swiss|Malagasy|Lao|Basotho|Batswana|Motswana|Mosotho|Ni-Vanuatu|I-Kiribati|US|U\.S\.|UK|Myanmar|Eswatini|New Zealand|Philippine)$/.test(demonym);
}

export function addCountries(g: Gazetteer): void {
  // States first, so that they own shared demonyms ('French' is France's, not its territories').
  const ordered = [...COUNTRY_RECORDS].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    if (NOT_COUNTRIES.has(c.code)) continue;
    const o = COUNTRY_OVERRIDES[c.code] ?? {};
    const key = countryKey(c.code);
    const drop = new Set(o.drop ?? []);
    const name = o.name ?? c.name;
    const names = [c.name, c.official, ...c.alt, ...(o.add ?? [])].filter((n) => n !== name && !drop.has(n));
    const kind = o.kind ?? (c.independent ? 'state' : 'territory');
    const entry: KnowledgeEntry = { key, type: 'Country', name, aliases: [...new Set(names)], kind };
    g.add(entry, kind === 'state' ? RANK.state : RANK.territory, o.ambiguous ?? []);

    const dropDemonyms = new Set(o.dropDemonyms ?? []);
    const singulars = [...c.demonyms, ...(o.demonyms ?? [])].filter((d) => !dropDemonyms.has(d));
    const register = (word: string, plural: boolean): void => {
      if (kind === 'territory' && g.lookupDemonym(word)) return;
      g.addDemonym(word, { countryKey: key, plural });
    };
    for (const d of new Set(singulars)) {
      register(d, false);
      if (hasPlainPlural(d)) register(`${d}s`, true);
    }
    for (const p of o.plurals ?? []) if (!singulars.includes(p)) register(p, true);

    const capitals = CAPITAL_REPLACEMENTS[c.code] ?? c.capitals.map((n) => (n === 'Washington D.C.' ? 'Washington' : n));
    for (const capital of capitals) {
      const city: KnowledgeEntry = {
        key: cityKey(c.code, capital),
        type: 'Location',
        name: capital,
        aliases: [...(CAPITAL_ALIASES[capital] ?? [])],
        countryKey: key,
        capital: true,
        kind: 'city',
      };
      // A capital named like its country (Singapore, Djibouti) is found through the country first.
      g.add(city, RANK.capital);
    }
  }
}
