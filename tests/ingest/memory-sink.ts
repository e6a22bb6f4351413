import type { Extraction } from '../../src/model.js';
import type { ArticleSink } from '../../src/sinks/sink.js';

/**
 * An ArticleSink that keeps what it is sent, checks the contract (one write at a time, never after
 * close) and can be told to fail: for testing batching, ordering, interruption and resume.
 */
export class MemorySink implements ArticleSink {
  readonly name: string;
  readonly batches: string[][] = [];
  closed = false;
  private writing = false;

  constructor(
    private readonly options: { name?: string; delayMs?: number; failOnBatch?: number } = {},
  ) {
    this.name = options.name ?? 'memory';
  }

  /** Ids of every article committed, in order. */
  get articles(): string[] {
    return this.batches.flat();
  }

  async write(batch: Extraction[]): Promise<void> {
    if (this.closed) throw new Error('write after close');
    if (this.writing) throw new Error('two writes at once');
    this.writing = true;
    try {
      if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
      // All or nothing: a failing batch leaves nothing behind.
      if (this.options.failOnBatch === this.batches.length) throw new Error('connection lost');
      this.batches.push(batch.map((x) => x.document.id));
    } finally {
      this.writing = false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
