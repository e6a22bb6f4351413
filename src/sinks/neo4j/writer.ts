/**
 * The Cypher of the Neo4j writer. Every value travels as a parameter; labels and relationship types
 * are spliced in only from the fixed vocabulary of model.ts (ENTITY_TYPES, RELATION_TYPES), checked
 * here, never from text.
 *
 * Writing an article replaces what an earlier write of the same article id left (its evidence
 * relationships and mentions), so re-ingesting changes nothing and a re-extracted article leaves no
 * stale facts behind. An article whose text is already stored under another id is skipped.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type Extraction, type RelationType } from '../../model.js';
import { batchRows, uniqueArticles } from './rows.js';

export interface BatchResult {
  /** Articles written (new or replaced). */
  articles: number;
  /** Articles skipped because their text is already stored under another id. */
  duplicates: number;
  relationships: number;
}

const IDENTIFIER = /^[A-Z][A-Za-z_]*$/;

function vocabulary<T extends string>(allowed: readonly T[], word: T): T {
  if (!allowed.includes(word) || !IDENTIFIER.test(word)) throw new Error(`not in the graph vocabulary: ${word}`);
  return word;
}

/** Ids of stored articles with one of these text hashes but another id. */
const STORED_UNDER_OTHER_ID = `
UNWIND $docs AS doc
MATCH (other:Document {sha256: doc.sha256})
WHERE other.id <> doc.id
RETURN DISTINCT doc.id AS id`;

/** Removes what an earlier write of these articles left; returns the entities that lost a mention. */
const CLEAR_ARTICLES = `
UNWIND $ids AS id
MATCH (:Document {id: id})<-[m:MENTIONED_IN]-(e:Entity)
OPTIONAL MATCH (e)-[r]-(:Entity)
WHERE r.documentId = id
DELETE r, m
RETURN collect(DISTINCT e.id) AS touched`;

const WRITE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row`;

/** Longest name wins, every other name becomes an alias (no duplicates, stable order). */
function writeEntities(type: EntityType): string {
  const label = vocabulary(ENTITY_TYPES, type);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${label}, e.type = '${label}'
WITH e, row, CASE WHEN e.name IS NULL OR size(row.name) > size(e.name) THEN row.name ELSE e.name END AS name
WITH e, row, name, coalesce(e.aliases, []) + row.aliases + [row.name] + CASE WHEN e.name IS NULL THEN [] ELSE [e.name] END AS names
SET e.name = name,
    e.aliases = reduce(acc = [], n IN names | CASE WHEN n = name OR n IN acc THEN acc ELSE acc + n END),
    e += row.attributes`;
}

const WRITE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (d:Document {id: row.documentId})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.offsets = row.offsets`;

/** One relationship per piece of evidence, identified by its article and sentence offsets. */
function writeRelations(type: RelationType): string {
  const relType = vocabulary(RELATION_TYPES, type);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${relType} {documentId: row.props.documentId, start: row.props.start, end: row.props.end}]->(b)
SET r = row.props`;
}

/** Entities left without any mention (an article was re-extracted without them) go. */
const DROP_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)-[:MENTIONED_IN]->(:Document)
DETACH DELETE e`;

const ENTITY_STATEMENTS = new Map(ENTITY_TYPES.map((t) => [t, writeEntities(t)]));
const RELATION_STATEMENTS = new Map(RELATION_TYPES.map((t) => [t, writeRelations(t)]));

/** Writes a batch of articles inside the given (managed) transaction. */
export async function writeArticles(tx: ManagedTransaction, batch: readonly Extraction[]): Promise<BatchResult> {
  const unique = uniqueArticles(batch);
  const docs = unique.map((x) => ({ id: x.document.id, sha256: x.document.sha256 }));
  const storedElsewhere = new Set((await tx.run(STORED_UNDER_OTHER_ID, { docs })).records.map((r) => r.get('id') as string));
  const articles = unique.filter((x) => !storedElsewhere.has(x.document.id));
  const result: BatchResult = { articles: articles.length, duplicates: batch.length - articles.length, relationships: 0 };
  if (articles.length === 0) return result;

  const rows = batchRows(articles);
  const cleared = await tx.run(CLEAR_ARTICLES, { ids: rows.documents.map((d) => d.id) });
  const touched = (cleared.records[0]?.get('touched') as string[] | undefined) ?? [];
  await tx.run(WRITE_DOCUMENTS, { rows: rows.documents });
  for (const [type, statement] of ENTITY_STATEMENTS) if (rows.entities[type].length) await tx.run(statement, { rows: rows.entities[type] });
  if (rows.mentions.length) await tx.run(WRITE_MENTIONS, { rows: rows.mentions });
  for (const [type, statement] of RELATION_STATEMENTS) {
    if (!rows.relations[type].length) continue;
    await tx.run(statement, { rows: rows.relations[type] });
    result.relationships += rows.relations[type].length;
  }
  if (touched.length) await tx.run(DROP_ORPHANS, { ids: touched });
  return result;
}
