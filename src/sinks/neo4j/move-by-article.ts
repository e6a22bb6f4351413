/**
 * The per-article decisions of a run's IdentityMap (`documents`) in Neo4j: in article D the entity
 * written as `from` is `to`, while in other articles `from` may be someone else or stay itself
 * ("Biden" under a "President" title → Joseph R. Biden, Jr.; "Biden" beside "the First Lady" → Jill
 * Biden). So only what article D says moves:
 *
 *   facts of `from` whose documentId is D  → re-created on `to` (a fact of `to` with itself is dropped,
 *                                            MET runs from the smaller id again: planRelationships)
 *   (from)-[:MENTIONED_IN]->(D)            → united with (to)-[:MENTIONED_IN]->(D) (planMentions)
 *   the name of `from`                     → an alias of `to`
 *   `from` left with no relationship       → removed
 *
 * Run after applyIdentityMap (so `to` is a final id that is stored). One transaction per batch of
 * decisions; every value a parameter, relationship types only from model.ts. A re-run finds nothing
 * of D left on `from` and changes nothing; articles written afterwards go through mapExtractionIds,
 * which applies the same decisions.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, type IdentityMap } from '../../model.js';
import type { Neo4jConnection } from '../../neo4j/connection.js';
import { finalIds } from '../../identities/map-ids.js';
import { CREATE_MENTIONS, CREATE_RELATIONSHIPS, DELETE_RELATIONSHIPS } from './merge-ids.js';
import { planMentions, planRelationships, type RelationshipPlan, type StoredMention, type StoredRelationship } from './merge-plan.js';

export interface MoveByArticleResult {
  /** Decisions (article, from, to) whose `from` still had something of the article to move. */
  applied: number;
  /** Evidence relationships re-created on the resolved node. */
  relationships: number;
  /** Old nodes removed once nothing was left on them. */
  removed: number;
  transactions: number;
}

interface Decision {
  doc: string;
  from: string;
  to: string;
}

const READ_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]-(:Entity)
WHERE type(r) IN $types AND r.documentId = row.doc
WITH DISTINCT r
RETURN elementId(r) AS elementId, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props`;

const READ_MENTIONS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[m:MENTIONED_IN]->(d:Document {id: row.doc})
OPTIONAL MATCH (d)<-[k:MENTIONED_IN]-(:Entity {id: row.to})
UNWIND [x IN [m, k] WHERE x IS NOT NULL] AS mention
WITH DISTINCT mention, d
RETURN elementId(mention) AS elementId, startNode(mention).id AS entityId, d.id AS documentId, mention.count AS count, mention.offsets AS offsets`;

const ADD_ALIAS = `
UNWIND $rows AS row
MATCH (o:Entity {id: row.from})
MATCH (n:Entity {id: row.to})
WITH n, collect(DISTINCT o.name) AS names
SET n.aliases = coalesce(n.aliases, []) + [x IN names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])]`;

const REMOVE_EMPTY = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(e) AS removed`;

export async function applyArticleDecisions(connection: Neo4jConnection, map: IdentityMap, options: { batchSize?: number } = {}): Promise<MoveByArticleResult> {
  const result: MoveByArticleResult = { applied: 0, relationships: 0, removed: 0, transactions: 0 };
  const decisions = articleDecisions(map);
  const size = options.batchSize ?? 200;
  for (let i = 0; i < decisions.length; i += size) {
    const done = await connection.write((tx) => moveBatch(tx, decisions.slice(i, i + size)));
    result.applied += done.applied;
    result.relationships += done.relationships;
    result.removed += done.removed;
    result.transactions++;
  }
  return result;
}

/** Every (article, from, to) of the map whose target differs from where `from` itself resolves, in a stable order. */
export function articleDecisions(map: IdentityMap): Decision[] {
  const final = finalIds(map);
  const decisions: Decision[] = [];
  for (const doc of Object.keys(map.documents ?? {}).sort())
    for (const [from, target] of Object.entries(map.documents![doc]!).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const to = final.get(target) ?? target;
      const stored = final.get(from) ?? from;
      if (to !== stored) decisions.push({ doc, from: stored, to });
    }
  return decisions;
}

async function moveBatch(tx: ManagedTransaction, rows: Decision[]): Promise<Omit<MoveByArticleResult, 'transactions'>> {
  const relationships = (await tx.run(READ_RELATIONSHIPS, { rows, types: [...RELATION_TYPES] })).records.map(
    (r): StoredRelationship => ({ elementId: r.get('elementId'), type: r.get('type'), source: r.get('source'), target: r.get('target'), props: r.get('props') }),
  );
  const mentions = (await tx.run(READ_MENTIONS, { rows })).records.map(
    (r): StoredMention => ({ elementId: r.get('elementId'), entityId: r.get('entityId'), documentId: r.get('documentId'), count: Number(r.get('count') ?? 0), offsets: (r.get('offsets') as string[] | null) ?? [] }),
  );
  // The same old id goes to different entities in different articles: plan each article with its own map.
  const byDoc = new Map<string, Map<string, string>>();
  for (const d of rows) byDoc.set(d.doc, (byDoc.get(d.doc) ?? new Map()).set(d.from, d.to));
  const deleted: string[] = [];
  const created: RelationshipPlan['created'] = Object.fromEntries(RELATION_TYPES.map((t) => [t, []])) as unknown as RelationshipPlan['created'];
  const newMentions: ReturnType<typeof planMentions>['created'] = [];
  const applied = new Set<string>();
  for (const [doc, moves] of byDoc) {
    const own = relationships.filter((r) => r.props.documentId === doc);
    const plan = planRelationships(moves, [], own);
    deleted.push(...plan.deleted);
    for (const type of RELATION_TYPES) created[type].push(...plan.created[type]);
    const mentionPlan = planMentions(moves, mentions.filter((m) => m.documentId === doc));
    deleted.push(...mentionPlan.deleted);
    newMentions.push(...mentionPlan.created);
    for (const r of own) for (const end of [r.source, r.target]) if (moves.has(end)) applied.add(`${doc}\u0000${end}`);
    for (const m of mentions) if (m.documentId === doc && moves.has(m.entityId)) applied.add(`${doc}\u0000${m.entityId}`);
  }
  if (!applied.size) return { applied: 0, relationships: 0, removed: 0 };

  await tx.run(ADD_ALIAS, { rows: rows.filter((d) => applied.has(`${d.doc}\u0000${d.from}`)) });
  if (deleted.length) await tx.run(DELETE_RELATIONSHIPS, { ids: deleted });
  if (newMentions.length) await tx.run(CREATE_MENTIONS, { rows: newMentions });
  let moved = 0;
  for (const [type, statement] of CREATE_RELATIONSHIPS) {
    if (!created[type].length) continue;
    moved += ((await tx.run(statement, { rows: created[type] })).records[0]?.get('created') as number | undefined) ?? 0;
  }
  const olds = [...new Set(rows.map((d) => d.from))];
  const removed = Number((await tx.run(REMOVE_EMPTY, { ids: olds })).records[0]?.get('removed') ?? 0);
  return { applied: applied.size, relationships: moved, removed };
}
