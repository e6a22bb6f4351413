/**
 * The name index behind lookupName: every entry (country, organisation, place) under every name it
 * goes by, keyed by nameKey(). When several entries share a name, the one with the higher rank wins
 * (a country over a region, a capital over a town), then the bigger population.
 */
import type { DemonymInfo, KnowledgeEntry } from './types.js';
import { isAllCaps, nameKey, titleCaseAcronym, withoutPossessive } from './normalize.js';

/**
 * Ranks: which entry a shared name means by default. A first-level division beats a foreign city
 * ('Ontario' is the province, not the Californian city), but see preferred(): within one country
 * the city wins ('Kharkiv' is the city, 'Kharkiv region' the oblast).
 */
export const RANK = {
  state: 100,
  organization: 95,
  territory: 92,
  curatedPlace: 90,
  capital: 85,
  adminRegion: 74,
  bigCity: 72,
  city: 60,
} as const;

interface Indexed {
  entry: KnowledgeEntry;
  rank: number;
  /** This name of the entry needs context ('Georgia', 'Congo', 'Male'). */
  ambiguous: boolean;
}

export interface Match {
  entry: KnowledgeEntry;
  /** The form that matched needs context (it is flagged, or another entry of another type shares it). */
  ambiguous: boolean;
}

export class Gazetteer {
  private readonly byName = new Map<string, Indexed[]>();
  /** Upper-cased keys, for phrases written all in capitals (datelines, headlines): 'KYIV'. Built on first need. */
  private upperIndex: Map<string, Indexed[]> | undefined;
  private readonly byKey = new Map<string, { entry: KnowledgeEntry; rank: number }>();
  readonly demonyms = new Map<string, DemonymInfo>();
  private readonly capitals = new Map<string, KnowledgeEntry[]>();

  /** Adds an entry under its name and aliases. Returns the stored entry (the existing one if the key is taken). */
  add(entry: KnowledgeEntry, rank: number, ambiguousNames: Iterable<string> = []): KnowledgeEntry {
    const existing = this.byKey.get(entry.key);
    if (existing) {
      this.addNames(existing.entry, [entry.name, ...entry.aliases], existing.rank, ambiguousNames);
      return existing.entry;
    }
    this.byKey.set(entry.key, { entry, rank });
    if (entry.capital && entry.countryKey) {
      const list = this.capitals.get(entry.countryKey);
      if (list) list.push(entry);
      else this.capitals.set(entry.countryKey, [entry]);
    }
    const flagged = keySet(ambiguousNames);
    if (flagged.size > 0 && flagged.has(nameKey(entry.name))) entry.ambiguous = true;
    this.index(entry, [entry.name, ...entry.aliases], rank, flagged);
    return entry;
  }

