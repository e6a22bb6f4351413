/**
 * The synthetic corpus as a stream of articles, and their file forms (.txt as the readers expect
 * it, one JSON object per JSONL line). Importable by benchmarks:
 *
 *   import { generateCorpus, renderTxt } from '../scripts/corpus/generate.js';
 *   for (const article of generateCorpus({ seed: 1, bytes: 1 << 20 })) …
 */
import { generateArticle, type SyntheticArticle } from './article.js';
import { TRADITIONS } from './names.js';
import { random } from './random.js';
import { buildWorld } from './world.js';

export type { SyntheticArticle } from './article.js';

export interface CorpusOptions {
  /** Same seed, same corpus (default `kg-news`). */
  seed?: string | number;
  /** Number of articles. */
  count?: number;
  /** Or: stop once the .txt renderings add up to at least this many bytes. */
  bytes?: number;
}

export const DEFAULT_SEED = 'kg-news';

/** Articles 0, 1, 2, … of the corpus of `seed`; a smaller corpus is a prefix of a bigger one. */
export function* generateCorpus(options: CorpusOptions): Generator<SyntheticArticle> {
  const seed = options.seed ?? DEFAULT_SEED;
  if (options.count === undefined && options.bytes === undefined) throw new Error('give a count or a size in bytes');
  const world = buildWorld(seed);
  let bytes = 0;
  for (let i = 0; options.count === undefined || i < options.count; i++) {
    if (options.bytes !== undefined && bytes >= options.bytes) return;
    const article = generateArticle(world, seed, i);
    bytes += Buffer.byteLength(renderTxt(article));
    yield article;
  }
}

/** The article as a .txt file, in one of the layouts kg's plain-text reader understands. */
export function renderTxt(a: SyntheticArticle): string {
  const signature = a.source.toUpperCase();
  if (a.layout === 'dateline-header') return `date ${a.date} ${a.dateline} • ${a.body}\n\n${signature}\n`;
  if (a.layout === 'wire-lead') return `${a.title}\n\n${a.dateline} (${a.source}) - ${a.body}\n\n${credits(a)}\n`;
  return `${a.title}\n\n${a.body}\n\n${signature}\n`;
}

/** The article as one JSONL line (without the newline). */
export function renderJsonLine(a: SyntheticArticle): string {
  return JSON.stringify({ id: a.id, title: a.title, date: a.date, dateline: a.dateline, source: a.source, text: a.body });
}

/** Wire-copy credits with invented reporters' names. */
function credits(a: SyntheticArticle): string {
  const rng = random(a.id, 'credits');
  const traditions = Object.values(TRADITIONS);
  const reporter = () => {
    const t = rng.pick(traditions);
    return `${rng.pick(rng.chance(0.5) ? t.female : t.male)} ${rng.pick(t.surnames)}`;
  };
  return `(Reporting by ${reporter()}; Editing by ${reporter()})`;
}
