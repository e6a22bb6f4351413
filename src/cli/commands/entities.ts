/**
 * `kg entities --suspects [DIR]`: the likely duplicates and false merges of an ingest's graph
 * (DIR/graph.json, default out/), for the user to settle in kg.identities.json. The finding is
 * src/identities/suspects.ts, the printing src/identities/report.ts.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { loadGraph } from '../../graph/load.js';
import { loadUserIdentities } from '../../identities/file.js';
import { formatSuspectsText, suspectsJson } from '../../identities/report.js';
import { findSuspects } from '../../identities/suspects.js';

interface EntitiesOptions {
  suspects: boolean;
  json: boolean;
  articles: number;
  identities?: string;
}

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('Check the entities of an ingested graph: --suspects lists likely duplicates and likely false merges.')
    .argument('[dir]', 'output folder of `kg ingest` (or its graph.json)', 'out')
    .option('--suspects', 'list likely duplicates (surname only, name variants) and false merges (two countries), with their articles', false)
    .option('--json', 'print JSON', false)
    .option('--articles <n>', 'article titles shown per entity in text output', nonNegative, 3)
    .option('--identities <file>', 'leave out what this merges file already decides (default: kg.identities.json here, if any)')
    .addHelpText('after', '\nWrite what you decide into kg.identities.json ({"same": [[id, id]], "apart": [[id, id]]}); see docs/identity.md.')
    .action(async (dir: string, opts: EntitiesOptions) => {
      if (!opts.suspects) throw new UserError('entities: say what to list: --suspects');
      const identities = await loadUserIdentities(opts.identities);
      const file = await graphFile(dir);
      const graph = await loadGraph(file);
      const report = findSuspects(graph, identities);
      const documents = graph.getAttribute('documents');
      process.stdout.write(opts.json ? suspectsJson(report, documents, file) : formatSuspectsText(report, documents, file, { articles: opts.articles }));
    });
}

/** DIR/graph.json, or the file itself when a graph.json is named. */
async function graphFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError(`${path}: not found (run \`kg ingest … --out ${path}\` first)`);
  if (info.isFile()) return path;
  const file = join(path, 'graph.json');
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw new UserError(`${path}: no graph.json in it (run \`kg ingest … --out ${path}\` first)`);
  return file;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}
