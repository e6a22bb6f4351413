/**
 * Finding entities by name or alias, for the search box. Accent- and case-insensitive; ranks exact
 * names first, then names starting with the query, then names with a word starting with it
 * ("Zelensky" finds "Volodymyr Zelensky"), then any substring; ties go to the more central entity.
 */
export interface Searchable {
  id: string;
  name: string;
  aliases: readonly string[];
  importance: number;
}

export interface SearchMatch {
  id: string;
  /** Lower is better. */
  score: number;
  /** The name or alias that matched. */
  matched: string;
}

interface Entry {
  id: string;
  importance: number;
  names: { text: string; key: string; alias: boolean }[];
}

export type SearchIndex = Entry[];

export const normalise = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function buildIndex(items: readonly Searchable[]): SearchIndex {
  return items.map((it) => ({
    id: it.id,
    importance: it.importance,
    names: [{ text: it.name, key: normalise(it.name), alias: false }, ...it.aliases.map((a) => ({ text: a, key: normalise(a), alias: true }))],
  }));
}

function scoreName(key: string, query: string): number | undefined {
  if (key === query) return 0;
  if (key.startsWith(query)) return 2;
  const at = key.indexOf(query);
  if (at < 0) return undefined;
  // A word starts at the match: "volodymyr zelensky" for "zel".
  return /[\p{L}\p{N}]/u.test(key[at - 1] ?? '') ? 6 : 4;
}

export function search(index: SearchIndex, query: string, limit = 10): SearchMatch[] {
  const q = normalise(query);
  if (!q) return [];
  const matches: (SearchMatch & { importance: number })[] = [];
  for (const entry of index) {
    let best: SearchMatch | undefined;
    for (const n of entry.names) {
      const s = scoreName(n.key, q);
      if (s === undefined) continue;
      const score = s + (n.alias ? 1 : 0);
      if (!best || score < best.score) best = { id: entry.id, score, matched: n.text };
    }
    if (best) matches.push({ ...best, importance: entry.importance });
  }
  matches.sort((a, b) => a.score - b.score || b.importance - a.importance || (a.id < b.id ? -1 : 1));
  return matches.slice(0, limit).map(({ id, score, matched }) => ({ id, score, matched }));
}
