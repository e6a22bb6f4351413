import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { evaluateArticles, evaluatePredictionDir } from '../../eval/evaluate.js';
import { formatReport } from '../../eval/report.js';
import { summarize, type EvalSummary } from '../../eval/score.js';
import { maxSizeOption } from '../options.js';

interface EvalOptions {
  goldDir: string;
  predDir?: string;
  textDir?: string;
  verbose: boolean;
  json: boolean;
  minEntityF1?: number;
  minRelationF1?: number;
  maxSize: number;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score extractions against hand-made gold annotations: precision, recall and F1 per entity and relation type.')
    .argument('[articles...]', 'articles (files or folders) to extract and score; leave out when scoring saved predictions with --pred-dir')
    .requiredOption('--gold-dir <dir>', 'folder of gold annotations, one <article name>.json per article')
    .option('--pred-dir <dir>', 'score saved predictions (<gold name>.json, as printed by `kg extract --format json`) instead of running the extractor')
    .option('--text-dir <dir>', 'with --pred-dir: folder of the articles, to check that each evidence occurs in its article')
    .option('-v, --verbose', 'list every missed and spurious item', false)
    .option('--json', 'print the figures as JSON', false)
    .option('--min-entity-f1 <x>', 'exit with status 1 if typed entity F1 is below x (0..1)', fraction)
    .option('--min-relation-f1 <x>', 'exit with status 1 if relation F1 is below x (0..1)', fraction)
    .addOption(maxSizeOption('article'))
    .addHelpText(
      'after',
      '\nExamples:\n  kg eval tests/fixtures/articles --gold-dir tests/fixtures/gold --verbose\n  kg eval --gold-dir GOLD --pred-dir PRED --text-dir TEXTS --json',
    )
    .action(async (articles: string[], opts: EvalOptions) => {
      if (articles.length && opts.predDir !== undefined) throw new UserError('give either articles to extract or --pred-dir with saved predictions, not both');
      if (!articles.length && opts.predDir === undefined) throw new UserError('nothing to score: give articles to extract, or --pred-dir with saved predictions');
      if (articles.length && opts.textDir !== undefined) throw new UserError('--text-dir goes with --pred-dir (articles given on the command line are their own text)');
      const input = { maxBytes: opts.maxSize };
      const { counts, warnings } = opts.predDir !== undefined
        ? await evaluatePredictionDir(opts.goldDir, opts.predDir, opts.textDir, input)
        : await evaluateArticles(articles, opts.goldDir, input);
      for (const w of warnings) process.stderr.write(`kg: warning: ${w}\n`);
      const summary = summarize(counts);
      process.stdout.write(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatReport(summary, { verbose: opts.verbose }));
      const shortfalls = belowThresholds(summary, opts);
      for (const s of shortfalls) process.stderr.write(`kg: ${s}\n`);
      if (shortfalls.length) process.exitCode = 1;
    });
}

function belowThresholds(s: EvalSummary, opts: EvalOptions): string[] {
  const out: string[] = [];
  if (opts.minEntityF1 !== undefined && s.entitiesTyped.f1 < opts.minEntityF1)
    out.push(`typed entity F1 ${s.entitiesTyped.f1.toFixed(3)} is below --min-entity-f1 ${opts.minEntityF1}`);
  if (opts.minRelationF1 !== undefined && s.relations.f1 < opts.minRelationF1)
    out.push(`relation F1 ${s.relations.f1.toFixed(3)} is below --min-relation-f1 ${opts.minRelationF1}`);
  return out;
}

function fraction(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return x;
}
