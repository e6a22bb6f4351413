/**
 * Between extractions and resolution: an article's entity summaries (what resolution reads), and an
 * article's extraction with the run's resolved ids (what `kg extract --out-dir` writes).
 *   summarise(extraction) → [{ documentId, id: 'person:biden', type, name: 'Biden', aliases, context: { countries, roles, of } }]
 *   applyIdentities(extraction, map) → the same article, ids resolved, entities that became one merged
 */
import type { KnowledgeGraph } from '../graph/build.js';
import type { Entity, EntitySummary, Extraction, IdentityMap, Relation } from '../model.js';

export function summarise(x: Extraction): EntitySummary[] {
  const countries = x.entities.flatMap((e) => (e.type === 'Country' && typeof e.attributes?.knowledgeKey === 'string' ? [e.attributes.knowledgeKey] : []));
  const roles = new Map<string, { roles: string[]; of: string[] }>();
  for (const r of x.relations) {
    if (r.type !== 'HOLDS_ROLE') continue;
    let held = roles.get(r.source);
    if (!held) roles.set(r.source, (held = { roles: [], of: [] }));
    if (r.role) held.roles.push(r.role);
    held.of.push(r.target);
  }
  return x.entities.map((e) => {
    const s: EntitySummary = { documentId: x.document.id, id: e.id, type: e.type, name: e.name, aliases: e.aliases };
    if (e.attributes) s.attributes = e.attributes;
    const held = roles.get(e.id);
    // The title the article gives the name counts as a role even when no country was found for it.
    const title = typeof e.attributes?.title === 'string' ? [e.attributes.title] : [];
    s.context = held || title.length ? { countries, roles: [...(held?.roles ?? []), ...title], of: held?.of ?? [] } : { countries };
    return s;
  });
}

/** The resolved id of `id` in article `documentId`. */
export function resolvedId(map: IdentityMap, documentId: string, id: string): string {
  return map.documents?.[documentId]?.[id] ?? map.ids[id] ?? id;
}

/**
 * The article with the run's ids. Names stay the article's own (the fullest form in the article), so
 * the article still reads as written; two entities of the article that resolve to one are merged.
 */
export function applyIdentities(x: Extraction, map: IdentityMap): Extraction {
  const byId = new Map<string, Entity>();
  for (const e of x.entities) {
    const id = resolvedId(map, x.document.id, e.id);
    const seen = byId.get(id);
    if (!seen) {
      byId.set(id, { ...e, id, aliases: [...e.aliases], mentions: [...e.mentions] });
      continue;
    }
    const names = new Set([seen.name, ...seen.aliases, e.name, ...e.aliases]);
    const name = [seen.name, e.name].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0]!;
    names.delete(name);
    seen.name = name;
    seen.aliases = [...names];
    seen.mentions = [...seen.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    if (e.attributes) seen.attributes = { ...e.attributes, ...seen.attributes };
  }
  const relations: Relation[] = [];
  const facts = new Set<string>();
  for (const r of x.relations) {
    const source = resolvedId(map, x.document.id, r.source), target = resolvedId(map, x.document.id, r.target);
    if (source === target) continue;
    const key = `${source}|${r.type}|${target}|${r.start}|${r.end}`;
    if (facts.has(key)) continue;
    facts.add(key);
    relations.push({ ...r, source, target });
  }
  return { ...x, entities: [...byId.values()], relations };
}

/**
 * The summaries of the articles already in a graph (a checkpoint an ingest continues), article by
 * article, so a continued run resolves over all its articles. Names are the nodes' (the fullest of
 * their articles), and an organisation's country is the one the node kept.
 */
export function summariesFromGraph(graph: KnowledgeGraph): EntitySummary[][] {
  const byDocument = new Map<string, EntitySummary[]>();
  const countries = new Map<string, string[]>();
  const held = new Map<string, { roles: string[]; of: string[] }>(); // `${documentId}\u0000${node}`
  graph.forEachNode((id, n) => {
    const key = n.attributes?.knowledgeKey;
    if (n.type !== 'Country' || typeof key !== 'string') return;
    for (const d of n.documentIds) countries.set(d, [...(countries.get(d) ?? []), key]);
  });
  graph.forEachEdge((_, a, source, target) => {
    if (a.type !== 'HOLDS_ROLE') return;
    for (const e of a.evidence) {
      const k = `${e.documentId}\u0000${source}`;
      let h = held.get(k);
      if (!h) held.set(k, (h = { roles: [], of: [] }));
      if (e.role) h.roles.push(e.role);
      h.of.push(target);
    }
  });
  graph.forEachNode((id, n) => {
    for (const d of n.documentIds) {
      const s: EntitySummary = { documentId: d, id, type: n.type, name: n.name, aliases: n.aliases };
      if (n.attributes) s.attributes = n.attributes;
      const h = held.get(`${d}\u0000${id}`);
      const c = countries.get(d) ?? [];
      s.context = h ? { countries: c, roles: h.roles, of: h.of } : { countries: c };
      const list = byDocument.get(d);
      if (list) list.push(s);
      else byDocument.set(d, [s]);
    }
  });
  return [...byDocument.values()];
}
