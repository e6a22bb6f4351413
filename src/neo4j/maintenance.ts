/**
 * What the tool wrote, counted and removed. Only nodes labelled :Entity or :Document (and so their
 * relationships) are touched; anything else in the database is left alone.
 */
import type { Neo4jConnection } from './connection.js';

export interface GraphStats {
  nodes: number;
  relationships: number;
  properties: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

const NODE_STATS = `
MATCH (n) WHERE n:Entity OR n:Document
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes, sum(size(keys(n))) AS properties`;

// Every relationship the tool writes starts at an :Entity.
const RELATIONSHIP_STATS = `
MATCH (:Entity)-[r]->()
RETURN type(r) AS type, count(r) AS relationships, sum(size(keys(r))) AS properties`;

export async function graphStats(connection: Neo4jConnection): Promise<GraphStats> {
  return connection.read(async (tx) => {
    const stats: GraphStats = { nodes: 0, relationships: 0, properties: 0, labels: {}, relationshipTypes: {} };
    for (const r of (await tx.run(NODE_STATS)).records) {
      const label = r.get('label') as string;
      stats.labels[label] = r.get('nodes') as number;
      // Each node carries :Entity or :Document exactly once: count it and its properties there.
      if (label === 'Entity' || label === 'Document') {
        stats.nodes += r.get('nodes') as number;
        stats.properties += r.get('properties') as number;
      }
    }
    for (const r of (await tx.run(RELATIONSHIP_STATS)).records) {
      stats.relationshipTypes[r.get('type') as string] = r.get('relationships') as number;
      stats.relationships += r.get('relationships') as number;
      stats.properties += r.get('properties') as number;
    }
    return stats;
  });
}

/**
 * Deletes every :Entity and :Document node and their relationships, in chunks; the schema stays.
 * Relationships go first, 10,000 per transaction: deleting nodes with DETACH in chunks of nodes
 * put every relationship of 5,000 well-connected nodes in one transaction, and on a 10,000-article
 * graph (190,000 relationships) that exceeded the server's transaction memory.
 */
export async function resetGraph(connection: Neo4jConnection): Promise<number> {
  await connection.autoCommit(`
MATCH (a)-[r]->(b) WHERE a:Entity OR a:Document OR b:Entity OR b:Document
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`);
  const result = await connection.autoCommit(`
MATCH (n) WHERE n:Entity OR n:Document
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
RETURN count(n) AS deleted`);
  return (result.records[0]?.get('deleted') as number | undefined) ?? 0;
}
