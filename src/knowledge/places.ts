/**
 * Places: curated continents, macro-regions, bodies of water and notable regions; cities and
 * first-level divisions generated from GeoNames (data/cities.json, data/regions.json).
 */
import cities from './data/cities.json' with { type: 'json' };
import regions from './data/regions.json' with { type: 'json' };
import { cityKey, countryKey } from './countries.js';
import {
  AMBIGUOUS_CITY_NAMES,
  ARABIC_ARTICLE_COUNTRIES,
  BODIES_OF_WATER,
  CITY_NAMES,
  CONTINENTS_AND_REGIONS,
  NOTABLE_REGIONS,
  REGIONS_NAMED_LIKE_PEOPLE,
  UK_COUNTIES,
  type PlaceRow,
} from './curated/places.js';
import { Gazetteer, RANK, slug, slugOfKey } from './gazetteer.js';
import { isFirstName } from './names.js';
import { nameKey } from './normalize.js';
import type { KnowledgeEntry } from './types.js';

/** See scripts/knowledge/build-data.ts. */
type CityRow = [string, string, number, string, string?];
type RegionRow = [string, string, string];

/** Generic words after a division's name: 'Kyiv Oblast' is also 'Kyiv' (found as the region only if no city is). */
const DIVISION_SUFFIX =
  / (?:Oblast|Oblast'|Province|Governorate|Region|Krai|Kray|Prefecture|Voivodeship|County|District|Municipality|Republic|Autonomous Region|Parish|Department|Division)$/;

function addPlaceRows(g: Gazetteer, rows: readonly PlaceRow[]): void {
  for (const [id, name, aliases, country, kind, ambiguous] of rows) {
    const entry: KnowledgeEntry = {
      key: country ? `region:${country.toLowerCase()}:${id}` : `region:${id}`,
      type: 'Location',
      name,
      aliases: [...aliases],
      kind,
    };
    if (kind === 'body-of-water') entry.key = `water:${id}`;
    if (country) entry.countryKey = countryKey(country);
    g.add(entry, RANK.curatedPlace, ambiguous ?? []);
  }
}

/** 'Al Fallūjah' → ['Fallūjah', 'Fallujah'-style -ah/-a variant]: how English news writes Arabic place names. */
function arabicVariants(name: string): string[] {
  const m = /^(?:Al|Ar|As|Ad|An|Az|At|Ash|Ath|Adh|El|Ed|Es|Er) (.+)$/.exec(name);
  const bare = m?.[1];
  const forms = bare ? [bare] : [name];
  const out: string[] = bare ? [bare] : [];
  for (const f of forms) if (/ah$/.test(f)) out.push(f.slice(0, -1));
  return out;
}

function addCities(g: Gazetteer): void {
  // A city named like its own country (Hong Kong, Macau) is the country's entry.
  const countryNames = new Set(
    g.entries().filter((e) => e.type === 'Country').map((e) => `${e.key}|${nameKey(e.name)}`),
  );
  for (const row of cities as CityRow[]) {
    const [name, code, population, flags] = row;
    const k = row[4] ?? name;
    if (g.isDemonymKey(k)) continue; // 'German' (a town) must not shadow the demonym
    const cKey = `country:${code.toLowerCase()}`;
    // National capitals were added with the countries (possibly under another spelling).
    if (flags.includes('c')) {
      const capital = g.capitalsOf(cKey).find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === k));
      if (capital) {
        capital.population = population;
        if (flags.includes('a') && population < 1_000_000) g.markAmbiguous(capital, name);
        continue;
      }
    }
    if (countryNames.has(`${cKey}|${k}`)) continue;
    const key = `city:${code.toLowerCase()}:${slugOfKey(k)}`;
    if (g.has(key)) continue; // two GeoNames places whose names differ only in diacritics
    const aliases = ARABIC_ARTICLE_COUNTRIES.has(code) ? arabicVariants(name) : [];
    const entry: KnowledgeEntry = { key, type: 'Location', name, aliases, countryKey: cKey, kind: 'city', population };
    g.addKeyed(entry, population >= 100_000 ? RANK.bigCity : RANK.city, k, flags.includes('a') && population < 1_000_000);
  }
  for (const [code, geoName, english, ...others] of CITY_NAMES) {
    if (!code || !geoName || !english) continue;
    const cKey = countryKey(code);
    const entry =
      g.lookupAll(geoName).find((e) => e.countryKey === cKey && e.kind === 'city') ??
      g.add({ key: cityKey(code, english), type: 'Location', name: english, aliases: [], countryKey: cKey, kind: 'city' }, RANK.bigCity);
    const names = [english, geoName, ...others];
    g.addNames(entry, names, RANK.bigCity);
    for (const n of names) if (AMBIGUOUS_CITY_NAMES.has(n)) g.markAmbiguous(entry, n);
    // Display the English name; the generated one stays an alias.
    if (entry.name !== english && !entry.capital) {
      entry.aliases = [entry.name, ...entry.aliases.filter((a) => a !== english)];
      entry.name = english;
    }
  }
}

function addRegions(g: Gazetteer): void {
  for (const [name, code, flags] of regions as RegionRow[]) {
    if (g.isDemonym(name)) continue; // Ethiopia's 'Somali' region vs the demonym
    const bare = name.replace(/^(?:Saint|St\.?) /, '').replace(/ Parish$/, '');
    if (flags.includes('a') && !REGIONS_NAMED_LIKE_PEOPLE.has(name)) continue;
    if (bare !== name && isFirstName(bare)) continue; // Caribbean parishes: 'Saint Michael'
    const short = name.replace(DIVISION_SUFFIX, '');
    const aliases = short !== name && !isFirstName(short) ? [short] : [];
    g.add(
      {
        key: `region:${code.toLowerCase()}:${slug(name)}`,
        type: 'Location',
        name,
        aliases,
        countryKey: countryKey(code),
        kind: 'admin-region',
      },
      RANK.adminRegion,
      name.length <= 3 ? [name] : [],
    );
  }
}

export function addPlaces(g: Gazetteer): void {
  addPlaceRows(g, CONTINENTS_AND_REGIONS);
  addPlaceRows(g, NOTABLE_REGIONS);
  addPlaceRows(g, UK_COUNTIES);
  addPlaceRows(g, BODIES_OF_WATER);
  addCities(g);
  addRegions(g);
}
