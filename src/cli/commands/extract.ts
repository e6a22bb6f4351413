import { Option, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { extractDocument } from '../../extract/index.js';
import { ExtractionError } from '../../extract/stage.js';
import { readInputs } from '../../input/read.js';
import { maxSizeOption } from '../options.js';
import { formatExtractionText } from '../../extract/format.js';
import { loadUserIdentities } from '../../identities/file.js';
import { extractionSchema, type Extraction, type UserIdentities } from '../../model.js';

interface ExtractOptions {
  format: 'json' | 'text';
  maxSize: number;
  identities?: string;
}

/** What the extraction of a command's articles works with. */
export interface ExtractRunOptions {
  maxBytes: number;
  /** The user's identity corrections (kg.identities.json), for resolving the articles' ids together. */
  identities?: UserIdentities;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract entities and relations from one article and print them (JSON is the scoring contract).')
    .argument('<file>', 'article file (.txt, .md, .html, .jsonl) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addOption(maxSizeOption())
    .option('--identities <file>', 'identity corrections: ids that are one entity, ids kept apart (default: kg.identities.json here, if any)')
    .addHelpText('after', '\nA .jsonl input prints one JSON object per line (JSON Lines), one per article.')
    .action(async (file: string, opts: ExtractOptions) => {
      const identities = await loadUserIdentities(opts.identities);
      const extractions = await extractAll(file, { maxBytes: opts.maxSize, ...(identities ? { identities } : {}) });
      const many = extractions.length > 1;
      const out = extractions.map((x) => (opts.format === 'text' ? formatExtractionText(x) : JSON.stringify(x, null, many ? 0 : 2)));
      process.stdout.write(out.join(opts.format === 'text' ? '\n\n' : '\n') + '\n');
    });
}

/** Every article of the input, extracted and checked against the contract, before anything is printed. */
export async function extractAll(file: string, options: ExtractRunOptions): Promise<Extraction[]> {
  // Everything is extracted before anything is printed: a bad article yields an error, not half an output.
  const extractions: Extraction[] = [];
  for await (const result of readInputs([file], { maxBytes: options.maxBytes })) {
    if (!result.ok) throw new UserError(`${result.failure.where}: ${result.failure.problem}`);
    let extraction: Extraction;
    try {
      extraction = extractDocument(result.document);
    } catch (e) {
      // One line naming the article and the stage that failed ("…: extraction failed in coreference: …").
      if (e instanceof ExtractionError) throw new UserError(`${result.document.path ?? result.document.id}: ${e.message}`);
      throw e;
    }
    // The contract is checked on every output, so a bug shows as an error rather than as bad JSON.
    const check = extractionSchema.safeParse(extraction);
    if (!check.success) throw new Error(`extraction of ${result.document.id} breaks the JSON contract: ${check.error.issues[0]?.message}`);
    extractions.push(extraction);
  }
  return extractions;
}
