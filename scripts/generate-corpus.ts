/**
 * Writes a deterministic synthetic news corpus for scale tests and benchmarks.
 *
 *   npx tsx scripts/generate-corpus.ts --count 1000 --txt corpus/            # 1,000 .txt files
 *   npx tsx scripts/generate-corpus.ts --count 10000 --jsonl corpus.jsonl    # one JSONL file
 *   npx tsx scripts/generate-corpus.ts --bytes 1MB --jsonl -                 # at least 1 MB, to stdout
 *
 * See docs/corpus.md for every option.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { parseSize } from '../src/input/limits.js';
import { DEFAULT_SEED, generateCorpus, renderJsonLine, renderTxt } from './corpus/generate.js';

const USAGE = `usage: tsx scripts/generate-corpus.ts (--count N | --bytes SIZE) [--seed S] [--txt DIR] [--jsonl FILE|-] [--quiet]

  --count N       number of articles (100 to 100,000 and more)
  --bytes SIZE    or: at least this much text (e.g. 1MB), for extraction benchmarks
  --seed S        same seed, same corpus (default ${DEFAULT_SEED}); a smaller corpus is a prefix of a bigger one
  --txt DIR       one .txt file per article (syn-000001.txt, …); earlier syn-*.txt files in DIR are removed
  --jsonl FILE    one JSON object per line {id, title, date, dateline, source, text}; - for stdout
  --quiet         no summary line on stderr`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        count: { type: 'string' },
        bytes: { type: 'string' },
        seed: { type: 'string', default: DEFAULT_SEED },
        txt: { type: 'string' },
        jsonl: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`generate-corpus: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const count = values.count === undefined ? undefined : Number(values.count);
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) return usage(`--count must be a whole number of at least 1, got ${values.count}`);
  let bytes: number | undefined;
  try {
    bytes = values.bytes === undefined ? undefined : parseSize(values.bytes);
  } catch (e) {
    return usage(`--bytes: ${(e as Error).message}`);
  }
  if (count === undefined && bytes === undefined) return usage('give --count N or --bytes SIZE');
  if (!values.txt && !values.jsonl) return usage('give --txt DIR and/or --jsonl FILE');

  if (values.txt) {
    await mkdir(values.txt, { recursive: true });
    const old = (await readdir(values.txt)).filter((f) => /^syn-\d+\.txt$/.test(f));
    await Promise.all(old.map((f) => rm(join(values.txt!, f))));
  }
  const jsonl = values.jsonl === '-' ? process.stdout : values.jsonl ? createWriteStream(values.jsonl) : undefined;

  let articles = 0;
  let size = 0;
  let words = 0;
  for (const article of generateCorpus({ seed: values.seed, count, bytes })) {
    const txt = renderTxt(article);
    articles++;
    size += Buffer.byteLength(txt);
    words += txt.split(/\s+/).filter(Boolean).length;
    if (values.txt) await writeFile(join(values.txt, `${article.id}.txt`), txt);
    if (jsonl && !jsonl.write(`${renderJsonLine(article)}\n`)) await once(jsonl, 'drain');
  }
  if (jsonl && jsonl !== process.stdout) {
    jsonl.end();
    await once(jsonl, 'finish');
  }
  if (!values.quiet) {
    const where = [values.txt && `${values.txt}/`, values.jsonl && values.jsonl !== '-' && values.jsonl].filter(Boolean).join(' and ');
    process.stderr.write(`generated ${articles} articles (${(size / 1024 / 1024).toFixed(1)} MB, ${words} words, seed ${values.seed})${where ? ` in ${where}` : ''}\n`);
  }
  return 0;
}

function usage(problem: string): number {
  process.stderr.write(`generate-corpus: ${problem}\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main();
