/** The end-of-run report of `kg ingest`, as text for people and as JSON for programs. */
import type { ReadFailure } from '../input/read.js';
import type { RunResult } from './run.js';

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function formatFailures(failures: ReadFailure[]): string {
  return failures.map((f) => `kg: ${f.where}: ${f.problem}\n`).join('');
}

export function formatSummary(r: RunResult): string {
  const s = r.summary;
  const lines: string[] = [];
  const extras = [
    s.resumed ? `${n(s.resumed)} from the checkpoint` : '',
    s.skippedDuplicates ? `${n(s.skippedDuplicates)} already seen` : '',
    s.failures.length ? `${n(s.failures.length)} failed` : '',
  ].filter(Boolean);
  lines.push(
    `${s.stopped ? 'committed' : 'ingested'} ${plural(s.documents, 'article')}${extras.length ? ` (${extras.join(', ')})` : ''} in ${s.seconds.toFixed(1)} s` +
      ` (${s.articlesPerSecond.toFixed(1)} articles/s, ${plural(s.workers, 'worker')}, peak memory ${mb(s.peakRssBytes)})`,
  );
  const byType = Object.entries(s.relationsByType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, c]) => `${t} ${n(c)}`)
    .join(', ');
  lines.push(`graph: ${plural(s.entities, 'entity', 'entities')}, ${plural(s.relations, 'relation')}${byType ? ` (${byType})` : ''}`);
  if (s.stopped) {
    const where = s.stopped.stoppedAfter ? `, after ${s.stopped.stoppedAfter}` : '';
    const of = s.stopped.total !== undefined ? ` of ${n(s.stopped.total)}` : '';
    lines.push(`${s.stopped.reason === 'interrupted' ? 'interrupted' : `stopped: ${s.stopped.message}`} at ${n(s.stopped.processed)}${of} inputs${where}`);
    lines.push(
      r.checkpoint
        ? `saved ${r.checkpoint}; graph.json and index.html not written: run the same command again to continue (--restart starts over)`
        : 'nothing saved (input from stdin cannot be continued): run the command again',
    );
  } else if (r.files) lines.push(`wrote ${r.files.graphJson}, ${r.files.page}`);
  return lines.join('\n') + '\n';
}

export function summaryJson(r: RunResult): string {
  const { summary, files, checkpoint, resumedFrom } = r;
  return JSON.stringify({ ...summary, ...(files ? { files } : {}), ...(checkpoint ? { checkpoint } : {}), ...(resumedFrom ? { resumedFrom } : {}) }, null, 2) + '\n';
}
