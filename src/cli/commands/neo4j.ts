import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { safeUri } from '../../neo4j/config.js';
import { connectNeo4j } from '../../neo4j/connection.js';
import { graphStats, resetGraph, type GraphStats } from '../../neo4j/maintenance.js';

export function registerNeo4j(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('Look after what kg wrote to the configured Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).');

  neo4j
    .command('reset')
    .description('Delete every node and relationship kg wrote (labels :Entity and :Document); the rest of the database and the schema stay.')
    .option('--yes', 'really delete', false)
    .action(async (opts: { yes: boolean }) => {
      if (!opts.yes) throw new UserError('kg neo4j reset deletes everything kg wrote to Neo4j: add --yes to confirm');
      const connection = await connectNeo4j();
      try {
        const deleted = await resetGraph(connection);
        process.stderr.write(`deleted ${deleted} node${deleted === 1 ? '' : 's'} (and their relationships) from ${safeUri(connection.config.uri)}\n`);
      } finally {
        await connection.close();
      }
    });

  neo4j
    .command('stats')
    .description('Count the nodes, relationships and properties kg wrote, by label and relationship type.')
    .option('--json', 'print the counts as JSON', false)
    .action(async (opts: { json: boolean }) => {
      const connection = await connectNeo4j();
      try {
        const stats = await graphStats(connection);
        process.stdout.write(opts.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
      } finally {
        await connection.close();
      }
    });
}

function formatStats(s: GraphStats): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `nodes: ${s.nodes} (${list(s.labels)})`,
    `relationships: ${s.relationships} (${list(s.relationshipTypes)})`,
    `properties: ${s.properties}`,
    '',
  ].join('\n');
}
