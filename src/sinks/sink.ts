import type { Extraction, IdentityMap } from '../model.js';

/**
 * A destination that receives complete articles while an ingest runs (Neo4j, …). A batch is written
 * all or nothing, so an interrupted ingest leaves only whole articles behind.
 */
export interface ArticleSink {
  readonly name: string;
  /** Writes a batch of complete articles; resolves once they are durable. */
  write(batch: Extraction[]): Promise<void>;
  /**
   * The run's resolution changed entity ids: bring what this sink already holds in line (an entity
   * written under an old id becomes the resolved one) and write later articles under resolved ids.
   * Sinks that only write at the end (the graph files) need not have it.
   */
  resolve?(map: IdentityMap): Promise<void>;
  /** Flushes and releases connections. */
  close(): Promise<void>;
}
