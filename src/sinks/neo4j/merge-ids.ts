/**
 * Brings a stored graph in line with a run's IdentityMap: an entity written earlier under another id
 * (a "Biden" stored as person:biden before a later batch resolved it to person:joe-biden) becomes
 * the resolved node. Per old id → new id:
 *
 *   new node stored   → it takes the old node's names (the old name becomes an alias), the attributes
 *                       it lacked, every evidence relationship (all types, both directions) and every
 *                       MENTIONED_IN (counts and offsets of one article united); the old node goes
 *   new node missing  → the old node is renamed: id, name and aliases (and label, if the type changed)
 *
 * One transaction per batch of ids (every old id of one entity in the same batch), every value a
 * parameter, labels and relationship types only from model.ts. Re-running the same map finds no old
 * node and changes nothing; articles written afterwards go through mapExtractionIds (the sink's
 * `identities` option), so re-ingesting them lands on the resolved nodes and adds nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type IdentityMap, type RelationType } from '../../model.js';
import type { Neo4jConnection } from '../../neo4j/connection.js';
import { finalIds } from '../../identities/map-ids.js';
import { batchesOf, planMentions, planNodes, planRelationships, type StoredMention, type StoredNode, type StoredRelationship } from './merge-plan.js';
import { vocabulary } from './writer.js';

export interface MergeIdsOptions {
  /** Old ids per transaction (default 500); the ids of one entity are never split. */
  batchSize?: number;
}

export interface MergeIdsResult {
  /** Old nodes merged into a stored node and removed. */
  merged: number;
  /** Old nodes that took their new id because no node had it. */
  renamed: number;
  /** Evidence relationships moved to another node (re-created). */
  relationships: number;
  /** Old ids of the map with no node stored (never written, or merged already). */
  absent: number;
  transactions: number;
}

const READ_NODES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, properties(e) AS props`;

const READ_RELATIONSHIPS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WHERE type(r) IN $types
WITH DISTINCT r
RETURN elementId(r) AS elementId, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props`;

/** The old nodes' mentions, and their targets' mentions of the same articles (to be united with them). */
const READ_MENTIONS = `
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.old})-[m:MENTIONED_IN]->(d:Document)
OPTIONAL MATCH (d)<-[k:MENTIONED_IN]-(:Entity {id: pair.new})
UNWIND [x IN [m, k] WHERE x IS NOT NULL] AS mention
WITH DISTINCT mention, d
RETURN elementId(mention) AS elementId, startNode(mention).id AS entityId, d.id AS documentId, mention.count AS count, mention.offsets AS offsets`;

export const DELETE_RELATIONSHIPS = `
UNWIND $ids AS rid
MATCH ()-[r]->() WHERE elementId(r) = rid
DELETE r`;

const RENAME = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.from})
SET e.id = row.to`;

const UPDATE = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props`;

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (d:Document {id: row.documentId})
CREATE (e)-[:MENTIONED_IN {count: row.count, offsets: row.offsets}]->(d)`;

const REMOVE = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e`;

function relabel(type: EntityType): string {
  const others = ENTITY_TYPES.filter((t) => t !== type).map((t) => vocabulary(ENTITY_TYPES, t));
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
REMOVE e:${others.join(':')}
SET e:${vocabulary(ENTITY_TYPES, type)}, e.type = '${type}'`;
}

/** A moved piece of evidence is created unless the target already holds the same one (same article and sentence). */
function createRelationships(type: RelationType): string {
  const relType = vocabulary(RELATION_TYPES, type);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
WHERE NOT EXISTS { MATCH (a)-[x:${relType}]->(b) WHERE x.documentId = row.props.documentId AND x.start = row.props.start AND x.end = row.props.end }
CREATE (a)-[r:${relType}]->(b)
SET r = row.props
RETURN count(r) AS created`;
}

const RELABEL = new Map(ENTITY_TYPES.map((t) => [t, relabel(t)]));
/** One statement per relationship type, shared with move-by-article.ts. */
export const CREATE_RELATIONSHIPS = new Map(RELATION_TYPES.map((t) => [t, createRelationships(t)]));

export async function applyIdentityMap(connection: Neo4jConnection, map: IdentityMap, options: MergeIdsOptions = {}): Promise<MergeIdsResult> {
  const result: MergeIdsResult = { merged: 0, renamed: 0, relationships: 0, absent: 0, transactions: 0 };
  for (const batch of batchesOf(finalIds(map), options.batchSize ?? 500)) {
    const done = await connection.write((tx) => mergeBatch(tx, batch, map.entities));
    result.merged += done.merged;
    result.renamed += done.renamed;
    result.relationships += done.relationships;
    result.absent += done.absent;
    result.transactions++;
  }
  return result;
}

/** One batch of old id → new id, inside the given (managed) transaction. */
export async function mergeBatch(tx: ManagedTransaction, batch: Map<string, string>, entities: IdentityMap['entities']): Promise<Omit<MergeIdsResult, 'transactions'>> {
  const ids = [...new Set([...batch.keys(), ...batch.values()])];
  const stored = new Map<string, StoredNode>();
  for (const r of (await tx.run(READ_NODES, { ids })).records) stored.set(r.get('id') as string, { id: r.get('id') as string, props: r.get('props') as Record<string, unknown> });
  const present = [...batch.keys()].filter((id) => stored.has(id));
  const absent = batch.size - present.length;
  if (present.length === 0) return { merged: 0, renamed: 0, relationships: 0, absent };

  // Everything is read before anything is written: the plan sees the graph as it was.
  const relationships = (await tx.run(READ_RELATIONSHIPS, { ids: present, types: [...RELATION_TYPES] })).records.map(
    (r): StoredRelationship => ({ elementId: r.get('elementId'), type: r.get('type'), source: r.get('source'), target: r.get('target'), props: r.get('props') }),
  );
  const pairs = present.map((id) => ({ old: id, new: batch.get(id)! }));
  const mentions = (await tx.run(READ_MENTIONS, { pairs })).records.map(
    (r): StoredMention => ({ elementId: r.get('elementId'), entityId: r.get('entityId'), documentId: r.get('documentId'), count: Number(r.get('count') ?? 0), offsets: (r.get('offsets') as string[] | null) ?? [] }),
  );
  const nodes = planNodes(batch, stored, entities);
  const moves = planRelationships(batch, nodes.renames, relationships);
  const mentionPlan = planMentions(batch, mentions);

  const deleted = [...moves.deleted, ...mentionPlan.deleted];
  if (deleted.length) await tx.run(DELETE_RELATIONSHIPS, { ids: deleted });
  if (nodes.renames.length) await tx.run(RENAME, { rows: nodes.renames });
  for (const type of ENTITY_TYPES) {
    const relabelled = nodes.relabels.filter((r) => r.type === type).map((r) => r.id);
    if (relabelled.length) await tx.run(RELABEL.get(type)!, { ids: relabelled });
  }
  if (nodes.updates.length) await tx.run(UPDATE, { rows: nodes.updates });
  if (mentionPlan.created.length) await tx.run(CREATE_MENTIONS, { rows: mentionPlan.created });
  let moved = 0;
  for (const [type, statement] of CREATE_RELATIONSHIPS) {
    const rows = moves.created[type];
    if (!rows.length) continue;
    moved += ((await tx.run(statement, { rows })).records[0]?.get('created') as number | undefined) ?? 0;
  }
  if (nodes.removed.length) await tx.run(REMOVE, { ids: nodes.removed });
  return { merged: nodes.removed.length, renamed: nodes.renames.length, relationships: moved, absent };
}
