/**
 * An ordered, bounded parallel map over an async stream: up to `window` items are being worked on
 * at once, and results come out in input order. The window is what bounds memory when a corpus is
 * streamed (reading pauses while it is full); the order is what makes the merged graph the same
 * whatever the number of workers.
 */

export interface OrderedMapOptions {
  /** Most items in flight (read but not yet yielded). */
  window: number;
  /** Stop early: no more items are read, and waiting for the next result ends. */
  signal?: AbortSignal;
}

export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  { window, signal }: OrderedMapOptions,
): AsyncGenerator<R> {
  if (window < 1) throw new RangeError('window must be at least 1');
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < window && !signal?.aborted) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          const p = work(next.value);
          p.catch(() => undefined); // awaited in order below; this only silences early rejections
          pending.push(p);
        }
      }
      if (signal?.aborted || pending.length === 0) return;
      const head = await untilAborted(pending[0]!, signal);
      if (head === ABORTED) return;
      pending.shift();
      yield head;
    }
  } finally {
    if (!exhausted) await iterator.return?.(undefined);
  }
}

const ABORTED: unique symbol = Symbol('aborted');

/**
 * The promise's value, or ABORTED as soon as the signal aborts. Each wait gets its own abort promise
 * and drops its listener: racing every item against one long-lived promise would make that promise
 * hold every result ever raced (each race leaves a reaction on it), i.e. the whole corpus.
 */
async function untilAborted<R>(promise: Promise<R>, signal: AbortSignal | undefined): Promise<R | typeof ABORTED> {
  if (!signal) return promise;
  if (signal.aborted) return ABORTED;
  let onAbort!: () => void;
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
