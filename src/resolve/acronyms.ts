/**
 * Acronyms across articles: an article that defines one ("Iran's Revolutionary Guard Corps (IRGC)")
 * gives its entity the acronym as an alias; a bare acronym in another article ('organization:irgc',
 * named only 'IRGC') joins that entity when exactly one entity of the run defines it.
 *   joinAcronyms(records, clusters): 'organization:irgc' joins 'organization:revolutionary-guard-corps'
 */
import type { Clusters } from './clusters.js';
import type { EntityRecord } from './collect.js';

/** An acronym as written ('IRGC', 'U.N.', 'IRGC's' is not one): the letters, or undefined. */
export function acronymOf(name: string): string | undefined {
  const bare = name.replace(/\./g, '').trim();
  return /^[A-Z][A-Z&]{1,7}$/.test(bare) && /[A-Z].*[A-Z]/.test(bare) ? bare : undefined;
}

export function joinAcronyms(records: EntityRecord[], clusters: Clusters): void {
  // Acronym → the groups that define it (their names are not acronyms, an alias is).
  const definitions = new Map<string, Set<string>>();
  const bare: { record: EntityRecord; acronym: string }[] = [];
  for (const r of records) {
    if (r.type === 'Person' || r.type === 'Country') continue;
    const names = [...r.names.keys()];
    const onlyAcronym = names.every((n) => acronymOf(n)) && [...r.aliases].every((a) => acronymOf(a) || a.replace(/\./g, '') === acronymOf(names[0]!));
    if (onlyAcronym) {
      // A known organisation named by its acronym (NATO) is resolved by the gazetteer already.
      if (!r.knowledgeKey) bare.push({ record: r, acronym: acronymOf(names[0]!)! });
      continue;
    }
    for (const a of r.aliases) {
      const acronym = acronymOf(a);
      if (!acronym) continue;
      let s = definitions.get(acronym);
      if (!s) definitions.set(acronym, (s = new Set()));
      s.add(r.id);
    }
  }
  for (const { record, acronym } of bare.sort((a, b) => (a.record.id < b.record.id ? -1 : 1))) {
    const defs = [...(definitions.get(acronym) ?? [])];
    const groups = new Set(defs.map((id) => clusters.find(id)));
    if (groups.size === 1 && clusters.canJoin(defs[0]!, record.id)) clusters.join(defs[0]!, record.id);
  }
}
