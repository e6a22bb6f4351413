/**
 * `npm run bench`: runs every `bench:*` script of package.json, one after the other, and prints one
 * table: each figure, its baseline and ratio (measured in the same run by the benchmark itself), and
 * the peak memory of each benchmark's processes. Benchmarks needing a service that is not there
 * (Neo4j, Chromium) are skipped with a note.
 *
 *   npm run bench                      # everything
 *   npm run bench -- --only ingest     # bench:ingest only (comma-separated names)
 *
 * Contract with the benchmark scripts: the LAST stdout line is `BENCH ` + a JSON array of
 * { name, value, unit, baseline?, ratio? }. Everything else they print goes to the terminal.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const figureSchema = z.object({
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  baseline: z.number().optional(),
  ratio: z.number().optional(),
});
type Figure = z.infer<typeof figureSchema>;

interface Outcome {
  script: string;
  figures: Figure[];
  peakRssBytes?: number;
  seconds: number;
  skipped?: string;
  failed?: string;
}

/** Services some benchmarks need; a benchmark whose check returns a reason is skipped. */
const REQUIREMENTS: Record<string, () => Promise<string | undefined>> = {
  'bench:neo4j': neo4jMissing,
  'bench:viewer': async () => (existsSync('/usr/bin/chromium') ? undefined : 'needs Chromium (/usr/bin/chromium)'),
};

/** Memory page size of Linux on x86-64 and arm64, to turn /proc's page counts into bytes. */
const PAGE_SIZE = 4096;

/** Preferred order; other bench:* scripts follow alphabetically. */
const ORDER = ['bench:extract', 'bench:neo4j', 'bench:viewer', 'bench:ingest'];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',').map((s) => `bench:${s.trim().replace(/^bench:/, '')}`);

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const scripts = Object.keys(manifest.scripts)
  .filter((s) => s.startsWith('bench:') && (!only || only.includes(s)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
if (!scripts.length) {
  process.stderr.write(`bench: no bench:* script${only ? ` among ${only.join(', ')}` : ''} in package.json\n`);
  process.exit(2);
}

const outcomes: Outcome[] = [];
for (const script of scripts) {
  const missing = await REQUIREMENTS[script]?.();
  if (missing) {
    process.stderr.write(`\nbench: skipping ${script}: ${missing}\n`);
    outcomes.push({ script, figures: [], seconds: 0, skipped: missing });
    continue;
  }
  process.stderr.write(`\nbench: running ${script}\n`);
  outcomes.push(await runBenchmark(script));
}
process.stdout.write(`\n${header()}\n\n${table(outcomes)}\n`);
process.exitCode = outcomes.some((o) => o.failed) ? 1 : 0;

function rank(script: string): number {
  const i = ORDER.indexOf(script);
  return i < 0 ? ORDER.length : i;
}

/** Runs `npm run -s <script>`; its stderr goes to ours, its stdout is searched for the BENCH line. */
async function runBenchmark(script: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const sampler = sampleTreeRss(child.pid!);
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    process.stderr.write(d); // the benchmark's own report stays visible
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakRssBytes = sampler.stop();
  const seconds = (performance.now() - started) / 1000;
  const line = stdout.trimEnd().split('\n').at(-1) ?? '';
  if (code !== 0) return { script, figures: [], seconds, peakRssBytes, failed: `exited with code ${code}` };
  if (!line.startsWith('BENCH ')) return { script, figures: [], seconds, peakRssBytes, failed: 'no BENCH line at the end of its output' };
  const parsed = z.array(figureSchema).safeParse(safeJson(line.slice('BENCH '.length)));
  if (!parsed.success) return { script, figures: [], seconds, peakRssBytes, failed: `malformed BENCH line: ${parsed.error.issues[0]?.message}` };
  const figures = parsed.data.map((f) => (f.ratio === undefined && f.baseline ? { ...f, ratio: Math.round((f.value / f.baseline) * 100) / 100 } : f));
  return { script, figures, seconds, peakRssBytes };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Peak resident memory of a process and all its descendants, summed, sampled every 100 ms from
 * /proc (Linux; undefined elsewhere). Children are found through /proc/PID/task/PID/children, so a
 * sample reads a handful of files and does not disturb the benchmark.
 */
function sampleTreeRss(root: number): { stop(): number | undefined } {
  if (!existsSync(`/proc/${process.pid}/task/${process.pid}/children`)) return { stop: () => undefined };
  let peak = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    treeRss(root)
      .then((rss) => (peak = Math.max(peak, rss)))
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return peak || undefined;
    },
  };
}

async function treeRss(root: number): Promise<number> {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const [statm, children] = await Promise.all([
      readFile(`/proc/${pid}/statm`, 'utf8').catch(() => ''),
      readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => ''),
    ]);
    total += Number(statm.split(' ')[1] ?? 0) * PAGE_SIZE; // resident pages
    for (const child of children.trim().split(/\s+/)) if (child) stack.push(Number(child));
  }
  return total;
}

/** Neo4j answers on NEO4J_URI (or the local default), or the reason it does not. */
async function neo4jMissing(): Promise<string | undefined> {
  const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
  let host: string;
  let port: number;
  try {
    const url = new URL(uri.replace(/^[a-z0-9+]+:\/\//i, 'http://'));
    host = url.hostname;
    port = Number(url.port || 7687);
  } catch {
    return `NEO4J_URI is not a URI: ${uri}`;
  }
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
  return reachable ? undefined : `needs Neo4j, nothing answers at ${host}:${port} (npm run neo4j:start, or set NEO4J_URI)`;
}

function header(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `kg-news benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${cpu}, ${availableParallelism()} cores, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}`;
}

function table(rows: Outcome[]): string {
  const lines: string[][] = [['benchmark', 'figure', 'value', 'unit', 'baseline', 'ratio', 'peak memory']];
  const n = (x: number | undefined) => (x === undefined ? '' : x.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  for (const o of rows) {
    const memory = o.peakRssBytes ? `${Math.round(o.peakRssBytes / 1024 ** 2)} MB` : '';
    if (o.skipped || o.failed) {
      lines.push([o.script, o.skipped ? `skipped: ${o.skipped}` : `FAILED: ${o.failed}`, '', '', '', '', memory]);
      continue;
    }
    o.figures.forEach((f, i) => lines.push([i ? '' : o.script, f.name, n(f.value), f.unit, n(f.baseline), f.ratio === undefined ? '' : `${n(f.ratio)}×`, i ? '' : memory]));
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  const numeric = new Set([2, 4, 5, 6]);
  const format = (l: string[]) => l.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [format(lines[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(format)].join('\n');
}
