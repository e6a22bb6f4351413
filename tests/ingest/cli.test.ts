/**
 * `kg ingest` as users run it: the built CLI (node bin/kg.js, so the compiled worker threads of
 * dist/), real child processes, real signals.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kg } from '../helpers/run-kg.js';
import { CHECKPOINT_FILE } from '../../src/ingest/checkpoint.js';
import { jsonlCorpus, mixedFolder, tempDir } from './fixtures.js';



/** Starts an ingest, sends SIGINT once some articles are done (but not all), and waits for it to end. */
function interrupted(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['bin/kg.js', 'ingest', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      // Not a TTY, so progress comes as plain lines: "kg: 12/300 articles (4%), …".
      const progress = [...stderr.matchAll(/^kg: (\d+)\/(\d+) articles/gm)].at(-1);
      if (!sent && progress && Number(progress[1]) > 0 && Number(progress[1]) < Number(progress[2])) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kg ingest', () => {
  it('ingests the good files of a folder, reports every bad one on its own line, and exits 1', async () => {
    const { dir, good, bad } = mixedFolder();
    const out = tempDir();
    const { code, stderr } = await kg('ingest', dir, '--out', out, '--max-size', '1MB');
    expect(code).toBe(1);
    for (const [file, reason] of Object.entries(bad)) expect(stderr).toMatch(new RegExp(`^kg: \\S*${file.replace('.', '\\.')}: .*${reason.source}`, 'm'));
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(Object.keys(graph.attributes.documents)).toEqual(good);
    expect(stderr).toMatch(/ingested 3 articles \(5 failed\)/);
  });

  it('reports a broken JSONL line with its line number', async () => {
    const file = join(tempDir(), 'dump.jsonl');
    const good = readFileSync(jsonlCorpus(2), 'utf8').split('\n');
    writeFileSync(file, [good[0], '{"id": 7, "text": ', good[1], ''].join('\n'));
    const { code, stdout, stderr } = await kg('ingest', file, '--out', tempDir(), '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(`kg: ${file}:2: invalid JSON`);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ documents: 2, failures: [{ where: `${file}:2` }] });
  });

  it('prints nothing with --quiet when all goes well, and a JSON summary with --json', async () => {
    const file = jsonlCorpus(3);
    const quiet = await kg('ingest', file, '--out', tempDir(), '--quiet');
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const json = await kg('ingest', file, '--out', tempDir(), '--json', '--workers', '1');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ documents: 3, workers: 1, failures: [], files: { graphJson: expect.stringMatching(/graph\.json$/) } });
  });

  it('refuses a bad --workers value with a one-line error', async () => {
    const { code, stderr } = await kg('ingest', 'examples', '--workers', '0');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--workers.*at least 1/);
  });
});

describe('Ctrl-C', () => {
  it('stops cleanly with a checkpoint, and a re-run ends with the same graph as one uninterrupted run', { timeout: 300_000 }, async () => {
    const file = jsonlCorpus(300, 'interrupt');
    const reference = tempDir();
    expect((await kg('ingest', file, '--out', reference, '--quiet')).code).toBe(0);

    const out = tempDir();
    const stopped = await interrupted([file, '--out', out, '--workers', '1', '--batch-size', '10']);
    expect(stopped.stderr).toMatch(/stopping/);
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted at \d+ of 300 inputs, after \S+:\d+/);
    expect(existsSync(join(out, CHECKPOINT_FILE))).toBe(true);
    expect(existsSync(join(out, 'graph.json'))).toBe(false);

    const resumed = await kg('ingest', file, '--out', out, '--json');
    expect(resumed.code, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout);
    expect(summary.resumed).toBeGreaterThan(0);
    expect(summary.resumed + summary.documents).toBe(300);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(readFileSync(join(reference, 'graph.json'), 'utf8'));
    expect(existsSync(join(out, CHECKPOINT_FILE))).toBe(false);
  });
});
