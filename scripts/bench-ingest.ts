/**
 * `npm run bench:ingest`: corpus ingestion with the built CLI, in child processes.
 *
 *  - throughput (articles/s) on 10,000 synthetic articles with 1 worker, then with one per core
 *    (alternated and repeated with `--rounds`, best of each, because the machine is shared). The
 *    large corpus matters: each worker warms up its own JIT, which weighs on a short run;
 *  - the cores the runs actually had (CPU seconds ÷ wall seconds): on a shared machine, the reason a
 *    speed-up falls short;
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
  seconds: number;
  cpuSeconds: number;
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
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
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
    // Each run starts from an empty database: a re-ingest does different work.
    if (neo4j)
      await run('node', ['bin/kg.js', 'neo4j', 'reset', '--yes']).catch((e: { stderr?: string }) => {
        throw new Error(`could not empty Neo4j before a run: ${e.stderr?.trim() || String(e)}`);
      });
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

const small1 = await ingest(smallCorpus, workers);
log(`${label(small)} articles with ${workers} workers: peak RSS ${mb(small1.peakRssBytes)} MB`);
let single: Summary | undefined;
let parallel: Summary | undefined;
for (let r = 1; r <= rounds; r++) {
  const one = await ingest(largeCorpus, 1);
  log(`round ${r}/${rounds}: ${label(large)} articles with 1 worker: ${one.articlesPerSecond.toFixed(1)} articles/s`);
  const all = await ingest(largeCorpus, workers);
  log(`round ${r}/${rounds}: ${label(large)} articles with ${workers} workers: ${all.articlesPerSecond.toFixed(1)} articles/s, peak RSS ${mb(all.peakRssBytes)} MB`);
  if (!single || one.articlesPerSecond > single.articlesPerSecond) single = one;
  if (!parallel || all.articlesPerSecond > parallel.articlesPerSecond) parallel = all;
}
const big = parallel!;
const cores = (x: Summary) => round(x.cpuSeconds / x.seconds, 2);

const figures: Figure[] = [
  { name: `ingest ${label(large)} articles, 1 worker${suffix}`, value: round(single!.articlesPerSecond), unit: 'articles/s' },
  {
    name: `ingest ${label(large)} articles, ${workers} workers${suffix}`,
    value: round(big.articlesPerSecond),
    unit: 'articles/s',
    baseline: round(single!.articlesPerSecond),
    ratio: round(big.articlesPerSecond / single!.articlesPerSecond, 2),
  },
  { name: `cores used, 1 worker`, value: cores(single!), unit: 'cores' },
  { name: `cores used, ${workers} workers`, value: cores(big), unit: 'cores' },
  { name: `peak RSS, ${label(small)} articles${suffix}`, value: mb(small1.peakRssBytes), unit: 'MB' },
  { name: `peak RSS, ${label(large)} articles${suffix}`, value: mb(big.peakRssBytes), unit: 'MB', baseline: mb(small1.peakRssBytes), ratio: round(big.peakRssBytes / small1.peakRssBytes, 2) },
];
process.stdout.write(`BENCH ${JSON.stringify(figures)}\n`);

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
