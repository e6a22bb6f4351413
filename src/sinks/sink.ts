import type { Extraction } from '../model.js';

/**
 * A destination that receives complete articles while an ingest runs (Neo4j, …). A batch is written
 * all or nothing, so an interrupted ingest leaves only whole articles behind.
 */
export interface ArticleSink {
  readonly name: string;
  /** Writes a batch of complete articles; resolves once they are durable. */
  write(batch: Extraction[]): Promise<void>;
  /** Flushes and releases connections. */
  close(): Promise<void>;
}
