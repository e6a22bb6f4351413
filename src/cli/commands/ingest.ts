import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { ingest, type IngestSummary } from '../../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../input/limits.js';
import { writeGraphFiles } from '../../sinks/files.js';
import { sizeOption } from '../options.js';
import { createNeo4jSink } from '../../sinks/neo4j/index.js';

interface IngestOptions {
  out: string;
  neo4j: boolean;
  maxSize: number;
  quiet: boolean;
  json: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract articles and merge them into one graph: DIR/graph.json, DIR/index.html, and Neo4j when configured.')
    .argument('<paths...>', 'files, folders (searched recursively) or - for stdin')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--neo4j', 'also write to Neo4j (implied when NEO4J_URI is set)', false)
    .option('--max-size <size>', 'largest input accepted (e.g. 5MB)', sizeOption, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'print nothing but errors', false)
    .option('--json', 'print the summary as JSON', false)
    .action(async (paths: string[], opts: IngestOptions) => {
      const { graph, summary, extractions } = await ingest(paths, { maxBytes: opts.maxSize });
      for (const f of summary.failures) process.stderr.write(`kg: ${f.where}: ${f.problem}\n`);
      if (summary.documents === 0 && summary.skippedDuplicates === 0)
        throw new UserError(`no article could be read (${summary.failures.length} failed); nothing written`);
      const files = await writeGraphFiles(graph, opts.out);
      if (opts.neo4j || process.env.NEO4J_URI) {
        const sink = await createNeo4jSink();
        try {
          await sink.write(extractions);
        } finally {
          await sink.close();
        }
      }
      if (opts.json) process.stdout.write(JSON.stringify({ ...summary, files }, null, 2) + '\n');
      else if (!opts.quiet) process.stderr.write(formatSummary(summary, [files.graphJson, files.page]));
      if (summary.failures.length) process.exitCode = 1;
    });
}

function formatSummary(s: IngestSummary, written: string[]): string {
  const byType = Object.entries(s.relationsByType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  return [
    `ingested ${s.documents} article${s.documents === 1 ? '' : 's'}${s.skippedDuplicates ? ` (${s.skippedDuplicates} already seen)` : ''}${s.failures.length ? `, ${s.failures.length} failed` : ''} in ${s.seconds.toFixed(1)} s`,
    `graph: ${s.entities} entities, ${s.relations} relations${byType ? ` (${byType})` : ''}`,
    `wrote ${written.join(', ')}`,
    '',
  ].join('\n');
}
