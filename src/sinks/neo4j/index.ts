/**
 * The Neo4j sink: each `write(batch)` is one managed write transaction (all or nothing, retried by the
 * driver on transient errors), so an interrupted ingest leaves only whole articles in the graph.
 * Configuration comes from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE (see
 * src/neo4j/config.ts for the defaults); the schema in graph/schema.cypher is applied on creation.
 */
import { finalIds, mapExtractionIds } from '../../identities/map-ids.js';
import type { Extraction, IdentityMap } from '../../model.js';
import { neo4jConfigFromEnv, type Neo4jConfig } from '../../neo4j/config.js';
import { connectNeo4j, type Neo4jConnection } from '../../neo4j/connection.js';
import { applySchema } from '../../neo4j/schema.js';
import type { ArticleSink } from '../sink.js';
import { applyIdentityMap, type MergeIdsResult } from './merge-ids.js';
import { applyArticleDecisions } from './move-by-article.js';
import { writeArticles, type BatchResult } from './writer.js';

export interface Neo4jSinkOptions {
  /** Default: from the environment. */
  config?: Neo4jConfig;
  /** An open connection to use (and to leave open on close); default: a new one. */
  connection?: Neo4jConnection;
  /**
   * The run's resolved identities: every article is written with its ids mapped through them, so an
   * article written (again) after applyIdentityMap lands on the resolved node, not on its old id.
   */
  identities?: IdentityMap;
}

export interface Neo4jSink extends ArticleSink {
  /** What the writes so far did, added up. */
  readonly totals: BatchResult;
  /** What resolve() did to the stored graph, added up. */
  readonly resolved: MergeIdsResult;
  /** Merges or renames the stored entities whose ids the map changes (applyIdentityMap), and maps every later article through it. */
  resolve(map: IdentityMap): Promise<void>;
}

export async function createNeo4jSink(options: Neo4jSinkOptions = {}): Promise<Neo4jSink> {
  const connection = options.connection ?? (await connectNeo4j(options.config ?? neo4jConfigFromEnv()));
  try {
    await applySchema(connection);
  } catch (e) {
    if (!options.connection) await connection.close();
    throw e;
  }
  const totals: BatchResult = { articles: 0, duplicates: 0, relationships: 0 };
  let identities = options.identities;
  let final = identities ? finalIds(identities) : new Map<string, string>();
  const resolved: MergeIdsResult = { merged: 0, renamed: 0, relationships: 0, absent: 0, transactions: 0 };
  return {
    name: 'neo4j',
    totals,
    resolved,
    async resolve(map: IdentityMap) {
      const done = await applyIdentityMap(connection, map);
      for (const key of Object.keys(resolved) as (keyof MergeIdsResult)[]) resolved[key] += done[key];
      // Then what single articles decide ("Biden" of this readout is Joseph R. Biden, Jr.).
      const moved = await applyArticleDecisions(connection, map);
      resolved.relationships += moved.relationships;
      resolved.merged += moved.removed;
      resolved.transactions += moved.transactions;
      identities = map;
      final = finalIds(map);
    },
    async write(batch: Extraction[]) {
      if (batch.length === 0) return;
      const map = identities;
      const articles = map ? batch.map((x) => mapExtractionIds(x, map, final)) : batch;
      const done = await connection.write((tx) => writeArticles(tx, articles));
      totals.articles += done.articles;
      totals.duplicates += done.duplicates;
      totals.relationships += done.relationships;
    },
    async close() {
      if (!options.connection) await connection.close();
    },
  };
}
