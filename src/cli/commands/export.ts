import { Option, type Command } from 'commander';
import { rename, rm, writeFile } from 'node:fs/promises';
import { UserError, errorMessage } from '../../errors.js';
import { EXPORT_FORMATS, exportAs, type ExportFormat } from '../../export/index.js';
import { DEFAULT_GRAPH_FILE, loadGraph } from '../../graph/load.js';

interface ExportOptions {
  format: ExportFormat;
  graph: string;
  out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph for Gephi (gexf), Cytoscape desktop and other tools (graphml, cyjs).')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-g, --graph <file>', 'graph written by `kg ingest`', DEFAULT_GRAPH_FILE)
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(async (opts: ExportOptions) => {
      const graph = await loadGraph(opts.graph);
      const text = exportAs(graph, opts.format);
      if (!opts.out) {
        process.stdout.write(text);
        return;
      }
      // Written beside the target and renamed into place: never a half-written export.
      const temp = `${opts.out}.${process.pid}.tmp`;
      try {
        await writeFile(temp, text);
        await rename(temp, opts.out);
      } catch (e) {
        await rm(temp, { force: true });
        throw new UserError(`${opts.out}: cannot write (${errorMessage(e)})`);
      }
      process.stderr.write(`wrote ${opts.out} (${opts.format}: ${graph.order} entities, ${graph.size} relations)\n`);
    });
}
