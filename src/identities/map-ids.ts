/**
 * An article's extraction seen through a run's IdentityMap: every entity id that resolution changed
 * is replaced by its resolved id, entities that become one are one (all names, all mentions), and
 * relations follow their entities. Sinks write what this returns, so an article written after a
 * merge (or written again) lands on the resolved node instead of bringing the old id back.
 *
 *   {ids: {"person:biden": "person:joe-biden"}, entities: {"person:joe-biden": {name: "Joe Biden", aliases: ["Biden"]}}}
 *   entity person:biden "Biden" → person:joe-biden "Joe Biden" (aliases ["Biden"]); Biden -MET-> X → Joe Biden -MET-> X
 */
import { ENTITY_TYPES, SYMMETRIC_RELATIONS, type Entity, type EntityType, type Extraction, type IdentityMap, type Relation } from '../model.js';

/**
 * old id → final id, chains followed (a → b, b → c gives a → c) and entries that change nothing left
 * out. A cycle is a broken map and throws.
 */
export function finalIds(map: IdentityMap): Map<string, string> {
  const final = new Map<string, string>();
  for (const from of Object.keys(map.ids)) {
    let to = from;
    const seen = new Set<string>();
    while (map.ids[to] !== undefined && map.ids[to] !== to) {
      if (seen.has(to)) throw new Error(`identity map has a cycle through ${to}`);
      seen.add(to);
      to = map.ids[to]!;
    }
    if (to !== from) final.set(from, to);
  }
  return final;
}

/** The extraction with resolved ids; the same object when the map changes nothing in it. */
export function mapExtractionIds(x: Extraction, map: IdentityMap, final: Map<string, string> = finalIds(map)): Extraction {
  // What this article alone decides comes first ("Biden" here is Joseph R. Biden, Jr.), then the run's ids.
  const own = map.documents?.[x.document.id];
  const resolved = (id: string): string => {
    const decided = own?.[id];
    return decided ? (final.get(decided) ?? decided) : (final.get(id) ?? id);
  };
  if (!x.entities.some((e) => resolved(e.id) !== e.id || renamed(e, map))) return x;

  const groups = new Map<string, Entity[]>();
  for (const e of x.entities) {
    const id = resolved(e.id);
    const group = groups.get(id);
    if (group) group.push(e);
    else groups.set(id, [e]);
  }
  const entities = [...groups].map(([id, group]) => mergeEntities(id, group, map.entities[id]));

  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const r of x.relations) {
    let [source, target] = [resolved(r.source), resolved(r.target)];
    if (source === target) continue; // a fact between two names of one entity is no fact
    if (SYMMETRIC_RELATIONS.has(r.type) && target < source) [source, target] = [target, source];
    const key = [r.type, source, target, r.start, r.end].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ ...r, source, target });
  }
  return { document: x.document, entities, relations };
}

function renamed(e: Entity, map: IdentityMap): boolean {
  const canonical = map.entities[e.id];
  return canonical !== undefined && (canonical.name !== e.name || canonical.aliases.some((a) => !e.aliases.includes(a)));
}

/**
 * One entity out of the article's entities that resolve to `id`: the canonical name when resolution
 * gives one, else the longest (as the graph and the Neo4j writer choose); every other name is an
 * alias; mentions are the union, in text order; attributes of the first entity win.
 */
function mergeEntities(id: string, group: Entity[], canonical: { name: string; aliases: string[] } | undefined): Entity {
  const first = group[0]!;
  let name = canonical?.name ?? first.name;
  if (!canonical) for (const e of group) if (e.name.length > name.length) name = e.name;
  const names = new Set<string>();
  for (const e of group) for (const n of [e.name, ...e.aliases]) names.add(n);
  for (const n of canonical?.aliases ?? []) names.add(n);
  names.delete(name);

  const spans = new Map<string, { start: number; end: number }>();
  for (const e of group) for (const m of e.mentions) spans.set(`${m.start}-${m.end}`, { start: m.start, end: m.end });
  const mentions = [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);

  const entity: Entity = { id, type: typeOfId(id) ?? first.type, name, aliases: [...names], mentions };
  const attributes = Object.assign({}, ...group.map((e) => e.attributes ?? {}).reverse()) as NonNullable<Entity['attributes']>;
  if (Object.keys(attributes).length) entity.attributes = attributes;
  return entity;
}

/** The entity type an id names by its prefix (`person:joe-biden` → Person), if it is one of ours. */
export function typeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_TYPES.find((t) => t.toLowerCase() === prefix);
}
