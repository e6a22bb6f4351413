/**
 * The ingest engine in-process, from the TypeScript sources: its worker threads start through the
 * tsx fallback of src/ingest/pool.ts (the CLI tests cover the compiled workers of dist/).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_FILE } from '../../src/ingest/checkpoint.js';
import { ingest } from '../../src/ingest/ingest.js';
import { runIngest } from '../../src/ingest/run.js';
import { DEFAULT_MAX_BYTES } from '../../src/input/limits.js';
import { jsonlCorpus, mixedFolder, tempDir, txtCorpus } from './fixtures.js';
import { MemorySink } from './memory-sink.js';

const base = { maxBytes: DEFAULT_MAX_BYTES };
const exported = (graph: { export(): unknown }) => JSON.stringify(graph.export());

describe('ingest', () => {
  it('ingests the good files of a folder and reports each bad one with its reason', async () => {
    const { dir, good, bad } = mixedFolder();
    const { graph, summary } = await ingest([dir], { maxBytes: 1024 * 1024, workers: 2 });
    expect(Object.keys(graph.getAttribute('documents'))).toEqual(good);
    expect(summary.documents).toBe(good.length);
    expect(summary.entities).toBeGreaterThan(0);
    expect(summary.relations).toBeGreaterThan(0);
    expect(summary.failures).toHaveLength(Object.keys(bad).length);
    for (const [file, reason] of Object.entries(bad)) {
      const failure = summary.failures.find((f) => f.where.endsWith(file));
      expect(failure, file).toBeDefined();
      expect(failure!.problem).toMatch(reason);
    }
  });

  it('reports a broken JSONL line with its line number and ingests the other lines', async () => {
    const file = jsonlCorpus(4);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(2, 0, '{"id": "broken", "text": "The minister said', '');
    writeFileSync(file, lines.join('\n'));
    const { summary } = await ingest([file], { ...base, workers: 1 });
    expect(summary.documents).toBe(4);
    expect(summary.failures).toEqual([{ where: `${file}:3`, problem: expect.stringMatching(/^invalid JSON/) }]);
  });

  it('builds the same graph with 1 worker and with 3', async () => {
    const dir = txtCorpus(60);
    const one = await ingest([dir], { ...base, workers: 1 });
    const three = await ingest([dir], { ...base, workers: 3 });
    expect(one.summary.documents).toBe(60);
    expect(one.summary.relations).toBeGreaterThan(100);
    expect(exported(three.graph)).toBe(exported(one.graph));
  });

  it('sends every article to the sinks in input order, in batches, and merges only what they committed', async () => {
    const file = jsonlCorpus(25);
    const sink = new MemorySink({ delayMs: 2 });
    const { graph, summary } = await ingest([file], { ...base, workers: 2, batchSize: 10, sinks: [sink] });
    expect(sink.batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(sink.articles).toEqual(Array.from({ length: 25 }, (_, i) => `syn-${String(i + 1).padStart(6, '0')}`));
    expect(Object.keys(graph.getAttribute('documents'))).toEqual(sink.articles);
    expect(summary.stopped).toBeUndefined();
  });

  it('skips an article seen before under another name, before it reaches the sinks', async () => {
    const dir = txtCorpus(3);
    writeFileSync(join(dir, 'zz-copy.txt'), readFileSync(join(dir, 'syn-000002.txt')));
    const sink = new MemorySink();
    const { summary } = await ingest([dir], { ...base, workers: 2, sinks: [sink] });
    expect(summary.skippedDuplicates).toBe(1);
    expect(sink.articles).toEqual(['syn-000001', 'syn-000002', 'syn-000003']);
  });
});

describe('stopping and continuing', () => {
  it('stops when a sink fails, keeps what was committed, and a re-run continues to the same graph', async () => {
    const dir = txtCorpus(30);
    const reference = await ingest([dir], { ...base, workers: 2 });

    const out = tempDir();
    const failing = new MemorySink({ name: 'db', failOnBatch: 2 });
    const first = await runIngest([dir], { ...base, outDir: out, workers: 2, batchSize: 5, sinks: [failing] });
    expect(first.summary.stopped).toMatchObject({ reason: 'sink-failed', message: 'db: connection lost', stoppedAfter: expect.stringMatching(/syn-000010\.txt$/) });
    expect(first.summary.documents).toBe(10);
    expect(first.files).toBeUndefined();
    expect(first.checkpoint).toBe(join(out, CHECKPOINT_FILE));
    expect(existsSync(join(out, 'graph.json'))).toBe(false);

    const working = new MemorySink({ name: 'db' });
    const second = await runIngest([dir], { ...base, outDir: out, workers: 2, batchSize: 5, sinks: [working] });
    expect(second.summary).toMatchObject({ resumed: 10, documents: 20 });
    expect(second.resumedFrom?.articles).toBe(10);
    expect(working.articles[0]).toBe('syn-000011');
    expect(readFileSync(second.files!.graphJson, 'utf8')).toBe(exported(reference.graph));
    expect(existsSync(join(out, CHECKPOINT_FILE))).toBe(false);
  });

  it('on abort commits what was extracted in order, saves a checkpoint, and a re-run ends with the same graph', async () => {
    const file = jsonlCorpus(40);
    const reference = await ingest([file], { ...base, workers: 2 });

    const out = tempDir();
    const controller = new AbortController();
    const sink = new MemorySink({ delayMs: 1 });
    const first = await runIngest([file], {
      ...base,
      outDir: out,
      workers: 2,
      batchSize: 4,
      sinks: [sink],
      signal: controller.signal,
      progress: {
        start: () => undefined,
        update: (p) => p.done === 12 && controller.abort(),
        note: () => undefined,
        stop: () => undefined,
      },
    });
    expect(first.summary.stopped).toMatchObject({ reason: 'interrupted', processed: 12, total: 40 });
    expect(sink.articles).toHaveLength(12);
    expect(first.checkpoint).toBeDefined();

    const second = await runIngest([file], { ...base, outDir: out, workers: 2, batchSize: 4, sinks: [sink] });
    expect(second.summary).toMatchObject({ resumed: 12, documents: 28 });
    expect(sink.articles).toEqual(Object.keys(reference.graph.getAttribute('documents')));
    expect(readFileSync(second.files!.graphJson, 'utf8')).toBe(exported(reference.graph));
  });

  it('starts over when the checkpoint belongs to other inputs, or with restart', async () => {
    const out = tempDir();
    const a = jsonlCorpus(6, 'a');
    const controller = new AbortController();
    controller.abort();
    const stopped = await runIngest([a], { ...base, outDir: out, workers: 1, signal: controller.signal });
    expect(stopped.checkpoint).toBeDefined();

    const notes: string[] = [];
    const other = await runIngest([jsonlCorpus(2, 'b')], { ...base, outDir: out, workers: 1, note: (m) => notes.push(m) });
    expect(other.summary.resumed).toBe(0);
    expect(notes.join()).toMatch(/ignoring .*other inputs/);

    const again = await runIngest([a], { ...base, outDir: out, workers: 1, restart: true });
    expect(again.summary).toMatchObject({ resumed: 0, documents: 6 });
  });
});
