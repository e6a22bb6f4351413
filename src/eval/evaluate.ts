/**
 * The two ways `kg eval` gets its predictions, each ending in summed counts:
 *  - saved predictions: one `<gold name>.json` per gold file in a folder (missing → scored as empty);
 *  - articles: read and extracted here, each paired with its gold file by name.
 */
import { basename, join } from 'node:path';
import { UserError } from '../errors.js';
import { extractDocument } from '../extract/index.js';
import { readInputs } from '../input/read.js';
import type { InputOptions } from '../input/limits.js';
import type { SourceDocument } from '../model.js';
import { EMPTY_PREDICTION } from './formats.js';
import { loadGoldDir, loadPrediction, readArticleText, requireFolder, type GoldFile } from './load.js';
import { addCounts, emptyCounts, scoreDocument, type EvalCounts } from './score.js';

export interface Evaluation {
  counts: EvalCounts;
  /** Things the user should know that do not stop the run (a prediction or text file missing). */
  warnings: string[];
}

export async function evaluatePredictionDir(goldDir: string, predDir: string, textDir: string | undefined, input?: InputOptions): Promise<Evaluation> {
  const golds = await loadGoldDir(goldDir);
  await requireFolder(predDir, '--pred-dir');
  if (textDir !== undefined) await requireFolder(textDir, '--text-dir');
  let counts = emptyCounts();
  const withoutPrediction: string[] = [];
  const withoutText: string[] = [];
  for (const { name, gold } of golds) {
    const prediction = await loadPrediction(join(predDir, `${name}.json`));
    if (!prediction) withoutPrediction.push(name);
    let text: string | undefined;
    if (textDir !== undefined) {
      text = await readArticleText(join(textDir, gold.document ?? `${name}.txt`), input);
      if (text === undefined) withoutText.push(gold.document ?? `${name}.txt`);
    }
    counts = addCounts(counts, scoreDocument(gold, prediction ?? EMPTY_PREDICTION, { document: name, text }));
  }
  const warnings: string[] = [];
  if (withoutPrediction.length)
    warnings.push(`${predDir}: no prediction for ${count(withoutPrediction.length, 'gold file')}, scored as empty: ${withoutPrediction.join(', ')}`);
  if (withoutText.length) warnings.push(`${textDir}: ${count(withoutText.length, 'article')} not found, evidence not checked: ${withoutText.join(', ')}`);
  return { counts, warnings };
}

export async function evaluateArticles(paths: string[], goldDir: string, input?: InputOptions): Promise<Evaluation> {
  const golds = await loadGoldDir(goldDir);
  const used = new Map<GoldFile, string>();
  let counts = emptyCounts();
  for await (const result of readInputs(paths, input)) {
    if (!result.ok) throw new UserError(`${result.failure.where}: ${result.failure.problem}`);
    const document = result.document;
    const where = document.path ?? document.id;
    const gold = goldFor(document, golds);
    if (!gold) throw new UserError(`${where}: no gold annotation for it in ${goldDir} (expected ${document.id}.json, or a file whose "document" is ${basename(where)})`);
    const other = used.get(gold);
    if (other !== undefined) throw new UserError(`${where}: ${gold.path} already scores ${other}`);
    used.set(gold, where);
    counts = addCounts(counts, scoreDocument(gold.gold, extractDocument(document), { document: gold.name, text: document.text }));
  }
  if (counts.documents === 0) throw new UserError('no article to score');
  return { counts, warnings: [] };
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The gold file naming the article's file in `document`, else the one named after the article id. */
function goldFor(document: SourceDocument, golds: GoldFile[]): GoldFile | undefined {
  const file = document.path && document.path !== '-' ? basename(document.path) : undefined;
  return golds.find((g) => file !== undefined && g.gold.document === file) ?? golds.find((g) => g.name === document.id);
}
