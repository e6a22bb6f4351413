/**
 * The invented world the synthetic articles report on: real countries (from world-countries: name,
 * capital, demonym), invented office holders for each, international organisations, invented
 * parties, companies and disputed regions. Built from the seed alone, so every article of a corpus
 * (and of a bigger corpus with the same seed) talks about the same people.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { INSTITUTION_PARTS, PLACE_PARTS, TRADITIONS, traditionsFor, type TraditionName } from './names.js';
import { random, type Random } from './random.js';

export type Gender = 'male' | 'female';

export interface Country {
  name: string;
  /** Name as used inside a sentence ("the Netherlands"). */
  inText: string;
  capital: string;
  demonym: string;
  subregion: string;
  /** Title of the head of government. */
  leaderTitle: 'President' | 'Prime Minister' | 'Chancellor';
  parties: string[];
}

export interface Organization {
  name: string;
  /** Short form used after the first mention: an acronym ("the IMF") or a word ("Nato"). */
  short?: string;
  /** The full name takes "the" in running text. */
  article: boolean;
  international: boolean;
}

export interface Person {
  given: string;
  surname: string;
  /** As printed: given name first, or family name first where that is the custom. */
  full: string;
  gender: Gender;
  /** Role title ("Foreign Minister", "Secretary-General", "chief executive"). */
  role: string;
  /** Country whose office they hold, or undefined for an organisation's official. */
  country?: Country;
  /** Organisation they work for, when any. */
  organization?: Organization;
  /** A middle initial, printed on some first mentions ("Samuel K. Osei"). */
  initial?: string;
}

export interface World {
  countries: Country[];
  organizations: Organization[];
  companies: Organization[];
  people: Person[];
  /** Officials by country, in the order of COUNTRY_ROLES. */
  officials: Map<Country, Person[]>;
  regions: string[];
}

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

const THE_COUNTRY = /^(United |Central African|Dominican Republic|Czech)|Islands$|^(Netherlands|Philippines|Maldives|Comoros|Bahamas|Seychelles|Gambia)$/;

export const COUNTRY_ROLES = ['leader', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Trade Minister', 'Energy Minister', 'spokesperson', 'opposition leader'] as const;

const INTERNATIONAL: Organization[] = [
  { name: 'United Nations', short: 'UN', article: true, international: true },
  { name: 'North Atlantic Treaty Organization', short: 'Nato', article: true, international: true },
  { name: 'European Union', short: 'EU', article: true, international: true },
  { name: 'African Union', short: 'AU', article: true, international: true },
  { name: 'Association of Southeast Asian Nations', short: 'Asean', article: true, international: true },
  { name: 'World Health Organization', short: 'WHO', article: true, international: true },
  { name: 'International Monetary Fund', short: 'IMF', article: true, international: true },
  { name: 'World Bank', article: true, international: true },
  { name: 'World Trade Organization', short: 'WTO', article: true, international: true },
  { name: 'Organization of American States', short: 'OAS', article: true, international: true },
  { name: 'Arab League', article: true, international: true },
  { name: 'International Atomic Energy Agency', short: 'IAEA', article: true, international: true },
  { name: 'International Committee of the Red Cross', short: 'ICRC', article: true, international: true },
  { name: 'International Criminal Court', short: 'ICC', article: true, international: true },
  { name: 'Organization of the Petroleum Exporting Countries', short: 'Opec', article: true, international: true },
];

export function buildWorld(seed: string | number): World {
  const rng = random(seed, 'world');
  const list = countries
    .filter((c) => c.unMember && c.capital?.[0] && c.demonyms?.eng?.m && !c.demonyms.eng.m.includes(','))
    .map((c): Country => {
      const name = c.name.common;
      return {
        name,
        inText: THE_COUNTRY.test(name) ? `the ${name}` : name,
        capital: c.capital[0]!,
        demonym: c.demonyms!.eng!.m,
        subregion: c.subregion ?? c.region,
        leaderTitle: rng.chance(0.55) ? 'President' : rng.chance(0.9) ? 'Prime Minister' : 'Chancellor',
        parties: [],
      };
    });
  // Popular countries first: pickSkewed then makes a few of them frequent, as in real news.
  const shuffled = rng.sample(list, list.length);
  for (const c of shuffled) c.parties = [partyName(rng), partyName(rng)].filter((p, i, all) => all.indexOf(p) === i);

  const people: Person[] = [];
  const officials = new Map<Country, Person[]>();
  for (const country of shuffled) {
    const staff = COUNTRY_ROLES.map((role) => {
      const person = invent(rng, traditionFor(rng, country), role === 'leader' ? country.leaderTitle : role, country);
      people.push(person);
      return person;
    });
    officials.set(country, staff);
  }
  const organizations = [...INTERNATIONAL];
  for (const org of organizations) {
    const role = org.name === 'United Nations' || org.name === 'North Atlantic Treaty Organization' ? 'Secretary-General' : rng.pick(['head', 'director-general', 'envoy', 'spokesperson']);
    people.push({ ...invent(rng, rng.pick(Object.keys(TRADITIONS) as TraditionName[]), role), organization: org });
  }
  const companies: Organization[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `${rng.pick(INSTITUTION_PARTS.companyHeads)} ${rng.pick(INSTITUTION_PARTS.companySectors)}`;
    if (companies.some((c) => c.name === name)) continue;
    const company: Organization = { name, article: false, international: false };
    companies.push(company);
    const home = rng.pickSkewed(shuffled);
    people.push({ ...invent(rng, traditionFor(rng, home), 'chief executive', home), organization: company });
  }
  const regions = new Set<string>();
  while (regions.size < 30) regions.add(`${rng.pick(PLACE_PARTS.heads)}${rng.pick(PLACE_PARTS.tails)}`);
  return { countries: shuffled, organizations, companies, people, officials, regions: [...regions] };
}

function traditionFor(rng: Random, country: Country): TraditionName {
  // Most officials carry their region's names; some a name from anywhere (diasporas, history).
  if (rng.chance(0.12)) return rng.pick(Object.keys(TRADITIONS) as TraditionName[]);
  return rng.pickSkewed(traditionsFor(country.subregion, country.name), 1.5);
}

function invent(rng: Random, tradition: TraditionName, role: string, country?: Country): Person {
  const t = TRADITIONS[tradition] as (typeof TRADITIONS)[TraditionName] & { surnameFirst?: boolean };
  const gender: Gender = rng.chance(0.5) ? 'female' : 'male';
  const given = rng.pick(gender === 'female' ? t.female : t.male);
  const surname = rng.pick(t.surnames);
  const person: Person = { given, surname, full: t.surnameFirst ? `${surname} ${given}` : `${given} ${surname}`, gender, role };
  if (country) person.country = country;
  if (!t.surnameFirst && rng.chance(0.08)) person.initial = String.fromCharCode(65 + rng.int(0, 25));
  return person;
}

function partyName(rng: Random): string {
  return `${rng.pick(INSTITUTION_PARTS.partyAdjectives)} ${rng.pick(INSTITUTION_PARTS.partyNouns)} ${rng.pick(INSTITUTION_PARTS.partyKinds)}`;
}
