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
  const aborted = abortPromise(signal);
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
      const head = await Promise.race([pending[0]!, aborted.promise]);
      if (head === ABORTED) return;
      pending.shift();
      yield head as R;
    }
  } finally {
    aborted.dispose();
    if (!exhausted) await iterator.return?.(undefined);
  }
}

const ABORTED: unique symbol = Symbol('aborted');

function abortPromise(signal: AbortSignal | undefined): { promise: Promise<typeof ABORTED>; dispose: () => void } {
  if (!signal) return { promise: new Promise(() => undefined), dispose: () => undefined };
  let onAbort = () => undefined as void;
  const promise = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    if (signal.aborted) resolve(ABORTED);
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}
