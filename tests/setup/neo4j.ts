/**
 * vitest globalSetup of the `neo4j` project: tests run against a real Neo4j. With NEO4J_URI set, that
 * server is used as it is; without, the local server (scripts/neo4j-local.ts) is started, and stopped
 * again afterwards if this run started it. Either way the server must answer before any test runs.
 */
import { startLocalNeo4j, stopLocalNeo4j } from '../../scripts/neo4j-local.js';
import { connectNeo4j } from '../../src/neo4j/connection.js';

export default async function setup(): Promise<() => void> {
  let started = false;
  if (!process.env.NEO4J_URI) started = (await startLocalNeo4j()).started;
  const connection = await connectNeo4j(undefined, { timeoutMs: 15_000 }); // fails with one clear line
  await connection.close();
  return () => {
    if (started) stopLocalNeo4j();
  };
}
