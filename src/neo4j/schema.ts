/**
 * Applies graph/schema.cypher: every statement is idempotent (IF NOT EXISTS) and runs on its own,
 * since schema commands cannot share a transaction with writes. Then waits for the indexes to come
 * online, so the first batch already uses them.
 */
import type { Neo4jConnection } from './connection.js';
import { schemaStatements } from './graph-files.js';

export async function applySchema(connection: Neo4jConnection): Promise<void> {
  for (const statement of schemaStatements()) await connection.autoCommit(statement);
  await connection.autoCommit('CALL db.awaitIndexes(60)');
}
