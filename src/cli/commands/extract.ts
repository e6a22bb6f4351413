import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { extractDocument } from '../../extract/index.js';
import { ExtractionError } from '../../extract/stage.js';
import { readInputs } from '../../input/read.js';
import { maxSizeOption } from '../options.js';
import { formatExtractionText } from '../../extract/format.js';
import { loadUserIdentities } from '../../identities/file.js';
import { extractionSchema, type Extraction, type UserIdentities } from '../../model.js';
import { IdentityResolver } from '../../resolve/index.js';
import { pathIn } from '../../resolve/outdir.js';
import { applyIdentities, summarise } from '../../resolve/summaries.js';

interface ExtractOptions {
  format: 'json' | 'text';
  maxSize: number;
  outDir?: string;
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
    .description('Extract entities and relations from articles and print them (JSON is the scoring contract).')
    .argument('<files...>', 'article files (.txt, .md, .html, .jsonl), folders, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text']).default('text'))
    .option('--out-dir <dir>', 'write one JSON file per article into DIR (named after the file, or the JSONL record id), with ids resolved across all the articles')
    .option('--identities <file>', 'identity corrections: ids that are one entity, ids kept apart (default: kg.identities.json here, if any)')
    .addOption(maxSizeOption())
    .addHelpText('after', '\nSeveral articles print one JSON object per line (JSON Lines), one per article.')
    .action(async (files: string[], opts: ExtractOptions) => {
      const identities = await loadUserIdentities(opts.identities);
      const options: ExtractRunOptions = { maxBytes: opts.maxSize, ...(identities ? { identities } : {}) };
      if (opts.outDir) return extractToFolder(files, opts.outDir, options);
      // Everything is extracted before anything is printed: a bad article yields an error, not half an output.
      const extractions: Extraction[] = [];
      for await (const x of extractEach(files, options)) extractions.push(x);
      const many = extractions.length > 1;
      const out = extractions.map((x) => (opts.format === 'text' ? formatExtractionText(x) : JSON.stringify(x, null, many ? 0 : 2)));
      process.stdout.write(out.join(opts.format === 'text' ? '\n\n' : '\n') + '\n');
    });
}

/** Every article of the inputs, extracted and checked against the contract. */
async function* extractEach(files: string[], options: ExtractRunOptions): AsyncGenerator<Extraction> {
  for await (const result of readInputs(files, { maxBytes: options.maxBytes })) {
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
    yield extraction;
  }
}

/**
 * One file per article, with the ids of the whole run (and the user's identity corrections). Each
 * article is written as it is extracted (so memory holds summaries, not articles); once all are read,
 * the files of articles whose ids the resolution changes are rewritten.
 */
async function extractToFolder(files: string[], dir: string, options: ExtractRunOptions): Promise<void> {
  await mkdir(dir, { recursive: true });
  const resolver = new IdentityResolver();
  const written = new Map<string, string>(); // article id → file
  for await (const x of extractEach(files, options)) {
    let path: string;
    try {
      path = pathIn(dir, x.document.id);
    } catch (e) {
      throw new UserError((e as Error).message);
    }
    if (written.has(x.document.id)) throw new UserError(`two articles have the id ${JSON.stringify(x.document.id)}; give them different ids`);
    written.set(x.document.id, path);
    resolver.add(summarise(x));
    await writeFile(path, JSON.stringify(x, null, 2) + '\n');
  }
  const map = resolver.resolve(options.identities ? { identities: options.identities } : {});
  const changed = new Set(Object.keys(map.ids));
  for (const [id, path] of written) {
    const x = JSON.parse(await readFile(path, 'utf8')) as Extraction;
    if (!map.documents?.[id] && !x.entities.some((e) => changed.has(e.id))) continue;
    await writeFile(path, JSON.stringify(applyIdentities(x, map), null, 2) + '\n');
  }
  process.stderr.write(`kg: ${written.size} article(s) written to ${dir}; ${Object.keys(map.ids).length} id(s) resolved to another\n`);
}
