import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/ingest/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number, read: number[] = []): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    read.push(i);
    yield i;
  }
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('orderedMap', () => {
  it('yields results in input order even when later items finish first', async () => {
    const delays = [30, 1, 20, 2, 10, 0, 5];
    const out = await collect(orderedMap(numbers(delays.length), async (i) => (await sleep(delays[i]!), i * 10), { window: 4 }));
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60]);
  });

  it('never has more than `window` items in flight (reading pauses)', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (i: number) => {
      most = Math.max(most, ++inFlight);
      await sleep(i % 3);
      inFlight--;
      return i;
    };
    const out = await collect(orderedMap(numbers(50), work, { window: 3 }));
    expect(out).toHaveLength(50);
    expect(most).toBeLessThanOrEqual(3);
  });

  it('stops reading when aborted, and closes the source', async () => {
    const controller = new AbortController();
    const read: number[] = [];
    let closed = false;
    async function* source() {
      try {
        yield* numbers(1000, read);
      } finally {
        closed = true;
      }
    }
    const out: number[] = [];
    for await (const x of orderedMap(source(), async (i) => (await sleep(1), i), { window: 4, signal: controller.signal })) {
      out.push(x);
      if (x === 5) controller.abort();
    }
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(read.length).toBeLessThan(20);
    expect(closed).toBe(true);
  });

  it('stops waiting for a slow item when aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const out = await collect(orderedMap(numbers(3), async (i) => (await sleep(i === 0 ? 5_000 : 0), i), { window: 2, signal: controller.signal }));
    expect(out).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
