/**
 * `npm run bench:ingest`: corpus ingestion with the built CLI, in child processes.
 *
 *  - throughput (articles/s) on 1,000 synthetic articles with 1 worker, then with one per core,
 *    alternated and repeated (`--rounds`, best of each) because the machine is shared;
 *  - peak resident memory of the whole run (all threads, files written) at 1,000 and at 10,000
 *    articles, the second compared with the first.
 *
 * With `--neo4j` or NEO4J_URI set, every run also writes to Neo4j.
 * Last stdout line: `BENCH [...]` (see docs/corpus.md).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { generateCorpus, renderJsonLine } from './corpus/generate.js';

const run = promisify(execFile);

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

interface Summary {
  documents: number;
  articlesPerSecond: number;
  peakRssBytes: number;
  entities: number;
  relations: number;
}

const { values } = parseArgs({
  options: {
    small: { type: 'string', default: '1000' },
    large: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    workers: { type: 'string', default: String(availableParallelism()) },
    neo4j: { type: 'boolean', default: false },
  },
});
const small = Number(values.small);
const large = Number(values.large);
const rounds = Number(values.rounds);
const workers = Number(values.workers);
const neo4j = values.neo4j || !!process.env.NEO4J_URI;
const sinkArgs = neo4j ? ['--neo4j'] : [];
const label = (n: number) => n.toLocaleString('en-US');
const log = (m: string) => process.stderr.write(`bench:ingest: ${m}\n`);

/** The synthetic corpus of `n` articles (default seed), generated once into .cache/. */
function corpus(n: number): string {
  const dir = join('.cache', 'bench');
  const file = join(dir, `corpus-${n}.jsonl`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const lines: string[] = [];
    for (const a of generateCorpus({ count: n })) lines.push(renderJsonLine(a));
    writeFileSync(`${file}.tmp`, `${lines.join('\n')}\n`);
    renameSync(`${file}.tmp`, file); // a corpus is whole or absent
  }
  return file;
}

async function ingest(file: string, workerCount: number): Promise<Summary> {
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  try {
    if (neo4j) await run('node', ['bin/kg.js', 'neo4j', 'reset', '--yes']).catch(() => undefined); // each run starts from an empty database, when the command exists
    const { stdout } = await run('node', ['bin/kg.js', 'ingest', file, '--out', out, '--json', '--workers', String(workerCount), ...sinkArgs], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as Summary;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const smallCorpus = corpus(small);
const largeCorpus = corpus(large);
const suffix = neo4j ? ' + Neo4j' : '';

let single = 0;
let parallel = 0;
let smallRss = Infinity;
for (let r = 1; r <= rounds; r++) {
  const one = await ingest(smallCorpus, 1);
  const all = await ingest(smallCorpus, workers);
  log(`round ${r}/${rounds}: ${one.articlesPerSecond.toFixed(1)} articles/s with 1 worker, ${all.articlesPerSecond.toFixed(1)} with ${workers}`);
  single = Math.max(single, one.articlesPerSecond);
  parallel = Math.max(parallel, all.articlesPerSecond);
  smallRss = Math.min(smallRss, all.peakRssBytes);
}
log(`${label(large)} articles with ${workers} workers…`);
const big = await ingest(largeCorpus, workers);
log(`${big.documents} articles, ${big.entities} entities, ${big.relations} relations, ${big.articlesPerSecond.toFixed(1)} articles/s`);

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const figures: Figure[] = [
  { name: `ingest ${label(small)} articles, 1 worker${suffix}`, value: round(single), unit: 'articles/s' },
  { name: `ingest ${label(small)} articles, ${workers} workers${suffix}`, value: round(parallel), unit: 'articles/s', baseline: round(single), ratio: round(parallel / single, 2) },
  { name: `ingest ${label(large)} articles, ${workers} workers${suffix}`, value: round(big.articlesPerSecond), unit: 'articles/s' },
  { name: `peak RSS, ${label(small)} articles${suffix}`, value: mb(smallRss), unit: 'MB' },
  { name: `peak RSS, ${label(large)} articles${suffix}`, value: mb(big.peakRssBytes), unit: 'MB', baseline: mb(smallRss), ratio: round(big.peakRssBytes / smallRss, 2) },
];
process.stdout.write(`BENCH ${JSON.stringify(figures)}\n`);

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
