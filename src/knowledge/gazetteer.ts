/**
 * The name index behind lookupName: every entry (country, organisation, place) under every name it
 * goes by, keyed by nameKey(). When several entries share a name, the one with the higher rank wins
 * (a country over a region, a capital over a town), then the bigger population.
 */
import type { DemonymInfo, KnowledgeEntry } from './types.js';
import { isAllCaps, nameKey, titleCaseAcronym, withoutPossessive } from './normalize.js';

/** Ranks: which entry a shared name means by default. */
export const RANK = {
  state: 100,
  organization: 95,
  territory: 92,
  curatedPlace: 90,
  capital: 85,
  bigCity: 72,
  adminRegion: 70,
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
  /** Upper-cased keys, for phrases written all in capitals (datelines, headlines): 'KYIV'. */
  private readonly byUpperName = new Map<string, Indexed[]>();
  private readonly byKey = new Map<string, { entry: KnowledgeEntry; rank: number }>();
  readonly demonyms = new Map<string, DemonymInfo>();
  private readonly capitals = new Map<string, KnowledgeEntry>();

  /** Adds an entry under its name and aliases. Returns the stored entry (the existing one if the key is taken). */
  add(entry: KnowledgeEntry, rank: number, ambiguousNames: Iterable<string> = []): KnowledgeEntry {
    const existing = this.byKey.get(entry.key);
    if (existing) {
      this.addNames(existing.entry, [entry.name, ...entry.aliases], existing.rank, ambiguousNames);
      return existing.entry;
    }
    this.byKey.set(entry.key, { entry, rank });
    if (entry.capital && entry.countryKey && !this.capitals.has(entry.countryKey)) {
      this.capitals.set(entry.countryKey, entry);
    }
    const flagged = new Set([...ambiguousNames].map(nameKey));
    if (flagged.has(nameKey(entry.name))) entry.ambiguous = true;
    this.index(entry, [entry.name, ...entry.aliases], rank, flagged);
    return entry;
  }

  /** Adds names to an existing entry (an alias list from another source). */
  addNames(entry: KnowledgeEntry, names: string[], rank: number, ambiguousNames: Iterable<string> = []): void {
    const known = new Set([entry.name, ...entry.aliases]);
    const fresh = names.filter((n) => !known.has(n));
    entry.aliases.push(...fresh);
    this.index(entry, fresh, rank, new Set([...ambiguousNames].map(nameKey)));
  }

  private index(entry: KnowledgeEntry, names: string[], rank: number, flagged: Set<string>): void {
    for (const name of names) {
      const key = nameKey(name);
      if (!key) continue;
      const ambiguous = flagged.has(key);
      this.put(this.byName, key, { entry, rank, ambiguous });
      const titled = titleCaseAcronym(key);
      if (titled) this.put(this.byName, titled, { entry, rank, ambiguous });
      // All-caps lookup only for names of at least 4 letters: 'CHAD' is a name, 'US' is not 'Us'.
      if (key.replace(/[^\p{L}]/gu, '').length >= 4) {
        this.put(this.byUpperName, key.toUpperCase(), { entry, rank, ambiguous });
      }
    }
  }

  private put(map: Map<string, Indexed[]>, key: string, item: Indexed): void {
    const list = map.get(key);
    if (!list) {
      map.set(key, [item]);
      return;
    }
    if (list.some((x) => x.entry === item.entry)) return;
    list.push(item);
    list.sort((a, b) => b.rank - a.rank || (b.entry.population ?? 0) - (a.entry.population ?? 0));
  }

  private candidates(phrase: string): Indexed[] | undefined {
    const forms = [phrase];
    const bare = withoutPossessive(phrase);
    if (bare) forms.push(bare);
    for (const form of forms) {
      const key = nameKey(form);
      const hit = this.byName.get(key) ?? this.byName.get(key.replace(/^The /, ''));
      if (hit) return hit;
      if (isAllCaps(form)) {
        const upper = key.toUpperCase();
        const capsHit = this.byUpperName.get(upper) ?? this.byUpperName.get(upper.replace(/^THE /, ''));
        if (capsHit) return capsHit;
      }
    }
    return undefined;
  }

  lookup(phrase: string): Match | undefined {
    const list = this.candidates(phrase);
    const best = list?.[0];
    if (!list || !best) return undefined;
    const rival = list.find((x) => x.entry.type !== best.entry.type);
    return { entry: best.entry, ambiguous: best.ambiguous || rival !== undefined };
  }

  lookupAll(phrase: string): KnowledgeEntry[] {
    return (this.candidates(phrase) ?? []).map((x) => x.entry);
  }

  entry(key: string): KnowledgeEntry | undefined {
    return this.byKey.get(key)?.entry;
  }

  capitalOf(countryKey: string): KnowledgeEntry | undefined {
    return this.capitals.get(countryKey);
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

  lookupDemonym(word: string): DemonymInfo | undefined {
    const key = nameKey(word);
    return this.demonyms.get(key) ?? (isAllCaps(word) ? this.demonyms.get(titleCase(key)) : undefined);
  }
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** 'São Tomé' → 'sao-tome': the name part of stable keys. */
export function slug(text: string): string {
  return nameKey(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
