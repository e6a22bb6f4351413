import { describe, expect, it } from 'vitest';
import { BatchWriter, SinkFailed } from '../../src/ingest/batches.js';
import type { Extraction } from '../../src/model.js';
import { MemorySink } from './memory-sink.js';

const article = (id: string): Extraction => ({ document: { id, sha256: id.padStart(64, '0') }, entities: [], relations: [] });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

describe('BatchWriter', () => {
  it('writes full batches in order while articles keep coming, then the rest on flush', async () => {
    const sink = new MemorySink({ delayMs: 5 });
    const committed: string[] = [];
    const writer = new BatchWriter({ sinks: [sink], size: 4, committed: (b) => committed.push(...b.map((x) => x.document.id)) });
    for (const id of ids(10)) await writer.add(article(id));
    await writer.flush();
    expect(sink.batches).toEqual([['a0', 'a1', 'a2', 'a3'], ['a4', 'a5', 'a6', 'a7'], ['a8', 'a9']]);
    expect(committed).toEqual(ids(10));
  });

  it('commits a batch only once every sink has it', async () => {
    const first = new MemorySink({ name: 'first' });
    const second = new MemorySink({ name: 'second', failOnBatch: 1 });
    const committed: string[] = [];
    const writer = new BatchWriter({ sinks: [first, second], size: 2, committed: (b) => committed.push(...b.map((x) => x.document.id)) });
    const added = async () => {
      for (const id of ids(7)) await writer.add(article(id));
      await writer.flush();
    };
    await expect(added()).rejects.toThrow(SinkFailed);
    expect(committed).toEqual(['a0', 'a1']);
    expect(second.articles).toEqual(['a0', 'a1']);
  });

  it('names the sink that failed', async () => {
    const writer = new BatchWriter({ sinks: [new MemorySink({ name: 'neo4j', failOnBatch: 0 })], size: 1, committed: () => undefined });
    await writer.add(article('a'));
    await expect(writer.flush()).rejects.toThrow('neo4j: connection lost');
  });

  it('writes a batch that waited too long even when it is not full', async () => {
    const sink = new MemorySink();
    const writer = new BatchWriter({ sinks: [sink], size: 100, maxWaitMs: 10, committed: () => undefined });
    await writer.add(article('a0'));
    await new Promise((r) => setTimeout(r, 20));
    await writer.add(article('a1'));
    await writer.flush();
    expect(sink.batches).toEqual([['a0', 'a1']]);
  });
});
