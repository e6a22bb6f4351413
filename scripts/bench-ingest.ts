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
 * With `--neo4j` or NEO4J_URI set, every run also writes to Neo4j. When that is the local server of
 * scripts/neo4j-local.ts, its CPU time is read from /proc too, and the report adds the CPU each
 * article costs (kg and Neo4j) and the speed-up those costs allow on this machine's cores: with the
 * database on the same cores, cores ÷ (CPU per article) is the most any number of workers can reach.
 * Last stdout line: `BENCH [...]` (see docs/corpus.md).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { generateCorpus, renderJsonLine } from './corpus/generate.js';
import { localNeo4jPid } from './neo4j-local.js';

const run = promisify(execFile);
/** Clock ticks per second of /proc/PID/stat's CPU times. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

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
  /** CPU seconds the local Neo4j server spent during the run (when it is the local one). */
  neo4jCpuSeconds?: number;
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
    const server = neo4j ? localNeo4jPid() : undefined;
    const serverCpuAtStart = server && processCpuSeconds(server);
    const { stdout } = await run('node', ['bin/kg.js', 'ingest', file, '--out', out, '--json', '--workers', String(workerCount), ...sinkArgs], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const summary = JSON.parse(stdout) as Summary;
    if (server && serverCpuAtStart !== undefined) summary.neo4jCpuSeconds = processCpuSeconds(server)! - serverCpuAtStart;
    return summary;
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
if (big.neo4jCpuSeconds !== undefined && single!.neo4jCpuSeconds !== undefined) {
  const ms = (seconds: number, x: Summary) => round((seconds * 1000) / x.documents, 2);
  const perArticle = (x: Summary) => (x.cpuSeconds + x.neo4jCpuSeconds!) / x.documents;
  const coreCount = availableParallelism();
  figures.push(
    { name: `kg CPU per article, 1 worker`, value: ms(single!.cpuSeconds, single!), unit: 'ms' },
    { name: `Neo4j server CPU per article, 1 worker`, value: ms(single!.neo4jCpuSeconds!, single!), unit: 'ms' },
    { name: `kg CPU per article, ${workers} workers`, value: ms(big.cpuSeconds, big), unit: 'ms' },
    { name: `Neo4j server CPU per article, ${workers} workers`, value: ms(big.neo4jCpuSeconds!, big), unit: 'ms' },
    {
      // All cores busy at the N-worker run's CPU cost per article: no scheduling can do better.
      name: `most articles/s ${coreCount} cores allow, kg + Neo4j`,
      value: round(coreCount / perArticle(big)),
      unit: 'articles/s',
      baseline: round(single!.articlesPerSecond),
      ratio: round(coreCount / perArticle(big) / single!.articlesPerSecond, 2),
    },
  );
}
process.stdout.write(`BENCH ${JSON.stringify(figures)}\n`);

/** User + system CPU seconds of a process so far, from /proc (Linux); undefined elsewhere. */
function processCpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
