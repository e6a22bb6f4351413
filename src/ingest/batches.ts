/**
 * Groups accepted articles into batches and writes each batch to every article sink while the
 * extraction goes on. Batches are written one at a time, in input order; a batch is "committed"
 * once every sink has it, and only then handed on (merged into the graph). At most one batch is
 * being written and one filling, so memory stays bounded however slow a sink is.
 */
import type { Extraction } from '../model.js';
import type { ArticleSink } from '../sinks/sink.js';

export interface BatchWriterOptions {
  sinks: ArticleSink[];
  /** Articles per batch. */
  size: number;
  /** Write a batch that has waited this long even if it is not full, so sinks stay current on slow runs. */
  maxWaitMs?: number;
  /** Called with each committed batch, in order. */
  committed: (batch: Extraction[]) => void;
}

/** A sink refused a batch: the batch and everything after it is not committed. */
export class SinkFailed extends Error {
  constructor(
    readonly sink: string,
    override readonly cause: unknown,
  ) {
    super(`${sink}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export class BatchWriter {
  private filling: Extraction[] = [];
  private openedAt = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: SinkFailed | undefined;

  constructor(private readonly options: BatchWriterOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`batch size must be a positive integer, got ${options.size}`);
  }

  /** Adds one article; waits when the previous batch is still being written (backpressure). */
  async add(extraction: Extraction): Promise<void> {
    this.throwIfFailed();
    if (this.filling.length === 0) this.openedAt = performance.now();
    this.filling.push(extraction);
    const waited = performance.now() - this.openedAt;
    if (this.filling.length >= this.options.size || (this.options.maxWaitMs !== undefined && waited >= this.options.maxWaitMs))
      await this.send();
  }

  /** Writes what is left and waits until every batch is committed (or one failed). */
  async flush(): Promise<void> {
    if (this.filling.length) await this.send();
    await this.writing;
    this.throwIfFailed();
  }

  /** Drops the batch being filled (nothing of it was written) and waits for the one being written. */
  async discard(): Promise<void> {
    this.filling = [];
    await this.writing;
  }

  private async send(): Promise<void> {
    await this.writing; // one batch written at a time, in order
    this.throwIfFailed();
    const batch = this.filling;
    this.filling = [];
    this.writing = this.write(batch);
  }

  private async write(batch: Extraction[]): Promise<void> {
    for (const sink of this.options.sinks) {
      try {
        await sink.write(batch);
      } catch (e) {
        this.failure = new SinkFailed(sink.name, e);
        return;
      }
    }
    this.options.committed(batch);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
