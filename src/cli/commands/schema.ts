import type { Command } from 'commander';
import { extractionJsonSchema } from '../../model.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema of `kg extract --format json` output (also in graph/extraction.schema.json).')
    .action(() => {
      process.stdout.write(JSON.stringify(extractionJsonSchema(), null, 2) + '\n');
    });
}
