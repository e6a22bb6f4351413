/**
 * What merging entity ids in Neo4j has to change, worked out from what was read: pure, no driver.
 * merge-ids.ts reads the nodes and relationships of one batch of the IdentityMap, asks these
 * functions what to write, and writes it in the same transaction.
 *
 *   person:biden → person:joe-biden, both stored: joe-biden takes biden's names, mentions and facts; biden goes
 *   person:biden → person:joe-biden, only biden stored: biden is renamed (id, name, aliases)
 */
import { RELATION_TYPES, SYMMETRIC_RELATIONS, type EntityType, type IdentityMap, type RelationType } from '../../model.js';
import { typeOfId } from '../../identities/map-ids.js';

export type Props = Record<string, unknown>;

/** A stored entity node, as read. */
export interface StoredNode {
  id: string;
  props: Props;
}

/** A stored evidence relationship touching a node that changes id. */
export interface StoredRelationship {
  elementId: string;
  type: RelationType;
  source: string;
  target: string;
  props: Props;
}

/** A stored MENTIONED_IN of a node that changes id, or of its target for the same document. */
export interface StoredMention {
  elementId: string;
  entityId: string;
  documentId: string;
  count: number;
  offsets: string[];
}

export interface NodePlan {
  /** Old nodes that take the new id themselves (their target is not stored): from → to. */
  renames: { from: string; to: string }[];
  /** Nodes (by id after the renames) whose label must change, with the label they get. */
  relabels: { id: string; type: EntityType }[];
  /** Properties to set on each target node, by id after the renames (name, aliases, attributes it lacked). */
  updates: { id: string; props: Props }[];
  /** Old nodes that go once their relationships have moved. */
  removed: string[];
}

/** Groups the final id map by target, so every old id of one entity is handled in one transaction. */
export function batchesOf(final: Map<string, string>, size: number): Map<string, string>[] {
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of [...final].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  const batches: Map<string, string>[] = [];
  let current = new Map<string, string>();
  for (const [to, froms] of [...byTarget].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (current.size && current.size + froms.length > size) {
      batches.push(current);
      current = new Map();
    }
    for (const from of froms) current.set(from, to);
  }
  if (current.size) batches.push(current);
  return batches;
}

const OWN_KEYS = new Set(['id', 'name', 'aliases', 'type']);

/**
 * Per target: the stored target (or, when there is none, the first stored old node, renamed) keeps
 * its properties; the other nodes' names become aliases and their attributes fill in what it lacks.
 * The canonical name of the map wins; without one the longest name does, as in the writer.
 */
export function planNodes(batch: Map<string, string>, stored: Map<string, StoredNode>, entities: IdentityMap['entities']): NodePlan {
  const plan: NodePlan = { renames: [], relabels: [], updates: [], removed: [] };
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of batch) if (stored.has(from)) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  for (const [to, froms] of byTarget) {
    let base = stored.get(to);
    let merged = froms;
    if (!base) {
      base = stored.get(froms[0]!)!;
      merged = froms.slice(1);
      plan.renames.push({ from: froms[0]!, to });
      const type = typeOfId(to);
      if (type && base.props.type !== type) plan.relabels.push({ id: to, type });
    }
    const others = merged.map((id) => stored.get(id)!.props);
    const canonical = entities[to];
    let name = canonical?.name ?? String(base.props.name ?? '');
    if (!canonical) for (const p of others) if (String(p.name ?? '').length > name.length) name = String(p.name);
    const names: string[] = [];
    for (const p of [base.props, ...others]) names.push(...strings(p.aliases), ...(typeof p.name === 'string' ? [p.name] : []));
    names.push(...(canonical?.aliases ?? []));
    const aliases = [...new Set(names)].filter((n) => n !== name);
    const props: Props = { name, aliases };
    for (const p of others) for (const [k, v] of Object.entries(p)) if (!OWN_KEYS.has(k) && base.props[k] === undefined && props[k] === undefined) props[k] = v;
    plan.updates.push({ id: to, props });
    plan.removed.push(...merged);
  }
  return plan;
}

export interface RelationshipPlan {
  /** Relationships deleted (moved ones are re-created below). */
  deleted: string[];
  /** Relationships to create, by type, between ids as they are after the renames. */
  created: Record<RelationType, { source: string; target: string; props: Props }[]>;
}

/**
 * Each relationship of an old node goes to the resolved ids of its ends. One that ends up from an
 * entity to itself is dropped (the writer never writes one); MET goes from the smaller id to the
 * larger again; one a rename already put in place stays; two that become the same piece of evidence
 * (same type, ends, article and sentence) become one.
 */
export function planRelationships(batch: Map<string, string>, renames: NodePlan['renames'], relationships: StoredRelationship[]): RelationshipPlan {
  const renamed = new Map(renames.map((r) => [r.from, r.to]));
  const plan: RelationshipPlan = { deleted: [], created: Object.fromEntries(RELATION_TYPES.map((t) => [t, []])) as unknown as RelationshipPlan['created'] };
  const seen = new Set<string>();
  for (const r of relationships) {
    let [source, target] = [batch.get(r.source) ?? r.source, batch.get(r.target) ?? r.target];
    if (SYMMETRIC_RELATIONS.has(r.type) && target < source) [source, target] = [target, source];
    const key = [r.type, source, target, r.props.documentId, r.props.start, r.props.end].join('\u0000');
    const inPlace = source === (renamed.get(r.source) ?? r.source) && target === (renamed.get(r.target) ?? r.target);
    if (source !== target && inPlace && !seen.has(key)) {
      seen.add(key);
      continue;
    }
    plan.deleted.push(r.elementId);
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    plan.created[r.type].push({ source, target, props: r.props });
  }
  return plan;
}

/**
 * The mentions of one resolved entity in one article become one MENTIONED_IN: offsets united (in
 * text order), count the number of distinct offsets, as the writer counts an article's merged entity.
 */
export function planMentions(batch: Map<string, string>, mentions: StoredMention[]): { deleted: string[]; created: { entityId: string; documentId: string; count: number; offsets: string[] }[] } {
  const merged = new Map<string, { entityId: string; documentId: string; count: number; offsets: Set<string> }>();
  for (const m of mentions) {
    const entityId = batch.get(m.entityId) ?? m.entityId;
    const key = `${entityId}\u0000${m.documentId}`;
    const row = merged.get(key) ?? { entityId, documentId: m.documentId, count: 0, offsets: new Set<string>() };
    row.count += m.count;
    for (const o of m.offsets) row.offsets.add(o);
    merged.set(key, row);
  }
  const created = [...merged.values()].map((r) => {
    const offsets = [...r.offsets].sort(byOffset);
    return { entityId: r.entityId, documentId: r.documentId, count: offsets.length || r.count, offsets };
  });
  return { deleted: mentions.map((m) => m.elementId), created };
}

function byOffset(a: string, b: string): number {
  const [as, ae] = a.split('-').map(Number) as [number, number];
  const [bs, be] = b.split('-').map(Number) as [number, number];
  return as - bs || ae - be;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

