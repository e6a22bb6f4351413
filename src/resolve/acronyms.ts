/**
 * Acronyms across articles: an article that defines one ("Iran's Revolutionary Guard Corps (IRGC)")
 * gives its entity the acronym as an alias; a bare acronym in another article ('organization:irgc',
 * named only 'IRGC') joins that entity when exactly one entity of the run defines it.
 *   joinAcronyms(records, clusters): 'organization:irgc' joins 'organization:revolutionary-guard-corps'
 */
import type { Clusters } from './clusters.js';
import { nameOf, type EntityRecord } from './collect.js';

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
      if (!acronym || !spells(acronym, nameOf(r))) continue;
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

/**
 * The acronym spells the name's capitals in order, all of them or all but one of three or more
 * ('IRGC' and 'Revolutionary Guard Corps', its first word left out of the name): a bracketed state code
 * ('Tuskegee University (AL)') is no definition.
 */
export function spells(acronym: string, name: string): boolean {
  // Two letters spell too much by chance ('MO' for a state); a name holding the acronym is another body ('NAACP Legal Defense Fund').
  if (acronym.length < 3 || name.replace(/\./g, '').split(/[^\p{L}&]+/u).includes(acronym)) return false;
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  let i = 0;
  for (const ch of capitals) if (i < acronym.length && ch === acronym[i]) i++;
  // Letters matched from the start; one missing letter may be anywhere: try skipping each.
  if (i === acronym.length) return true;
  if (acronym.length < 3) return false;
  for (let skip = 0; skip < acronym.length; skip++) {
    const rest = acronym.slice(0, skip) + acronym.slice(skip + 1);
    let j = 0;
    for (const ch of capitals) if (j < rest.length && ch === rest[j]) j++;
    if (j === rest.length) return true;
  }
  return false;
}
