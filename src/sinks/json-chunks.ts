/**
 * Large JSON written in chunks of about 1 MB, so that a big graph or page model is never built as
 * one string (and one buffer to write it).
 */
const CHUNK = 1 << 20;

/** Joins small pieces of text into chunks of at least `chunkSize` characters (the last may be shorter). */
export function* chunked(pieces: Iterable<string>, chunkSize = CHUNK): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** `[a,b,…]` of the items, one piece per item: a JSON array never held as one string. */
export function* jsonArrayPieces(items: Iterable<unknown>): Generator<string> {
  yield '[';
  let first = true;
  for (const item of items) {
    yield (first ? '' : ',') + (JSON.stringify(item) ?? 'null');
    first = false;
  }
  yield ']';
}

/**
 * `JSON.stringify(value)` of a record, byte for byte, in chunks: arrays directly under it are
 * serialised element by element.
 */
export function jsonChunks(value: object, chunkSize = CHUNK): Generator<string> {
  return chunked(recordPieces(value), chunkSize);
}

function* recordPieces(value: object): Generator<string> {
  yield '{';
  let firstKey = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // skipped, as by JSON.stringify
    yield `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (Array.isArray(v)) yield* jsonArrayPieces(v);
    else yield JSON.stringify(v);
  }
  yield '}';
}
