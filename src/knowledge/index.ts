/**
 * General knowledge for the extractor (PROVISIONAL minimal version: countries from world-countries,
 * a few titles and heads; the full gazetteer module replaces this file).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type KnowledgeType = 'Country' | 'Organization' | 'Location';
export interface KnowledgeEntry {
  key: string;
  type: KnowledgeType;
  name: string;
  aliases: string[];
  countryKey?: string;
  capital?: boolean;
  seatOf?: string;
  kind?: string;
  ambiguous?: boolean;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

let built: { byName: Map<string, KnowledgeEntry>; byKey: Map<string, KnowledgeEntry>; demonyms: Map<string, string>; capitals: Map<string, KnowledgeEntry> } | undefined;

function build() {
  const byName = new Map<string, KnowledgeEntry>();
  const byKey = new Map<string, KnowledgeEntry>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, KnowledgeEntry>();
  const add = (e: KnowledgeEntry) => {
    byKey.set(e.key, e);
    for (const n of [e.name, ...e.aliases]) if (!byName.has(n)) byName.set(n, e);
  };
  for (const c of require('world-countries') as WorldCountry[]) {
    const key = `country:${c.cca2.toLowerCase()}`;
    const aliases = [c.name.official, ...c.altSpellings.filter((s) => /^[A-Z][\p{L} ,.'-]+$/u.test(s) && s.length > 3 && !s.includes(','))];
    if (c.cca2 === 'US') aliases.push('US', 'U.S.', 'USA', 'U.S.A.', 'America');
    if (c.cca2 === 'GB') aliases.push('UK', 'U.K.', 'Britain');
    add({ key, type: 'Country', name: c.name.common, aliases });
    const d = c.demonyms?.eng?.m;
    if (d) demonyms.set(d, key);
    for (const cap of c.capital ?? []) {
      const e: KnowledgeEntry = { key: `city:${c.cca2.toLowerCase()}:${cap.toLowerCase().replace(/\W+/g, '-')}`, type: 'Location', name: cap, aliases: cap === 'Kyiv' ? ['Kiev'] : [], countryKey: key, capital: true, kind: 'city' };
      add(e);
      capitals.set(key, e);
    }
  }
  for (const [name, aliases] of [
    ['NATO', ['North Atlantic Treaty Organization']],
    ['European Union', ['EU']],
    ['African Union', ['AU']],
    ['United Nations', ['UN', 'U.N.']],
    ['International Monetary Fund', ['IMF']],
    ['Reuters', []],
    ['CNN', []],
    ['White House', []],
    ['State Department', ['Department of State']],
  ] as [string, string[]][])
    add({ key: `org:${name.toLowerCase().replace(/\W+/g, '-')}`, type: 'Organization', name, aliases });
  for (const [name] of [['Europe'], ['Africa'], ['Asia']]) add({ key: `region:${name!.toLowerCase()}`, type: 'Location', name: name!, aliases: [], kind: 'continent' });
  return { byName, byKey, demonyms, capitals };
}

const kb = () => (built ??= build());

export function lookupName(phrase: string): KnowledgeEntry | undefined {
  const p = phrase.replace(/^the\s+/i, '').trim();
  const hit = kb().byName.get(p);
  if (hit) return hit;
  if (/^[A-Z][a-z]{3,}$/.test(p)) {
    const upper = kb().byName.get(p.toUpperCase());
    if (upper) return upper;
  }
  return undefined;
}
export function lookupDemonym(word: string): { countryKey: string; plural: boolean } | undefined {
  const k = kb().demonyms.get(word);
  if (k) return { countryKey: k, plural: false };
  const s = word.endsWith('s') ? kb().demonyms.get(word.slice(0, -1)) : undefined;
  return s ? { countryKey: s, plural: true } : undefined;
}
export const entryByKey = (key: string) => kb().byKey.get(key);
export const capitalOf = (countryKey: string) => kb().capitals.get(countryKey);
export const isFirstName = (_w: string): boolean => false;
export const isKnownSurnameParticle = (w: string) => ['van', 'von', 'de', 'del', 'bin', 'al', 'el', 'ibn', 'da', 'dos', 'le', 'la', 'mac'].includes(w.toLowerCase());
export const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady']);
const TITLES = ['president', 'prime minister', 'foreign minister', 'secretary of state', 'spokesman', 'spokeswoman', 'commissioner', 'chairperson', 'chief constable', 'foreign secretary', 'coordinator', 'ambassador', 'minister', 'general', 'lieutenant general', 'commander', 'deputy commander', 'administrator', 'police and crime commissioner'];
export function matchTitle(words: string[], start: number): { end: number; title: string; head: string } | undefined {
  let best: { end: number; title: string; head: string } | undefined;
  for (const t of TITLES) {
    const parts = t.split(' ');
    if (parts.every((p, k) => words[start + k]?.toLowerCase() === p) && (!best || best.end < start + parts.length))
      best = { end: start + parts.length, title: words.slice(start, start + parts.length).join(' '), head: parts[parts.length - 1]! };
  }
  return best;
}
const ORG_HEADS = new Set(['ministry', 'department', 'office', 'council', 'commission', 'agency', 'bureau', 'parliament', 'congress', 'senate', 'court', 'army', 'navy', 'force', 'forces', 'police', 'party', 'union', 'bank', 'fund', 'forum', 'embassy', 'corps', 'organization', 'organisation', 'association', 'committee', 'hospital', 'university']);
export const isOrganizationHead = (w: string) => ORG_HEADS.has(w.toLowerCase());
const LOC_HEADS = new Set(['region', 'province', 'peninsula', 'island', 'islands', 'valley', 'strait', 'sea', 'gulf', 'river', 'county', 'state', 'district', 'area']);
export const isLocationHead = (w: string) => LOC_HEADS.has(w.toLowerCase());
