/**
 * A corpus ingest into the real Neo4j, interrupted and continued: Neo4j holds complete articles only
 * (exactly the checkpoint's), and the re-run ends where one uninterrupted run ends, without duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.js';
import { DEFAULT_MAX_BYTES } from '../../src/input/limits.js';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { graphStats, resetGraph } from '../../src/neo4j/maintenance.js';
import { createNeo4jSink } from '../../src/sinks/neo4j/index.js';
import { jsonlCorpus, tempDir } from '../ingest/fixtures.js';

let connection: Neo4jConnection;

beforeAll(async () => {
  connection = await connectNeo4j();
});
afterAll(async () => {
  await connection?.close();
});

async function ingestInto(file: string, outDir: string, stopAfter?: number) {
  const sink = await createNeo4jSink({ connection });
  const controller = new AbortController();
  try {
    return await runIngest([file], {
      maxBytes: DEFAULT_MAX_BYTES,
      outDir,
      workers: 2,
      batchSize: 7,
      sinks: [sink],
      signal: controller.signal,
      progress: { start: () => undefined, update: (p) => p.done === stopAfter && controller.abort(), note: () => undefined, stop: () => undefined },
    });
  } finally {
    await sink.close();
  }
}

const documents = async () => (await connection.autoCommit('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);

describe('kg ingest into Neo4j', () => {
  it('interrupted, holds the checkpoint’s whole articles; continued, ends like one uninterrupted run', { timeout: 300_000 }, async () => {
    const file = jsonlCorpus(40, 'neo4j-ingest');
    await resetGraph(connection);
    const whole = await ingestInto(file, tempDir());
    expect(whole.summary).toMatchObject({ documents: 40 });
    const expected = await graphStats(connection);

    await resetGraph(connection);
    const out = tempDir();
    const stopped = await ingestInto(file, out, 17);
    expect(stopped.summary.stopped).toMatchObject({ reason: 'interrupted', processed: 17 });
    expect(await documents()).toEqual(Array.from({ length: 17 }, (_, i) => `syn-${String(i + 1).padStart(6, '0')}`));

    const continued = await ingestInto(file, out);
    expect(continued.summary).toMatchObject({ resumed: 17, documents: 23 });
    expect(await graphStats(connection)).toEqual(expected);

    // And again: re-ingesting the same corpus changes nothing.
    await ingestInto(file, tempDir());
    expect(await graphStats(connection)).toEqual(expected);
  });
});
