/**
 * Neo4j sink (placeholder until the Neo4j writer lands): configuration comes from the standard
 * variables NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.
 */
import { UserError } from '../../errors.js';
import type { ArticleSink } from '../sink.js';

export async function createNeo4jSink(): Promise<ArticleSink> {
  throw new UserError('the Neo4j writer is not available in this build');
}
