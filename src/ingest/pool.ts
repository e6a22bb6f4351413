/**
 * A pool of worker threads that extract articles in parallel. Each worker loads the extractor (and
 * its language model) once; articles are handed to whichever worker is idle. Results come back as
 * promises, one per article; ordering is the caller's business (see ordered.ts).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction, SourceDocument } from '../model.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** An article the extractor could not handle; the pool and the other articles carry on. */
export class ExtractionFailed extends Error {}

interface Task {
  id: number;
  document: SourceDocument;
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Loaded the extractor and can take articles. */
  ready: boolean;
  task?: Task;
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly started: Promise<void>;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`worker count must be a positive integer, got ${size}`);
    this.started = Promise.all(Array.from({ length: size }, () => this.spawn())).then(() => undefined);
    this.started.catch(() => undefined); // surfaced by ready()
  }

  /** Resolves once every worker has loaded the extractor; rejects if one could not start. */
  ready(): Promise<void> {
    return this.started;
  }

  extract(document: SourceDocument): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, document, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; articles still queued or in flight are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Error('extraction stopped');
    for (const t of this.queue.splice(0)) t.reject(stopped);
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.task?.reject(stopped);
        slot.task = undefined;
        await slot.worker.terminate();
      }),
    );
  }

  /** Starts one worker and resolves when it has loaded the extractor. */
  private spawn(): Promise<void> {
    const slot: Slot = { worker: startWorker(), ready: false };
    this.slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      slot.worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          slot.ready = true;
          resolve();
        } else {
          const task = slot.task;
          if (!task || task.id !== message.id) return;
          slot.task = undefined;
          if (message.type === 'done') task.resolve(message.extraction);
          else task.reject(new ExtractionFailed(message.message));
        }
        this.dispatch();
      });
      const died = (why: string) => {
        if (!slot.ready) return reject(new Error(`extraction worker could not start: ${why}`));
        if (this.closed || !this.slots.includes(slot)) return;
        // A crash outside any one article's try: fail its article, replace the worker.
        slot.task?.reject(new ExtractionFailed(`extraction worker crashed: ${why}`));
        slot.task = undefined;
        this.replace(slot);
      };
      slot.worker.on('error', (e) => died(e.message));
      slot.worker.on('exit', (code) => died(`exited with code ${code}`));
    });
  }

  private replace(slot: Slot): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    this.spawn().catch((e: Error) => {
      for (const t of this.queue.splice(0)) t.reject(e);
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      const message: ToWorker = { id: task.id, document: task.document };
      slot.worker.postMessage(message);
    }
  }
}

/**
 * Starts one extraction worker. From the build (dist/) the compiled worker.js sits next to this
 * module. From TypeScript sources (vitest, tsx) there is only worker.ts, and a worker thread does not
 * inherit the parent's TypeScript loader, so the thread registers tsx's loader before importing it.
 */
export function startWorker(): Worker {
  const compiled = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled);
  const source = new URL('./worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(source))) throw new Error(`extraction worker not found next to ${fileURLToPath(import.meta.url)}`);
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { eval: true });
}

/** File URL of tsx's ESM API (`require.resolve` would pick its CommonJS build). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return new URL(manifest.exports['./esm/api']!.import.default, pathToFileURL(manifestPath)).href;
}