  /**
   * Bulk loading: adds a new entry under one name whose lookup key is already computed (generated
   * data carries it), skipping normalisation. The key must equal nameKey(entry.name).
   */
  addKeyed(entry: KnowledgeEntry, rank: number, key: string, ambiguous: boolean): void {
    this.byKey.set(entry.key, { entry, rank });
    if (ambiguous) entry.ambiguous = true;
    this.put(this.byName, key, { entry, rank, ambiguous });
    for (const alias of entry.aliases) this.put(this.byName, nameKey(alias), { entry, rank, ambiguous: false });
    this.upperIndex = undefined;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Adds names to an existing entry (an alias list from another source). */
  addNames(entry: KnowledgeEntry, names: string[], rank: number, ambiguousNames: Iterable<string> = []): void {
    const known = new Set([entry.name, ...entry.aliases]);
    const fresh = names.filter((n) => !known.has(n));
    entry.aliases.push(...fresh);
    this.index(entry, fresh, rank, keySet(ambiguousNames));
  }

  /** Flags one name of an entry as needing context ('Male', the capital of the Maldives). */
  markAmbiguous(entry: KnowledgeEntry, name: string): void {
    const key = nameKey(name);
    for (const item of this.byName.get(key) ?? []) if (item.entry === entry) item.ambiguous = true;
    if (key === nameKey(entry.name)) entry.ambiguous = true;
  }

  private index(entry: KnowledgeEntry, names: string[], rank: number, flagged: Set<string>): void {
    for (const name of names) {
      const key = nameKey(name);
      if (!key) continue;
      const ambiguous = flagged.has(key);
      this.put(this.byName, key, { entry, rank, ambiguous });
      const titled = titleCaseAcronym(key);
      if (titled) this.put(this.byName, titled, { entry, rank, ambiguous });
    }
    this.upperIndex = undefined;
  }

  /** All-caps lookup only for names of at least 4 letters: 'CHAD' is a name, 'US' is not 'Us'. */
  private byUpperName(): Map<string, Indexed[]> {
    if (!this.upperIndex) {
      const upper = new Map<string, Indexed[]>();
      for (const [key, items] of this.byName) {
        if (key.replace(/[^\p{L}]/gu, '').length < 4) continue;
        for (const item of items) this.put(upper, key.toUpperCase(), item);
      }
      this.upperIndex = upper;
    }
    return this.upperIndex;
  }

  private put(map: Map<string, Indexed[]>, key: string, item: Indexed): void {
    const list = map.get(key);
    if (!list) {
      map.set(key, [item]);
      return;
    }
    if (list.some((x) => x.entry === item.entry)) return;
    list.push(item);
    if (list.length > 1) list.sort(byPreference);
  }

  private candidates(phrase: string): Indexed[] | undefined {
    const list = this.rawCandidates(phrase);
    return list && list.length > 1 ? preferred(list) : list;
  }

  private rawCandidates(phrase: string): Indexed[] | undefined {
    const forms = [phrase];
    const bare = withoutPossessive(phrase);
    if (bare) forms.push(bare);
    for (const form of forms) {
      const key = nameKey(form);
      const hit = this.byName.get(key) ?? this.byName.get(key.replace(/^The /, ''));
      if (hit) return hit;
      if (isAllCaps(form)) {
        const upper = key.toUpperCase();
        const index = this.byUpperName();
        const capsHit = index.get(upper) ?? index.get(upper.replace(/^THE /, ''));
        if (capsHit) return capsHit;
      }
    }
    return undefined;
  }

  lookup(phrase: string): Match | undefined {
    const list = this.candidates(phrase);
    const best = list?.[0];
    if (!list || !best) return undefined;
    // A rival reading of another type makes the name ambiguous, unless it is minor (a foreign town
    // named Lebanon) or inside the country itself (Singapore the city, Mexico the state).
    const rival = list.find(
      (x) => x.entry.type !== best.entry.type && x.rank >= RANK.adminRegion && x.entry.countryKey !== best.entry.key,
    );
    return { entry: best.entry, ambiguous: best.ambiguous || rival !== undefined };
  }

  lookupAll(phrase: string): KnowledgeEntry[] {
    return (this.candidates(phrase) ?? []).map((x) => x.entry);
  }

  entry(key: string): KnowledgeEntry | undefined {
    return this.byKey.get(key)?.entry;
  }

  /** The first-listed capital: the seat of government where there are several. */
  capitalOf(countryKey: string): KnowledgeEntry | undefined {
    return this.capitals.get(countryKey)?.[0];
  }

  capitalsOf(countryKey: string): readonly KnowledgeEntry[] {
    return this.capitals.get(countryKey) ?? [];
  }

  entries(): KnowledgeEntry[] {
    return [...this.byKey.values()].map((x) => x.entry);
  }

  addDemonym(word: string, info: DemonymInfo): void {
    const key = nameKey(word);
    const existing = this.demonyms.get(key);
    if (!existing) {
      this.demonyms.set(key, info);
    } else if (existing.countryKey !== info.countryKey) {
      existing.ambiguous = true;
    }
  }

  /** True when the word is a demonym ('German'), so a place of that name must not shadow it. */
  isDemonym(word: string): boolean {
    return this.demonyms.has(nameKey(word));
  }

  isDemonymKey(key: string): boolean {
    return this.demonyms.has(key);
  }

  lookupDemonym(word: string): DemonymInfo | undefined {
    const key = nameKey(word);
    return this.demonyms.get(key) ?? (isAllCaps(word) ? this.demonyms.get(titleCase(key)) : undefined);
  }
}

/** Within one country, a city named like its division is meant before the division. */
function preferred(list: Indexed[]): Indexed[] {
  const first = list[0]!;
  if (first.entry.kind !== 'admin-region') return list;
  const city = list.find((x) => x.entry.kind === 'city' && x.entry.countryKey === first.entry.countryKey);
  return city ? [city, ...list.filter((x) => x !== city)] : list;
}

function keySet(names: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const n of names) set.add(nameKey(n));
  return set;
}

function byPreference(a: Indexed, b: Indexed): number {
  return b.rank - a.rank || (b.entry.population ?? 0) - (a.entry.population ?? 0);
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** 'São Tomé' → 'sao-tome': the name part of stable keys. */
export function slug(text: string): string {
  return slugOfKey(nameKey(text));
}

/** slug() of a text whose nameKey is already known. */
export function slugOfKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
