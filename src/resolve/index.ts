/**
 * Corpus-level entity resolution: after the articles of a run are extracted, which per-article ids
 * name one real-world entity. Reads entity summaries (never the articles), article by article, and
 * builds an IdentityMap: old id → resolved id for the ids that change, and each resolved entity's
 * canonical name (the fullest form seen) with every other form as an alias.
 *
 *   resolveIdentities([
 *     { documentId: 'a', id: 'person:joseph-r-biden-jr', type: 'Person', name: 'Joseph R. Biden, Jr.', aliases: [] },
 *     { documentId: 'b', id: 'person:biden', type: 'Person', name: 'Biden', aliases: ['Mr Biden'] },
 *   ]) → { ids: { 'person:biden': 'person:joseph-r-biden-jr' },
 *          entities: { 'person:joseph-r-biden-jr': { name: 'Joseph R. Biden, Jr.', aliases: ['Biden', 'Mr Biden'] } } }
 *
 * The jobs: persons.ts (name variants, surname and given-name forms), acronyms.ts, homonyms.ts
 * (one name, bodies of different countries); user identities (`same`, `apart`) come first and win.
 * The result depends on the set of summaries, not on their order: the same input gives the same ids.
 */
import type { EntitySummary, IdentityMap, UserIdentities } from '../model.js';
import { joinAcronyms } from './acronyms.js';
import { Clusters } from './clusters.js';
import { Collector, fuller, nameOf, type EntityRecord } from './collect.js';
import { splitHomonyms } from './homonyms.js';
import { joinPersons, type DocumentDecisions } from './persons.js';

export interface ResolveOptions {
  identities?: UserIdentities;
}

/** Resolution fed article by article (as an ingest streams), resolved once at the end. */
export class IdentityResolver {
  private readonly collector = new Collector();

  /** The entity summaries of one article. */
  add(summaries: readonly EntitySummary[]): void {
    this.collector.add(summaries);
  }

  resolve(options: ResolveOptions = {}): IdentityMap {
    return resolveRecords([...this.collector.records.values()], options.identities);
  }
}

export function resolveIdentities(summaries: Iterable<EntitySummary>, options: ResolveOptions = {}): IdentityMap {
  const byDocument = new Map<string, EntitySummary[]>();
  for (const s of summaries) {
    const list = byDocument.get(s.documentId);
    if (list) list.push(s);
    else byDocument.set(s.documentId, [s]);
  }
  const resolver = new IdentityResolver();
  for (const id of [...byDocument.keys()].sort()) resolver.add(byDocument.get(id)!);
  return resolver.resolve(options);
}

function resolveRecords(unsorted: EntityRecord[], identities: UserIdentities | undefined): IdentityMap {
  const records = unsorted.sort((a, b) => (a.id < b.id ? -1 : 1));
  const byId = new Map(records.map((r) => [r.id, r]));
  const clusters = new Clusters(identities?.apart ?? []);
  for (const group of identities?.same ?? []) for (const id of group.slice(1)) clusters.join(group[0]!, id);

  const decisions: DocumentDecisions = new Map();
  const { split, variants } = splitHomonyms(records, decisions);
  const rest = records.filter((r) => !split.has(r.id));
  joinPersons(rest, clusters, decisions);
  joinAcronyms(rest, clusters);
  promoteUnanimous(rest, clusters, decisions);

  // Each group's resolved id is the id of its fullest-named record (the smallest id when none is known).
  const resolvedOf = new Map<string, string>();
  const resolved = (id: string): string => {
    if (variants.has(id)) return id;
    const root = clusters.find(id);
    let r = resolvedOf.get(root);
    if (!r) {
      const known = clusters.group(root).filter((m) => byId.has(m));
      r = known.length ? known.sort((a, b) => fuller(nameOf(byId.get(a)!), nameOf(byId.get(b)!)) || (a < b ? -1 : 1))[0]! : clusters.group(root).sort()[0]!;
      resolvedOf.set(root, r);
    }
    return r;
  };

  const map: IdentityMap = { ids: {}, entities: {} };
  const forms = new Map<string, Set<string>>();
  const addForms = (target: string, r: EntityRecord | undefined) => {
    if (!r) return;
    let s = forms.get(target);
    if (!s) forms.set(target, (s = new Set()));
    for (const n of r.names.keys()) s.add(n);
    for (const a of r.aliases) s.add(a);
  };
  for (const group of clusters.groups()) {
    const target = resolved(group[0]!);
    for (const id of group.sort()) {
      if (id !== target) map.ids[id] = target;
      addForms(target, byId.get(id));
    }
  }
  for (const documentId of [...decisions.keys()].sort()) {
    const entries: Record<string, string> = {};
    for (const [from, to] of [...decisions.get(documentId)!].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = resolved(to);
      if (!variants.has(to)) addForms(target, byId.get(to));
      addForms(target, byId.get(from));
      if (target !== (map.ids[from] ?? from)) entries[from] = target;
    }
    if (Object.keys(entries).length) (map.documents ??= {})[documentId] = entries;
  }
  for (const target of [...forms.keys()].sort()) {
    const record = variants.get(target) ?? byId.get(target);
    const all = forms.get(target)!;
    const name = record ? nameOf(record) : [...all].sort(fuller)[0]!;
    all.delete(name);
    map.entities[target] = { name, aliases: [...all].sort() };
  }
  return map;
}

/**
 * A one-word name that every one of its articles resolves to the same entity is joined outright,
 * so the map says it once instead of once per article.
 */
function promoteUnanimous(records: EntityRecord[], clusters: Clusters, decisions: DocumentDecisions): void {
  for (const r of records) {
    if (!r.shortContexts || r.shortContexts.length !== r.articles) continue;
    const targets = new Set(r.shortContexts.map((c) => {
      const to = decisions.get(c.documentId)?.get(r.id);
      return to ? clusters.find(to) : undefined;
    }));
    if (targets.size !== 1) continue;
    const [root] = targets;
    if (!root || !clusters.join(root, r.id)) continue;
    for (const c of r.shortContexts) decisions.get(c.documentId)!.delete(r.id);
  }
}
